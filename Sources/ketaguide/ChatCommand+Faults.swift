import ArgumentParser
import Foundation
import GuideEngine
import GuideFrontEnd
import GuideTerminal

/// What the chat does when its input, output or unanswered log fails: say so
/// on standard error and exit with a status a script or service manager can
/// act on (see `ExitStatus`), never end silently with status 0.
extension ChatOptions {
    /// Fails at start (status 73) when `--log-unanswered` names a file that
    /// cannot be opened for appending, so an administrator finds out at once.
    func checkUnansweredLog() throws {
        guard let path = logUnanswered else { return }
        do {
            try UnansweredLog.checkWritable(path: path)
        } catch {
            printError("ketaguide: cannot write the unanswered log \(path): \(Self.reason(error))")
            throw ExitStatus.cannotCreateOutput
        }
    }

    /// The unanswered log of `--log-unanswered`: a write that fails later (a
    /// full disk) is a warning, given once; the guide goes on answering.
    func unansweredLog(privacy: PrivacyFilter?) -> UnansweredLog? {
        guard let path = logUnanswered, let privacy else { return nil }
        var log = UnansweredLog(path: path, privacy: privacy)
        log.retentionDays = logRetentionDays ?? UnansweredLog.defaultRetentionDays
        let warning = OnceFlag()
        log.onWriteFailure = { error in
            guard warning.setFirstTime() else { return }
            printError("ketaguide: warning: cannot write the unanswered log \(path): \(Self.reason(error)); questions are no longer logged")
        }
        return log
    }

    /// Exits 74 when standard input could not be read (a directory) or the
    /// replies could not be written; a reader that went away is not a fault.
    func reportFaults(input: PlainLineReader? = nil, output: OutputWriter) throws {
        output.flush()
        var failed = false
        if let code = input?.readError {
            printError("ketaguide: cannot read standard input: \(String(cString: strerror(code)))")
            failed = true
        }
        if let message = output.failureMessage {
            printError("ketaguide: \(message)")
            failed = true
        }
        if failed { throw ExitStatus.inputOutputError }
    }

    private static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return "\(error)"
    }
}

/// True the first time only, from any thread.
private final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    func setFirstTime() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if isSet { return false }
        isSet = true
        return true
    }
}
