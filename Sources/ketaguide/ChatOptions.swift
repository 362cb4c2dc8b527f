import ArgumentParser
import GuideFrontEnd
import GuideTerminal

/// The chat's options, shared by `ketaguide` itself and `ketaguide chat`, so
/// `ketaguide --help` lists them where people look first.
struct ChatOptions: ParsableArguments {
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: ArgumentHelp(
        "Output format: text or json (JSON Lines, one reply per line, also on a terminal). Not with --kiosk.",
        valueName: "format"))
    var format: BatchRunner.Format = .text

    @Flag(help: "Never use colour (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: ArgumentHelp(
        "Append each question the guide could not answer to FILE: the day and the question, without names, numbers, "
            + "e-mail addresses, dates, addresses or ages; never crisis, emergency or referral messages.",
        valueName: "file"))
    var logUnanswered: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --log-unanswered: remove lines older than this many days when writing (default: 90).",
            valueName: "days"))
    var logRetentionDays: Int?

    @Flag(help: "Show the file and line of each source after the answer (for knowledge-base authors). Not with --kiosk.")
    var showPaths = false

    @Flag(help: "Do not read or write the history file.")
    var noHistory = false

    @Option(help: ArgumentHelp(
        "The region whose crisis and emergency numbers are shown: a group of the knowledge base's crisis-lines.txt "
            + "(bundled: us, uk, ca, au, other; default: guide.conf's region).",
        valueName: "region"))
    var region: String?

    @Flag(help: "Staff are on site to be told (a clinic's own terminal): safety messages say \"tell a staff member\". The kiosk always has staff.")
    var staffOnSite = false

    @Flag(help: "Run as a locked-down waiting-room kiosk (see the README's 'Deploying the kiosk').")
    var kiosk = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Kiosk: seconds without a key press before the screen resets (default: 90).", valueName: "seconds"))
    var idleTimeout: Double?

    @Option(help: ArgumentHelp(
        "Kiosk: a file (mode 600) holding the passphrase that lets staff leave with /operator (exit status 10).",
        valueName: "file"))
    var operatorPassphraseFile: String?

    @Option(help: ArgumentHelp(
        "Kiosk: a shell command run on a crisis or emergency (gets KETAGUIDE_KIOSK_ID and KETAGUIDE_STATUS).",
        valueName: "command"))
    var alertCommand: String?

    @Option(help: ArgumentHelp("Kiosk: this kiosk's name, passed to the alert command (default: kiosk).", valueName: "id"))
    var kioskId: String?

    /// Combinations that make no sense are refused (exit 64) rather than ignored.
    func validate() throws {
        if let idleTimeout {
            guard idleTimeout.isFinite, idleTimeout > 0 else {
                throw ValidationError("--idle-timeout must be a number of seconds above 0, not \(idleTimeout.formatted)")
            }
        }
        if let logRetentionDays, logRetentionDays < 1 {
            throw ValidationError("--log-retention-days must be at least 1, not \(logRetentionDays)")
        }
        if logRetentionDays != nil && logUnanswered == nil {
            throw ValidationError("--log-retention-days applies to the log of --log-unanswered FILE; give that too")
        }
        if !kiosk {
            let kioskOnly = [
                ("--idle-timeout", idleTimeout != nil), ("--operator-passphrase-file", operatorPassphraseFile != nil),
                ("--alert-command", alertCommand != nil), ("--kiosk-id", kioskId != nil),
            ].filter(\.1).map(\.0)
            if let first = kioskOnly.first {
                throw ValidationError("\(first) applies to the kiosk only; add --kiosk, or leave it out")
            }
        } else if format == .json {
            throw ValidationError("--format json cannot be used with --kiosk: the kiosk shows text to people at its screen")
        } else if showPaths {
            throw ValidationError("--show-paths cannot be used with --kiosk: the kiosk shows no file paths")
        }
    }
}

extension Double {
    /// "5" rather than "5.0" in messages about whole seconds.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension BatchRunner.Format: ExpressibleByArgument {}
