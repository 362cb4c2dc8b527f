import GuideEngine
import Testing

/// Patients often tell their story first and ask last; the last sentence is
/// the question, and the story is its context.
struct StoryThenQuestionTests {
    @Test func theLastSentenceIsTheQuestion() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(
            to: "My dad has had shooting nerve pain in his legs for ages and the pills do nothing. Is ketamine used for nerve pain like his")
        #expect(reply.status == .answered)
        #expect(reply.intent == "conditions.chronic-pain")
    }

    /// guide.conf's question leads ("I just want to know") end the story too.
    @Test func aQuestionLeadEndsTheStory() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "my breathing is totally fine, I just want to know the side effects")
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks")
    }

    @Test func twoQuestionsAreStillAnsweredPartByPart() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "How much does it cost? Is it addictive?")
        #expect(reply.intent == "risks.dependence")
        #expect(reply.answer.contains("can't answer this part"))
    }

    /// A closing sentence of small talk after words that match nothing well
    /// is the reply's subject; after a real question, the question is.
    @Test func aClosingGoodbyeAfterChatIsAGoodbye() throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        let goodbye = session.respond(to: "I think that is everything I needed for now. Goodbye and take care.")
        #expect(goodbye.status == .smalltalk)
        #expect(goodbye.intent == "goodbye")
        var other = engine.makeSession()
        #expect(other.respond(to: "is it addictive. thanks").intent == "risks.dependence")
    }

    /// A side of a comparison that is only the subject says nothing to answer.
    @Test func aSideThatIsOnlyTheSubjectIsNotAnswered() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "ketamine or psilocybin, which is better?").status == .noMatch)
    }
}
