import Foundation
import GuideEngine
import Testing

struct OverviewStepTests {
    @Test func aQuestionNamingOnlyTheSubjectGetsTheOverviewSectionsInOrder() throws {
        let engine = try Fixtures.engine()
        for question in ["What is ketamine?", "what exactly is ketamine therapy", "tell me about ketamine"] {
            var session = engine.makeSession()
            var turn = StepHarness.turn(question, in: &session, after: StepHarness.matching)
            let reply = try #require(OverviewStep().reply(to: &turn, in: &session), "\(question)")
            #expect(reply.status == .answered)
            #expect(reply.intent == "forms", "the first overview section is the topic")
            #expect(reply.answer.contains("two primary forms") && reply.answer.contains("glutamate"), "\(reply.answer)")
            #expect(session.context.lastIntent?.id == "forms")
        }
    }

    @Test func aQuestionWordOrAnyOtherWordIsMoreThanTheSubject() throws {
        let engine = try Fixtures.engine()
        for question in ["so how does ketamine do its thing", "what is ketamine used for", "what is ketamine chemistry"] {
            var session = engine.makeSession()
            #expect(StepHarness.reply(of: OverviewStep(), to: question, in: &session, after: StepHarness.matching) == nil, "\(question)")
        }
    }

    @Test func withoutAnOverviewSettingSuchAQuestionIsMatchedAsAny() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("overview:") }.joined(separator: "\n")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        #expect(StepHarness.reply(of: OverviewStep(), to: "What is ketamine?", in: &session, after: StepHarness.matching) == nil)
    }

    @Test func validateWarnsOfAnOverviewNamingNoSection() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .replacingOccurrences(of: "overview: forms, mechanism", with: "overview: forms, mechanizm")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        let report = try KnowledgeBaseValidator(today: "2026-11-27").validate(directory: directory)
        #expect(report.diagnostics.contains { $0.message.contains("'overview: mechanizm' names no section") })
    }
}
