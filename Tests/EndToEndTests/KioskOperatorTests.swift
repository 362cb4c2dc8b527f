import Foundation
import GuideTerminal
import Testing
import TestSupport

/// `/operator` in a real terminal: the passphrase never shows, never becomes
/// a question, a history line or a log line, and an open prompt never keeps
/// the kiosk from resetting for the next visitor.
@Suite(.serialized) struct KioskOperatorTests {
    @Test func aPassphraseTypedDuringThePenaltyIsDiscarded() throws {
        let kiosk = try KioskTerminal.start(extra: ["--log-unanswered", "$FOLDER/unanswered.tsv"])
        defer { kiosk.terminal.close() }
        kiosk.ask("/operator")
        try kiosk.waitForPassphrasePrompt()
        kiosk.ask("wrong guess")
        try kiosk.terminal.waitFor("not right")
        // At once, during the wait after the wrong attempt: the right one.
        kiosk.ask(KioskTerminal.passphrase)
        try kiosk.waitForPrompt()
        #expect(kiosk.terminal.exitStatus() == nil, "what was typed during the wait is not an attempt")
        #expect(!kiosk.terminal.scrollback().contains("sesame"), "never on screen")
        kiosk.terminal.send(keys: "Up")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!kiosk.terminal.screen().contains("sesame"), "never in history")
        kiosk.terminal.send(keys: "C-c")
        // A question the guide cannot answer is logged: the log works, and holds no passphrase.
        kiosk.ask("how much does it cost")
        try kiosk.terminal.waitFor("no information about the cost")
        let log = kiosk.folder.appendingPathComponent("unanswered.tsv")
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("how much does it cost"))
        #expect(!text.contains("sesame") && !text.contains("wrong guess"), "never in the log")
    }

    @Test func anAbandonedPassphrasePromptIsWipedByTheIdleReset() throws {
        let kiosk = try KioskTerminal.start(idleTimeout: 2)
        defer { kiosk.terminal.close() }
        kiosk.ask("I want to end my life")
        try kiosk.terminal.waitFor("988")
        kiosk.ask("/operator")
        try kiosk.waitForPassphrasePrompt()
        // Walked away: the prompt closes and the kiosk resets as after any idle time.
        try kiosk.terminal.waitUntil(timeout: 10, what: "the reset") {
            !$0.contains("988") && !$0.contains("Operator passphrase") && $0.contains("1. ")
        }
        #expect(!kiosk.terminal.scrollback().contains("end my life"))
        // The next visitor's typing is a question again, not a passphrase attempt.
        kiosk.ask("hi")
        try kiosk.terminal.waitFor("Hello!")
    }

    @Test func controlCCancelsThePromptAndControlSDoesNotFreezeIt() throws {
        let kiosk = try KioskTerminal.start()
        defer { kiosk.terminal.close() }
        kiosk.ask("/operator")
        try kiosk.waitForPassphrasePrompt()
        kiosk.terminal.type("half a pass")
        kiosk.terminal.send(keys: "C-s")  // with IXON on, the screen would stop here until Ctrl-Q
        kiosk.terminal.send(keys: "C-c")
        try kiosk.terminal.waitFor("Cancelled.")
        kiosk.ask("hi")
        try kiosk.terminal.waitFor("Hello!")
        #expect(kiosk.terminal.exitStatus() == nil)
        #expect(!kiosk.terminal.scrollback().contains("half a pass"))
    }

    @Test func theRightPassphraseLeavesWithTheOperatorExitStatus() throws {
        let kiosk = try KioskTerminal.start()
        defer { kiosk.terminal.close() }
        kiosk.ask("/operator")
        try kiosk.waitForPassphrasePrompt()
        kiosk.ask(KioskTerminal.passphrase)
        #expect(try kiosk.terminal.waitForExit() == KioskOptions.operatorExitStatus)
        #expect(KioskOptions.operatorExitStatus != 0, "a service manager must tell it from a normal end")
    }

    @Test func aBidirectionalOverrideTypedShowsAsAReplacementCharacter() throws {
        let kiosk = try KioskTerminal.start()
        defer { kiosk.terminal.close() }
        kiosk.terminal.type("abc\u{202E}def")
        let screen = try kiosk.terminal.waitFor("def")
        #expect(screen.contains("ask> abc\u{FFFD}def"))
        #expect(!screen.unicodeScalars.contains("\u{202E}"))
    }
}
