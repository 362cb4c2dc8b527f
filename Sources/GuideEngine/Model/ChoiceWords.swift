/// The words of guide.conf's `[language]` that answer "Which did you mean?":
/// `choice-first:`, `choice-second:`, `choice-yes:` and `choice-filler:`.
public struct ChoiceWords: Sendable, Equatable {
    public var first: Set<String> = []
    public var second: Set<String> = []
    /// A yes picks the only option, when there is one.
    public var yes: Set<String> = []
    /// Words that may stand around a pick ("the first one please").
    public var filler: Set<String> = []

    public init() {}

    /// The option (0-based) that `words` pick among `count` options, if
    /// they pick one: one choice word, perhaps among fillers.
    public func pick(_ words: [String], among count: Int) -> Int? {
        let meaningful = words.filter { !filler.contains($0) }
        guard meaningful.count == 1, let word = meaningful.first else {
            // "the first one": the last filler may be the choice ("one").
            return words.count == 1 ? pick(words, count: count) : nil
        }
        return pick([word], count: count)
    }

    private func pick(_ words: [String], count: Int) -> Int? {
        guard let word = words.first else { return nil }
        if first.contains(word) { return 0 }
        if second.contains(word), count >= 2 { return 1 }
        if yes.contains(word), count == 1 { return 0 }
        return nil
    }
}
