import Foundation
import GuideEngine

/// Answers questions read from a pipe or file: one reply per non-empty line,
/// in order, with no prompt and no escape codes; the lines are one
/// conversation (`/reset` starts another).
///
/// Only the end of input ends a batch: `/quit` gets its reply like any other
/// command and the lines after it are answered too, so a script can pair
/// its lines with the replies one to one.
///
/// Lines already waiting are answered in blocks: while the session answers
/// one message (the part that depends on the conversation), another core
/// analyses the next ones (`ChatEngine.analyse`: safety screen, small talk, matches, parts). A line
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
    private var textRenderer: TextRenderer
    private let jsonRenderer = JSONRenderer()
    /// Lines read ahead at most; bounds the memory a huge batch holds.
    static let blockSize = 256

    /// Whether text replies show file paths and lines (`--show-paths`, for
    /// authors); JSON always carries them.
    public var showsPaths: Bool {
        get { textRenderer.showsPaths }
        set { textRenderer.showsPaths = newValue }
    }

    public init(session: ChatSession, format: Format, showsPaths: Bool = false) {
        self.session = session
        self.format = format
        self.textRenderer = TextRenderer(wording: ReplyWording(settings: session.engine.settings), showsPaths: showsPaths)
    }

    /// One line read, how many characters the reader threw away from its end, and what the
    /// safety screen found in them.
    private struct Line: Sendable {
        var text: String
        var droppedCharacters: Int
        var droppedFinding: SafetyScreen.Finding?
    }

    /// Reads `input` to its end, writing each reply to `output`; stops early only when the
    /// output can no longer be written (`output.failure`).
    public mutating func run(input: LineEditor, output: OutputWriter) {
        var ended = false
        while output.isOpen && !ended {
            var lines: [Line] = []
            repeat {
                guard case .line(let text) = input.readLine(prompt: "") else {
                    ended = true
                    break
                }
                let dropped = input.droppedCharactersOfLastLine
                if dropped == 0 && text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                lines.append(Line(text: text, droppedCharacters: dropped, droppedFinding: input.droppedFindingOfLastLine))
            } while lines.count < Self.blockSize && input.hasBufferedLine
            answer(lines, output: output)
            if !input.hasBufferedLine { output.flush() }
        }
        output.flush()
    }

    /// Answers `lines` in order.
    private mutating func answer(_ lines: [Line], output: OutputWriter) {
        let engine = session.engine
        let options = session.options
        guard lines.count > 1 else {
            if let line = lines.first {
                write(session.respond(to: prepare(line)), to: output)
            }
            return
        }
        let queue = PreparationQueue(count: lines.count)
        let finished = DispatchSemaphore(value: 0)
        let helperMemo = self.helperMemo
        DispatchQueue.global().async {
            while let index = queue.claimNext() {
                let line = lines[index]
                queue.store(
                    engine.analyse(
                        line.text, droppedCharacters: line.droppedCharacters, droppedFinding: line.droppedFinding,
                        options: options, memo: &helperMemo.memo),
                    at: index)
            }
            finished.signal()
        }
        for index in lines.indices {
            // Prepared by the other core, or here when that one has fallen
            // behind; while waiting, this core prepares messages further on.
            var message = queue.claim(index) ? prepare(lines[index]) : queue.ready(index)
            while message == nil {
                if let later = queue.claimNext() {
                    queue.store(prepare(lines[later]), at: later)
                    message = queue.ready(index)
                } else {
                    message = queue.wait(for: index)
                }
            }
            guard let message else { continue }
            write(session.respond(to: message), to: output)
            if !output.isOpen {
                queue.cancel()
                break
            }
        }
        finished.wait()
    }

    private mutating func prepare(_ line: Line) -> AnalysedMessage {
        session.analyse(line.text, droppedCharacters: line.droppedCharacters, droppedFinding: line.droppedFinding)
    }

    /// Writes `reply` (a reply that would end an interactive session does not end a batch).
    private func write(_ reply: Reply, to output: OutputWriter) {
        switch format {
        case .text: output.write(textRenderer.render(reply) + "\n\n")
        case .json:
            output.write { buffer in
                jsonRenderer.render(reply, into: &buffer)
                buffer.append(UInt8(ascii: "\n"))
            }
        }
    }
}
