import GuideFrontEnd
import Testing

struct TerminalTextTests {
    @Test func controlCharactersAndEscapesBecomeReplacementCharacters() {
        let text = TerminalText.sanitized("a\u{1B}[31mb\u{7}c\u{0}d\u{9B}e\u{202E}f\ng")
        #expect(text == "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\ng")
    }

    @Test func tabsBecomeSpacesAndCleanTextIsUnchanged() {
        #expect(TerminalText.sanitized("a\tb") == "a b")
        #expect(TerminalText.sanitized("café ☕ “quoted”") == "café ☕ “quoted”")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("日本") == 4)
        #expect(TerminalText.width("e\u{301}") == 1)
    }

    @Test func wrapsAtTheWidthWithHangingIndentForListItems() {
        let lines = TerminalText.wrap("- one two three four five six seven eight nine ten", width: 20)
        #expect(lines == ["- one two three four", "  five six seven", "  eight nine ten"])
        #expect(lines.allSatisfy { TerminalText.width($0[...]) <= 20 })
    }

    /// A word that fits a line but not after the hanging indent starts at the margin, whole.
    @Test func aLongWordMovesToTheMarginRatherThanBeingCut() {
        let lines = TerminalText.wrap("Sources: a b KnowledgeBase/x.md:18", width: 24, continuationIndent: 9)
        #expect(lines == ["Sources: a b", "KnowledgeBase/x.md:18"])
    }

    @Test func breaksWordsLongerThanALine() {
        let lines = TerminalText.wrap(String(repeating: "x", count: 25), width: 12)
        #expect(lines == ["xxxxxxxxxxxx", "xxxxxxxxxxxx", "x"])
    }

    @Test func keepsParagraphBreaks() {
        #expect(TerminalText.wrap("a b\n\nc", width: 20) == ["a b", "", "c"])
    }
}

struct TerminalTextAlignmentTests {
    @Test func aLineThatFitsKeepsItsRunsOfSpaces() {
        let table = "  /help      show this help\n  /source N  show the full text of source N"
        #expect(TerminalText.wrap(table, width: 80) == ["  /help      show this help", "  /source N  show the full text of source N"])
    }
}
