import Foundation

/// Takes what could identify a person out of a question before the
/// unanswered log keeps it: names, phone numbers, e-mail addresses, dates,
/// street addresses, ages and record numbers.
///
/// People tell a guide things they would not want stored ("my name is…, call
/// me on…"). The log is for authors, who need the question, not the person,
/// so the filter errs on the side of dropping: the question is cut into
/// clauses, a clause with any identifying pattern is left out whole (no
/// attempt to blank out just the name, which would leave the rest guessable),
/// and a question with nothing left is not written.
///
/// The words that mark personal details (name introductions, titles, months,
/// street words, age and record words) are language data, read from
/// `language/privacy-<language>.txt` in the knowledge base; only patterns that need no
/// words (e-mail addresses, digit runs, dates in digits) are in code.
public struct PrivacyFilter: Sendable {
    /// The longest run of digits a kept clause may hold. Two keeps "2
    /// sessions a week" or "in my 40s"; three or more is a phone, record or
    /// house number, a year or a postcode.
    public static let longestDigitRun = 2

    /// The most digits a kept clause may hold in all. A phone number typed in
    /// pairs ("55 12 34 56") has no long run, but many digits.
    public static let mostDigitsInAClause = 4

    /// How many words after a record word (`mrn`, `id`…) a number still
    /// counts as its number ("record number is 44").
    static let recordNumberReach = 3

    typealias Phrase = [String]

    private let clauseBreaks: Set<String>
    private let nameIntroductions: [Phrase]
    private let possibleNameIntroductions: [Phrase]
    private let titles: Set<String>
    private let contactPhrases: [Phrase]
    private let months: Set<String>
    private let birthPhrases: [Phrase]
    private let streetPhrases: [Phrase]
    private let addressIntroductions: [Phrase]
    private let ageWordsAfterNumber: [Phrase]
    private let ageWordsBeforeNumber: [Phrase]
    private let recordWords: [Phrase]

