import GuideEngine
import Testing

/// Every sentence the guide says comes from guide.conf, and the no-match
/// reply promises nothing for someone else.
struct ReplyWordingTests {
    /// The keys the code asks `GuideSettings.reply` for: each must be in the
    /// bundled guide.conf, or the guide would say the key itself.
    @Test(arguments: [
        "no-match", "partial", "too-long", "empty", "unknown-command", "reset", "suggestions-intro", "clarify", "sources",
        "reviewed", "note", "source-heading", "source-origin", "source-none", "source-number", "topics-intro",
        "topics-example", "sources-intro", "sources-document", "goodbye", "reload-elsewhere", "banner-hint", "kiosk-welcome",
        "kiosk-stays-open",
    ])
    func theBundledGuideConfHasEveryReplyKey(_ key: String) throws {
        let settings = try Fixtures.engine().settings
        let text = try #require(settings.replies[key], "guide.conf [replies] lacks '\(key):'")
        #expect(!text.isEmpty)
    }

    @Test(arguments: ["what's the weather like tomorrow", "who won the football"])
    func noMatchSaysWhatTheGuideCanDo(_ question: String) throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        let reply = session.respond(to: question)
        #expect(reply.status == .noMatch)
        #expect(reply.answer == engine.settings.reply("no-match"))
        #expect(!reply.answer.contains("can answer it"))
    }

    @Test func commandsSpeakGuideConfsWords() throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        #expect(session.respond(to: "/quit").answer == engine.settings.reply("goodbye"))
        #expect(session.respond(to: "/sources").answer.hasPrefix(engine.settings.reply("sources-intro")))
        #expect(session.respond(to: "/topics").answer.hasPrefix(engine.settings.reply("topics-intro", ["topic": engine.settings.topic])))
    }
}
