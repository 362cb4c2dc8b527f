import Foundation

/// A set of real questions (`../shared/eval/real-questions.tsv` format):
/// a header line naming the columns `id`, `conv`, `question`, `statuses`,
/// `must`, `must_not`, `class` (covered, partial or uncovered), `note`.
///
/// Measured two ways, so that a guide refusing everything cannot look good:
/// helpful (covered and partial rows answered or referred with the right
/// cited content) and honest (uncovered rows declined or referred, nothing
/// invented).
public struct RealQuestionSet: Sendable {
    public struct Row: Sendable {
        public var id: String
        /// Rows with the same conversation are asked in order in one session.
        public var conversation: String
        public var question: String
        /// Statuses that pass.
        public var statuses: [String]
        /// Regular expressions the answer must all match (case-insensitive).
        public var must: [String]
        /// One the answer must not match, if any.
        public var mustNot: String?
        public var rowClass: String
        public var line: Int
    }

    public var path: String
    public var rows: [Row]

    /// Parses `text`; a missing column or a bad regular expression is a
    /// diagnostic naming its line.
    public static func parse(_ text: String, path: String) throws -> RealQuestionSet {
        let lines = text.fileLines
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            throw KnowledgeBaseError.malformed([Diagnostic(path: path, line: 1, message: "an empty file: expected a header line")])
        }
        let needed = ["id", "conv", "question", "statuses", "must", "must_not", "class"]
        let missing = needed.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw KnowledgeBaseError.malformed([Diagnostic(path: path, line: 1, message: "the header lacks \(missing.joined(separator: ", "))")])
        }
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingWhitespace().isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ name: String) -> String {
                guard let index = header.firstIndex(of: name), index < fields.count else { return "" }
                return fields[index].trimmingWhitespace()
            }
            let id = field("id")
            guard !id.isEmpty else { continue }
            let must = field("must").components(separatedBy: "&&").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            let mustNot = field("must_not")
            for pattern in must + [mustNot] where !pattern.isEmpty && (try? NSRegularExpression(pattern: pattern)) == nil {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "not a regular expression: \(pattern)"))
            }
            rows.append(
                Row(
                    id: id, conversation: field("conv").isEmpty ? id : field("conv"), question: field("question"),
                    statuses: field("statuses").split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
                    must: must, mustNot: mustNot.isEmpty ? nil : mustNot, rowClass: field("class"), line: offset + 1))
        }
        guard diagnostics.isEmpty else { throw KnowledgeBaseError.malformed(diagnostics) }
        return RealQuestionSet(path: path, rows: rows)
    }
}

extension Evaluator {
    /// Asks every row (each conversation in a new session) and judges the
    /// replies as `../shared/eval/score.py` does.
    public func evaluate(_ set: RealQuestionSet) -> RealQuestionReport {
        var results: [RealQuestionReport.Result] = []
        var session = engine.makeSession()
        var conversation: String?
        for row in set.rows {
            if row.conversation != conversation {
                session = engine.makeSession()
                conversation = row.conversation
            }
            let reply = session.respond(to: row.question)
            results.append(.init(row: row, reply: reply, reasons: RealQuestionReport.reasons(row, reply)))
        }
        return RealQuestionReport(results: results)
    }
}

/// The figures of a real-question set: helpful, honest, and why rows failed.
public struct RealQuestionReport: Sendable {
    public struct Result: Sendable {
        public var row: RealQuestionSet.Row
        public var reply: Reply
        /// Why the row fails; empty when it passes.
        public var reasons: [String]
    }

    public var results: [Result]
    /// An answer longer than this is a dump of the knowledge base, not an answer.
    public static let maximumAnswerLength = 900

    /// Covered and partial rows answered or referred, cited, with the right content.
    public var helpful: (passed: Int, total: Int) {
        let rows = results.filter { ["covered", "partial"].contains($0.row.rowClass) }
        let passed = rows.filter { result in
            [Reply.Status.answered, .referral].contains(result.reply.status) && !result.reply.citations.isEmpty
                && result.row.must.allSatisfy { Self.matches($0, result.reply.answer) }
                && !(result.row.mustNot.map { Self.matches($0, result.reply.answer) } ?? false)
        }
        return (passed.count, rows.count)
    }

    /// Uncovered rows that pass: declined or referred, nothing invented.
    public var honest: (passed: Int, total: Int) {
        let rows = results.filter { $0.row.rowClass == "uncovered" }
        return (rows.filter(\.reasons.isEmpty).count, rows.count)
    }

    /// Why `reply` fails `row` (score.py's rules); empty when it passes.
    static func reasons(_ row: RealQuestionSet.Row, _ reply: Reply) -> [String] {
        var reasons: [String] = []
        // "Did you mean A or B?" answers nothing: scored like no_match.
        let status = reply.status.rawValue == "clarify" ? Reply.Status.noMatch.rawValue : reply.status.rawValue
        if !row.statuses.contains(status) { reasons.append("status \(status) not in \(row.statuses.joined(separator: "|"))") }
        if ["answered", "crisis", "emergency"].contains(status) {
            for pattern in row.must where !matches(pattern, reply.answer) { reasons.append("missing /\(pattern)/") }
        }
        if let mustNot = row.mustNot, matches(mustNot, reply.answer) { reasons.append("contains /\(mustNot)/") }
        if status == "answered" {
            if reply.citations.isEmpty { reasons.append("no citation") }
            let length = reply.answer.unicodeScalars.count
            if length > maximumAnswerLength { reasons.append("answer \(length) characters > \(maximumAnswerLength)") }
        }
        return reasons
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// A printable report; with `verbose`, every failing row and why.
    public func summary(name: String, verbose: Bool) -> String {
        func percent(_ figure: (passed: Int, total: Int)) -> String {
            "\(figure.passed)/\(figure.total) = " + String(format: "%.1f%%", 100 * Double(figure.passed) / Double(max(figure.total, 1)))
        }
        var lines = ["\(name): helpful \(percent(helpful))  honest \(percent(honest))"]
        let passed = results.filter(\.reasons.isEmpty).count
        lines.append("score \(percent((passed, results.count)))")
        if verbose {
            for result in results where !result.reasons.isEmpty {
                let answer = result.reply.answer.replacingOccurrences(of: "\n", with: " ").prefix(160)
                lines.append(
                    "FAIL \(result.row.id) \"\(result.row.question)\": \(result.reasons.joined(separator: "; ")) | \(result.reply.status.rawValue) | \(answer)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
