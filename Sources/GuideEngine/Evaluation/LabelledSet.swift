/// A labelled question set: what patients ask and what the guide should do,
/// the measure of every change to the matcher or the knowledge base.
///
/// File format (TSV, UTF-8): `question<TAB>expected<TAB>conversation`;
/// `expected` is an intent id, a small-talk name, or a status (`no_match`,
/// `referral`, `crisis`, `emergency`); rows with the same conversation label
/// are asked in order in one conversation; `#` lines are comments.
public struct LabelledSet: Sendable {
    public struct Row: Sendable, Equatable {
        public var question: String
        public var expected: String
        public var conversation: String?
        public var line: Int
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
            guard columns.count >= 2, columns.count <= 3, !columns[1].trimmingWhitespace().isEmpty else {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "expected 'question<TAB>expected[<TAB>conversation]'"))
                continue
            }
            let conversation = columns.count == 3 ? columns[2].trimmingWhitespace() : ""
            rows.append(
                Row(
                    question: columns[0], expected: columns[1].trimmingWhitespace(),
                    conversation: conversation.isEmpty ? nil : conversation, line: offset + 1))
        }
        guard diagnostics.isEmpty else { throw KnowledgeBaseError.malformed(diagnostics) }
        return LabelledSet(path: path, rows: rows)
    }
}
