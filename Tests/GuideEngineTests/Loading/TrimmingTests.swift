import GuideEngine
import Testing

/// Knowledge-base lines are trimmed of spaces, tabs and carriage returns
/// only, at both ends, whatever the text in between.
struct TrimmingTests {
    @Test(arguments: [
        ("  a b \t\r", "a b"), ("", ""), (" \t\r ", ""), ("x", "x"), ("\t é ü \r", "é ü"),
        ("  emoji 👍🏽  ", "emoji 👍🏽"), ("no\u{00A0}break\u{00A0}", "no\u{00A0}break\u{00A0}"), ("a\n", "a\n"),
    ])
    func trimsOnlySpacesTabsAndCarriageReturns(_ text: String, _ expected: String) {
        #expect(text.trimmingWhitespace() == expected)
        #expect(("[" + text + "]").dropFirst().dropLast().trimmingWhitespace() == expected, "a substring too")
    }
}
