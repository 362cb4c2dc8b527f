import GuideEngine
import Testing

struct TypoCorrectorTests {
    let corrector = TypoCorrector(vocabulary: ["ketamine": 9, "addictive": 2, "fibromyalgia": 1, "spray": 3, "most": 4])

    @Test(arguments: [("ketamin", "ketamine"), ("adictive", "addictive"), ("fibromialgia", "fibromyalgia"), ("sprey", "spray")])
    func correctsCloseMisspellings(typed: String, meant: String) {
        #expect(corrector.correction(for: typed) == meant)
    }

    @Test func neverCorrectsAKnownWord() {
        #expect(corrector.correction(for: "spray") == nil)
    }

    @Test func shortWordsMustKeepTheirFirstLetter() {
        // "cost" is one edit from "most", but a different word: left alone.
        #expect(corrector.correction(for: "cost") == nil)
        #expect(corrector.correction(for: "xyz") == nil)
        #expect(corrector.correction(for: "mist") == nil, "four letters are too few to guess from")
    }
}
