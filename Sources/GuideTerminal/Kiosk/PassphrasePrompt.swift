#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Reads the operator passphrase from the kiosk's terminal, so that nothing
/// of it can show, linger or be taken for a question.
///
/// From `begin()` to `end()` the terminal echoes nothing, sends no signals
/// (Ctrl-C, Ctrl-\, Ctrl-Z arrive as keys) and ignores Ctrl-S (which would
/// otherwise freeze the screen until Ctrl-Q); what was typed before the
/// prompt, or during a penalty wait, is discarded rather than read later as a
/// question. Reading gives up after a timeout, so a prompt left open never
/// keeps the kiosk from resetting for the next visitor.
final class PassphrasePrompt {
    enum Outcome: Equatable {
        /// Enter was pressed after typing this.
        case entered(String)
        /// Ctrl-C or Ctrl-D: back to the questions.
        case cancelled
        /// No key for the whole timeout.
        case timedOut
        /// The terminal is gone.
        case endOfInput
    }

    /// Longer input is cut: a passphrase file holds at most this much anyway.
    static let maximumLength = PassphraseFile.maximumSize

    private let descriptor: Int32
    private var saved: termios?

    init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Silences the terminal and discards what was typed before the prompt.
    func begin() {
        var original = termios()
        guard tcgetattr(descriptor, &original) == 0 else { return }
        saved = original
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        silent.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR)
        withUnsafeMutableBytes(of: &silent.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSAFLUSH, &silent)
    }

    /// Waits, with the terminal still silent, then discards what was typed
    /// meanwhile (so a passphrase typed during a penalty wait is never read).
    func hold(for seconds: Double) {
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        tcflush(descriptor, TCIFLUSH)
    }

    /// Discards pending input and puts the terminal back as it was.
    func end() {
        tcflush(descriptor, TCIFLUSH)
        guard var original = saved else { return }
        tcsetattr(descriptor, TCSAFLUSH, &original)
        saved = nil
    }

    /// Reads until Enter, Ctrl-C or Ctrl-D, or until `timeout` seconds pass
    /// without a key. Backspace removes a character and Ctrl-U the whole
    /// input; other control keys are ignored.
    func read(timeout: Double) -> Outcome {
        var bytes: [UInt8] = []
        while true {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let result = poll(&ready, 1, Int32(min(max(0, timeout) * 1000, Double(Int32.max))))
            if result < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if result == 0 { return .timedOut }
            var byte: UInt8 = 0
            let count = Glibc.read(descriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .endOfInput
            }
            if count == 0 { return .endOfInput }
            switch byte {
            case 0x0D, 0x0A:
                return .entered(String(decoding: bytes, as: UTF8.self))
            case 0x03, 0x04:
                return .cancelled
            case 0x7F, 0x08:
                // Remove the last character: its continuation bytes, then its first byte.
                while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
                if !bytes.isEmpty { bytes.removeLast() }
            case 0x15:
                bytes.removeAll()
            case 0x00..<0x20:
                continue
            default:
                if bytes.count < Self.maximumLength { bytes.append(byte) }
            }
        }
    }
}
