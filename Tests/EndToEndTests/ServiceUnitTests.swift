import Foundation
import GuideTerminal
import Testing
import TestSupport

/// `contrib/ketaguide-kiosk.service`: systemd accepts it, and it does not
/// undo the operator exit (the status the binary exits with is one the unit
/// does not restart on).
struct ServiceUnitTests {
    static let unitPath = Binary.repositoryRoot.appendingPathComponent("contrib/ketaguide-kiosk.service")

    /// The unit's `Key=value` lines (continuation lines joined), by key.
    static func settings() throws -> [String: [String]] {
        let text = try String(contentsOf: unitPath, encoding: .utf8).replacingOccurrences(of: "\\\n", with: " ")
        var settings: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("[") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            settings[String(line[..<equals]), default: []].append(String(line[line.index(after: equals)...]))
        }
        return settings
    }

    @Test func theOperatorExitStatusIsNotRestarted() throws {
        let settings = try Self.settings()
        #expect(settings["Restart"] == ["always"])
        let prevented = (settings["RestartPreventExitStatus"] ?? []).flatMap { $0.split(separator: " ") }.compactMap { Int32($0) }
        #expect(prevented.contains(KioskOptions.operatorExitStatus))
        // The login prompt for staff after the operator exit names the same status.
        let stopPost = (settings["ExecStopPost"] ?? []).joined()
        #expect(stopPost.contains("\"$$EXIT_STATUS\" = \(KioskOptions.operatorExitStatus)"))
        #expect(stopPost.contains("getty@tty1"))
    }

    @Test func theUnitRunsTheKioskWithAPassphraseFile() throws {
        let execStart = try #require(Self.settings()["ExecStart"]?.first)
        #expect(execStart.contains("--kiosk"))
        #expect(execStart.contains("--operator-passphrase-file"))
    }

    static let systemdAnalyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `systemd-analyze verify` on a copy whose ExecStart is the built binary
    /// (verify checks that the program exists); any message fails the test.
    @Test(.enabled(if: systemdAnalyze != nil, "systemd-analyze is not installed"))
    func systemdVerifiesTheUnitWithoutAWord() throws {
        let folder = TestScratch.directory.appendingPathComponent("unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("ketaguide-kiosk.service")
        let text = try String(contentsOf: Self.unitPath, encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/ketaguide", with: Binary.path)
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.systemdAnalyze))
        process.arguments = ["verify", copy.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let messages = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(messages.isEmpty, "\(messages)")
    }
}
