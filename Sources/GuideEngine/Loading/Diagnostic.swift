/// A problem found in a knowledge-base file, pointing at the line to fix.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var path: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `path:line: error: message`, the form editors and compilers use.
    public var description: String { "\(path):\(line): \(severity.rawValue): \(message)" }
}

/// Why a knowledge base could not be loaded.
public enum KnowledgeBaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder (or a file it must hold) does not exist.
    case notFound(path: String)
    /// One or more files are malformed; each diagnostic names file and line.
    case malformed([Diagnostic])

    public var description: String {
        switch self {
        case .notFound(let path):
            return "knowledge base not found at \(path) (give its folder with --kb DIR)"
        case .malformed(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
