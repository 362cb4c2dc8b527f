import GuideEngine
import Testing

/// Small talk is recognised by its whole wording, with only stop words
/// allowed around a phrasing, so a question that starts like a greeting is
/// still a question.
struct SmalltalkMatcherTests {
    let matcher = SmalltalkMatcher(
        intents: [
            SmalltalkIntent(name: "greeting", phrasings: ["good morning", "hi"], reply: "Hello."),
            SmalltalkIntent(name: "help", phrasings: ["how does this work"], reply: "Ask a question."),
            SmalltalkIntent(name: "goodbye", phrasings: ["bye"], reply: "Goodbye."),
        ],
        stopWords: ["to", "you", "it", "does", "how", "there", "the", "what"])

    @Test(arguments: [
        ("good morning", "greeting"), ("Good morning to you!", "greeting"), ("hi there", "greeting"),
        ("hi, bye", "goodbye"), ("how does this work?", "help"),
    ])
    func phrasingsAndStopWordsAroundThem(_ text: String, _ expected: String) {
        #expect(matcher.match(text)?.name == expected)
    }

    @Test(arguments: ["how does it work?", "hi, what are the risks?", "good morning, is it safe", "morning"])
    func questionsAreNotSmallTalk(_ text: String) {
        #expect(matcher.match(text) == nil)
    }
}
