/// The few text attributes the guide uses, or none when colour is off
/// (not a terminal, `NO_COLOR` set, or `--no-color`).
public struct TextStyle: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    public static let plain = TextStyle(usesColor: false)

    public func bold(_ text: String) -> String { wrap(text, "\u{1B}[1m") }
    public func dim(_ text: String) -> String { wrap(text, "\u{1B}[2m") }
    public func alert(_ text: String) -> String { wrap(text, "\u{1B}[1;31m") }
    public func accent(_ text: String) -> String { wrap(text, "\u{1B}[36m") }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor ? code + text + "\u{1B}[0m" : text
    }

    /// Decides colour the way `NO_COLOR` (no-color.org) asks.
    public static func decide(isTerminal: Bool, noColorFlag: Bool, environment: [String: String]) -> TextStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(usesColor: isTerminal && !noColorFlag && !noColor && environment["TERM"] != "dumb")
    }
}
