#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Lets staff (and only staff) leave kiosk mode: the passphrase is compared
/// in constant time, and each wrong attempt doubles the wait before the next.
public final class OperatorGate {
    private let passphrase: [UInt8]
    public private(set) var failedAttempts = 0

    public init(passphrase: String) {
        self.passphrase = Array(passphrase.utf8)
    }

    /// True when `attempt` is the passphrase. Takes the same time whatever
    /// the first differing byte, so timing reveals nothing.
    public func check(_ attempt: String) -> Bool {
        let bytes = Array(attempt.utf8)
        var difference = UInt8(truncatingIfNeeded: bytes.count ^ passphrase.count)
        for index in 0..<max(bytes.count, passphrase.count) {
            let left = index < bytes.count ? bytes[index] : 0
            let right = index < passphrase.count ? passphrase[index] : 0
            difference |= left ^ right
        }
        let matches = difference == 0 && !passphrase.isEmpty
        failedAttempts = matches ? 0 : failedAttempts + 1
        return matches
    }

    /// Seconds to wait after the latest wrong attempt: 1, 2, 4… up to 30.
    public var delayAfterFailure: UInt32 {
        failedAttempts == 0 ? 0 : UInt32(min(30, 1 << min(failedAttempts - 1, 5)))
    }

    /// Reads a line from the terminal without echoing it.
    public static func readSecret(prompt: String) -> String? {
        fputs(prompt, stdout)
        fflush(stdout)
        var original = termios()
        let isTerminal = tcgetattr(0, &original) == 0
        if isTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ICANON)
            tcsetattr(0, TCSAFLUSH, &silent)
        }
        defer {
            if isTerminal { tcsetattr(0, TCSAFLUSH, &original) }
            fputs("\n", stdout)
            fflush(stdout)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(0, &byte, 1) == 1 {
            if byte == 10 || byte == 13 { return String(decoding: bytes, as: UTF8.self) }
            if bytes.count < 4096 { bytes.append(byte) }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
