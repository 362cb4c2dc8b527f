import Foundation
import GuideEngine
import GuideTerminal

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The benchmark suite of issue 7. Run from the repository's root:
///
///     swift run -c release --package-path benchmarks ketaguide-bench [--medquad PATH]
///
/// or `benchmarks/run [...]`, which builds the `ketaguide` binary first.
@main
struct Bench {
    struct Options {
        var repository = Bench.defaultRepository
        var medquad: String?
        var binary: String?
        var startupRuns = 21
        var repeats = 30
        var batches = [10_000, 100_000]
        var baselines = true
        var medquadOutput: String?
        var recallEvery = 1
        var childPeak: String?
        var childPlain = false
        var profile: (phase: String, directory: String)?
        var profileRounds = 1

        static let usage = """
            usage: ketaguide-bench [--medquad PATH] [options]

              --medquad PATH        also benchmark the MedQuAD collection (medquad-answered.jsonl):
                                    conversion, load and index, latency, memory, recall, baselines
              --binary PATH         the release ketaguide binary (default: beside this one, then
                                    .build-bench/release, .build/release of the repository)
              --runs N              start-up runs (default 21)
              --repeat N            rounds of the per-question latency questions (default 30)
              --batch N,N           batch sizes through `ketaguide --format json` (default 10000,100000)
              --recall-every N      ask every N-th MedQuAD pair in our recall (default 1: all pairs;
                                    every eighth is always reported too, as the baselines use)
              --no-baselines        skip the tantivy and bm25s baselines (Python)
              --medquad-out DIR     write the converted MedQuAD knowledge base there and keep it
              --quick               --runs 5 --repeat 5 --batch 10000 --recall-every 8
              --repo DIR            the repository (default: found from this source file)

            For profilers (perf, valgrind --tool=callgrind), one phase alone:
              --profile load|engine|query|typo DIR [--rounds N]
                                    load the knowledge base N times; or build the engine N times;
                                    or ask every example question of it N times (after one load
                                    and build), or each with a misspelt word (typo);
                                    --plain for MatcherConfiguration.plainBM25
            """

        static func parse(_ arguments: [String]) -> Options {
            var options = Options()
            var rest = arguments[...]
            func value(_ name: String) -> String {
                guard let next = rest.popFirst() else { fail("\(name) needs a value") }
                return next
            }
            func number(_ name: String) -> Int {
                let text = value(name)
                guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number > 0 else {
                    fail("\(name) needs a positive number, not '\(text)'")
                }
                return number
            }
            while let argument = rest.popFirst() {
                switch argument {
                case "--medquad": options.medquad = value(argument)
                case "--binary": options.binary = value(argument)
                case "--runs": options.startupRuns = number(argument)
                case "--repeat": options.repeats = number(argument)
                case "--batch":
                    options.batches = value(argument).split(separator: ",").map {
                        guard let size = Int($0.replacingOccurrences(of: "_", with: "")), size > 0 else {
                            fail("--batch needs sizes like 10000,100000")
                        }
                        return size
                    }
                case "--recall-every": options.recallEvery = number(argument)
                case "--no-baselines": options.baselines = false
                case "--medquad-out": options.medquadOutput = value(argument)
                case "--repo": options.repository = value(argument)
                case "--quick":
                    options.startupRuns = 5
                    options.repeats = 5
                    options.batches = [10_000]
                    options.recallEvery = 8
                case "--child-peak": options.childPeak = value(argument)
                case "--plain": options.childPlain = true
                case "--profile":
                    let phase = value(argument)
                    guard ["load", "engine", "query", "typo"].contains(phase) else { fail("--profile takes load, engine, query or typo") }
                    options.profile = (phase, value(argument))
                case "--rounds": options.profileRounds = number(argument)
                case "-h", "--help":
                    print(usage)
                    exit(0)
                default: fail("unknown argument '\(argument)'\n\(usage)")
                }
            }
            return options
        }
    }

    /// The repository: three folders above this file (benchmarks/Sources/ketaguide-bench).
    static let defaultRepository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    static func main() throws {
        signal(SIGPIPE, SIG_IGN)
        let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
        if let directory = options.childPeak {
            try childPeak(directory: directory, plain: options.childPlain)
            return
        }
        if let profile = options.profile {
            try runProfilePhase(profile.phase, directory: profile.directory, rounds: options.profileRounds, plain: options.childPlain)
            return
        }
        let started = nanoseconds()
        say("ketaguide benchmarks — \(Date())")
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(hostDescription()); release build; times are wall clock")

        let binary = locateBinary(options)
        let bundled = URL(fileURLWithPath: options.repository).appendingPathComponent("KnowledgeBase").path
        try BundledBenchmark(options: options, binary: binary, directory: bundled).run()
        if let medquad = options.medquad {
            try MedQuADBenchmark(options: options, binary: binary, jsonl: medquad, template: bundled).run()
        } else {
            say("\n(MedQuAD skipped: give --medquad PATH/medquad-answered.jsonl)")
        }
        say(String(format: "\nbenchmark process peak (VmHWM): %@; total time %.0f s", mb(kilobytes: ownHighWaterKilobytes() ?? selfPeakKilobytes()),
                   Double(nanoseconds() - started) / 1e9))
    }

