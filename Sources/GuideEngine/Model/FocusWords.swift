/// The words that find a question's focus, from guide.conf's `[language]`:
/// the verb after an auxiliary and a person ("will I | remember", "can you |
/// support"), or after a linking verb the next word ("will I be | awake"),
/// unless a request word follows ("can you walk | me through").
public struct FocusWords: Sendable, Equatable {
    /// `focus-auxiliary:` ("will", "can", "if").
    public var auxiliaries: Set<String> = []
    /// `focus-person:` ("i", "you", "it").
    public var persons: Set<String> = []
    /// `focus-link:` ("be"): the focus is the word after it.
    public var links: Set<String> = []
    /// `focus-request:` ("me"): after the verb, a request to the guide.
    public var requests: Set<String> = []
    /// `clause-start:` ("when", "because"): a new clause begins, so what a
    /// kind is asked of ends before it ("why is it effective | when other
    /// treatments failed" asks how it works, not how it works for them).
    public var clauseStarts: Set<String> = []

    public init() {}

    /// Where the focus of `words` (folded, stop words included) is: the
    /// first auxiliary-and-person pair decides; nil without one, or for a
    /// request.
    func position(in words: [String]) -> Int? {
        guard !auxiliaries.isEmpty, words.count >= 3 else { return nil }
        for index in 0..<(words.count - 2) where auxiliaries.contains(words[index]) && persons.contains(words[index + 1]) {
            let at = index + 2 + (links.contains(words[index + 2]) && index + 3 < words.count ? 1 : 0)
            if at + 1 < words.count, requests.contains(words[at + 1]) { return nil }
            return at
        }
        return nil
    }
}
