/// Leaves every word as it is: the stemmer of a language the guide has no
/// stemmer for. Matching then needs a word's exact form, or an entry in the
/// language's stem exceptions (`language/stems-<language>.txt`), which still
/// apply.
public struct IdentityStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String { word }
}
