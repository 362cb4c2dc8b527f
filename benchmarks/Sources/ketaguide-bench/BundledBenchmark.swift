import Foundation
import GuideEngine
import GuideTerminal

/// The bundled knowledge base: start-up, load and index, per-question
/// latency, batch throughput and peak memory.
struct BundledBenchmark {
    var options: Bench.Options
    var binary: String?
    var directory: String

    func run() throws {
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let engine = ChatEngine(knowledgeBase: knowledgeBase)
        let setPath = options.repository + "/Tests/GuideEngineTests/Fixtures/questions.tsv"
        let set = try LabelledSet.parse(String(contentsOfFile: setPath, encoding: .utf8), path: setPath)
        let categories = QuestionCategories(set: set, matcher: engine.matcher)
        say("\n######## Bundled knowledge base: \(directory)")
        say("\(knowledgeBase.documents.count) documents, \(knowledgeBase.sections.count) sections, \(engine.matcher.intents.count) intents")

        // 1. Start-up to first answer.
        var startup = Table("Start-up to first answer (ketaguide binary, the first suggested question piped in, text output)",
                            ["measure", "median", "p90", "min", "max", "runs"])
        var cliPeak: Int?
        // The knowledge base's first suggested question (guide.conf), else a labelled one.
        let startupQuestion = knowledgeBase.settings.suggestions.first ?? categories.inScope.first?.text ?? "help"
        if let binary {
            progress("start-up: \(options.startupRuns) runs of \(binary)")
            let result = measureStartup(
                binary: binary, knowledgeBase: directory, question: startupQuestion, runs: options.startupRuns)
            addStartupRows(&startup, result, label: "bundled KB")
            cliPeak = result.peakKilobytes
            startup.notes.append("binary: \(binary)")
        } else {
            startup.notes.append("no ketaguide binary found: build it with `swift build -c release --package-path benchmarks --product ketaguide` (or pass --binary)")
        }
        say(startup.render())

        // 2. Load and index, in process.
        progress("load and index")
        var loads: [Double] = []
        var engines: [Double] = []
        _ = try repeatRuns(minimum: 11, maximum: 51, budget: 2) {
            let (loadTime, loaded) = try timed { try KnowledgeBaseLoader().load(directory: directory) }
            let (engineTime, built) = timed { ChatEngine(knowledgeBase: loaded) }
            precondition(built.matcher.intents.count == engine.matcher.intents.count)
            loads.append(loadTime)
            engines.append(engineTime)
        }
        var load = Table("Knowledge-base load and index (in process)", ["measure", "median", "min", "max", "runs"])
        let totals = zip(loads, engines).map { $0 + $1 }
        for (name, samples) in [("KnowledgeBaseLoader.load", loads), ("ChatEngine.init (index, matcher, safety)", engines), ("total", totals)] {
            let stats = Stats(samples)
            load.add([name, ms(stats.median), ms(stats.min), ms(stats.max), "\(stats.count)"])
        }
        say(load.render())

        // 3. Per-question latency.
        progress("per-question latency: \(options.repeats) rounds")
        var latency = Table(
            "Per-question latency (\(options.repeats) rounds; a new session per question)",
            ["category", "path", "questions", "median", "p99", "mean", "as expected"])
        for (name, questions) in [("in-scope", categories.inScope), ("typo", categories.typo), ("out-of-scope", categories.outOfScope), ("999-letter word", categories.longWords)] {
            let session = measureSession(engine: engine, questions: questions)
            latency.add([
                name, "ChatSession.respond", "\(questions.count)", ms(session.stats.median), ms(session.stats.p99),
                ms(session.stats.mean), String(format: "%.0f%%", session.correct * 100),
            ])
            let matcher = measureMatcher(engine: engine, questions: questions)
            latency.add([name, "IntentMatcher.match", "\(questions.count)", ms(matcher.median), ms(matcher.p99), ms(matcher.mean), ""])
        }
        latency.notes.append("in-scope: questions.tsv rows labelled with an intent; out-of-scope: rows labelled no_match (follow-up rows left out)")
        latency.notes.append("typo: each in-scope question with its longest word misspelt (swap, drop, double or change one middle letter)")
        latency.notes.append("999-letter word: 200 words of 999 random letters (no_match expected)")
        latency.notes.append("as expected: the reply's intent is the label (no_match for out-of-scope)")
        say(latency.render())

        // 3b. The safety screen on one long message (a pasted letter): linear in its length.
        progress("safety screen of long messages")
        var screen = Table(
            "Safety screen of one long message (SafetyScreen.screen; questions.tsv questions joined into one)",
            ["characters", "median", "min", "runs"])
        for size in [1_000, 8_000, 64_000] {
            var text = ""
            var index = 0
            while text.count < size {
                text += categories.all[index % categories.all.count] + " "
                index += 1
            }
            let samples = repeatRuns(minimum: 3, maximum: 21, budget: 2) { _ = engine.safety.screen(text) }
            let stats = Stats(samples)
            screen.add([count(text.count), ms(stats.median), ms(stats.min), "\(stats.count)"])
        }
        screen.notes.append("the part of an overlong line a bounded reader drops is screened in windows of 8 KiB, its first 64 KiB (DroppedTextScreen)")
        say(screen.render())

        // 4. Batch throughput.
        var batch = Table(
            "Batch throughput (ketaguide --format json, questions.tsv questions in a pipe, one conversation)",
            ["lines", "wall", "questions/s", "replies", "user CPU", "peak memory"])
        var batchPeak = 0
        if let binary {
            let questions = categories.all
            for size in options.batches {
                progress("batch of \(size)")
                var text = ""
                for index in 0..<size { text += questions[index % questions.count] + "\n" }
                let measured = try runMeasuredChild([binary, "--kb", directory, "--format", "json"], input: Array(text.utf8))
                let result = measured.result
                batch.add([
                    count(size), secs(result.wall), count(Int(Double(size) / result.wall)),
                    count(result.outputLines) + (result.outputLines == size ? "" : " (!)"),
                    secs(result.userSeconds), mb(kilobytes: measured.peakKilobytes) + (measured.isUpperBound ? " (upper bound)" : ""),
                ])
                batchPeak = max(batchPeak, measured.peakKilobytes)
            }
        } else {
            batch.notes.append("skipped: no ketaguide binary")
        }
        say(batch.render())

        // 5. Peak memory.
        var memory = Table("Peak memory (ru_maxrss / VmHWM of a child process)", ["process", "peak"])
        if let idle = Bench.childPeakKilobytes(directory: "none") {
            memory.add(["ketaguide-bench doing nothing (floor)", mb(kilobytes: idle)])
        }
        if let peak = Bench.childPeakKilobytes(directory: directory) {
            memory.add(["engine: load + index + every example question", mb(kilobytes: peak)])
        }
        if let cliPeak { memory.add(["ketaguide, one piped question", mb(kilobytes: cliPeak)]) }
        if batchPeak > 0 { memory.add(["ketaguide, largest batch", mb(kilobytes: batchPeak)]) }
        say(memory.render())
    }

