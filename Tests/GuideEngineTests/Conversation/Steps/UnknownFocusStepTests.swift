import Foundation
import GuideEngine
import Testing

/// A question whose verb the knowledge base never uses is declined by that
/// verb's name, not answered with the words it does know.
struct UnknownFocusStepTests {
    @Test func aVerbTheKnowledgeBaseNeverUsesIsNamed() throws {
        let engine = try Fixtures.engine()
        for (question, verb) in [
            ("will I remember the session itself?", "remember"), ("how can you support them during the infusions", "support"),
            ("will I be awake during the infusion", "awake"), ("what happens if I miss one of my infusions", "miss"),
        ] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.status == .noMatch, "\(question): \(reply.answer)")
            #expect(reply.notAbout == verb)
            #expect(reply.answer.contains("\"\(verb)\""), "\(reply.answer)")
            #expect(reply.citations.isEmpty)
        }
    }

    @Test func aMisspellingARequestOrAKnownVerbIsNoUnknownFocus() throws {
        let engine = try Fixtures.engine()
        for (question, intent) in [
            ("can it hlep with ptsd", "conditions.ptsd"), ("can you walk me through how ketamine works on the brain", "mechanism"),
            ("will I feel like I'm leaving my body", "risks.dissociation"),
        ] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.intent == intent, "\(question): \(reply.answer)")
        }
    }

    @Test func withoutTheFocusWordsOfTheLanguageNothingIsDeclinedForIt() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("focus-auxiliary:") }.joined(separator: "\n")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        let engine = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
        #expect(engine.matcher.match("will I remember the session itself?").unknownFocus == nil)
    }
}
