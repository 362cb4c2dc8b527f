#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reports output that `print` could not write.
///
/// The subcommands (`validate`, `unanswered`, `eval`, …) print through
/// stdio, whose buffer is written when it fills and at exit; a full disk, a
/// closed standard output or `/dev/full` would otherwise lose their report
/// with status 0. A reader that went away (EPIPE) stays quiet, as in chat.
enum StandardOutputCheck {
    /// Checks standard output when the process exits: on an error, a message
    /// on standard error and status 74 (`ExitStatus.inputOutputError`).
    static func install() {
        atexit {
            let flushFailed = fflush(stdout) != 0
            let code = errno
            let failed = flushFailed ? code != EPIPE : ferror(stdout) != 0
            guard failed else { return }
            let reason = flushFailed ? String(cString: strerror(code)) : "write error"
            fputs("ketaguide: cannot write to standard output: \(reason)\n", stderr)
            _exit(ExitStatus.inputOutputError.rawValue)
        }
    }
}
