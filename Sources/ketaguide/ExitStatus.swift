import ArgumentParser
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The exit statuses of faults outside the knowledge base, from sysexits.h
/// so that service managers and scripts can tell them apart.
enum ExitStatus {
    /// EX_CANTCREAT: an output file given on the command line (the
    /// unanswered log) cannot be opened for writing; checked at start.
    static let cannotCreateOutput = ExitCode(73)
    /// EX_IOERR: standard input could not be read, or standard output could
    /// not be written (a full disk, `/dev/full`, a closed descriptor).
    static let inputOutputError = ExitCode(74)
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
