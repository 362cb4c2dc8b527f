import GuideEngine
import Testing

/// Small talk is recognised by its whole wording, with only stop words
/// allowed around a phrasing, so a question that starts like a greeting is
/// still a question.
struct SmalltalkMatcherTests {
    let matcher = SmalltalkMatcher(
        intents: [
            SmalltalkIntent(name: "greeting", phrasings: ["good morning", "hi", "good day"], reply: "Hello."),
            SmalltalkIntent(name: "help", phrasings: ["how does this work"], reply: "Ask a question."),
            SmalltalkIntent(name: "goodbye", phrasings: ["bye", "have a good day"], reply: "Goodbye."),
            SmalltalkIntent(name: "thanks", phrasings: ["thank you so much", "appreciate it"], reply: "You are welcome."),
        ],
        stopWords: ["to", "you", "it", "does", "how", "there", "the", "what", "a", "have", "really"])

    @Test(arguments: [
        ("good morning", "greeting"), ("Good morning to you!", "greeting"), ("hi there", "greeting"),
        ("hi, bye", "goodbye"), ("how does this work?", "help"),
        // Several phrasings with stop words between them; the last one decides.
        ("hi! good morning to you", "greeting"), ("thank you so much, really appreciate it", "thanks"),
        ("thank you so much, bye", "goodbye"),
        // Of two phrasings ending at the same word, the longer one: not "good day".
        ("have a good day", "goodbye"), ("hi there, have a good day", "goodbye"),
    ])
    func phrasingsAndStopWordsAroundThem(_ text: String, _ expected: String) {
        #expect(matcher.match(text)?.name == expected)
    }

    @Test(arguments: [
        "how does it work?", "hi, what are the risks?", "good morning, is it safe", "morning",
        "thank you so much, how does it work", "the you to it",
    ])
    func questionsAreNotSmallTalk(_ text: String) {
        #expect(matcher.match(text) == nil)
    }
}