    /// Reads `language/privacy-<language>.txt` of the knowledge base in `directory`.
    ///
    /// - Parameter files: the knowledge base's language files; read from its
    ///   `guide.conf` when not given.
    /// - Throws: `KnowledgeBaseError.notFound` when the file is missing,
    ///   `.malformed` (with file and line) when it cannot be read.
    public static func load(knowledgeBaseDirectory directory: String, files: LanguageFiles? = nil) throws -> PrivacyFilter {
        let name = (files ?? LanguageFiles.inKnowledgeBase(directory)).privacy
        let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KnowledgeBaseError.notFound(path: path)
        }
        return try PrivacyFilter(text: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses a word list in the knowledge base's `[group]` / `key: value` format.
    public init(text: String, path: String) throws {
        var diagnostics: [Diagnostic] = []
        let file = RecordFile.parse(text, path: path, diagnostics: &diagnostics)
        let known: [String: Set<String>] = [
            "clauses": ["break"], "names": ["introduces", "may-introduce", "title"], "contact": ["says"],
            "dates": ["month", "birth"], "addresses": ["street", "introduces"],
            "ages": ["after-number", "before-number"], "records": ["before-number"],
        ]
        for group in file.groups {
            guard let keys = known[group.name] else {
                diagnostics.append(Diagnostic(path: path, line: group.line, message: "unknown group [\(group.name)]"))
                continue
            }
            for entry in group.entries where !keys.contains(entry.key) {
                diagnostics.append(Diagnostic(
                    path: path, line: entry.line,
                    message: "unknown key '\(entry.key)' in [\(group.name)] (expected \(keys.sorted().joined(separator: ", ")))"))
            }
        }
        guard diagnostics.isEmpty else { throw KnowledgeBaseError.malformed(diagnostics) }
        func phrases(_ group: String, _ key: String) -> [Phrase] {
            (file.group(group)?.values(key) ?? []).map(Self.words).filter { !$0.isEmpty }
        }
        func words(_ group: String, _ key: String) -> Set<String> {
            Set(phrases(group, key).compactMap { $0.count == 1 ? $0[0] : nil })
        }
        clauseBreaks = words("clauses", "break")
        nameIntroductions = phrases("names", "introduces")
        possibleNameIntroductions = phrases("names", "may-introduce")
        titles = words("names", "title")
        contactPhrases = phrases("contact", "says")
        months = words("dates", "month")
        birthPhrases = phrases("dates", "birth")
        streetPhrases = phrases("addresses", "street")
        addressIntroductions = phrases("addresses", "introduces")
        ageWordsAfterNumber = phrases("ages", "after-number")
        ageWordsBeforeNumber = phrases("ages", "before-number")
        recordWords = phrases("records", "before-number")
    }

    /// The question without its identifying clauses, unchanged when it has
    /// none; nil when nothing safe is left.
    public func redacted(_ question: String) -> String? {
        let clauses = Self.clauses(of: question, keepingPeriodAfter: titles)
            .flatMap { $0.split(at: clauseBreaks) }
        let kept = clauses.filter { !$0.words.isEmpty && !identifies($0) }
        guard !kept.isEmpty else { return nil }
        if kept.count == clauses.count { return question }
        return kept.map(\.text).joined(separator: ", ")
    }

    // MARK: Patterns

    /// Whether the clause holds anything that could identify a person.
    private func identifies(_ clause: Clause) -> Bool {
        let words = clause.words
        if words.contains(where: { $0.raw.contains("@") }) { return true }  // an e-mail address
        if words.contains(where: \.isDigitDate) { return true }
        let digitRuns = words.map(\.longestDigitRun)
        if digitRuns.contains(where: { $0 > Self.longestDigitRun }) { return true }
        if words.reduce(0, { $0 + $1.digitCount }) > Self.mostDigitsInAClause { return true }
        let hasNumber = words.contains(where: \.hasDigit)

        for index in words.indices {
            let word = words[index]
            // Names: whatever follows "my name is"; a capitalised word after "I am".
            if let end = match(nameIntroductions, at: index, in: words), end < words.count { return true }
            if let end = match(possibleNameIntroductions, at: index, in: words), end < words.count,
               words[end].looksLikeName { return true }
            if titles.contains(word.folded), index + 1 < words.count, words[index + 1].looksLikeName { return true }
            if match(contactPhrases, at: index, in: words) != nil { return true }
            // Dates: a month next to a number; any mention of a birth date.
            if months.contains(word.folded) {
                let before = index > 0 && words[index - 1].startsWithDigit
                let after = index + 1 < words.count && words[index + 1].startsWithDigit
                if before || after { return true }
            }
            if match(birthPhrases, at: index, in: words) != nil { return true }
            // Addresses: a street word with a number; whatever follows "I live at".
            if hasNumber, match(streetPhrases, at: index, in: words) != nil { return true }
            if let end = match(addressIntroductions, at: index, in: words), end < words.count { return true }
            // Ages: "45 years old", "aged 45", "I'm 45".
            if word.hasDigit, match(ageWordsAfterNumber, at: index + 1, in: words) != nil { return true }
            if let end = match(ageWordsBeforeNumber, at: index, in: words), end < words.count, words[end].hasDigit {
                return true
            }
            // Record and ID numbers: "MRN 4471", "my patient id is 52".
            if let end = match(recordWords, at: index, in: words),
               words[end..<min(words.count, end + Self.recordNumberReach)].contains(where: \.hasDigit) {
                return true
            }
        }
        return false
    }

    /// The index just past `phrase` when one of `phrases` starts at `index`.
    private func match(_ phrases: [Phrase], at index: Int, in words: [Word]) -> Int? {
        for phrase in phrases where index + phrase.count <= words.count {
            if zip(phrase, words[index..<index + phrase.count]).allSatisfy({ $0 == $1.folded }) {
                return index + phrase.count
            }
        }
        return nil
    }

    // MARK: Words and clauses

    /// A word of the question: as typed (for the log), and folded (lower
    /// case, curly apostrophes straightened, outer punctuation removed) to
    /// compare with the word lists.
    struct Word {
        var raw: String
        var folded: String
        var bare: String

        init(_ raw: Substring) {
            self.raw = String(raw)
            let apostrophes = raw.replacingOccurrences(of: "\u{2019}", with: "'")
            bare = apostrophes.trimmingCharacters(in: Self.outerPunctuation)
            folded = bare.lowercased()
        }

        static let outerPunctuation = CharacterSet(charactersIn: "\"'`.,;:!?()[]{}<>*_~")

        var hasDigit: Bool { raw.unicodeScalars.contains { $0.isDecimalDigit } }
        var startsWithDigit: Bool { bare.unicodeScalars.first.map { $0.isDecimalDigit } ?? false }
        var digitCount: Int { raw.unicodeScalars.filter { $0.isDecimalDigit }.count }

        var longestDigitRun: Int {
            var longest = 0
            var run = 0
            for scalar in raw.unicodeScalars {
                run = scalar.isDecimalDigit ? run + 1 : 0
                longest = max(longest, run)
            }
            return longest
        }

        /// Digits, a separator, digits: "04/05", "4.5.80", "3-12".
        var isDigitDate: Bool {
            let scalars = Array(bare.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where "/-.".unicodeScalars.contains(scalar) {
                if index > 0, index + 1 < scalars.count,
                   scalars[index - 1].isDecimalDigit, scalars[index + 1].isDecimalDigit {
                    return true
                }
            }
            return false
        }

        /// Capitalised, and not the pronoun "I" ("I am Maria" names someone; "I am I'm" does not).
        var looksLikeName: Bool {
            guard let first = bare.first, first.isUppercase else { return false }
            return !["i", "i'm", "i've", "i'll", "i'd", "im"].contains(folded)
        }
    }

    struct Clause {
        var words: [Word]
        var text: String { words.map(\.raw).joined(separator: " ") }

        /// The clause cut before each of `breaks` ("… Smith and I live at …").
        func split(at breaks: Set<String>) -> [Clause] {
            var parts: [Clause] = [Clause(words: [])]
            for word in words {
                if breaks.contains(word.folded), !(parts.last?.words.isEmpty ?? true) {
                    parts.append(Clause(words: []))
                }
                parts[parts.count - 1].words.append(word)
            }
            return parts
        }
    }

    /// The question cut at commas, semicolons, colons, brackets and sentence
    /// ends (a "." or "," inside a word, as in an e-mail address or "1,000",
    /// does not cut; neither does the "." of a title, as in "Dr. Patel").
    static func clauses(of question: String, keepingPeriodAfter titles: Set<String>) -> [Clause] {
        var clauses: [Clause] = []
        var current: [Word] = []
        for token in question.split(whereSeparator: \.isWhitespace) {
            var word = Word(token)
            let last = token.last ?? " "
            let endsClause = ",;:!?()".contains(last) || (last == "." && !titles.contains(word.folded))
            if "(".contains(token.first ?? " "), !current.isEmpty {
                clauses.append(Clause(words: current))
                current = []
            }
            if endsClause { word.raw = String(word.raw.dropLast()) }
            if !word.raw.isEmpty { current.append(word) }
            if endsClause, !current.isEmpty {
                clauses.append(Clause(words: current))
                current = []
            }
        }
        if !current.isEmpty { clauses.append(Clause(words: current)) }
        return clauses
    }

    fileprivate static func words(_ phrase: String) -> Phrase {
        phrase.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

extension Unicode.Scalar {
    /// A digit of any script's decimal system (0-9, Arabic-Indic, full-width…).
    fileprivate var isDecimalDigit: Bool { properties.numericType == .decimal }
}
