// TEMPORARY stub: replaced by the Porter2 implementation.
public struct EnglishStemmer: Sendable {
    public init() {}
    public func stem(_ word: String) -> String {
        var w = word
        for suffix in ["ations", "ation", "ness", "ing", "ies", "es", "ed", "ly", "s"] where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count); break
        }
        return w
    }
}
