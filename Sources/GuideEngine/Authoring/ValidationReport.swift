/// What `validate` found in a knowledge base: every problem with its file
/// and line, errors first in importance but listed in file order so an author
/// can work down the list.
public struct ValidationReport: Sendable, Equatable {
    /// Sorted by path, then line.
    public let diagnostics: [Diagnostic]
    /// True when the knowledge base did not load, so only the loader's
    /// errors are listed (the other checks need a loaded knowledge base).
    public let stoppedAtLoading: Bool

    public init(diagnostics: [Diagnostic], stoppedAtLoading: Bool = false) {
        self.diagnostics = diagnostics.enumerated().sorted { left, right in
            if left.element.path != right.element.path { return left.element.path < right.element.path }
            if left.element.line != right.element.line { return left.element.line < right.element.line }
            return left.offset < right.offset
        }.map(\.element)
        self.stoppedAtLoading = stoppedAtLoading
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// `2 errors, 1 warning`: the last line `validate` prints.
    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return count(errors.count, "error") + ", " + count(warnings.count, "warning")
    }
}
