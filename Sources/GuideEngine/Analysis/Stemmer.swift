/// Reduces a word to the stem its other forms share, so that a question and
/// a passage that inflect a word differently still meet.
///
/// Stemming is the one step of analysis that is an algorithm per language
/// rather than a word list, so it is a type per language, chosen by
/// `guide.conf`'s `language:` (see `stemmer(forLanguage:)`). The input is a
/// word as the tokenizer gives it: lowercased and folded.
public protocol Stemmer: Sendable {
    func stem(_ word: String) -> String
}

/// The stemmers the guide has, by language code.
public enum Stemmers {
    /// The stemmer for `language`, or nil when the guide has none for it
    /// (the loader then uses `IdentityStemmer` and warns).
    public static func stemmer(forLanguage language: String) -> (any Stemmer)? {
        switch language.lowercased() {
        case "en", "en-us", "en-gb": return EnglishStemmer()
        default: return nil
        }
    }
}
