import Foundation
import Testing

@testable import GuideEngine

/// What a kind is asked about: every subject the question names lets the
/// therapy's general section answer it, a word that only turns up in some
/// passage's text does not, and a kind nobody answers shows what bears on it.
@Suite struct KindSubjectsTests {
    @Test func aGeneralAnswerCoversEverySubjectTheQuestionNames() throws {
        var session = try Fixtures.engine().makeSession()
        // Two subjects, a form and a condition, neither with a safety section of its own.
        let reply = session.respond(to: "is the nasal spray safe for PTSD")
        #expect(reply.status == .answered)
        #expect(reply.intent == "safety")
        #expect(reply.generalFor == "Esketamine (Spravato) nasal spray")
    }

    @Test func aWordOnlyInAnotherPassagesTextIsNoSubject() throws {
        var session = try Fixtures.engine().makeSession()
        // "hours" is in the onset passage's text, not what it is about.
        let reply = session.respond(to: "what are the risks of waiting two hours")
        #expect(reply.status != .answered, "\(reply.answer)")
    }

    @Test func whoShouldNotHaveItIsReferredWithTheRisksThatBearOnIt() throws {
        let engine = try Fixtures.engine()
        for question in ["who should not have the nasal spray", "which conditions would stop me from having the infusions"] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.status == .referral, "\(question)")
            #expect(reply.answer.contains("What I know about the side effects and risks, which bears on it:"), "\(reply.answer)")
            #expect(reply.answer.contains("blood pressure"), "\(reply.answer)")
            #expect(!reply.citations.isEmpty)
        }
    }

    @Test func aPersonalDecisionAskedWithAnotherKindIsStillReferred() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "what are the side effects and can I mix it with my meds")
        #expect(reply.status == .referral)
    }

    @Test func aSeeLineNamingNoKindIsAnErrorWithItsLine() throws {
        let text = """
            [candidacy]
            name: who can have it
            see: side-efects
            cue: candidate
            [side-effects]
            name: the risks
            cue: risks
            """
        let directory = try Fixtures.scratchKnowledgeBase(["language/question-kinds-en.txt": text])
        do {
            _ = try KnowledgeBaseLoader().load(directory: directory)
            Issue.record("a 'see:' naming no kind must not load")
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            #expect(diagnostics.contains {
                $0.description.contains("question-kinds-en.txt:1") && $0.message.contains("'see: side-efects' names no kind")
            }, "\(diagnostics)")
        }
    }
}
