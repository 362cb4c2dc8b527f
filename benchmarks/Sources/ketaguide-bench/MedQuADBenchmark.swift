import Foundation
import GuideEngine
import GuideImport

/// The MedQuAD collection converted to a knowledge base: conversion, load and
/// index, query latency, peak memory, retrieval quality, and the baselines.
struct MedQuADBenchmark {
    var options: Bench.Options
    var binary: String?
    var jsonl: String
    var template: String

    /// Our engine's figures for the comparison with the baselines.
    struct OwnResult {
        var name: String
        var index: Double
        var p50: Double
        var p99: Double
        var peakKilobytes: Int?
        var recall1: Double
        var recall5: Double
    }

    func run() throws {
        say("\n######## MedQuAD: \(jsonl)")
        say("MedQuAD by Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511 (2019), CC BY 4.0")

        // 1. Conversion.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ketaguide-bench-\(UUID().uuidString)")
        let output = options.medquadOutput ?? scratch.appendingPathComponent("MedQuAD").path
        defer { try? FileManager.default.removeItem(at: scratch) }
        progress("converting into \(output)")
        let converter = QuestionAnswerConverter(collection: .medQuAD, templateDirectory: template, overwrite: options.medquadOutput != nil)
        let (readTime, pairs) = try timed { try converter.readPairs(path: jsonl) }
        let (writeTime, summary) = try timed { try converter.convert(pairs, to: output) }
        var conversion = Table("Conversion (QuestionAnswerConverter)", ["measure", "value"])
        conversion.add(["pairs read", count(pairs.count)])
        conversion.add(["documents written", count(summary.documentCount)])
        conversion.add(["sections (one per pair)", count(summary.pairs.count)])
        conversion.add(["pairs skipped", "\(summary.skipped.count)"])
        conversion.add(["read JSONL", secs(readTime)])
        conversion.add(["write knowledge base", secs(writeTime)])
        say(conversion.render())

        // 2. Load and index.
        progress("load and index")
        var loads: [Double] = []
        var builds: [Double] = []
        var knowledgeBase: KnowledgeBase?
        var engine: ChatEngine?
        _ = try repeatRuns(minimum: 1, maximum: 5, budget: 30) {
            knowledgeBase = nil
            engine = nil
            let (loadTime, loaded) = try timed { try KnowledgeBaseLoader().load(directory: output) }
            let (buildTime, built) = timed { ChatEngine(knowledgeBase: loaded) }
            loads.append(loadTime)
            builds.append(buildTime)
            knowledgeBase = loaded
            engine = built
        }
        guard let knowledgeBase, let engine else { return }
        progress("index with MatcherConfiguration.plainBM25")
        let (plainBuild, plainEngine) = timed { ChatEngine(knowledgeBase: knowledgeBase, configuration: .plainBM25) }
        var load = Table("Load and index (in process)", ["measure", "median", "min", "max", "runs"])
        let totals = zip(loads, builds).map { $0 + $1 }
        for (name, samples) in [
            ("KnowledgeBaseLoader.load", loads), ("ChatEngine.init (index, matcher, safety)", builds), ("load + index", totals),
            ("ChatEngine.init, plainBM25", [plainBuild]),
        ] {
            let stats = Stats(samples)
            load.add([name, secs(stats.median), secs(stats.min), secs(stats.max), "\(stats.count)"])
        }
        // The index cache (.ketaguide-index in the folder): written once, then read.
        progress("index cache: write, then read")
        let cachePath = IndexCache(knowledgeBaseDirectory: output).path
        try? FileManager.default.removeItem(atPath: cachePath)
        let (cacheWriteTime, written) = timed { ChatEngine.load(knowledgeBase, cache: .always) }
        var cacheReads: [Double] = []
        var cachedEngine: ChatEngine?
        var readOutcome = IndexCache.Outcome.notUsed
        _ = repeatRuns(minimum: 3, maximum: 7, budget: 10) {
            let (time, read) = timed { ChatEngine.load(knowledgeBase, cache: .always) }
            cacheReads.append(time)
            cachedEngine = read.engine
            readOutcome = read.cache
        }
        load.add(["ChatEngine.load, no cache file (index, then write it)", secs(cacheWriteTime), secs(cacheWriteTime), secs(cacheWriteTime), "1"])
        let reads = Stats(cacheReads)
        load.add(["ChatEngine.load from the cache file", secs(reads.median), secs(reads.min), secs(reads.max), "\(reads.count)"])
        let cachedTotals = Stats(loads).median + reads.median
        load.add(["load + index from the cache file", secs(cachedTotals), "", "", ""])
        let loadIndex = Stats(totals).median
        let cacheSize = (try? FileManager.default.attributesOfItem(atPath: cachePath)[.size] as? Int) ?? 0
        let sample = summary.pairs.prefix(500).map(\.question)
        let identical = sample.filter { engine.matcher.match($0) == cachedEngine?.matcher.match($0) }.count
        load.notes.append(
            "\(knowledgeBase.documents.count) documents, \(knowledgeBase.sections.count) sections, "
                + "\(engine.matcher.intents.count) intents; target load + index < 1.0 s: "
                + "building \(loadIndex < 1 ? "met" : "NOT met") (\(secs(loadIndex))), "
                + "from the cache \(cachedTotals < 1 ? "met" : "NOT met") (\(secs(cachedTotals)))")
        load.notes.append(
            "cache: \(written.cache == .built(saved: true) ? "written" : "NOT written"), then \(readOutcome == .loaded ? "read" : "NOT read"); "
                + "\(String(format: "%.1f", Double(cacheSize) / 1_048_576)) MB; same match as the built index for \(identical) of the first \(sample.count) questions")
        say(load.render())

        // 3. Query latency and 4. recall: each pair's own question.
        let keyOfSection = Dictionary(
            summary.pairs.map { ($0.sectionID, Self.key(focus: $0.focus, question: $0.question)) }, uniquingKeysWith: { a, _ in a })
        let asked = summary.pairs.enumerated().filter { $0.offset % options.recallEvery == 0 }.map(\.element)
        progress("asking \(asked.count) questions (default configuration)")
        let tuned = evaluate(engine.matcher, pairs: asked, keyOfSection: keyOfSection)
        progress("asking \(asked.count) questions (plainBM25)")
        let plain = evaluate(plainEngine.matcher, pairs: asked, keyOfSection: keyOfSection)

        progress("full pipeline on every eighth pair")
        let eighth = summary.pairs.filter { ($0.line - 1) % 8 == 0 }
        var sessionSamples: [Double] = []
        for pair in eighth {
            let start = nanoseconds()
            var session = engine.makeSession()
            let reply = session.respond(to: pair.question)
            sessionSamples.append(Double(nanoseconds() - start) / 1e9)
            if reply.answer.isEmpty { print("", terminator: "") }
        }
        let sessionStats = Stats(sessionSamples)

        progress("misspelt questions (every eighth pair)")
        var misspelt: [QuestionAnswerConverter.ConvertedPair] = []
        for (index, pair) in eighth.enumerated() {
            guard let text = QuestionCategories.misspell(pair.question, variant: index) else { continue }
            var changed = pair
            changed.question = text
            misspelt.append(changed)
        }
        // Scored against the original question's section.
        let originalQuestion = Dictionary(eighth.map { ($0.line, $0.question) }, uniquingKeysWith: { a, _ in a })
        let typo = evaluate(engine.matcher, pairs: misspelt, keyOfSection: keyOfSection, wanted: { pair in
            Self.key(focus: pair.focus, question: originalQuestion[pair.line] ?? pair.question)
        })

        var latency = Table("Query latency (each pair's own question, asked once)", ["path", "questions", "p50", "p99", "mean", "max"])
        latency.add(["IntentMatcher.match, default", count(tuned.latency.count), ms(tuned.latency.median), ms(tuned.latency.p99), ms(tuned.latency.mean), ms(tuned.latency.max)])
        latency.add(["IntentMatcher.match, plainBM25", count(plain.latency.count), ms(plain.latency.median), ms(plain.latency.p99), ms(plain.latency.mean), ms(plain.latency.max)])
        latency.add(["ChatSession.respond, every 8th pair", count(sessionStats.count), ms(sessionStats.median), ms(sessionStats.p99), ms(sessionStats.mean), ms(sessionStats.max)])
        latency.add(["IntentMatcher.match, every 8th pair misspelt", count(typo.latency.count), ms(typo.latency.median), ms(typo.latency.p99), ms(typo.latency.mean), ms(typo.latency.max)])
        latency.notes.append(String(format: "misspelt: the question's longest word misspelt as in the typo category; R@1 %.3f, R@5 %.3f against the pair's own section", typo.recall1, typo.recall5))
        latency.notes.append("target p99 < 0.5 ms (IntentMatcher.match, default): " + (tuned.latency.p99 < 0.0005 ? "met" : "NOT met (\(ms(tuned.latency.p99)))"))
        say(latency.render())

        // 5. Peak memory and the binary's start-up on this knowledge base.
        progress("peak memory (child processes)")
        var memory = Table("Peak memory (ru_maxrss / VmHWM of a child process) and start-up", ["process", "value"])
        let enginePeak = Bench.childPeakKilobytes(directory: output)
        let plainPeak = Bench.childPeakKilobytes(directory: output, plain: true)
        if let enginePeak { memory.add(["engine: load + index + every pair's question, default", mb(kilobytes: enginePeak)]) }
        if let plainPeak { memory.add(["engine: load + index + every pair's question, plainBM25", mb(kilobytes: plainPeak)]) }
        if let binary {
            progress("start-up of ketaguide on the MedQuAD knowledge base")
            let startup = measureStartup(
                binary: binary, knowledgeBase: output, question: summary.pairs.first?.question ?? "What is it?",
                runs: max(1, min(3, options.startupRuns)))
            memory.add(["ketaguide --kb MedQuAD, one piped question: peak (cache read)", mb(kilobytes: startup.peakKilobytes)])
            memory.add(["ketaguide --kb MedQuAD: exec → first reply line, cache read (median of \(startup.firstLine.count))", secs(startup.firstLine.median)])
            let cold = measureStartup(
                binary: binary, knowledgeBase: output, question: summary.pairs.first?.question ?? "What is it?",
                runs: max(1, min(3, options.startupRuns)), extra: ["--index-cache", "never"])
            memory.add(["ketaguide --kb MedQuAD --index-cache never: peak", mb(kilobytes: cold.peakKilobytes)])
            memory.add(["ketaguide --kb MedQuAD --index-cache never: exec → first reply line (median of \(cold.firstLine.count))", secs(cold.firstLine.median)])
        }
        if let enginePeak {
            memory.notes.append("target peak < 150 MB: " + (Double(enginePeak) / 1024 < 150 ? "met" : "NOT met (\(mb(kilobytes: enginePeak)))"))
        }
        say(memory.render())

        // 6. Retrieval quality.
        var recall = Table(
            "Retrieval quality: each pair's question through IntentMatcher (candidates, best first)",
            ["pairs asked", "n", "default R@1", "default R@5", "plainBM25 R@1", "plainBM25 R@5"])
        let everyLabel = options.recallEvery == 1 ? "all pairs" : "every \(options.recallEvery)th pair"
        recall.add([everyLabel, count(tuned.n), ratio(tuned.recall1), ratio(tuned.recall5), ratio(plain.recall1), ratio(plain.recall5)])
        let tunedEighth = tuned.subset { ($0.line - 1) % 8 == 0 }
        let plainEighth = plain.subset { ($0.line - 1) % 8 == 0 }
        if options.recallEvery != 8 { recall.add(["every 8th pair (as the baselines)", count(tunedEighth.n), ratio(tunedEighth.recall1), ratio(tunedEighth.recall5), ratio(plainEighth.recall1), ratio(plainEighth.recall5)]) }
        recall.notes.append("a hit counts when its section has the same focus and question text as the pair asked")
        say(recall.render())

        var byType = Table("Recall by qtype (\(everyLabel))", ["qtype", "n", "default R@1", "default R@5", "plainBM25 R@1", "plainBM25 R@5"])
        let qtypes = Dictionary(grouping: asked.map(\.qtype), by: { $0 }).mapValues(\.count).sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        for (qtype, _) in qtypes {
            let a = tuned.subset { $0.qtype == qtype }
            let b = plain.subset { $0.qtype == qtype }
            byType.add([qtype, count(a.n), ratio(a.recall1), ratio(a.recall5), ratio(b.recall1), ratio(b.recall5)])
        }
        say(byType.render())

        // 7. Baselines.
        var own = [
            OwnResult(name: "ketaguide (default)", index: loadIndex, p50: tuned.latency.median, p99: tuned.latency.p99,
                      peakKilobytes: enginePeak, recall1: tunedEighth.recall1, recall5: tunedEighth.recall5),
            OwnResult(name: "ketaguide (plainBM25)", index: Stats(loads).median + plainBuild, p50: plain.latency.median,
                      p99: plain.latency.p99, peakKilobytes: plainPeak, recall1: plainEighth.recall1, recall5: plainEighth.recall5),
        ]
        own[0].name += ""
        say(baselineTable(own: own).render())
    }

