import Foundation
import GuideFrontEnd
import GuideTerminal
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The history file through the line editor's public interface: merged with what another
/// session wrote, never written through a symbolic link, deduplicated and capped.
/// libedit allows one editor per process, so these run one at a time.
@Suite(.serialized) final class HistoryFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ketaguide-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Adds `lines` in an editor on `path` (a new session), then closes it.
    func session(_ path: String, limit: Int = 1000, adding lines: [String], meanwhile: () throws -> Void = {}) throws {
        let editor = try LibEditLineEditor(configuration: LibEditConfiguration(historyFile: path, historyLimit: limit))
        defer { editor.close() }
        for (index, line) in lines.enumerated() {
            editor.addToHistory(line)
            if index == 0 { try meanwhile() }
        }
    }

    /// The entries of a libedit history file, oldest first (`\040` is a space).
    func entries(_ path: String) throws -> [String] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "_HiStOrY_V2_")
        return lines.dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
    }

    @Test func whatAnotherSessionWroteMeanwhileIsKept() throws {
        let path = folder.appendingPathComponent("history").path
        try session(path, adding: ["first from A", "second from A"]) {
            // Session B, on the same account, saves its question between A's two.
            try "_HiStOrY_V2_\nfirst\\040from\\040A\nquestion\\040from\\040B\n".write(
                toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try entries(path) == ["first from A", "question from B", "second from A"])
    }

    @Test func repeatsKeepTheirLatestPlaceAndTheLimitKeepsTheNewest() throws {
        let path = folder.appendingPathComponent("history").path
        try session(path, limit: 4, adding: ["one", "two", "one", "three", "two"])
        #expect(try entries(path) == ["one", "three", "two"])
        try session(path, limit: 4, adding: ["four", "five"])
        #expect(try entries(path) == ["three", "two", "four", "five"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
    }

    @Test func aDanglingSymbolicLinkDoesNotCreateItsTarget() throws {
        let path = folder.appendingPathComponent("history").path
        let target = folder.appendingPathComponent("elsewhere").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        try session(path, adding: ["what is bdnf"])
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target)
    }

    @Test func anotherProgramsFileBehindALinkIsNeitherRewrittenNorChmodded() throws {
        let path = folder.appendingPathComponent("history").path
        let target = folder.appendingPathComponent("other-program-history").path
        let content = "_HiStOrY_V2_\nls\\040-l\n"
        try content.write(toFile: target, atomically: true, encoding: .utf8)
        #expect(chmod(target, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        try session(path, adding: ["what is bdnf"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == content)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o644)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target)
    }

    @Test func noTemporaryFileIsLeftBehind() throws {
        let path = folder.appendingPathComponent("state/ketaguide/history").path
        try session(path, adding: ["what is bdnf", "what is spravato"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("state/ketaguide").path)
        #expect(names == ["history"])
    }
}
