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
/// - only questions: a `no_match` or `clarify` reply's input, and for a
///   half-answered message each part it could not answer
///   (`Reply.unansweredParts`, in the asker's words);
/// - never a crisis, emergency or referral reply (those are about a person,
///   not a gap in the knowledge base), nor small talk, commands or errors;
/// - nothing that identifies a person: each question goes through the
///   `PrivacyFilter` first, which leaves out every clause with a name, phone
///   number, e-mail address, date, street address, age or record number, and
///   the whole question when nothing else is left;
/// - the day only: no time of day, no session id, nothing that ties two
///   lines to one person;
/// - nothing older than `retentionDays`: older lines are removed when a new
///   one is written;
/// - the file is created readable and writable by its owner only (0600),
///   and appended to (`O_APPEND`, so concurrent kiosk sessions do not
///   overwrite each other's lines); only the removal of old lines rewrites
///   it, through a temporary file renamed over it.
public struct UnansweredLog: Sendable {
    public let path: String
    /// Removes what could identify a person before a question is written.
    public let privacy: PrivacyFilter
    /// The time zone whose calendar day is written.
    public var timeZone: TimeZone = .current
    /// Lines older than this many days are removed when a line is written,
    /// so the file never keeps more than a season of questions.
    public var retentionDays: Int = Self.defaultRetentionDays
    /// Long enough for authors to see what is asked over a season, short
    /// enough that the log is not an archive (`--log-retention-days`).
    public static let defaultRetentionDays = 90
    /// Longer questions are cut (the chat refuses longer input anyway).
    public static let maximumQuestionLength = ChatSession.Options.standardInputLimit
    /// Told of every error of `append` before it is thrown. A chat session
    /// does not stop for the log (the visitor still gets the answer), so this
    /// is how a full disk or a removed folder gets reported; nil: not told.
    public var onWriteFailure: (@Sendable (any Error) -> Void)?

    /// - Parameters:
    ///   - path: the log file; created on the first question if missing.
    ///   - privacy: the knowledge base's word lists of personal details
    ///     (`PrivacyFilter.load(knowledgeBaseDirectory:)`).
    public init(path: String, privacy: PrivacyFilter) {
        self.path = path
        self.privacy = privacy
    }

    /// The questions of `reply` that belong in the log (none for most replies).
    public func questions(in reply: Reply) -> [String] {
        switch reply.status {
        case .noMatch, .clarify:
            return loggable([reply.input])
        case .answered:
            return loggable(reply.unansweredParts)
        case .referral, .crisis, .emergency, .distress, .smalltalk, .command, .error:
            return []
        }
    }

    /// The questions as one line each, without what identifies a person;
    /// a question with nothing safe left is not among them.
    private func loggable(_ questions: [String]) -> [String] {
        questions.compactMap { question in
            let line = Self.clean(question)
            return line.isEmpty ? nil : privacy.redacted(line)
        }
    }

    /// Appends the questions of `reply` (if any) under the day of `date`,
    /// after removing the lines older than `retentionDays`.
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
            try removeLines(before: firstKeptDay(for: date))
            let descriptor = try Self.openForAppending(path)
            defer { close(descriptor) }
            try Self.writeAll(Array(text.utf8), to: descriptor)
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

    /// The oldest day kept when writing on `date`.
    func firstKeptDay(for date: Date) -> String {
        let days = max(0, retentionDays)
        return CalendarDay.string(from: date.addingTimeInterval(-Double(days) * 86_400), in: timeZone)
    }

    /// Removes the lines dated before `firstDay` (and lines with no date,
    /// which cannot be aged). Only the first line is read when it is recent
    /// enough: lines are appended in order, so then every line is.
    private func removeLines(before firstDay: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        let head = (try? handle.read(upToCount: 11)) ?? Data()
        try? handle.close()
        if let day = Self.day(of: String(decoding: head, as: UTF8.self)), day >= firstDay { return }
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return }
        let kept = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { line in
            Self.day(of: String(line)).map { $0 >= firstDay } ?? false
        }
        let text = kept.map { $0 + "\n" }.joined()
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        do {
            try Self.writeAll(Array(text.utf8), to: descriptor)
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// The `YYYY-MM-DD` a log line starts with (before its tab), if any.
    static func day(of line: String) -> String? {
        let day = String(line.prefix(10))
        guard line.dropFirst(10).first == "\t", CalendarDay.isValid(day) else { return nil }
        return day
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
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
