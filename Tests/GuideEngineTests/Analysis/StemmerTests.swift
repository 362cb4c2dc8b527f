import GuideEngine
import Testing

/// The analyser stems with the stemmer it is given, and stem exceptions
/// apply over any stemmer.
struct StemmerTests {
    @Test func theAnalyzerUsesTheStemmerItIsGiven() {
        let english = Analyzer(stopWords: ["the"])
        let identity = Analyzer(stopWords: ["the"], stemmer: IdentityStemmer())
        #expect(english.terms("the risks of infusions") == ["risk", "of", "infus"])
        #expect(identity.terms("the risks of infusions") == ["risks", "of", "infusions"])
        let excepted = Analyzer(stopWords: [], stemExceptions: ["risks": "danger"], stemmer: IdentityStemmer())
        #expect(excepted.terms("risks") == ["danger"])
    }

    @Test func stemmersAreChosenByLanguage() {
        #expect(Stemmers.stemmer(forLanguage: "en") is EnglishStemmer)
        #expect(Stemmers.stemmer(forLanguage: "xx") == nil)
    }
}
