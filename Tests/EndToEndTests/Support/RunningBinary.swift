import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The built binary running with piped input that the test writes bit by bit, so it can
/// look at the process while it is still alive (its peak memory in `/proc/PID/status`).
final class RunningBinary {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var received = Data()

    init(_ arguments: [String]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Binary.path), "build first: swift build")
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = arguments
        process.currentDirectoryURL = Binary.repositoryRoot
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Writes `data` to the program's standard input (blocks while the pipe is full).
    func write(_ data: Data) {
        input.fileHandleForWriting.write(data)
    }

    /// Writes `count` copies of `byte` in blocks of 1 MiB, never holding them all.
    func write(byte: UInt8, count: Int) {
        let block = Data(repeating: byte, count: 1 << 20)
        var left = count
        while left > 0 {
            let size = min(left, block.count)
            write(size == block.count ? block : block.prefix(size))
            left -= size
        }
    }

    /// Reads standard output until it holds `count` newline-terminated lines; returns them.
    func readLines(_ count: Int) -> [String] {
        while received.count(of: UInt8(ascii: "\n")) < count {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the program ended
            received += chunk
        }
        return String(decoding: received, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The most memory the process has held so far (VmHWM), in bytes.
    func peakMemory() throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
        return kilobytes * 1024
    }

    /// Closes standard input and waits for the end: the status, the rest of standard output
    /// (after what `readLines` returned) and standard error.
    func finish() -> (status: Int32, output: String, errors: String) {
        try? input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let all = String(decoding: received + rest, as: UTF8.self)
        return (process.terminationStatus, all, errorText)
    }
}

extension Data {
    fileprivate func count(of byte: UInt8) -> Int {
        reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }
}

extension Binary {
    /// Runs the binary through `/bin/sh -c`, so a test can redirect its descriptors
    /// (`> /dev/full`, `>&-`, `< /folder`): `script` names the binary `"$0"`.
    static func runShell(_ script: String, input: Data = Data()) throws -> Result {
        // The input comes from a file: a program that stops reading early (its reader went
        // away) must not leave this process writing into a closed pipe (SIGPIPE).
        let inputFile = TestScratch.directory.appendingPathComponent("input-\(UUID().uuidString)")
        try input.write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, path]
        process.currentDirectoryURL = repositoryRoot
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: errors, as: UTF8.self))
    }
}
