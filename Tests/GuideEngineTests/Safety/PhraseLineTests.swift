import Testing

@testable import GuideEngine

/// A phrase line is split where the screen reads it: vetoes at " - " (a
/// hyphen inside a word is none), companions at "+".
struct PhraseLineTests {
    @Test func aLineIsSplitIntoWantedSequencesAndVetoes() {
        let line = PhraseLine("took|swallowed * co-codamol + now - if - worried about")
        #expect(line.wanted == ["took|swallowed * co-codamol ", " now"])
        #expect(line.vetoes == ["if", "worried about"])
        #expect(PhraseLine.steps(of: line.vetoes[1]) == ["worried", "about"])
    }

    @Test func aLineWithoutVetoesOrWithOneAtItsEnd() {
        #expect(PhraseLine("kill myself").vetoes.isEmpty)
        #expect(PhraseLine("kill myself").wanted == ["kill myself"])
        #expect(PhraseLine.parts(of: "a - ", separatedBy: " - ") == ["a", ""])
        #expect(PhraseLine.parts(of: "é - ü", separatedBy: " - ") == ["é", "ü"])
    }
}
