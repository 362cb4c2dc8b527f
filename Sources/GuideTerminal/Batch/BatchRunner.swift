import Foundation
import GuideEngine

/// Answers questions read from a pipe or file: one reply per non-empty line,
/// in order, with no prompt and no escape codes; the lines are one
/// conversation (`/reset` starts another).
///
/// Lines already waiting are answered in blocks: while the session answers
/// one message (the part that depends on the conversation), another core
/// prepares the next ones (safety screen, small talk, plain match). A line
/// typed into a pipe by hand is answered at once, as before.
public struct BatchRunner {
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
    }

    public var format: Format
    public var session: ChatSession
    /// The preparing thread's word memo, kept from block to block (this
    /// thread prepares with the session's).
    private let helperMemo = HelperMemo()
    private let textRenderer = TextRenderer()
    private let jsonRenderer = JSONRenderer()
    /// Lines read ahead at most; bounds the memory a huge batch holds.
    static let blockSize = 256

    public init(session: ChatSession, format: Format) {
        self.session = session
        self.format = format
    }

    /// Reads `input` to its end (or `/quit`), writing each reply to `output`.
    public mutating func run(input: LineEditor, output: OutputWriter) {
        var ended = false
        while output.isOpen && !ended {
            var lines: [String] = []
            repeat {
                guard case .line(let line) = input.readLine(prompt: "") else {
                    ended = true
                    break
                }
                if line.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                lines.append(line)
            } while lines.count < Self.blockSize && input.hasBufferedLine
            if answer(lines, output: output) { ended = true }
            if !input.hasBufferedLine { output.flush() }
        }
        output.flush()
    }

    /// Answers `lines` in order; true when a reply ended the session.
    private mutating func answer(_ lines: [String], output: OutputWriter) -> Bool {
        let engine = session.engine
        let options = session.options
        guard lines.count > 1 else {
            return lines.first.map { write(session.respond(to: $0), to: output) } ?? false
        }
        let queue = PreparationQueue(count: lines.count)
        let finished = DispatchSemaphore(value: 0)
        let helperMemo = self.helperMemo
        DispatchQueue.global().async {
            while let index = queue.claimNext() {
                queue.store(engine.prepare(lines[index], options: options, memo: &helperMemo.memo), at: index)
            }
            finished.signal()
        }
        var ended = false
        for index in lines.indices {
            // Prepared by the other core, or here when that one has fallen
            // behind; while waiting, this core prepares messages further on.
            var message = queue.claim(index) ? session.prepare(lines[index]) : queue.ready(index)
            while message == nil {
                if let later = queue.claimNext() {
                    queue.store(session.prepare(lines[later]), at: later)
                    message = queue.ready(index)
                } else {
                    message = queue.wait(for: index)
                }
            }
            guard let message else { continue }
            if write(session.respond(to: message), to: output) {
                ended = true
                queue.cancel()
                break
            }
        }
        finished.wait()
        return ended
    }

    /// Writes `reply`; true when it ends the session.
    private func write(_ reply: Reply, to output: OutputWriter) -> Bool {
        switch format {
        case .text: output.write(textRenderer.render(reply) + "\n\n")
        case .json:
            output.write { buffer in
                jsonRenderer.render(reply, into: &buffer)
                buffer.append(UInt8(ascii: "\n"))
            }
        }
        return reply.endsSession
    }
}
