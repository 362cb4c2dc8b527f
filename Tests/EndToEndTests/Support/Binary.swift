import Foundation
import Testing

/// Runs the built `ketaguide` binary with piped input, as scripts use it.
enum Binary {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `.build/debug/ketaguide`, built by `swift build` before the tests run.
    static var path: String {
        let debug = repositoryRoot.appendingPathComponent(".build/debug/ketaguide").path
        return FileManager.default.isExecutableFile(atPath: debug)
            ? debug : repositoryRoot.appendingPathComponent(".build/release/ketaguide").path
    }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs the binary with `arguments`, writing `input` to its stdin.
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: path), "build first: swift build (missing \(path))")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read at the same time so a large batch cannot deadlock on full pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = Box()
        let errorReader = Thread { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.005) }
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: errors.data, as: UTF8.self))
    }

    static func run(_ arguments: [String], lines: [String]) throws -> Result {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    final class Box: @unchecked Sendable {
        var data = Data()
    }
}