    /// The release `ketaguide` binary to start, if one is found.
    static func locateBinary(_ options: Options) -> String? {
        if let binary = options.binary { return binary }
        let candidates = [
            URL(fileURLWithPath: ownExecutablePath()).deletingLastPathComponent().appendingPathComponent("ketaguide").path,
            options.repository + "/.build-bench/release/ketaguide",
            options.repository + "/.build/release/ketaguide",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func hostDescription() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        else { return "unknown CPU" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// `--child-peak DIR`: load and index the knowledge base, ask every example
    /// question of it once, exit. The parent reads this process's peak memory.
    static func childPeak(directory: String, plain: Bool) throws {
        defer { print("peak_kb=\(ownHighWaterKilobytes() ?? selfPeakKilobytes())") }
        if directory == "none" { return }
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let engine = ChatEngine(knowledgeBase: knowledgeBase, configuration: plain ? .plainBM25 : MatcherConfiguration())
        var checksum = 0
        for section in knowledgeBase.sections {
            for question in section.questions { checksum &+= engine.matcher.match(question).candidates.count }
        }
        if checksum == -1 { print(checksum) }
    }

    /// `--profile PHASE DIR`: one phase alone, for a profiler.
    static func runProfilePhase(_ phase: String, directory: String, rounds: Int, plain: Bool) throws {
        let configuration = plain ? MatcherConfiguration.plainBM25 : MatcherConfiguration()
        var checksum = 0
        let (seconds, _) = try timed {
            switch phase {
            case "load":
                for _ in 0..<rounds { checksum &+= try KnowledgeBaseLoader().load(directory: directory).documents.count }
            case "engine":
                let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
                for _ in 0..<rounds { checksum &+= ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration).matcher.intents.count }
            default:
                let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
                let engine = ChatEngine(knowledgeBase: knowledgeBase, configuration: configuration)
                var questions = knowledgeBase.sections.flatMap(\.questions)
                if phase == "typo" {
                    questions = questions.enumerated().compactMap { QuestionCategories.misspell($0.element, variant: $0.offset) }
                }
                let start = nanoseconds()
                for _ in 0..<rounds {
                    for question in questions { checksum &+= engine.matcher.match(question).candidates.count }
                }
                printError(String(format: "queries: %d in %.2f s", questions.count * rounds, Double(nanoseconds() - start) / 1e9))
            }
        }
        printError(String(format: "%@ x%d: %.2f s (checksum %d)", phase, rounds, seconds, checksum))
    }

    /// Peak memory of `ketaguide-bench --child-peak DIR` (in kilobytes).
    static func childPeakKilobytes(directory: String, plain: Bool = false) -> Int? {
        let arguments = [ownExecutablePath(), "--child-peak", directory] + (plain ? ["--plain"] : [])
        guard let result = try? runChild(arguments, keepOutput: true), result.status == 0 else { return nil }
        let output = String(decoding: result.output, as: UTF8.self)
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("peak_kb=") }) else { return nil }
        return Int(line.dropFirst("peak_kb=".count))
    }
}

func fail(_ message: String) -> Never {
    printError("ketaguide-bench: \(message)")
    exit(64)
}

// MARK: - Shared measurements

/// Start-up to first answer of the `ketaguide` binary: one question piped in.
struct StartupResult {
    var firstLine: Stats
    var exit: Stats
    var peakKilobytes: Int
    var peakIsUpperBound: Bool
    var failures: Int
}

func measureStartup(binary: String, knowledgeBase: String?, question: String, runs: Int, extra: [String] = []) -> StartupResult {
    var firstLines: [Double] = []
    var exits: [Double] = []
    var peak = 0
    var failures = 0
    let arguments = [binary] + (knowledgeBase.map { ["--kb", $0] } ?? []) + extra
    for _ in 0..<runs {
        guard let result = try? runChild(arguments, input: Array((question + "\n").utf8)), result.status == 0,
            let first = result.firstLine
        else {
            failures += 1
            continue
        }
        firstLines.append(first)
        exits.append(result.wall)
    }
    // Memory in a run of its own, through GNU time (see runMeasuredChild).
    var upperBound = true
    if let measured = try? runMeasuredChild(arguments, input: Array((question + "\n").utf8)), measured.result.status == 0 {
        peak = measured.peakKilobytes
        upperBound = measured.isUpperBound
    }
    return StartupResult(
        firstLine: Stats(firstLines), exit: Stats(exits), peakKilobytes: peak, peakIsUpperBound: upperBound, failures: failures)
}

/// Repeats `body` until it has run `minimum` times and for `budget` seconds
/// (or `maximum` times); returns each run's duration.
func repeatRuns(minimum: Int, maximum: Int, budget: Double, _ body: () throws -> Void) rethrows -> [Double] {
    var samples: [Double] = []
    var total = 0.0
    while samples.count < minimum || (total < budget && samples.count < maximum) {
        let start = nanoseconds()
        try body()
        let seconds = Double(nanoseconds() - start) / 1e9
        samples.append(seconds)
        total += seconds
    }
    return samples
}

func addStartupRows(_ table: inout Table, _ result: StartupResult, label: String) {
    table.add([
        "\(label): exec → first reply line", ms(result.firstLine.median), ms(result.firstLine.percentile(90)),
        ms(result.firstLine.min), ms(result.firstLine.max), "\(result.firstLine.count)",
    ])
    table.add([
        "\(label): exec → exit", ms(result.exit.median), ms(result.exit.percentile(90)), ms(result.exit.min),
        ms(result.exit.max), "\(result.exit.count)",
    ])
    if result.peakIsUpperBound { table.notes.append("\(label): peak memory is an upper bound (install Debian's `time` for the child's own)") }
    if result.failures > 0 { table.notes.append("\(label): \(result.failures) runs failed (no reply or non-zero exit)") }
}
