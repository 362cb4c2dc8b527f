import Foundation
import Testing
import TestSupport

/// Faults of standard input, standard output and the unanswered log: each is said on
/// standard error with a documented status (73, 74), except a reader that went away.
@Suite(.serialized) struct OutputFaultTests {
    /// EX_CANTCREAT and EX_IOERR from sysexits.h, as the README documents them.
    static let cannotCreateOutput: Int32 = 73
    static let inputOutputError: Int32 = 74

    @Test(arguments: ["text", "json"])
    func aFullDiskExits74WithAMessage(_ format: String) throws {
        let result = try Binary.runShell("exec \"$0\" --format \(format) > /dev/full", input: Data("hi\nwhat is spravato\n".utf8))
        #expect(result.status == Self.inputOutputError)
        #expect(result.stderr.contains("cannot write to standard output: No space left on device"))
    }

    @Test func aClosedStandardOutputExits74WithAMessage() throws {
        let result = try Binary.runShell("exec \"$0\" >&-", input: Data("hi\n".utf8))
        #expect(result.status == Self.inputOutputError)
        #expect(result.stderr.contains("cannot write to standard output"))
    }

    @Test func validateToAFullDiskExits74() throws {
        let result = try Binary.runShell("exec \"$0\" validate > /dev/full")
        #expect(result.status == Self.inputOutputError)
        #expect(result.stderr.contains("cannot write to standard output"))
    }

    /// `ketaguide < questions | head -1`: the rest is not wanted; that is not a fault, so
    /// nothing is said and the status is 0 (see the README).
    @Test func aReaderThatGoesAwayIsQuiet() throws {
        let questions = String(repeating: "what is spravato\n", count: 20_000)
        let result = try Binary.runShell(
            "{ \"$0\"; echo \"ketaguide exited $?\" >&2; } | head -c 100 > /dev/null", input: Data(questions.utf8))
        #expect(result.stderr == "ketaguide exited 0\n")
    }

    @Test func standardInputThatIsAFolderExits74WithAMessage() throws {
        let result = try Binary.runShell("exec \"$0\" < /")
        #expect(result.status == Self.inputOutputError)
        #expect(result.stderr.contains("cannot read standard input: Is a directory"))
        #expect(result.output.isEmpty)
    }

    @Test func anUnansweredLogThatCannotBeCreatedFailsAtStart() throws {
        let path = TestScratch.directory.appendingPathComponent("no-such-folder/unanswered.log").path
        let result = try Binary.run(["--log-unanswered", path], lines: ["what's the weather"])
        #expect(result.status == Self.cannotCreateOutput)
        #expect(result.stderr.contains("cannot write the unanswered log \(path): No such file or directory"))
        #expect(result.output.isEmpty, "nothing is answered")
    }

    /// A log on a disk that fills up later: one warning, and the questions are still answered.
    @Test func anUnansweredLogThatFailsLaterIsOneWarning() throws {
        let result = try Binary.run(
            ["--format", "json", "--log-unanswered", "/dev/full"], lines: ["what's the weather", "is there parking", "hi"])
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").count == 3)
        let warnings = result.stderr.components(separatedBy: "cannot write the unanswered log /dev/full").count - 1
        #expect(warnings == 1, "\(result.stderr)")
    }
}
