import GuideEngine

/// Answers questions read from a pipe or file: one reply per non-empty line,
/// in order, with no prompt and no escape codes; the lines are one
/// conversation (`/reset` starts another).
public struct BatchRunner {
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
    }

    public var format: Format
    public var session: ChatSession

    public init(session: ChatSession, format: Format) {
        self.session = session
        self.format = format
    }

    /// Reads `input` to its end (or `/quit`), writing each reply to `output`.
    public mutating func run(input: LineEditor, output: OutputWriter) {
        let text = TextRenderer()
        let json = JSONRenderer()
        while output.isOpen {
            guard case .line(let line) = input.readLine(prompt: "") else { break }
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let reply = session.respond(to: line)
            switch format {
            case .text: output.write(text.render(reply) + "\n\n")
            case .json: output.write(json.render(reply) + "\n")
            }
            if (input as? PlainLineReader)?.hasBufferedLine != true { output.flush() }
            if reply.endsSession { break }
        }
        output.flush()
    }
}
