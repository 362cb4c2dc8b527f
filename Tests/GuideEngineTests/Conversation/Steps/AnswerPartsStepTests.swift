import GuideEngine
import Testing

struct AnswerPartsStepTests {
    @Test func theUnansweredPartIsAFieldInTheAskersWords() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(
                of: AnswerPartsStep(), to: "Is it addictive, and How much does it COST?", in: &session, after: StepHarness.matching))
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks.dependence")
        #expect(reply.unansweredParts == ["How much does it COST"])
        #expect(reply.answer.contains("\"How much does it COST\""))
    }

    @Test func aComparisonAnswersBothSides() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(of: AnswerPartsStep(), to: "IV or nasal spray?", in: &session, after: StepHarness.matching))
        #expect(reply.status == .answered)
        #expect(Set(reply.citations.map(\.section)).count >= 2)
        #expect(reply.unansweredParts.isEmpty)
    }

    @Test func aMessageOfOnePartPasses() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(
            StepHarness.reply(of: AnswerPartsStep(), to: "is ketamine addictive", in: &session, after: StepHarness.matching) == nil)
    }

    @Test func aHeadlinesTopicIsNotAnsweredOnItsOwn() throws {
        var session = try Fixtures.engine().makeSession()
        // "two things" alone once answered with "There are two primary forms…".
        let reply = try #require(
            StepHarness.reply(
                of: AnswerPartsStep(), to: "two things: how much does it cost, and does it raise blood pressure?", in: &session,
                after: StepHarness.matching))
        #expect(reply.intent == "risks.blood-pressure")
        #expect(!reply.citations.contains { $0.section == "Forms of ketamine therapy" }, "\(reply.answer)")
        #expect(reply.unansweredParts == ["how much does it cost"])
    }

    @Test func aPartAskingOnlyAboutTheSubjectGetsTheOverview() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(
                of: AnswerPartsStep(), to: "What is ketamine, really? And how much does it cost?", in: &session,
                after: StepHarness.matching))
        #expect(reply.citations.contains { $0.section == "What ketamine does in the brain" }, "\(reply.answer)")
        #expect(reply.unansweredParts == ["how much does it cost"])
        // A side of a comparison that names only the subject is no such question.
        session = try Fixtures.engine().makeSession()
        let sides = session.respond(to: "What is the difference between IV and IM ketamine?")
        #expect(!sides.citations.contains { $0.section == "What ketamine does in the brain" }, "\(sides.answer)")
    }

    @Test func aHeadlineNamingATopicNotCoveredIsWhatIsAsked() throws {
        var session = try Fixtures.engine().makeSession()
        // Psilocybin is a topic of not-covered.txt: the question after the colon is about it.
        #expect(
            StepHarness.reply(
                of: AnswerPartsStep(), to: "Ketamine and psilocybin: how fast do they work, and are they addictive?", in: &session,
                after: StepHarness.matching) == nil)
    }

    @Test func onePartAnsweredInGeneralSaysSo() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = try #require(
            StepHarness.reply(
                of: AnswerPartsStep(), to: "Is ketamine safe for people with OCD? And how much does it cost?", in: &session,
                after: StepHarness.matching))
        #expect(reply.generalFor == "Obsessive-compulsive disorder (OCD)")
        #expect(reply.answer.hasPrefix("I have nothing specific to Obsessive-compulsive disorder (OCD)"), "\(reply.answer)")
    }
}

