import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Time

/// Monotonic nanoseconds.
@inline(__always) func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Seconds taken by `body`, with its result.
func timed<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
    let start = nanoseconds()
    let value = try body()
    return (Double(nanoseconds() - start) / 1e9, value)
}

/// Order statistics of a sample of durations (seconds).
struct Stats {
    private(set) var sorted: [Double]

    init(_ samples: [Double]) { sorted = samples.sorted() }

    var count: Int { sorted.count }
    var isEmpty: Bool { sorted.isEmpty }
    var min: Double { sorted.first ?? .nan }
    var max: Double { sorted.last ?? .nan }
    var mean: Double { sorted.isEmpty ? .nan : sorted.reduce(0, +) / Double(sorted.count) }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }
}

// MARK: - Formatting

func ms(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "-" }
    if seconds >= 10 { return String(format: "%.0f ms", seconds * 1e3) }
    if seconds >= 0.1 { return String(format: "%.1f ms", seconds * 1e3) }
    if seconds >= 0.001 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.3f ms", seconds * 1e3)
}

func secs(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "-" }
    return seconds >= 1 ? String(format: "%.2f s", seconds) : ms(seconds)
}

func mb(kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

func ratio(_ value: Double) -> String { value.isFinite ? String(format: "%.3f", value) : "-" }

func count(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (index, character) in digits.reversed().enumerated() {
        if index > 0 && index % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return String(result.reversed())
}

/// A plain text table: the first row is the header; numbers align right.
struct Table {
    var title: String
    var header: [String]
    var rows: [[String]] = []
    var notes: [String] = []

    init(_ title: String, _ header: [String]) {
        self.title = title
        self.header = header
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = Swift.max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var text = "\n== \(title) ==\n" + line(header) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        text += rows.map(line).joined(separator: "\n") + "\n"
        text += notes.map { "  " + $0 + "\n" }.joined()
        return text
    }
}

/// Prints now (the run is long; show progress as it goes).
func say(_ text: String) {
    print(text)
    fflush(nil)
}

func progress(_ text: String) {
    printError("  … \(text)")
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

// MARK: - Memory

/// This process's peak resident set size, in kilobytes (Linux's ru_maxrss unit).
func selfPeakKilobytes() -> Int {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    #if canImport(Darwin)
    return Int(usage.ru_maxrss) / 1024
    #else
    return Int(usage.ru_maxrss)
    #endif
}

// MARK: - Child processes

/// What a child process did.
struct ChildResult {
    var status: Int32
    /// Exec to exit, seconds.
    var wall: Double
    /// Exec to the first complete line on standard output, seconds.
    var firstLine: Double?
    var outputLines: Int
    var output: [UInt8]
    var peakKilobytes: Int
    var userSeconds: Double
    var systemSeconds: Double
}

enum ChildError: Error, CustomStringConvertible {
    case spawn(String, Int32)
    var description: String {
        switch self {
        case .spawn(let path, let code): return "cannot start \(path): \(String(cString: strerror(code)))"
        }
    }
}

/// Runs `arguments` (the first is looked up on PATH) with `input` written to
/// its standard input through a pipe, reading its standard output through
/// another; the child's peak memory comes from wait4.
func runChild(
    _ arguments: [String], input: [UInt8]? = nil, keepOutput: Bool = false, quietErrors: Bool = false,
    environment: [String: String]? = nil
) throws -> ChildResult {
    var inputPipe: [Int32] = [0, 0]
    var outputPipe: [Int32] = [0, 0]
    guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0 else { throw ChildError.spawn(arguments[0], errno) }
    for descriptor in inputPipe + outputPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    if quietErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }

    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var envStrings: [UnsafeMutablePointer<CChar>?]? = environment.map { variables in
        variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    }
    defer { envStrings?.forEach { free($0) } }

    var pid: pid_t = 0
    let start = nanoseconds()
    let code: Int32
    if envStrings != nil {
        code = envStrings!.withUnsafeMutableBufferPointer { env in
            posix_spawnp(&pid, arguments[0], &actions, nil, argv, env.baseAddress)
        }
    } else {
        code = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    }
    close(inputPipe[0])
    close(outputPipe[1])
    guard code == 0 else {
        close(inputPipe[1])
        close(outputPipe[0])
        throw ChildError.spawn(arguments[0], code)
    }

    // Feed standard input from another thread while this one reads the output.
    let writeEnd = inputPipe[1]
    let done = DispatchSemaphore(value: 0)
    let bytes = input ?? []
    let writer = Thread {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(writeEnd, raw.baseAddress! + offset, Swift.min(bytes.count - offset, 1 << 16))
            }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        close(writeEnd)
        done.signal()
    }
    writer.start()

    var firstLine: UInt64?
    var lines = 0
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let got = buffer.withUnsafeMutableBytes { read(outputPipe[0], $0.baseAddress, $0.count) }
        if got < 0 && errno == EINTR { continue }
        if got <= 0 { break }
        var newlines = 0
        for index in 0..<got where buffer[index] == 10 { newlines += 1 }
        if newlines > 0 && firstLine == nil { firstLine = nanoseconds() }
        lines += newlines
        if keepOutput { output.append(contentsOf: buffer[0..<got]) }
    }
    close(outputPipe[0])
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let end = nanoseconds()
    done.wait()
    let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildResult(
        status: exitCode, wall: Double(end - start) / 1e9, firstLine: firstLine.map { Double($0 - start) / 1e9 },
        outputLines: lines, output: output, peakKilobytes: Int(usage.ru_maxrss),
        userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
        systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
}

/// Peak memory of a child process, in kilobytes, without the benchmark's own.
///
/// Linux carries a process's high-water mark across exec, and a child made by
/// fork or vfork starts from its parent's pages, so wait4's ru_maxrss of a
/// child of this (large) process would include this process's memory. GNU
/// time (Debian's `time`) is small: the child it forks reports its own peak.
/// Without it, the figure is an upper bound.
struct MeasuredChild {
    var result: ChildResult
    var peakKilobytes: Int
    var isUpperBound: Bool
}

let timeCommand = "/usr/bin/time"

func runMeasuredChild(_ arguments: [String], input: [UInt8]? = nil, keepOutput: Bool = false) throws -> MeasuredChild {
    guard FileManager.default.isExecutableFile(atPath: timeCommand) else {
        let result = try runChild(arguments, input: input, keepOutput: keepOutput)
        return MeasuredChild(result: result, peakKilobytes: result.peakKilobytes, isUpperBound: true)
    }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("ketaguide-bench-\(UUID().uuidString).rss").path
    defer { try? FileManager.default.removeItem(atPath: report) }
    let result = try runChild([timeCommand, "-f", "%M", "-o", report] + arguments, input: input, keepOutput: keepOutput)
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    // GNU time writes "Command exited with non-zero status N" first when it fails.
    guard let peak = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
        return MeasuredChild(result: result, peakKilobytes: result.peakKilobytes, isUpperBound: true)
    }
    return MeasuredChild(result: result, peakKilobytes: peak, isUpperBound: false)
}

/// This process's own high-water mark (VmHWM), which exec does not inherit.
func ownHighWaterKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
}

/// The path of this executable.
func ownExecutablePath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}
