import GuideEngine
import Testing

struct ContextMatchStepTests {
    /// A follow-up leans on the last answer's topic; the step leaves the match in the turn and never replies.
    @Test func aFollowUpIsMatchedWithTheConversationsTopic() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: "What is esketamine?")
        var turn = StepHarness.turn("how is it taken?", in: &session)
        #expect(ContextMatchStep().reply(to: &turn, in: &session) == nil)
        let match = try #require(turn.contextMatch)
        #expect(!match.contextTerms.isEmpty)
        #expect(turn.match == match)
    }

    @Test func withoutATopicTheMatchIsThePlainOne() throws {
        var session = try Fixtures.engine().makeSession()
        var turn = StepHarness.turn("is ketamine addictive", in: &session)
        _ = ContextMatchStep().reply(to: &turn, in: &session)
        #expect(turn.contextMatch == turn.message.plainMatch)
    }
}

/// Context only fills gaps: a follow-up that names an aspect of its own the
/// knowledge base does not cover is not answered with the last topic.
struct ContextFillsOnlyGapsTests {
    @Test func anUncoveredAspectIsNotAnsweredFromTheLastTopic() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "does ketamine help fibromyalgia").intent == "conditions.chronic-pain")
        #expect(session.respond(to: "how long do the effects last").status == .noMatch)
        // A follow-up with nothing of its own still leans on the topic.
        _ = session.respond(to: "what is esketamine")
        #expect(session.respond(to: "how is it taken").intent == "forms.nasal-spray")
    }
}
