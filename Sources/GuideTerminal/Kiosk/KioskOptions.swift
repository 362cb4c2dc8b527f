/// How a clinic configures its waiting-room kiosk.
public struct KioskOptions: Sendable {
    /// Seconds without a key press before the session resets for the next person.
    public var idleTimeout: Double = 90
    /// The passphrase that lets staff leave kiosk mode (read from a file outside the knowledge base).
    public var operatorPassphrase: String?
    /// A command run on a crisis or emergency reply, to page staff.
    public var alertCommand: String?
    /// Identifies this kiosk to the alert command.
    public var kioskID: String = "kiosk"
    /// Longer questions are refused with a clear message.
    public var maxInputLength = 500

    public init() {}
}
