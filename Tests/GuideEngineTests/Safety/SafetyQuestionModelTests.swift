import GuideEngine
import Testing

/// The safety model for messages that ask
/// (language/safety-question-model-en.txt, tools/safety-model/train_questions.py):
/// the guide computes what the fitting tool computed, it judges a whole
/// message with a question that nothing else flags, and only such a message.
struct SafetyQuestionModelTests {
    static let modelPath = "language/safety-question-model-en.txt"

    @Test func theGuideComputesTheProbabilitiesTheFittingToolWrote() throws {
        let knowledgeBase = try Fixtures.engine().knowledgeBase
        let model = try #require(knowledgeBase.safety.questionModel, "the bundled knowledge base has a question model")
        try SafetyModelTests.expectChecks(of: model, atLeast: 10, in: knowledgeBase)
    }

    /// A question that names no one, which the statement model is never
    /// given, is flagged when the question model reads danger in it, and
    /// named in `/why`; a statement is not judged by it.
    @Test func aQuestionTheModelReadsAsDangerIsFlagged() throws {
        let question = "Are relatives allowed to drive patients to the clinic on Tuesday?"
        let sure = try Fixtures.scratchKnowledgeBase([Self.modelPath: SafetyModelTests.constantModel(bias: 10)])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: sure)).makeSession()
        #expect(session.respond(to: question).isUrgent)
        #expect(session.respond(to: "/why").answer.contains("the safety model reads danger (1.00)"))
        var statement = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: sure)).makeSession()
        #expect(!statement.respond(to: "My sister has a small garden with roses in it").isUrgent)

        let never = try Fixtures.scratchKnowledgeBase([Self.modelPath: SafetyModelTests.constantModel(bias: -10)])
        var plain = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: never)).makeSession()
        #expect(!plain.respond(to: question).isUrgent)
    }

    /// Dangers put as questions that no phrase and no statement catches:
    /// the bundled question model catches them, and at
    /// `question-model-threshold: 1` nothing does.
    @Test(arguments: [
        "would the clinic still give my wife the refund if i'm not around by next month?",
        "does the life insurance still pay out if it happens on purpose?",
        "how many of the lozenges would it take for a heart to just stop?",
    ])
    func aDangerAskedIsCaughtByTheQuestionModel(_ text: String) throws {
        try Self.expectCaughtOnlyByTheQuestionModel(text)
    }

    /// `text` alarms, and at `question-model-threshold: 1` nothing catches it.
    static func expectCaughtOnlyByTheQuestionModel(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)", sourceLocation: sourceLocation)
        #expect(try !Fixtures.isUrgent(text, withSafetySetting: "question-model-threshold", "1"), "\(text)", sourceLocation: sourceLocation)
    }

    /// The topic questions of the issue, and questions of the treatment in
    /// the same words, stay answers.
    @Test func topicQuestionsInTheSameWordsAreNoAlarm() throws {
        try Fixtures.expectNoAlarm([
            "what happens if someone takes too much ketamine?", "can ketamine hurt my liver?",
            "does ketamine help people who feel hopeless?", "how long does the dissociation last?",
            "will the clinic refund my package if I cancel a week before?", "how long until I notice a difference?",
            "is there a way to make sure I don't feel sick after the infusion?", "can you die from mixing ketamine and xanax?",
        ])
    }

    /// A model fitted to other word pieces is named by `validate` with its line.
    @Test func validateNamesACheckTheGuideComputesOtherwise() throws {
        let bundled = try String(contentsOfFile: Fixtures.bundledDirectory + "/" + Self.modelPath, encoding: .utf8)
        var lines = bundled.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("check: ") })
        let sentence = try #require(lines[index].split(separator: "\t", maxSplits: 1).last)
        let written = try #require(Float(lines[index].dropFirst("check: ".count).prefix { $0 != "\t" }))
        lines[index] = "check: " + (written > 0.5 ? "0.0100" : "0.9900") + "\t" + sentence
        let directory = try Fixtures.scratchKnowledgeBase([Self.modelPath: lines.joined(separator: "\n")])
        let report = try KnowledgeBaseValidator(today: "2026-12-07").validate(directory: directory)
        let found = report.diagnostics.filter { $0.path.hasSuffix(Self.modelPath) }
        #expect(found.map(\.line) == [index + 1], "\(found)")
        #expect(found.first?.message.contains("train_questions.py") == true)
    }
}
