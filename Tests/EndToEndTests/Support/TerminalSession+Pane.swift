import Foundation

/// What tmux knows about the session's pane: its title and its terminal's modes, read
/// through this session's own tmux server.
extension TerminalSession {
    /// The pane's title (an OSC 0 sequence that reached the terminal raw would set it).
    func paneTitle() -> String? {
        paneFormat("#{pane_title}")
    }

    /// `stty -a` of the pane's terminal, read from outside (while the pane's command runs:
    /// tmux closes the terminal when it ends).
    func terminalModes() -> String? {
        guard let tty = paneFormat("#{pane_tty}"), tty.hasPrefix("/dev/") else { return nil }
        return Self.output(of: ["stty", "-a", "-F", tty])
    }

    private func paneFormat(_ format: String) -> String? {
        // -u: tmux refuses a client in a locale that is not UTF-8 otherwise.
        Self.output(of: ["tmux", "-u", "-L", socketName, "display-message", "-p", "-t", sessionName, format])
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private static func output(of arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
