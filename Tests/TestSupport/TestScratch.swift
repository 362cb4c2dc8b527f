import Foundation

/// Where tests put their temporary files and folders: one folder per test
/// process, removed when the process exits, so test runs leave nothing in
/// the system's temporary directory. Shared by the test targets.
public enum TestScratch {
    public static let directory: URL = {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ketaguide-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.directory) }
        return root
    }()
}
