import Foundation
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Runs a command in a real terminal (a detached tmux session) so end-to-end tests can type
/// keys and read the screen like a person would. Linux only (it reads /proc), needs `tmux`.
///
///     let session = try TerminalSession(command: [TerminalSession.builtBinary().path],
///                                       environment: ["HOME": home.path])
///     defer { session.close() }
///     try session.waitFor("> ")
///     session.type("café ☕")
///     session.send(keys: "Enter")
///     try session.waitFor("answer")
///     session.send(keys: "C-d")
///     #expect(try session.waitForExit() == 0)
///
/// - Every instance has its own tmux server (`tmux -L ketaguide-test-<uuid>`, config from a
///   temporary file, never `~/.tmux.conf`), so tests never touch a user's tmux and parallel
///   sessions cannot clash. `close()` (also run by deinit) kills that server.
/// - The pane stays after the command exits (`remain-on-exit`), so the last screen stays
///   readable. tmux 3.3 sometimes never records the exit status of a pane, so the command runs
///   under a small `sh` wrapper that writes `$?` to a file once it ends; `waitForExit` reads it.
///   The wrapper is the pane's process, the command its child, both in the terminal's
///   foreground process group; `processID()` is the command's pid.
final class TerminalSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let socketName: String
    let sessionName = "test"
    private let configFile: URL
    private let statusFile: URL
    private var closed = false

    /// The wrapper: `sh -c WRAPPER sh STATUS_FILE COMMAND...`. Traps (not ignores: the command
    /// must get default handlers) keep it alive through ^C / ^\ / ^Z / SIGTERM sent to the whole
    /// foreground group, so it can always write the status.
    private static let wrapperScript = """
        status_file=$1; shift
        trap ':' INT QUIT TSTP TERM
        "$@"
        status=$?
        printf '%s\\n' "$status" > "$status_file.tmp" && mv "$status_file.tmp" "$status_file"
        exit "$status"
        """

    /// Starts `command` (argv, no shell) in a `columns` x `rows` terminal. The command sees this
    /// process's environment plus `environment` (which wins), with TERM set by tmux.
    init(command: [String], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24) throws {
        precondition(!command.isEmpty, "TerminalSession needs a command")
        let unique = UUID().uuidString.lowercased().prefix(12)
        socketName = "ketaguide-test-\(unique)"
        let temporary = TestScratch.directory
        configFile = temporary.appendingPathComponent("\(socketName).conf")
        statusFile = temporary.appendingPathComponent("\(socketName).status")
        let config = """
            set -g remain-on-exit on
            set -g history-limit 100000
            set -g status off
            set -g escape-time 0
            """
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        var argv = ["env"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            argv.append("\(name)=\(value)")
        }
        argv += ["/bin/sh", "-c", Self.wrapperScript, "sh", statusFile.path] + command
        let result = try Self.startServer(
            socketName: socketName, configFile: configFile,
            ["new-session", "-d", "-s", sessionName, "-x", String(columns), "-y", String(rows), "--"] + argv)
        guard result.status == 0 else {
            close()
            throw Failure(description: "tmux new-session failed (\(result.status)): \(result.error)")
        }
    }

    deinit {
        close()
    }

    // MARK: Input

    /// Sends tmux key names: "Enter", "Up", "Tab", "C-c", "C-d", "Escape", "BSpace", or words.
    func send(keys: String...) {
        _ = try? run(["send-keys", "-t", sessionName] + keys)
    }

    /// Types `text` literally (no key-name lookup), UTF-8 included.
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", sessionName, "-l", text])
    }

    // MARK: Output

    /// The visible screen, one line per row (tmux trims trailing spaces). With
    /// `joinWrappedLines`, a line the terminal wrapped is one line again (`capture-pane -J`).
    func screen(joinWrappedLines: Bool = false) -> String {
        let join = joinWrappedLines ? ["-J"] : []
        return (try? run(["capture-pane", "-p"] + join + ["-t", sessionName]).output) ?? ""
    }

    /// The visible screen with its colour and style escape sequences (`capture-pane -e`).
    func screenWithEscapes() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", sessionName]).output) ?? ""
    }

    /// Everything the pane has shown, scrollback included.
    func scrollback() -> String {
        (try? run(["capture-pane", "-p", "-S", "-", "-t", sessionName]).output) ?? ""
    }

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    /// Throws after `timeout` seconds with the last screen in the message.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, what: "\"\(text)\"") { $0.contains(text) }
    }

    /// Polls the screen every 50 ms until `condition` holds for it; returns that screen.
    @discardableResult
    func waitUntil(timeout: Double = 10, what: String = "a condition", _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while !condition(last) {
            if Date() >= deadline {
                throw Failure(description: "timed out after \(timeout) s waiting for \(what); screen:\n\(last)")
            }
            Thread.sleep(forTimeInterval: 0.05)
            last = screen()
        }
        return last
    }

    /// Waits until the command has exited and returns its exit status (128 + N when signal N
    /// ended it). Throws after `timeout` seconds with the screen in the message.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let status = exitStatus() { return status }
            if Date() >= deadline {
                throw Failure(description: "timed out after \(timeout) s waiting for exit; screen:\n\(screen())")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The command's exit status once it has exited, nil while it runs.
    func exitStatus() -> Int32? {
        if let status = recordedStatus() { return status }
        guard let result = try? run(["display-message", "-p", "-t", sessionName,
                                     "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}"]) else { return nil }
        let fields = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3, fields[0] == "1" else { return nil }
        // The pane is dead: the wrapper wrote the status just before, or was itself killed
        // (SIGKILL, SIGHUP); then use what tmux knows, if anything.
        if let status = recordedStatus() { return status }
        if let status = Int32(fields[1]) { return status }
        if let signal = Int32(fields[2]) { return 128 + signal }
        return nil
    }

    private func recordedStatus() -> Int32? {
        guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The pid of the command (to send it signals), nil when it is not running.
    func processID() -> Int32? {
        guard let result = try? run(["display-message", "-p", "-t", sessionName, "#{pane_dead}:#{pane_pid}"]) else {
            return nil
        }
        let fields = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":")
        guard fields.count == 2, fields[0] == "0", let wrapper = Int32(fields[1]) else { return nil }
        // The wrapper may still be starting the command: give it a moment.
        for _ in 0..<40 {
            let children = (try? String(contentsOfFile: "/proc/\(wrapper)/task/\(wrapper)/children", encoding: .utf8)) ?? ""
            if let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Resizes the terminal; the command gets SIGWINCH.
    func resize(columns: Int, rows: Int) {
        _ = try? run(["resize-window", "-t", sessionName, "-x", String(columns), "-y", String(rows)])
    }

    /// Kills this session's tmux server (and the command with it) and removes its files,
    /// the server's socket included (tmux leaves it behind). Idempotent.
    func close() {
        if closed { return }
        closed = true
        _ = try? run(["kill-server"])
        let socketDirectory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: "\(socketDirectory)/\(socketName)")
        for file in [configFile, statusFile] {
            try? FileManager.default.removeItem(at: file)
        }
    }

    // MARK: Locating the binary

    /// The package root: the nearest directory above `filePath` that holds Package.swift.
    static func packageRoot(filePath: String = #filePath) -> URL {
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// A product built by `swift build` (debug): `<package root>/.build/debug/<name>`.
    static func builtBinary(named name: String = "ketaguide", filePath: String = #filePath) -> URL {
        packageRoot(filePath: filePath).appendingPathComponent(".build/debug/\(name)")
    }

    // MARK: Running tmux

    private struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    private func run(_ arguments: [String]) throws -> Result {
        try Self.tmux(socketName: socketName, configFile: configFile, arguments)
    }

    /// The arguments and environment of every tmux client.
    private static func tmuxInvocation(socketName: String, configFile: URL, _ arguments: [String])
        -> (arguments: [String], environment: [String: String])
    {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")  // a test run inside tmux must not talk to that server
        if environment["LANG"] == nil && environment["LC_ALL"] == nil {
            environment["LANG"] = "C.UTF-8"
        }
        // -u: UTF-8 output whatever the locale; -f: our config, not the user's.
        return (["tmux", "-u", "-L", socketName, "-f", configFile.path] + arguments, environment)
    }

    /// Runs a tmux client (one that does not start a server) with Foundation's Process.
    private static func tmux(socketName: String, configFile: URL, _ arguments: [String]) throws -> Result {
        let invocation = tmuxInvocation(socketName: socketName, configFile: configFile, arguments)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = invocation.arguments
        process.environment = invocation.environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the tmux client that starts the server with posix_spawn, not Process, because of
    /// two things swift-corelibs-foundation's Process does on Linux:
    /// - it passes the calling thread's signal mask on, and test threads (Dispatch workers) block
    ///   nearly every signal; tmux's server and the command would inherit it (SIGCHLD and SIGHUP
    ///   blocked: panes never die; SIGWINCH, SIGTERM blocked: resize and signal tests fail);
    /// - it notices its child's exit when an inherited socket closes; the forked tmux server
    ///   keeps that socket, so waitUntilExit would hang until the server is killed.
    /// Here the client gets an empty signal mask, default handlers and only descriptors 0-2.
    private static func startServer(socketName: String, configFile: URL, _ arguments: [String]) throws -> Result {
        let invocation = tmuxInvocation(socketName: socketName, configFile: configFile, arguments)
        let errorFile = TestScratch.directory.appendingPathComponent("\(socketName).err")
        defer { try? FileManager.default.removeItem(at: errorFile) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Descriptors the test process leaves inheritable (no FD_CLOEXEC) stay out of the server.
        let openDescriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in openDescriptors.compactMap({ Int32($0) }) where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 && flags & FD_CLOEXEC == 0 {
                posix_spawn_file_actions_addclose(&actions, fd)
            }
        }

        let argv = invocation.arguments.map { strdup($0) } + [nil]
        let envp = invocation.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot run tmux: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: exitStatus, output: "", error: error)
    }
}
