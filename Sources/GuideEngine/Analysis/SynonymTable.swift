/// Finds synonym phrases in an analysed question and adds the other members
/// of their group as extra, lighter query terms.
///
/// Phrases are matched on analysed terms, so "side-effects", "Side effects"
/// and "side effect" all find the group of "side effects".
public final class SynonymTable: Sendable {
    /// Each group's phrases, as sequences of analysed terms.
    let groups: [[[String]]]
    /// First term of a phrase → (group, phrase) pairs starting with it.
    private let starts: [String: [(group: Int, phrase: Int)]]

    public init(groups: [SynonymGroup], analyzer: Analyzer) {
        let analysed = groups.map { group in group.terms.map { analyzer.terms($0) }.filter { !$0.isEmpty } }
        var starts: [String: [(group: Int, phrase: Int)]] = [:]
        for (groupIndex, phrases) in analysed.enumerated() {
            for (phraseIndex, phrase) in phrases.enumerated() {
                if let first = phrase.first { starts[first, default: []].append((groupIndex, phraseIndex)) }
            }
        }
        self.groups = analysed
        self.starts = starts
    }

    /// A phrase of another group member to search for, found for the words
    /// at `range` of the question.
    public struct Expansion: Sendable, Equatable {
        public var terms: [String]
        public var range: Range<Int>
    }

    /// The expansions for a question's analysed terms (in order).
    public func expansions(of terms: [String]) -> [Expansion] {
        var result: [Expansion] = []
        for start in terms.indices {
            for candidate in starts[terms[start]] ?? [] {
                let phrase = groups[candidate.group][candidate.phrase]
                let end = start + phrase.count
                guard end <= terms.count, Array(terms[start..<end]) == phrase else { continue }
                for (index, other) in groups[candidate.group].enumerated() where index != candidate.phrase && other != phrase {
                    result.append(Expansion(terms: other, range: start..<end))
                }
            }
        }
        return result
    }

    /// Every analysed term that appears in any group.
    public var allTerms: Set<String> { Set(groups.flatMap { $0.flatMap { $0 } }) }
}
