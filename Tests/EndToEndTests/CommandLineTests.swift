import Foundation
import GuideTerminal
import Testing
import TestSupport

/// The command line people expect: --version, --help with the chat's
/// options, and combinations that make no sense refused with exit 64.
struct CommandLineTests {
    /// The version as written in its one place.
    static func sourceVersion() throws -> String {
        let source = try String(
            contentsOf: Binary.repositoryRoot.appendingPathComponent("Sources/ketaguide/Version.swift"), encoding: .utf8)
        let quoted = try #require(source.split(separator: "\"").dropFirst().first)
        return String(quoted)
    }

    @Test func versionComesFromTheOnePlaceItIsWritten() throws {
        let result = try Binary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.sourceVersion()))
    }

    @Test func helpShowsTheChatOptionsAndTheSubcommands() throws {
        let result = try Binary.run(["--help"])
        #expect(result.status == 0)
        for option in ["--kiosk", "--kb", "--format", "--idle-timeout", "--log-unanswered", "--version"] {
            #expect(result.output.contains(option), "\(option)")
        }
        for subcommand in ["chat", "eval", "validate", "unanswered"] {
            #expect(result.output.contains("  \(subcommand) "), "\(subcommand)")
        }
    }

    @Test(arguments: [
        (["--idle-timeout", "5"], "--idle-timeout applies to the kiosk only"),
        (["--alert-command", "true"], "--alert-command applies to the kiosk only"),
        (["--operator-passphrase-file", "/etc/passphrase"], "applies to the kiosk only"),
        (["--kiosk", "--idle-timeout", "-5"], "must be a number of seconds above 0, not -5"),
        (["--kiosk", "--idle-timeout", "0"], "above 0"),
        (["--kiosk", "--format", "json"], "--format json cannot be used with --kiosk"),
        (["--log-retention-days", "30"], "give that too"),
        (["--log-unanswered", "/tmp/ketaguide-unused.tsv", "--log-retention-days", "-3"], "at least 1, not -3"),
    ])
    func nonsenseCombinationsExitWithUsage(arguments: [String], message: String) throws {
        let result = try Binary.run(arguments, lines: ["hi"])
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    /// A passphrase file in a fresh folder, with `mode`.
    static func passphraseFile(_ text: String, mode: Int) throws -> String {
        let folder = TestScratch.directory.appendingPathComponent("passphrase-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("passphrase")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return file.path
    }

    @Test(arguments: [0o644, 0o640, 0o604])
    func aPassphraseFileOthersCanReadIsRefused(mode: Int) throws {
        let file = try Self.passphraseFile("open sesame\n", mode: mode)
        let result = try Binary.run(["--kiosk", "--operator-passphrase-file", file], lines: ["hi"])
        #expect(result.status == 77)
        #expect(result.stderr.contains("too open"))
        #expect(result.stderr.contains("chmod 600 \(file)"))
        #expect(result.output.isEmpty, "the kiosk does not start")
    }

    @Test func aMissingOrEmptyPassphraseFileHasItsOwnStatus() throws {
        let missing = try Binary.run(["--kiosk", "--operator-passphrase-file", "/nonexistent/ketaguide-passphrase"], lines: ["hi"])
        #expect(missing.status == 78)
        #expect(missing.stderr.contains("does not exist"))
        #expect(!missing.stderr.contains("knowledge base"))
        let empty = try Binary.run(["--kiosk", "--operator-passphrase-file", try Self.passphraseFile("\n", mode: 0o600)], lines: ["hi"])
        #expect(empty.status == 78)
        #expect(empty.stderr.contains("is empty"))
    }

    @Test func aPrivatePassphraseFileIsAccepted() throws {
        let file = try Self.passphraseFile("open sesame\n", mode: 0o600)
        let result = try Binary.run(["--kiosk", "--operator-passphrase-file", file], lines: ["/operator", "open sesame"])
        #expect(result.status == KioskOptions.operatorExitStatus)
        #expect(result.output.contains("Leaving kiosk mode."))
    }

    @Test func theUnansweredLogOfABatchHoldsNoPersonalDetails() throws {
        let folder = TestScratch.directory.appendingPathComponent("log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("unanswered.tsv").path
        let lines = [
            "my name is John Smith and I live at 12 Oak Street, how much is it",
            "call me on 555-123-4567 about the price",
            "my email is jane.doe@example.com, does insurance pay",
            "I am Maria Garcia born 04/05/1980, what does an infusion cost",
            "how much does it cost",
        ]
        let result = try Binary.run(["--log-unanswered", log], lines: lines)
        #expect(result.status == 0)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let questions = text.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().joined() }
        #expect(questions.contains("how much does it cost"), "the log is written")
        for detail in ["John", "Smith", "Oak", "12", "555", "jane", "@", "Maria", "Garcia", "1980", "04/05"] {
            #expect(!questions.contains { $0.contains(detail) }, "\(detail) in \(text)")
        }
    }

    @Test func helpListsTheCommandsInTwoAlignedColumns() throws {
        let result = try Binary.run([], lines: ["/help"])
        let rows = result.output.split(separator: "\n").filter { $0.hasPrefix("  /") }
        #expect(rows.count >= 8)
        let summaryColumns = Set(rows.map { row -> Int in
            let usageEnd = row.range(of: "  ", range: row.index(row.startIndex, offsetBy: 2)..<row.endIndex)
            let rest = row[(usageEnd?.lowerBound ?? row.endIndex)...]
            return row.distance(from: row.startIndex, to: rest.firstIndex { $0 != " " } ?? row.endIndex)
        })
        #expect(summaryColumns.count == 1, "every summary starts in the same column: \(rows)")
        #expect(rows.contains { $0.hasPrefix("  /source N  ") })
        #expect(!result.output.contains("/source /source"))
    }
}
