import Foundation

/// Runs a labelled set through the engine and measures it, like `rasa test nlu`
/// for this format: accuracy, per-label precision and recall, the worst
/// confusions and the failing rows.
public struct Evaluator: Sendable {
    public let engine: ChatEngine

    public init(engine: ChatEngine) {
        self.engine = engine
    }

    /// What the guide did, as a label comparable with the expected one: the
    /// intent of an answer or small talk, else the status (`clarify` is a
    /// label of its own: the guide neither answered nor gave up).
    public static func label(of reply: Reply) -> String {
        switch reply.status {
        case .answered, .smalltalk: return reply.intent ?? reply.status.rawValue
        default: return reply.status.rawValue
        }
    }

    public func evaluate(_ set: LabelledSet) -> EvaluationReport {
        var results: [EvaluationReport.Result] = []
        var sessions: [String: ChatSession] = [:]
        for row in set.rows {
            var session = row.conversation.flatMap { sessions[$0] } ?? engine.makeSession()
            let reply = session.respond(to: row.question)
            if let conversation = row.conversation { sessions[conversation] = session }
            results.append(.init(row: row, actual: Self.label(of: reply), status: reply.status, confidence: reply.confidence))
        }
        return EvaluationReport(results: results)
    }
}

/// The figures of one evaluation run.
public struct EvaluationReport: Sendable {
    public struct Result: Sendable {
        public var row: LabelledSet.Row
        public var actual: String
        /// The reply's status, which `answered` (any answer) is compared with.
        public var status: Reply.Status = .answered
        public var confidence: Double
        public var isCorrect: Bool {
            row.accepted.contains { $0 == actual || ($0 == Reply.Status.answered.rawValue && status == .answered) }
        }
    }

    public struct LabelFigures: Sendable {
        public var label: String
        public var precision: Double
        public var recall: Double
        public var support: Int
    }

    public var results: [Result]

    public var accuracy: Double {
        results.isEmpty ? 0 : Double(results.filter(\.isCorrect).count) / Double(results.count)
    }

    public var failures: [Result] { results.filter { !$0.isCorrect } }

    /// Precision and recall of each expected or produced label.
    public var perLabel: [LabelFigures] {
        let labels = Set(results.map(\.row.expected)).union(results.map(\.actual)).sorted()
        return labels.map { label in
            let predicted = results.filter { $0.actual == label }
            let expected = results.filter { $0.row.expected == label }
            let correct = predicted.filter(\.isCorrect).count
            return LabelFigures(
                label: label,
                precision: predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count),
                recall: expected.isEmpty ? 1 : Double(correct) / Double(expected.count),
                support: expected.count)
        }
    }

    /// (expected, actual, count), most frequent first.
    public var confusions: [(expected: String, actual: String, count: Int)] {
        var counts: [String: (String, String, Int)] = [:]
        for failure in failures {
            let key = failure.row.expected + "\t" + failure.actual
            counts[key] = (failure.row.expected, failure.actual, (counts[key]?.2 ?? 0) + 1)
        }
        return counts.values.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.map { ($0.0, $0.1, $0.2) }
    }

    /// Recall of rows expecting `label` (1 when there are none).
    public func recall(of label: String) -> Double {
        perLabel.first { $0.label == label }?.recall ?? 1
    }

    /// A printable report.
    public func summary(name: String) -> String {
        var lines: [String] = []
        let correct = results.filter(\.isCorrect).count
        lines.append("\(name): accuracy \(Self.percent(accuracy)) (\(correct)/\(results.count))")
        lines.append("")
        lines.append("label".padding(toLength: 44, withPad: " ", startingAt: 0) + " precision  recall  support")
        for figures in perLabel {
            lines.append(
                figures.label.padding(toLength: 44, withPad: " ", startingAt: 0) + " "
                    + Self.percent(figures.precision).leftPadded(9) + " " + Self.percent(figures.recall).leftPadded(7)
                    + " " + String(figures.support).leftPadded(8))
        }
        let classes = Dictionary(grouping: results.filter { $0.row.rowClass != nil }) { $0.row.rowClass ?? "" }
        if !classes.isEmpty {
            lines.append("")
            lines.append("class".padding(toLength: 44, withPad: " ", startingAt: 0) + "  correct")
            for (name, rows) in classes.sorted(by: { $0.key < $1.key }) {
                lines.append(name.padding(toLength: 44, withPad: " ", startingAt: 0) + "  \(rows.filter(\.isCorrect).count)/\(rows.count)")
            }
        }
        if !confusions.isEmpty {
            lines.append("")
            lines.append("Worst confusions (expected → got):")
            for confusion in confusions.prefix(10) {
                lines.append("  \(confusion.count)× \(confusion.expected) → \(confusion.actual)")
            }
            lines.append("")
            lines.append("Failing rows:")
            for failure in failures {
                let conversation = failure.row.conversation.map { " [\($0)]" } ?? ""
                lines.append("  line \(failure.row.line)\(conversation): \"\(failure.row.question)\" expected \(failure.row.expected), got \(failure.actual)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
