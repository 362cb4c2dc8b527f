import GuideEngine
import Testing

/// A message without a letter or digit is not a question, and one of one or
/// two letters or digits is too little to answer from the knowledge base or
/// from the conversation's topic.
struct MessageSubstanceTests {
    @Test(arguments: ["???", "\u{FFFD}\u{FFFD}", "%%", "!!! ...", "🙂", "—"])
    func aMessageWithoutALetterOrDigitIsNotAQuestion(_ message: String) throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "is ketamine addictive").intent == "risks.dependence")
        let reply = session.respond(to: message)
        #expect(reply.status == .error)
        #expect(reply.intent == nil)
        #expect(reply.confidence == 0)
        #expect(reply.citations.isEmpty)
        #expect(reply.answer == session.engine.settings.reply("empty"))
    }

    @Test(arguments: ["1", "2", "ii", "s", "%n%s", "x?"])
    func oneOrTwoLettersOrDigitsAreNotAnswered(_ message: String) throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: message).status == .noMatch)
        // Nor filled in from the topic of the question before.
        #expect(session.respond(to: "what is the nasal spray").status == .answered)
        let reply = session.respond(to: message)
        #expect(reply.status == .noMatch)
        #expect(reply.intent == nil)
        #expect(reply.confidence == 0)
        #expect(reply.citations.isEmpty)
    }

    @Test func twoLettersGetTheNearestQuestionsAsSuggestions() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "iv")
        #expect(reply.status == .noMatch)
        #expect(reply.suggestions.contains { $0.localizedLowercase.contains("iv") })
    }

    @Test(arguments: [("hi", "greeting"), ("ty", "thanks"), ("ok", nil), ("ocd", "conditions.ocd"), ("trd", "conditions.treatment-resistant-depression")])
    func shortSmallTalkAndThreeLetterTermsStillWork(_ message: String, _ intent: String?) throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: message)
        #expect(reply.status == .smalltalk || reply.status == .answered, "\(message): \(reply.status)")
        if let intent { #expect(reply.intent == intent) }
    }
}
