// Coverage-guided fuzzing targets (libFuzzer) for the engine.
//
// Compiled together with every file of Sources/GuideEngine into one module
// (see fuzz/build), so a target reaches the engine's internal parts (the
// document parser, the index-cache decoder) as well as its public ones.
// One binary holds every target; KETAGUIDE_FUZZ_TARGET chooses:
//
// - `line`: a message through the whole pipeline, as a batch line or a
//   typed one would go: `ChatSession.respond` (safety screen, small talk,
//   splitter, matcher with the conversation, composer) on the bundled
//   knowledge base. The input's lines are asked in one conversation.
// - `document`: a document file through `DocumentParser`; one read without
//   diagnostics is written by `DocumentWriter` and must read back the same.
// - `cache`: an index cache's body through `MatcherIndex.decode`, checked
//   against a one-document knowledge base; an accepted index then answers.
//
// Besides crashes, each target checks a few promises and traps when one is
// broken, so libFuzzer reports it as a crash with the input that broke it.

import Foundation

/// The knowledge base's folder: `KETAGUIDE_KB`, or the repository's copy.
private let bundledDirectory: String = {
    if let path = ProcessInfo.processInfo.environment["KETAGUIDE_KB"] { return path }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("KnowledgeBase").path
}()

enum FuzzTarget: String {
    case line
    case document
    case cache

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KETAGUIDE_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            say("set KETAGUIDE_FUZZ_TARGET to line, document or cache\n")
            exit(2)
        }
        return target
    }()
}

/// Loaded once per process: the bundled knowledge base and its engine.
private let bundledEngine: ChatEngine = {
    do {
        return ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: bundledDirectory))
    } catch {
        say("fuzz: cannot load \(bundledDirectory): \(error)\n")
        exit(2)
    }
}()

/// A one-document copy of the bundled knowledge base (links to its files),
/// so a cache body is small and a mutation often lands in its structure.
private let smallKnowledgeBase: KnowledgeBase = {
    let fileManager = FileManager.default
    let folder = fileManager.temporaryDirectory.appendingPathComponent("ketaguide-fuzz-\(getpid())/KnowledgeBase")
    do {
        try fileManager.createDirectory(at: folder.appendingPathComponent("documents"), withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: bundledDirectory)
        for name in try fileManager.contentsOfDirectory(atPath: source.path) where name != "documents" && !name.hasPrefix(".") {
            try fileManager.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: source.appendingPathComponent(name))
        }
        try fileManager.createSymbolicLink(
            at: folder.appendingPathComponent("documents/benefits.md"),
            withDestinationURL: source.appendingPathComponent("documents/benefits.md"))
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: folder.path)
        try? fileManager.removeItem(at: folder.deletingLastPathComponent())
        return knowledgeBase
    } catch {
        say("fuzz: cannot make the small knowledge base: \(error)\n")
        exit(2)
    }
}()

private let smallEngineConfiguration = MatcherConfiguration()

/// The body of the small knowledge base's index cache, as `IndexCache.write` lays it out.
func currentCacheBody() -> Data {
    var writer = BinaryWriter()
    MatcherIndex.build(knowledgeBase: smallKnowledgeBase, configuration: smallEngineConfiguration, analyzer: smallKnowledgeBase.analyzer)
        .encode(to: &writer)
    return writer.data
}

/// Writes a line to standard error (libFuzzer's own output goes there too).
private func say(_ message: String) {
    FileHandle.standardError.write(Data(message.utf8))
}

/// Traps with `message` when a promise is broken: libFuzzer saves the input.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        say("fuzz: broken promise: \(message())\n")
        abort()
    }
}

private func fuzzLine(_ data: Data) {
    // Read as the batch reader does: invalid UTF-8 becomes U+FFFD.
    let text = String(decoding: data, as: UTF8.self)
    var session = bundledEngine.makeSession()
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(8) {
        let reply = session.respond(to: String(line))
        require(reply.confidence.isFinite && (0...1).contains(reply.confidence), "confidence \(reply.confidence)")
        require(reply.citations.map(\.number) == reply.citations.indices.map { $0 + 1 }, "citations numbered \(reply.citations.map(\.number))")
        if reply.status == .answered { require(reply.intent != nil && !reply.answer.isEmpty, "an answer without an intent") }
        if reply.status == .crisis || reply.status == .emergency { require(!reply.answer.isEmpty, "an empty safety message") }
    }
}

private func fuzzDocument(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    var parser = DocumentParser(path: "fuzz.md")
    let document = parser.parse(text)
    let lineCount = text.fileLines.count
    for diagnostic in parser.diagnostics {
        require((1...max(lineCount, 1)).contains(diagnostic.line), "diagnostic at line \(diagnostic.line) of \(lineCount)")
    }
    guard let document else { return }
    for section in document.sections {
        require((1...lineCount).contains(section.line), "section at line \(section.line) of \(lineCount)")
        for passage in section.passages {
            require((1...lineCount).contains(passage.line), "passage at line \(passage.line) of \(lineCount)")
            // An empty list item is reported; without a report, every passage has text.
            require(!passage.text.isEmpty || !parser.diagnostics.isEmpty, "an empty passage with no diagnostic")
            if let leadIn = passage.leadIn { require(section.passages.indices.contains(leadIn), "lead-in \(leadIn)") }
        }
    }
    // A document read without complaint, written by `DocumentWriter`, reads
    // back as the same document, and is written the same the second time.
    guard parser.diagnostics.isEmpty else { return }
    let written = DocumentWriter().markdown(for: document)
    var again = DocumentParser(path: "fuzz.md")
    let reread = again.parse(written)
    require(again.diagnostics.isEmpty, "the written document has diagnostics: \(again.diagnostics.map(\.description))")
    require(reread?.withoutLines == document.withoutLines, "the written document reads back differently")
    if let reread { require(DocumentWriter().markdown(for: reread) == written, "written differently the second time") }
}

private func fuzzCache(_ data: Data) {
    var reader = BinaryReader(data)
    guard let index = MatcherIndex.decode(from: &reader, checkedAgainst: smallKnowledgeBase, configuration: smallEngineConfiguration)
    else { return }
    // Accepted: it must answer like any index, without trapping.
    let engine = ChatEngine(knowledgeBase: smallKnowledgeBase, configuration: smallEngineConfiguration, index: index)
    var session = engine.makeSession()
    for question in ["what are the benefits", "how fast does it work", "benefitts of nasalspray", "and for anxiety?"] {
        let reply = session.respond(to: question)
        require(reply.confidence.isFinite, "confidence \(reply.confidence)")
    }
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    // `KETAGUIDE_FUZZ_WRITE_SEED=FILE`: write the current cache body (a seed
    // for the `cache` target that follows the format as it is now), and stop.
    if let path = ProcessInfo.processInfo.environment["KETAGUIDE_FUZZ_WRITE_SEED"] {
        do {
            try currentCacheBody().write(to: URL(fileURLWithPath: path))
            exit(0)
        } catch {
            say("fuzz: cannot write \(path): \(error)\n")
            exit(2)
        }
    }
    // Load before the first input, so loading is not counted as its time.
    switch FuzzTarget.selected {
    case .line: _ = bundledEngine
    case .document: break
    case .cache: _ = smallKnowledgeBase
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    switch FuzzTarget.selected {
    case .line: fuzzLine(data)
    case .document: fuzzDocument(data)
    case .cache: fuzzCache(data)
    }
    return 0
}
