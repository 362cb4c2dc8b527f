/// A labelled question set: what patients ask and what the guide should do,
/// the measure of every change to the matcher or the knowledge base.
///
/// File format (TSV, UTF-8): `question<TAB>expected<TAB>conversation<TAB>class`;
/// `expected` is an intent id, a small-talk name, or a status (`no_match`,
/// `clarify`, `referral`, `crisis`, `emergency`, `distress`, `answered` for any
/// answer), or several of them joined by `|` when each is right; rows with
/// the same conversation label are asked in order in one conversation; the
/// optional class groups rows for a per-class report; `#` lines are comments.
public struct LabelledSet: Sendable {
    public struct Row: Sendable, Equatable {
        public var question: String
        public var expected: String
        public var conversation: String?
        /// What kind of row it is ("overdose-without-word"), for figures per class.
        public var rowClass: String? = nil
        public var line: Int

        /// The labels any of which is right.
        public var accepted: [String] { expected.split(separator: "|").map { $0.trimmingWhitespace() } }
    }

    public var path: String
    public var rows: [Row]

    /// Parses `text`; malformed rows become diagnostics naming their line.
    public static func parse(_ text: String, path: String) throws -> LabelledSet {
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        for (offset, line) in text.fileLines.enumerated() {
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard columns.count >= 2, columns.count <= 4, !columns[1].trimmingWhitespace().isEmpty else {
                diagnostics.append(
                    Diagnostic(path: path, line: offset + 1, message: "expected 'question<TAB>expected[<TAB>conversation[<TAB>class]]'"))
                continue
            }
            let conversation = columns.count >= 3 ? columns[2].trimmingWhitespace() : ""
            let rowClass = columns.count == 4 ? columns[3].trimmingWhitespace() : ""
            rows.append(
                Row(
                    question: columns[0], expected: columns[1].trimmingWhitespace(),
                    conversation: conversation.isEmpty ? nil : conversation, rowClass: rowClass.isEmpty ? nil : rowClass,
                    line: offset + 1))
        }
        guard diagnostics.isEmpty else { throw KnowledgeBaseError.malformed(diagnostics) }
        return LabelledSet(path: path, rows: rows)
    }
}
