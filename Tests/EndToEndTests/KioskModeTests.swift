import Foundation
import Testing
import GuideTerminal
import TestSupport

/// The waiting-room kiosk in a real terminal (tmux).
@Suite(.serialized) struct KioskModeTests {
    func startKiosk(idleTimeout: Int = 90, extra: [String] = []) throws -> KioskTerminal {
        try KioskTerminal.start(idleTimeout: idleTimeout, extra: extra)
    }

    @Test func welcomeShowsNumberedQuestionsAndANumberAsksOne() throws {
        let kiosk = try startKiosk()
        defer { kiosk.terminal.close() }
        let welcome = kiosk.terminal.screen()
        #expect(welcome.contains("Ketamine Therapy Guide"))
        #expect(welcome.contains("not medical advice"))
        #expect(welcome.contains("tell a staff member"))
        for number in 1...5 { #expect(welcome.contains("  \(number). ")) }
        #expect(welcome.contains("2. What are the side effects?"))
        kiosk.terminal.send(keys: "2", "Enter")
        let screen = try kiosk.terminal.waitFor("Sources:")
        #expect(screen.contains("The risks of ketamine therapy include:"))
        #expect(!screen.contains("KnowledgeBase/"), "no file paths in a kiosk")
    }

    @Test func controlKeysAndQuitWordsLeaveItRunning() throws {
        let kiosk = try startKiosk()
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("half typed")
        for key in ["C-c", "C-d", "C-z", "C-\\"] { kiosk.terminal.send(keys: key) }
        for word in ["/quit", "exit", "quit"] {
            kiosk.terminal.type(word)
            kiosk.terminal.send(keys: "Enter")
        }
        try kiosk.terminal.waitFor("stays open for the next person")
        kiosk.terminal.send(keys: "C-d")
        kiosk.terminal.type("hi")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("Hello!")
        #expect(kiosk.terminal.exitStatus() == nil)
    }

    @Test func idleResetForgetsTheLastVisitor() throws {
        let kiosk = try startKiosk(idleTimeout: 2)
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("is ketamine addictive")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("Potential for abuse and dependence")
        // The reset clears the screen and shows the welcome again.
        try kiosk.terminal.waitUntil(timeout: 8, what: "the reset") { !$0.contains("Potential for abuse") && $0.contains("1. ") }
        #expect(!kiosk.terminal.scrollback().contains("is ketamine addictive"), "scrollback is cleared")
        kiosk.terminal.send(keys: "Up")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!kiosk.terminal.screen().contains("ask> is ketamine addictive"), "history is cleared")
        // No history file is ever written.
        #expect(!FileManager.default.fileExists(atPath: kiosk.state.appendingPathComponent("ketaguide/history").path))
        #expect(!FileManager.default.fileExists(atPath: kiosk.folder.appendingPathComponent(".local/state/ketaguide").path))
    }

    @Test func typingInProgressIsNotInterruptedByTheIdleReset() throws {
        let kiosk = try startKiosk(idleTimeout: 2)
        defer { kiosk.terminal.close() }
        for letter in "is it safe" {
            kiosk.terminal.type(String(letter))
            Thread.sleep(forTimeInterval: 0.3)
        }
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("generally safe")
    }

    @Test func theOperatorPassphraseExitsAndAWrongOneDoesNot() throws {
        let kiosk = try startKiosk()
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("/operator")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.waitForPassphrasePrompt()
        kiosk.terminal.type("wrong guess")
        kiosk.terminal.send(keys: "Enter")
        let screen = try kiosk.terminal.waitFor("not right")
        #expect(!screen.contains("wrong guess"), "the passphrase is not echoed")
        #expect(kiosk.terminal.exitStatus() == nil)
        try kiosk.terminal.waitUntil(timeout: 5, what: "the prompt after the delay") {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("ask>")
        }
        kiosk.terminal.type("/operator")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.waitForPassphrasePrompt()
        kiosk.terminal.type("open sesame")
        kiosk.terminal.send(keys: "Enter")
        #expect(try kiosk.terminal.waitForExit() == KioskOptions.operatorExitStatus)
        #expect(!kiosk.terminal.screen().contains("open sesame"))
    }

    @Test func aCrisisRunsTheAlertCommandWithoutThePatientsWords() throws {
        let record = try newAlertRecord()
        let command = "{ env; echo \"args: $0 $*\"; } > '\(record.path)'"
        let kiosk = try startKiosk(extra: ["--alert-command", command, "--kiosk-id", "waiting-room-2"])
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("I want to end my life tonight")
        kiosk.terminal.send(keys: "Enter")
        let screen = try kiosk.terminal.waitFor("988")
        #expect(screen.contains("!!"))
        let alert = try alertRecord(record)
        #expect(alert.contains("KETAGUIDE_KIOSK_ID=waiting-room-2"))
        #expect(alert.contains("KETAGUIDE_STATUS=crisis"))
        #expect(!alert.contains("end my life"))
        #expect(!alert.contains("tonight"))
    }

    /// A file, in a folder of its own, for an alert command to write to.
    func newAlertRecord() throws -> URL {
        let folder = TestScratch.directory.appendingPathComponent("alert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("alert.txt")
    }

    /// What the alert command wrote to `record`, once it has run (up to 5 s).
    func alertRecord(_ record: URL) throws -> String {
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: record.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        return try String(contentsOf: record, encoding: .utf8)
    }

    /// A distress check-in alerts staff like a crisis, and the kiosk's
    /// messages name the staff who are there.
    @Test func aDistressCheckInAlertsStaffToo() throws {
        let record = try newAlertRecord()
        let kiosk = try startKiosk(extra: ["--alert-command", "env > '\(record.path)'", "--kiosk-id", "waiting-room-3"])
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("I feel so hopeless about everything")
        kiosk.terminal.send(keys: "Enter")
        let screen = try kiosk.terminal.waitFor("988")
        #expect(screen.contains("staff member"))
        let alert = try alertRecord(record)
        #expect(alert.contains("KETAGUIDE_STATUS=distress"))
        #expect(!alert.contains("hopeless"))
    }

    @Test func aFailingAlertCommandDoesNotDisturbThePatient() throws {
        let kiosk = try startKiosk(extra: ["--alert-command", "exit 3"])
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("I have chest pain")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("911")
        kiosk.terminal.type("hi")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("Hello!")
    }

    @Test func aTenKilobytePasteIsRefusedCleanly() throws {
        let kiosk = try startKiosk()
        defer { kiosk.terminal.close() }
        kiosk.terminal.type(String(repeating: "why ", count: 2560))
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("too long", timeout: 20)
        kiosk.terminal.type("hi")
        kiosk.terminal.send(keys: "Enter")
        try kiosk.terminal.waitFor("Hello!")
    }

    @Test func sigtermEndsItCleanly() throws {
        let kiosk = try startKiosk()
        defer { kiosk.terminal.close() }
        let pid = try #require(kiosk.terminal.processID())
        kill(pid, SIGTERM)
        // The terminal is restored, then SIGTERM ends the program (128 + 15, as systemd expects).
        #expect(try kiosk.terminal.waitForExit() == 128 + SIGTERM)
    }
}
