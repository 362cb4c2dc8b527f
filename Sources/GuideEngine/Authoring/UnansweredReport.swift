/// The unanswered log, grouped: similar questions together, the most
/// frequent first, so authors see which gaps matter most.
///
/// Questions are compared by their analysed content terms (the engine's
/// `Analyzer`: folded, stop words dropped, stemmed), without the knowledge
/// base's subject words, which every question shares. Questions with the same
/// terms are one wording ("how much does it cost" and "what does it cost?"
/// are both `cost`); wordings join a group when their terms overlap a member's
/// by a Jaccard similarity of at least `threshold` (shared terms over all
/// terms).
public struct UnansweredReport: Sendable {
    /// One line of the log.
    public struct Entry: Sendable, Equatable {
        public var day: String
        public var question: String
        public var line: Int

        public init(day: String, question: String, line: Int) {
            self.day = day
            self.question = question
            self.line = line
        }
    }

    /// Similar questions.
    public struct Group: Sendable, Equatable {
        /// Wordings as asked and how often, the most frequent first.
        public var wordings: [(text: String, count: Int)]
        public var count: Int
        public var firstDay: String
        public var lastDay: String

        /// The most frequent wording, as an example of the group.
        public var example: String { wordings.first?.text ?? "" }

        public static func == (left: Group, right: Group) -> Bool {
            left.count == right.count && left.firstDay == right.firstDay && left.lastDay == right.lastDay
                && left.wordings.map(\.text) == right.wordings.map(\.text)
                && left.wordings.map(\.count) == right.wordings.map(\.count)
        }
    }

    public let groups: [Group]
    public let entryCount: Int

    /// Reads the log's lines; a line that is not `YYYY-MM-DD<TAB>question`
    /// becomes a warning naming it, and is skipped.
    public static func parse(_ text: String, path: String) -> (entries: [Entry], problems: [Diagnostic]) {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingWhitespace().isEmpty { continue }
            let columns = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard columns.count == 2, CalendarDay.isValid(String(columns[0])), !columns[1].trimmingWhitespace().isEmpty else {
                problems.append(
                    Diagnostic(path: path, line: offset + 1, severity: .warning, message: "expected 'YYYY-MM-DD<TAB>question'; line skipped"))
                continue
            }
            entries.append(Entry(day: String(columns[0]), question: columns[1].trimmingWhitespace(), line: offset + 1))
        }
        return (entries, problems)
    }

    /// Groups `entries`.
    ///
    /// - Parameters:
    ///   - analyzer: the knowledge base's analyzer (its stop words).
    ///   - subjectWords: words every question shares (`guide.conf`'s
    ///     `subject:`), left out of the comparison unless nothing else is left.
    ///   - threshold: the Jaccard similarity at which wordings join a group.
    public init(entries: [Entry], analyzer: Analyzer, subjectWords: [String] = [], threshold: Double = 0.5) {
        let subject = Set(subjectWords.flatMap(analyzer.terms))
        /// A wording: the questions with the same terms.
        struct Wording {
            var terms: Set<String>
            var entries: [Entry]
        }
        var wordings: [Wording] = []
        var byKey: [String: Int] = [:]
        for entry in entries {
            let all = Set(analyzer.terms(entry.question))
            var terms = all.subtracting(subject)
            if terms.isEmpty { terms = all }
            // With no content word at all, the folded words themselves are the key.
            let key =
                terms.isEmpty
                ? "=" + analyzer.words(entry.question).joined(separator: " ") : terms.sorted().joined(separator: " ")
            if let index = byKey[key] {
                wordings[index].entries.append(entry)
            } else {
                byKey[key] = wordings.count
                wordings.append(Wording(terms: terms, entries: [entry]))
            }
        }
        // The most frequent wordings found the groups; ties keep log order.
        let ordered = wordings.indices.sorted { left, right in
            let (leftCount, rightCount) = (wordings[left].entries.count, wordings[right].entries.count)
            return leftCount != rightCount ? leftCount > rightCount : left < right
        }
        var members: [[Int]] = []
        for index in ordered {
            let terms = wordings[index].terms
            let home = members.firstIndex { group in
                group.contains { Self.jaccard(wordings[$0].terms, terms) >= threshold }
            }
            if let home { members[home].append(index) } else { members.append([index]) }
        }
        var groups = members.map { group -> (Group, Int) in
            let entries = group.flatMap { wordings[$0].entries }
            var counts: [String: (count: Int, first: Int)] = [:]
            for entry in entries {
                counts[entry.question, default: (0, entry.line)].count += 1
            }
            let texts = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            let days = entries.map(\.day).sorted()
            let group = Group(
                wordings: texts.map { ($0.key, $0.value.count) }, count: entries.count, firstDay: days.first ?? "",
                lastDay: days.last ?? "")
            return (group, entries.map(\.line).min() ?? 0)
        }
        groups.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.1 < $1.1 }
        self.groups = groups.map(\.0)
        self.entryCount = entries.count
    }

    /// Shared terms over all terms; 0 when both are empty (such questions
    /// group only by their exact words).
    static func jaccard(_ left: Set<String>, _ right: Set<String>) -> Double {
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }

    /// The report as `unanswered` prints it: a header, then one block per
    /// group with its count, example wording, days and other wordings.
    public func rendered(maximumWordings: Int = 3) -> String {
        guard !groups.isEmpty else { return "No unanswered questions." }
        let days = groups.flatMap { [$0.firstDay, $0.lastDay] }.sorted()
        var lines = [
            "\(entryCount) unanswered question\(entryCount == 1 ? "" : "s") in \(groups.count) group\(groups.count == 1 ? "" : "s"), \(Self.range(days.first ?? "", days.last ?? ""))",
            "",
        ]
        let width = String(groups.first?.count ?? 0).count
        for group in groups {
            let count = String(repeating: " ", count: width - String(group.count).count) + String(group.count)
            lines.append("\(count)  \"\(group.example)\"  (\(Self.range(group.firstDay, group.lastDay)))")
            let others = group.wordings.dropFirst()
            for wording in others.prefix(maximumWordings) {
                let times = wording.count > 1 ? " ×\(wording.count)" : ""
                lines.append(String(repeating: " ", count: width + 2) + "also: \"\(wording.text)\"\(times)")
            }
            if others.count > maximumWordings {
                lines.append(String(repeating: " ", count: width + 2) + "and \(others.count - maximumWordings) more wording\(others.count - maximumWordings == 1 ? "" : "s")")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func range(_ first: String, _ last: String) -> String {
        first == last ? first : "\(first) to \(last)"
    }
}
