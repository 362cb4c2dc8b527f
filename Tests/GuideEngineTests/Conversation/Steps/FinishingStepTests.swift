import GuideEngine
import Testing

/// The finishing steps add a field to the reply chosen, never replace it.
struct FinishingStepTests {
    /// The reply the standard steps give `text`, and its turn, before finishing.
    static func unfinished(_ text: String, in session: inout ChatSession) -> (Reply, Turn) {
        var turn = StepHarness.turn(text, in: &session)
        for step in ReplyPipeline.standard.steps {
            if let reply = step.reply(to: &turn, in: &session) { return (reply, turn) }
        }
        Issue.record("no step replied to \"\(text)\"")
        return (Reply(input: text, status: .error, answer: ""), turn)
    }

    @Test func theSymptomNoteGoesWithAnAnswerAboutAnEffectTheReaderHas() throws {
        var session = try Fixtures.engine().makeSession()
        var (reply, turn) = Self.unfinished("I feel dizzy since the treatment, is that normal?", in: &session)
        #expect(reply.symptomNote == nil)
        SymptomNoteStep().finish(&reply, for: turn, in: &session)
        #expect(reply.symptomNote != nil)
        (reply, turn) = Self.unfinished("will I feel dizzy after the treatment?", in: &session)
        SymptomNoteStep().finish(&reply, for: turn, in: &session)
        #expect(reply.symptomNote == nil, "a question about an effect is not having it")
    }

    @Test func theNoticeComesOncePerConversation() throws {
        var session = try Fixtures.engine().makeSession()
        var (first, turn) = Self.unfinished("is ketamine addictive", in: &session)
        NoticeStep().finish(&first, for: turn, in: &session)
        #expect(first.notice == session.engine.settings.disclaimer)
        var (second, again) = Self.unfinished("what is spravato", in: &session)
        NoticeStep().finish(&second, for: again, in: &session)
        #expect(second.notice == nil)
    }

    @Test func noNoticeOnSmallTalk() throws {
        var session = try Fixtures.engine().makeSession()
        var (reply, turn) = Self.unfinished("hello", in: &session)
        NoticeStep().finish(&reply, for: turn, in: &session)
        #expect(reply.notice == nil)
        #expect(!session.context.hasShownNotice)
    }

    @Test func aSensitiveTopicAskedAboutGetsTheCrisisFootnoteAsAField() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "can ketamine help with suicidal thoughts")
        #expect(reply.status != .crisis)
        let footnote = try #require(reply.crisisFootnote)
        #expect(!footnote.isEmpty)
        #expect(reply.notice.map { !$0.contains(footnote) } ?? true, "the notice is only the notice")
        var plain = session.engine.makeSession()
        #expect(plain.respond(to: "is ketamine addictive").crisisFootnote == nil)
    }
}