    static func key(focus: String, question: String) -> String {
        AnswerText.collapse(focus) + "\u{1F}" + AnswerText.collapse(question)
    }

    /// Recall and latency of one matcher over `pairs`.
    struct Evaluation {
        var outcomes: [(pair: QuestionAnswerConverter.ConvertedPair, top1: Bool, top5: Bool)]
        var latency: Stats

        var n: Int { outcomes.count }
        var recall1: Double { outcomes.isEmpty ? .nan : Double(outcomes.filter(\.top1).count) / Double(n) }
        var recall5: Double { outcomes.isEmpty ? .nan : Double(outcomes.filter(\.top5).count) / Double(n) }

        func subset(_ include: (QuestionAnswerConverter.ConvertedPair) -> Bool) -> Evaluation {
            Evaluation(outcomes: outcomes.filter { include($0.pair) }, latency: latency)
        }
    }

    func evaluate(
        _ matcher: IntentMatcher, pairs: [QuestionAnswerConverter.ConvertedPair], keyOfSection: [String: String],
        wanted: ((QuestionAnswerConverter.ConvertedPair) -> String)? = nil
    ) -> Evaluation {
        for pair in pairs.prefix(200) { _ = matcher.match(pair.question) }  // warm-up
        var samples: [Double] = []
        samples.reserveCapacity(pairs.count)
        var outcomes: [(pair: QuestionAnswerConverter.ConvertedPair, top1: Bool, top5: Bool)] = []
        outcomes.reserveCapacity(pairs.count)
        for pair in pairs {
            let start = nanoseconds()
            let match = matcher.match(pair.question)
            samples.append(Double(nanoseconds() - start) / 1e9)
            let wanted = wanted?(pair) ?? Self.key(focus: pair.focus, question: pair.question)
            let keys = match.candidates.prefix(5).map { keyOfSection[$0.intent.id] }
            outcomes.append((pair, keys.first == wanted, keys.contains(wanted)))
        }
        return Evaluation(outcomes: outcomes, latency: Stats(samples))
    }

