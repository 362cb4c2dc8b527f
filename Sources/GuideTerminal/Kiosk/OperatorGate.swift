/// Lets staff (and only staff) leave kiosk mode: the passphrase is compared
/// in constant time, and each wrong attempt doubles the wait before the next
/// one is accepted.
///
/// One gate serves the kiosk for as long as it runs, across visitors, idle
/// resets and cancelled prompts, so walking away or pressing Ctrl-C never
/// shortens the wait: guessing stays slow whoever is at the keyboard.
/// Times are passed in (seconds on a monotonic clock), so the rule is tested
/// without waiting.
public final class OperatorGate {
    /// The wait after the first wrong attempt, in seconds; it doubles with each further one.
    public static let firstDelay: Double = 1
    /// The longest wait between two attempts, in seconds.
    public static let longestDelay: Double = 30

    private let passphrase: [UInt8]
    /// Wrong attempts since the last right one.
    public private(set) var failedAttempts = 0
    /// No attempt is accepted before this time.
    private var lockedUntil: Double = 0

    public init(passphrase: String) {
        self.passphrase = Array(passphrase.utf8)
    }

    /// True when `attempt` is the passphrase. Takes the same time whatever
    /// the first differing byte, so timing reveals nothing. A wrong attempt
    /// starts the next wait from `now`.
    public func check(_ attempt: String, at now: Double) -> Bool {
        let bytes = Array(attempt.utf8)
        var difference = UInt8(truncatingIfNeeded: bytes.count ^ passphrase.count)
        for index in 0..<max(bytes.count, passphrase.count) {
            let left = index < bytes.count ? bytes[index] : 0
            let right = index < passphrase.count ? passphrase[index] : 0
            difference |= left ^ right
        }
        let matches = difference == 0 && !passphrase.isEmpty
        if matches {
            failedAttempts = 0
            lockedUntil = 0
        } else {
            failedAttempts += 1
            lockedUntil = now + delayAfterFailure
        }
        return matches
    }

    /// Seconds to wait after the latest wrong attempt: 1, 2, 4… up to 30.
    public var delayAfterFailure: Double {
        guard failedAttempts > 0 else { return 0 }
        let doublings = min(failedAttempts - 1, 16)
        return min(Self.longestDelay, Self.firstDelay * Double(1 << doublings))
    }

    /// Seconds left before the next attempt is accepted (0 when it is now).
    public func remainingWait(at now: Double) -> Double {
        max(0, lockedUntil - now)
    }
}
