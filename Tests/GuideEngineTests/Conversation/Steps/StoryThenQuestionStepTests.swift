import GuideEngine
import Testing

struct StoryThenQuestionStepTests {
    @Test func aWeakWholeGivesWayToTheQuestionAfterTheStory() throws {
        var session = try Fixtures.engine().makeSession()
        var turn = StepHarness.turn(
            "My dad has had shooting nerve pain in his legs for ages and the pills do nothing. Is ketamine used for nerve pain like his",
            in: &session, after: [ContextMatchStep()])
        let whole = try #require(turn.contextMatch)
        #expect(StoryThenQuestionStep().reply(to: &turn, in: &session) == nil)
        #expect(turn.match?.intent?.id == "conditions.chronic-pain")
        #expect(turn.match != whole)
        #expect(session.lastMatch == turn.match)
    }

    @Test func aMessageWithoutAStoryKeepsItsMatch() throws {
        var session = try Fixtures.engine().makeSession()
        var turn = StepHarness.turn("is ketamine addictive", in: &session, after: [ContextMatchStep()])
        _ = StoryThenQuestionStep().reply(to: &turn, in: &session)
        #expect(turn.message.storyAndQuestion == nil)
        #expect(turn.match == turn.contextMatch)
    }

    @Test func aHeadlineNamingATopicNotCoveredIsWhatIsAsked() throws {
        var session = try Fixtures.engine().makeSession()
        // Magic mushrooms are a topic of not-covered.txt; "celebrity news" names none.
        let other = session.respond(to: "Ketamine vs magic mushrooms: which is better for me?")
        #expect(other.status != .answered, "\(other.answer)")
        session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "Celebrity news: is ketamine dangerous?").intent == "safety")
    }
}

