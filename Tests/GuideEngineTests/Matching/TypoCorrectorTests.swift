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

    @Test func twoKnownWordsRunTogetherAreSplit() {
        let corrector = TypoCorrector(vocabulary: ["side": 3, "effects": 5, "nasal": 2, "spray": 3, "sid": 1, "eeffects": 1])
        #expect(corrector.split("sideeffects") ?? ("", "") == ("side", "effects"), "the most even cut")
        #expect(corrector.split("nasalspray") ?? ("", "") == ("nasal", "spray"))
        #expect(corrector.split("spray") == nil, "a known word is not cut")
        #expect(corrector.split("nasalspra") == nil, "both halves must be known")
    }

    /// Splitting tries every cut, so a very long "word" is not tried at all.
    @Test func wordsOverTheSplitLimitAreNotSplit() {
        let half = TypoCorrector.maximumSplitLength / 2
        let left = String(repeating: "a", count: half)
        let right = String(repeating: "b", count: half)
        let corrector = TypoCorrector(vocabulary: [left: 1, right: 1, left + "a": 1])
        #expect(corrector.split(left + right) ?? ("", "") == (left, right), "at the limit: split")
        #expect(corrector.split(left + "a" + right) == nil, "one letter over the limit: not split, though both sides are known")
        #expect(corrector.split(String(repeating: "ab", count: 500)) == nil)
    }

    @Test func cutsFallBetweenScalarsOfNonASCIIWords() {
        let corrector = TypoCorrector(vocabulary: ["café": 1, "crème": 1])
        #expect(corrector.split("cafécrème") ?? ("", "") == ("café", "crème"))
    }

    @Test func aRunTogetherQuestionFindsItsAnswer() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "bloodpressure risk?")
        #expect(reply.intent == "risks.blood-pressure")
    }

    @Test func aMisspeltFillerWordIsDroppedLikeTheWordMeant() throws {
        let matcher = try Fixtures.engine().matcher
        let match = matcher.match("does it acutally work")
        #expect(match.intent?.id == "benefits")
        #expect(!match.terms.contains { $0.hasPrefix("acut") })
        #expect(matcher.match("what is known about ketamine and a developing fetus").intent == nil, "'known' is not a misspelt 'know'")
    }
}