    /// Ours beside tantivy and bm25s (run by benchmarks/baselines/medquad_baselines.py).
    func baselineTable(own: [OwnResult]) -> Table {
        var table = Table(
            "Beside the baselines (every 8th pair asked; all pairs indexed)",
            ["engine", "index", "p50 query", "p99 query", "peak memory", "R@1", "R@5"])
        for result in own {
            table.add([
                result.name, secs(result.index), ms(result.p50), ms(result.p99),
                result.peakKilobytes.map { mb(kilobytes: $0) } ?? "-", ratio(result.recall1), ratio(result.recall5),
            ])
        }
        table.notes.append("ketaguide index = reading and parsing the Markdown files + building the engine; p50/p99 from all pairs asked")
        guard options.baselines else {
            table.notes.append("baselines skipped (--no-baselines)")
            return table
        }
        let script = options.repository + "/benchmarks/baselines/medquad_baselines.py"
        progress("baselines: python3 \(script) (tantivy, bm25s)")
        guard let result = try? runChild(["python3", script, jsonl, "--every", "8", "--json"], keepOutput: true), result.status == 0 else {
            table.notes.append("baselines failed: run `python3 \(script) \(jsonl)` to see why (pip install tantivy bm25s PyStemmer)")
            return table
        }
        for line in String(decoding: result.output, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let engine = object["engine"] as? String
            else { continue }
            if let error = object["error"] as? String {
                table.notes.append("\(engine): \(error) (pip install tantivy bm25s PyStemmer)")
                continue
            }
            func number(_ key: String) -> Double { (object[key] as? Double) ?? (object[key] as? Int).map(Double.init) ?? .nan }
            table.add([
                engine, secs(number("index_seconds")), ms(number("query_p50")), ms(number("query_p99")),
                mb(kilobytes: Int(number("peak_kb"))), ratio(number("recall_at_1")), ratio(number("recall_at_5")),
            ])
        }
        table.notes.append("tantivy: one indexing thread, focus + question + answer as one document; 'default' tokenizer (lowercase) and 'en_stem'")
        table.notes.append("bm25s: English stop words, Snowball English stemmer (PyStemmer); each query retrieved on its own, one thread")
        table.notes.append("issue's reference: tantivy 1.1 s, p99 0.5 ms, 139 MB, 0.59/0.90; bm25s 2.1 s, 0.36 ms, 179 MB, 0.55/0.88")
        return table
    }
}
