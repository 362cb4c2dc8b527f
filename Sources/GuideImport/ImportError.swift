/// Why a collection could not be converted.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input file cannot be read.
    case cannotRead(path: String)
    /// A line of the input is not a question-answer pair.
    case malformedLine(path: String, line: Int, message: String)
    /// The output folder already holds documents (and replacing them was not asked for).
    case outputNotEmpty(path: String)
    /// The lines selected hold no pair.
    case noPairs(path: String)
    /// No `templateDirectory` with a `safety.txt` to copy: a knowledge base
    /// without a safety screen does not load.
    case noSafetyTemplate

    public var description: String {
        switch self {
        case .cannotRead(let path): return "cannot read \(path)"
        case .malformedLine(let path, let line, let message): return "\(path):\(line): error: \(message)"
        case .outputNotEmpty(let path):
            return "\(path) already holds documents; choose an empty folder (or pass --force to replace them)"
        case .noPairs(let path): return "\(path): no question-answer pairs selected"
        case .noSafetyTemplate:
            return "no knowledge base to copy safety.txt from; give one (the bundled KnowledgeBase) as the template"
        }
    }
}
