import GuideEngine
import Testing

/// `eval-real` reads the real-question format and judges replies as the
/// shared scorer does: helpful on covered rows, honest on uncovered ones.
struct RealQuestionSetTests {
    @Test func helpfulAndHonestAreCountedApart() throws {
        let path = Fixtures.fixture("real-sample.tsv")
        let set = try RealQuestionSet.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(set.rows.count == 3)
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(set)
        #expect(report.helpful == (1, 2))
        #expect(report.honest == (1, 1))
        let failing = report.results.filter { !$0.reasons.isEmpty }.map(\.row.id)
        #expect(failing == ["x3"])
        #expect(report.summary(name: "sample", verbose: true).contains("FAIL x3"))
    }

    @Test func aMissingColumnOrABadExpressionIsNamed() throws {
        #expect(throws: KnowledgeBaseError.self) { try RealQuestionSet.parse("id\tquestion\n", path: "a.tsv") }
        let bad = "id\tconv\tquestion\tstatuses\tmust\tmust_not\tclass\nx\t\tq\tanswered\t([\t\tcovered\n"
        #expect(throws: KnowledgeBaseError.self) { try RealQuestionSet.parse(bad, path: "b.tsv") }
    }
}
