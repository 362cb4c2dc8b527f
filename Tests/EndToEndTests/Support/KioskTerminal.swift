import Foundation
import TestSupport

/// A kiosk (`ketaguide --kiosk`) running in a real terminal, with its own
/// folder for the passphrase file ("open sesame", mode 600), the state
/// folder (where no history file may appear) and any log.
struct KioskTerminal {
    static let passphrase = "open sesame"

    let terminal: TerminalSession
    let state: URL
    let folder: URL

    /// Starts the kiosk and waits for its first prompt.
    static func start(idleTimeout: Int = 90, extra: [String] = [], columns: Int = 80, rows: Int = 30) throws -> KioskTerminal {
        let folder = TestScratch.directory.appendingPathComponent("kiosk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let state = folder.appendingPathComponent("state")
        let passphraseFile = folder.appendingPathComponent("passphrase")
        try (passphrase + "\n").write(to: passphraseFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passphraseFile.path)
        let arguments = [
            TerminalSession.builtBinary().path, "--kiosk", "--idle-timeout", String(idleTimeout),
            "--operator-passphrase-file", passphraseFile.path,
        ] + extra.map { $0.replacingOccurrences(of: "$FOLDER", with: folder.path) }
        let terminal = try TerminalSession(
            command: arguments, environment: ["XDG_STATE_HOME": state.path, "HOME": folder.path, "LANG": "C.UTF-8"],
            columns: columns, rows: rows)
        try terminal.waitFor("ask>")
        return KioskTerminal(terminal: terminal, state: state, folder: folder)
    }

    /// Types `text` and Enter.
    func ask(_ text: String) {
        terminal.type(text)
        terminal.send(keys: "Enter")
    }

    /// Waits until the screen ends with the passphrase prompt (keys typed
    /// before it appears are discarded, by design).
    @discardableResult
    func waitForPassphrasePrompt(timeout: Double = 10) throws -> String {
        try terminal.waitUntil(timeout: timeout, what: "the passphrase prompt") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("Ctrl-C cancels):")
        }
    }

    /// Waits until the screen ends with an empty prompt.
    @discardableResult
    func waitForPrompt(timeout: Double = 10) throws -> String {
        try terminal.waitUntil(timeout: timeout, what: "an empty prompt") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("ask>")
        }
    }
}
