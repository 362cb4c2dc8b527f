import GuideEngine
import Testing

/// `/why` after a safety reply says what the screen found: the category and
/// status, the phrase that fired with its key, file and line (not at the
/// kiosk), or the example it was nearest by meaning.
struct SafetyWhyTests {
    func why(after text: String, options: ChatSession.Options = .init()) throws -> String {
        var session = try Fixtures.engine().makeSession(options: options)
        _ = session.respond(to: text)
        return session.respond(to: "/why").answer
    }

    @Test func aPhraseIsNamedWithItsFileAndLine() throws {
        let why = try why(after: "I want to kill myself")
        #expect(why.contains("Safety screen: crisis (crisis), about the reader"), "\(why)")
        #expect(why.contains("Phrase (say): kill|killing myself"), "\(why)")
        #expect(why.contains("safety.txt:"), "\(why)")
        // Nothing was matched against the knowledge base: no candidates to show.
        #expect(!why.contains("Top candidates"), "\(why)")
    }

    @Test func someoneElseAndAnAboutMePhraseAreSaid() throws {
        let why = try why(after: "my brother says he is suicidal")
        #expect(why.contains("about someone else"), "\(why)")
        #expect(why.contains("Phrase (about-me): suicidal"), "\(why)")
    }

    @Test func aFindingByMeaningNamesTheNearestExample() throws {
        let why = try why(after: "I have started sorting out who gets my guitar and my books")
        #expect(why.contains("by meaning, nearest to the example (0."), "\(why)")
        #expect(why.contains("safety-examples.txt:"), "\(why)")
    }

    @Test func aSensitiveTopicAskedIsExplainedBeforeItsMatch() throws {
        let why = try why(after: "does ketamine help suicidal thoughts?")
        #expect(why.contains("a sensitive topic asked about"), "\(why)")
        #expect(why.contains("Top candidates"), "\(why)")
    }

    @Test func theKioskShowsNoPaths() throws {
        let why = try why(after: "I want to kill myself", options: .init(isKiosk: true))
        #expect(why.contains("Phrase (say)"), "\(why)")
        #expect(!why.contains("safety.txt"), "\(why)")
    }

    @Test func anEarlierQuestionIsNotExplainedAfterACrisis() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: "is ketamin adictive")
        _ = session.respond(to: "I want to kill myself")
        let why = session.respond(to: "/why").answer
        #expect(!why.contains("risks.dependence"), "\(why)")
        _ = session.respond(to: "is ketamine addictive")
        #expect(!session.respond(to: "/why").answer.contains("Safety screen"))
    }
}
