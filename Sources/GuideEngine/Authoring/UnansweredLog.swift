import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of the questions the guide could not answer, for the authors to
/// see what the knowledge base lacks: one `YYYY-MM-DD<TAB>question` line per
/// question.
///
/// What is written, and what is not, is a privacy decision:
/// - only questions: a `no_match` reply's input, and for a half-answered
///   message (its answer holds the knowledge base's `partial` reply) each
///   part it could not answer;
/// - never a crisis, emergency or referral reply (those are about a person,
///   not a gap in the knowledge base), nor small talk, commands or errors;
/// - the day only: no time of day, no session id, nothing that ties two
///   lines to one person;
/// - the file is created readable and writable by its owner only (0600),
///   and only ever appended to (`O_APPEND`, so concurrent kiosk sessions do
///   not overwrite each other's lines).
public struct UnansweredLog: Sendable {
    public let path: String
    /// The knowledge base's `partial` reply, which marks a half-answered message.
    public let partialReply: String
    /// The time zone whose calendar day is written.
    public var timeZone: TimeZone = .current
    /// Longer questions are cut (the chat refuses longer input anyway).
    public static let maximumQuestionLength = 1000
    /// Told of every error of `append` before it is thrown. A chat session
    /// does not stop for the log (the visitor still gets the answer), so this
    /// is how a full disk or a removed folder gets reported; nil: not told.
    public var onWriteFailure: (@Sendable (any Error) -> Void)?

    /// - Parameters:
    ///   - path: the log file; created on the first question if missing.
    ///   - settings: the knowledge base's settings, for its `partial` reply.
    public init(path: String, settings: GuideSettings) {
        self.path = path
        // Not `settings.reply("partial")`: without the key that returns the
        // word "partial", which many answers could contain.
        self.partialReply = settings.replies["partial"] ?? ""
    }

    /// The questions of `reply` that belong in the log (none for most replies).
    public func questions(in reply: Reply) -> [String] {
        switch reply.status {
        case .noMatch:
            return [Self.clean(reply.input)].filter { !$0.isEmpty }
        case .answered:
            guard !partialReply.isEmpty, reply.answer.contains(partialReply) else { return [] }
            // Each unanswered part follows the partial reply, quoted, on its own line.
            var parts: [String] = []
            for line in reply.answer.split(separator: "\n") {
                guard let range = line.range(of: partialReply) else { continue }
                var part = line[range.upperBound...].trimmingWhitespace()
                if part.count >= 2, part.hasPrefix("\""), part.hasSuffix("\"") { part = String(part.dropFirst().dropLast()) }
                parts.append(Self.clean(part))
            }
            parts.removeAll { $0.isEmpty }
            return parts.isEmpty ? [Self.clean(reply.input)].filter { !$0.isEmpty } : parts
        case .referral, .crisis, .emergency, .distress, .smalltalk, .command, .error:
            return []
        }
    }

    /// Appends the questions of `reply` (if any) under the day of `date`.
    ///
    /// - Returns: how many lines were written.
    /// - Throws: `POSIXError` when the file cannot be opened or written.
    @discardableResult
    public func append(reply: Reply, on date: Date) throws -> Int {
        let questions = questions(in: reply)
        guard !questions.isEmpty else { return 0 }
        let day = CalendarDay.string(from: date, in: timeZone)
        let text = questions.map { "\(day)\t\($0)\n" }.joined()
        do {
            try appendBytes(Array(text.utf8))
        } catch {
            onWriteFailure?(error)
            throw error
        }
        return questions.count
    }

    /// Opens the file for appending (creating it, 0600, when missing) and
    /// closes it again: a log that cannot be written is found at start, not
    /// at the first unanswered question.
    ///
    /// - Throws: `POSIXError` when the file cannot be opened for writing.
    public static func checkWritable(path: String) throws {
        let descriptor = try openForAppending(path)
        close(descriptor)
    }

    private static func openForAppending(_ path: String) throws -> Int32 {
        // O_NONBLOCK: a FIFO with no reader fails (ENXIO) instead of hanging the start.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return descriptor
    }

    private func appendBytes(_ bytes: [UInt8]) throws {
        let descriptor = try Self.openForAppending(path)
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            written += result
        }
    }

    /// One line of text: tabs, line breaks and other control characters
    /// become spaces, so a question cannot break the file's format.
    static func clean(_ question: String) -> String {
        let scalars = question.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                ? " " : Character(scalar)
        }
        let single = String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return String(single.prefix(maximumQuestionLength))
    }
}