    /// Full pipeline: safety screen, small talk, splitter, matcher, composer.
    func measureSession(engine: ChatEngine, questions: [BenchQuestion]) -> (stats: Stats, correct: Double) {
        var samples: [Double] = []
        samples.reserveCapacity(questions.count * options.repeats)
        var correct = 0
        for question in questions {  // warm-up, and correctness
            var session = engine.makeSession()
            let reply = session.respond(to: question.text)
            if question.expected == "no_match" ? reply.status == .noMatch : reply.intent == question.expected { correct += 1 }
        }
        var checksum = 0
        for _ in 0..<options.repeats {
            for question in questions {
                let start = nanoseconds()
                var session = engine.makeSession()
                let reply = session.respond(to: question.text)
                let end = nanoseconds()
                checksum &+= reply.answer.utf8.count
                samples.append(Double(end - start) / 1e9)
            }
        }
        if checksum == -1 { print(checksum) }
        return (Stats(samples), questions.isEmpty ? .nan : Double(correct) / Double(questions.count))
    }

    func measureMatcher(engine: ChatEngine, questions: [BenchQuestion]) -> Stats {
        var samples: [Double] = []
        var checksum = 0
        for question in questions { checksum &+= engine.matcher.match(question.text).candidates.count }
        for _ in 0..<options.repeats {
            for question in questions {
                let start = nanoseconds()
                let match = engine.matcher.match(question.text)
                let end = nanoseconds()
                checksum &+= match.candidates.count
                samples.append(Double(end - start) / 1e9)
            }
        }
        if checksum == -1 { print(checksum) }
        return Stats(samples)
    }
}
