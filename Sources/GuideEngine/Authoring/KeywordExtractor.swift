import Foundation

/// Picks the words that tell one section of a document from its others, to
/// serve as the section's `> keywords:` when a document is ingested.
///
/// A word scores by how often the section's heading (counted twice) and its
/// own paragraphs use it, times how rare it is across the document's sections
/// (tf-idf); a word most sections use (the document's subject) never counts.
/// Two words written next to each other ("mental health", "post-traumatic")
/// also count as a phrase, a little more than their words (not with a small
/// word such as "under", which the stop words keep). Words that belong
/// to only some of the section's list items are left to those items, which
/// are intents of their own: a section keyword "PTSD" would pull a question
/// about PTSD to the whole list instead of its item.
struct KeywordExtractor {
    /// What describes one section: its heading, its own paragraphs and the
    /// texts of its list items.
    struct SectionText {
        var heading: String
        var paragraphs: [String]
        var items: [String]
    }

    private struct Candidate {
        var surface: String
        var terms: [String]
        var weight: Double
        var firstPosition: Int
    }

    let analyzer: Analyzer
    var limit = 8

    /// The keywords of each section, most distinctive first, as the words are
    /// written (lower case).
    func keywords(for sections: [SectionText]) -> [[String]] {
        let sectionTerms = sections.map { section in
            Set(([section.heading] + section.paragraphs + section.items).flatMap(analyzer.terms))
        }
        var documentFrequency: [String: Int] = [:]
        for terms in sectionTerms {
            for term in terms { documentFrequency[term, default: 0] += 1 }
        }
        let count = Double(sections.count)
        func idf(_ term: String) -> Double? {
            let frequency = documentFrequency[term] ?? 0
            // A word most sections use is the document's subject, not a section's.
            if sections.count > 1 && (frequency == sections.count || Double(frequency) > 0.5 * count) { return nil }
            return log(1 + count / Double(max(frequency, 1)))
        }

        return sections.map { section in
            let itemTerms = section.items.map { Set(analyzer.terms($0)) }
            func belongsToSomeItems(_ term: String) -> Bool {
                let share = itemTerms.filter { $0.contains(term) }.count
                return share > 0 && Double(share) <= 0.5 * Double(itemTerms.count)
            }
            var candidates: [String: Candidate] = [:]
            var position = 0
            for (text, weight) in [(section.heading, 2.0)] + section.paragraphs.map({ ($0, 1.0) }) {
                for candidate in Self.candidates(in: text, analyzer: analyzer) {
                    position += 1
                    guard candidate.terms.allSatisfy({ $0.count > 1 && !belongsToSomeItems($0) }),
                        !candidate.surface.split(whereSeparator: { $0 == " " || $0 == "-" })
                            .contains(where: { SourceLayout.titleSmallWords.contains(String($0)) })
                    else { continue }
                    let key = candidate.terms.joined(separator: " ")
                    if candidates[key] == nil {
                        candidates[key] = Candidate(surface: candidate.surface, terms: candidate.terms, weight: 0, firstPosition: position)
                    }
                    candidates[key]?.weight += weight
                }
            }
            let scored: [(Candidate, Double)] = candidates.values.compactMap { candidate in
                let rarities = candidate.terms.compactMap(idf)
                guard rarities.count == candidate.terms.count else { return nil }
                let rarity = rarities.reduce(0, +) / Double(rarities.count)
                return (candidate, candidate.weight * rarity * (candidate.terms.count > 1 ? 1.5 : 1))
            }
            let ranked = scored.sorted { left, right in
                left.1 != right.1 ? left.1 > right.1 : left.0.firstPosition < right.0.firstPosition
            }
            var chosen: [String] = []
            for (candidate, _) in ranked where !chosen.contains(candidate.surface) {
                chosen.append(candidate.surface)
                if chosen.count == limit { break }
            }
            return chosen
        }
    }

    /// The words of `text` (without stop words) and the pairs of them written
    /// side by side (joined by one space or a hyphen), with their surface text.
    static func candidates(in text: String, analyzer: Analyzer) -> [(surface: String, terms: [String])] {
        let scalars = Array(text.unicodeScalars)
        func surface(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view).lowercased()
        }
        let tokens = analyzer.analyze(text)
        var result: [(surface: String, terms: [String])] = []
        for (index, token) in tokens.enumerated() {
            result.append((surface(token.start..<token.end), [token.term]))
            guard index + 1 < tokens.count else { continue }
            let next = tokens[index + 1]
            guard next.position == token.position + 1, next.start > token.end else { continue }
            let gap = surface(token.end..<next.start)
            if gap == " " || gap == "-" {
                result.append((surface(token.start..<next.end), [token.term, next.term]))
            }
        }
        return result
    }
}
