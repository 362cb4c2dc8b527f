import ArgumentParser
import GuideFrontEnd
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The exit statuses of `ketaguide` that it sets itself (README, "Options
/// and exit codes"); numbers from sysexits.h where one fits, so scripts and
/// service managers can tell the cases apart.
enum ExitStatus {
    /// Staff left the kiosk with `/operator` (the unit does not restart it).
    static let operatorExit = KioskOptions.operatorExitStatus
    /// A knowledge-base file is malformed (EX_DATAERR).
    static let malformedKnowledgeBase: Int32 = 65
    /// The knowledge base, or a file it must hold, is missing (EX_NOINPUT).
    static let knowledgeBaseNotFound: Int32 = 66
    /// EX_CANTCREAT: an output file given on the command line (the
    /// unanswered log) cannot be opened for writing; checked at start.
    static let cannotCreateOutput = ExitCode(73)
    /// EX_IOERR: standard input could not be read, or standard output could
    /// not be written (a full disk, `/dev/full`, a closed descriptor).
    static let inputOutputError = ExitCode(74)
    /// The operator passphrase file may be read by group or others (EX_NOPERM).
    static let passphraseFileTooOpen: Int32 = 77
    /// The operator passphrase file is missing, unreadable or empty (EX_CONFIG).
    static let passphraseFileUnusable: Int32 = 78
}

/// Writes `message` and a newline to standard error, made safe for a
/// terminal: messages quote paths and text from the knowledge base.
func printError(_ message: String) {
    fputs(TerminalText.sanitized(message) + "\n", stderr)
}

/// `print`, made safe for a terminal: for text that comes from the knowledge
/// base or a log (file names, passages, logged questions).
func printSanitized(_ text: String) {
    print(TerminalText.sanitized(text))
}
