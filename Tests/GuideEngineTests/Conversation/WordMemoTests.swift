import GuideEngine
import Testing

/// A thread's word memo saves work, never changes an answer: every labelled
/// question gives the same match and the same safety finding with a memo
/// shared across all of them as with none.
struct WordMemoTests {
    @Test func aSharedMemoChangesNoMatchAndNoFinding() throws {
        let engine = try Fixtures.engine()
        var memo = WordMemo()
        let questions = try Fixtures.labelledSet("questions.tsv").rows.map(\.question)
            + Fixtures.labelledSet("safety.tsv").rows.map(\.question)
        #expect(questions.count > 400)
        for question in questions + questions {
            #expect(engine.matcher.match(question, memo: &memo) == engine.matcher.match(question), "\(question)")
            #expect(engine.safety.screen(question, memo: &memo) == engine.safety.screen(question), "\(question)")
        }
    }
}
