import GuideEngine

/// How a clinic configures its waiting-room kiosk.
public struct KioskOptions: Sendable {
    /// The exit status when staff leave with `/operator` and the passphrase.
    /// Distinct from every other status, so a service manager can tell it
    /// apart from a crash or a stop and not start the kiosk again at once
    /// (`RestartPreventExitStatus=` in `contrib/ketaguide-kiosk.service`).
    public static let operatorExitStatus: Int32 = 10

    /// Seconds without a key press before the session resets for the next person.
    public var idleTimeout: Double = 90
    /// Seconds the passphrase prompt waits for a key before it closes and the
    /// kiosk resets; never more than `idleTimeout`, so an abandoned prompt is
    /// wiped like an abandoned question.
    public var passphraseTimeout: Double = 30
    /// The passphrase that lets staff leave kiosk mode (read from a file outside the knowledge base).
    public var operatorPassphrase: String?
    /// A command run on a crisis or emergency reply, to page staff.
    public var alertCommand: String?
    /// Identifies this kiosk to the alert command.
    public var kioskID: String = "kiosk"
    /// Longer questions are refused with a clear message.
    public var maxInputLength = ChatSession.Options.kioskInputLimit

    public init() {}

    /// How long the passphrase prompt stays open: the shorter of the two timeouts.
    var effectivePassphraseTimeout: Double { min(passphraseTimeout, idleTimeout) }
}
