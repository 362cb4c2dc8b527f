import Foundation

/// Reads a knowledge-base folder from disk and checks it, reporting every
/// malformed line rather than stopping at the first.
///
/// Layout of the folder:
/// - `guide.conf`: the guide's name, wording and suggested questions (required);
/// - `documents/*.md`: the documents (at least one);
/// - `synonyms.txt`, `smalltalk.txt`, `safety.txt`, `not-covered.txt`,
///   `crisis-lines.txt` (needed when safety.txt names a number);
/// - the files of `guide.conf`'s language in `language/` (`LanguageFiles`:
///   `stopwords-en.txt`, `paraphrases-en.txt`, `stems-en.txt`, ...);
/// - the word lists safety.txt's `[word-classes]` name (`language/medicines-{language}.txt`).
public struct KnowledgeBaseLoader: Sendable {
    public init() {}

    /// Loads the folder at `directory`.
    ///
    /// - Throws: `KnowledgeBaseError.notFound` when the folder or its settings
    ///   file is missing, `.malformed` with one diagnostic per bad line.
    public func load(directory: String) throws -> KnowledgeBase {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeBaseError.notFound(path: directory)
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let displayName = root.lastPathComponent
        var diagnostics: [Diagnostic] = []

        var fingerprint = SourceFingerprint()
        func read(_ relative: String, required: Bool) throws -> String? {
            let url = root.appendingPathComponent(relative)
            guard fileManager.fileExists(atPath: url.path) else {
                if required { throw KnowledgeBaseError.notFound(path: url.path) }
                return nil
            }
            let file = Self.readText(path: url.path, displayName: displayName + "/" + relative)
            diagnostics += file.diagnostics
            fingerprint.add(relative, hash: file.hash)
            return file.text
        }
        func records(_ relative: String, required: Bool) throws -> RecordFile? {
            guard let text = try read(relative, required: required) else { return nil }
            return RecordFile.parse(text, path: displayName + "/" + relative, diagnostics: &diagnostics)
        }

        let settingsFile = try records("guide.conf", required: true)
        var settings = SettingsReader.settings(from: settingsFile, diagnostics: &diagnostics)
        let languageFiles = LanguageFiles(language: settings.language)
        // What the guide says besides answers, in its language; guide.conf's
        // [replies] may reword any of it.
        let strings = SettingsReader.strings(from: try records(languageFiles.strings, required: false))
        settings.replies.merge(strings) { fromGuideConf, _ in fromGuideConf }
        diagnostics += Self.missingLanguageFiles(languageFiles, in: root, settings: settings, displayName: displayName)
        let stemmer = Self.stemmer(for: settings, displayName: displayName, diagnostics: &diagnostics)

        let documentsFolder = root.appendingPathComponent("documents")
        let names = ((try? fileManager.contentsOfDirectory(atPath: documentsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        if names.isEmpty {
            throw KnowledgeBaseError.notFound(path: documentsFolder.path + "/*.md")
        }
        var documents: [KnowledgeDocument] = []
        for (name, parsed) in zip(names, Self.parseDocuments(names, in: documentsFolder.path, displayName: displayName)) {
            if let document = parsed.document { documents.append(document) }
            diagnostics += parsed.diagnostics
            fingerprint.add("documents/" + name, hash: parsed.hash)
        }
        diagnostics += Self.duplicateIDs(in: documents)

        // The knowledge base's own synonyms, then the language's everyday
        // paraphrases ("upsides" for "benefits") that hold for any subject.
        var synonyms: [SynonymGroup] = []
        for name in ["synonyms.txt", languageFiles.paraphrases] {
            synonyms += try read(name, required: false).map {
                SettingsReader.synonyms(from: $0, path: displayName + "/" + name, file: name, diagnostics: &diagnostics)
            } ?? []
        }
        let stopWords = try read(languageFiles.stopWords, required: false).map(SettingsReader.wordList) ?? []
        // Irregular forms from WordNet, then the hand-written stems, which win.
        var stemExceptions: [String: String] = [:]
        for name in [languageFiles.inflections, languageFiles.stems] {
            let read = try read(name, required: false).map {
                SettingsReader.stemExceptions(from: $0, path: displayName + "/" + name, diagnostics: &diagnostics)
            } ?? [:]
            stemExceptions.merge(read) { _, handWritten in handWritten }
        }
        let smalltalk = SettingsReader.smalltalk(from: try records("smalltalk.txt", required: false), diagnostics: &diagnostics)
        // The word lists of safety.txt's word classes ("language/medicines-{language}.txt").
        var listDiagnostics: [Diagnostic] = []
        var safety = SettingsReader.safety(
            from: try records("safety.txt", required: false), path: displayName + "/safety.txt", diagnostics: &diagnostics,
            readList: { named in
                let relative = languageFiles.resolved(named)
                let url = root.appendingPathComponent(relative)
                guard fileManager.fileExists(atPath: url.path) else { return nil }
                let file = Self.readText(path: url.path, displayName: displayName + "/" + relative)
                listDiagnostics += file.diagnostics
                fingerprint.add(relative, hash: file.hash)
                return file.text
            },
            listPath: { displayName + "/" + languageFiles.resolved($0) })
        diagnostics += listDiagnostics
        if let crisisLines = try records("crisis-lines.txt", required: false) {
            safety.regions = CrisisLinesReader.regions(from: crisisLines, diagnostics: &diagnostics)
        }
        diagnostics += Self.regionDiagnostics(safety: safety, settings: settings, displayName: displayName)
        if let examples = try read("safety-examples.txt", required: false) {
            safety.examples = SafetyExamplesReader.examples(
                from: examples, path: displayName + "/safety-examples.txt", categories: Set(safety.categories.map(\.name)),
                diagnostics: &diagnostics)
        }
        if let model = try read(languageFiles.safetyModel, required: false) {
            safety.model = SafetyModelReader.model(
                from: model, path: displayName + "/" + languageFiles.safetyModel, diagnostics: &diagnostics)
        }
        if let model = try read(languageFiles.safetyQuestionModel, required: false) {
            safety.questionModel = SafetyModelReader.model(
                from: model, path: displayName + "/" + languageFiles.safetyQuestionModel, diagnostics: &diagnostics)
        }
        let embeddings = try Self.embeddings(named: languageFiles.embeddings, in: root, displayName: displayName)
        for (model, file) in [(safety.model, languageFiles.safetyModel), (safety.questionModel, languageFiles.safetyQuestionModel)] {
            guard let model, let embeddings, model.weights.count != embeddings.dimensions else { continue }
            diagnostics.append(Diagnostic(
                path: displayName + "/" + file, line: 1,
                message: "the model has \(model.weights.count) weights, the embeddings \(embeddings.dimensions) dimensions: fit it again"))
        }
        let questionKinds = QuestionKindsReader.kinds(
            from: try records(languageFiles.questionKinds, required: false), diagnostics: &diagnostics)

        let notCoveredFile = try records("not-covered.txt", required: false)
        let notCoveredGroup = notCoveredFile?.group("not-covered")
        let keywords = (notCoveredGroup?.entries ?? []).filter { $0.key == "keywords" }.flatMap { entry in
            entry.value.split(separator: ",").map { ($0.trimmingWhitespace(), entry.line) }.filter { !$0.0.isEmpty }
        }
        let notCovered = NotCoveredTopics(
            keywords: keywords.map(\.0), questions: notCoveredGroup?.values("ask") ?? [], keywordLines: keywords.map(\.1))
        for entry in notCoveredFile?.groups.flatMap(\.entries) ?? [] where !["keywords", "ask"].contains(entry.key) {
            diagnostics.append(Diagnostic(path: displayName + "/not-covered.txt", line: entry.line, message: "unknown key '\(entry.key)' (known: keywords, ask)"))
        }

        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw KnowledgeBaseError.malformed(errors) }
        return KnowledgeBase(
            displayName: displayName, directory: root.path, documents: documents, settings: settings,
            synonyms: synonyms, stopWords: stopWords, smalltalk: smalltalk, safety: safety, notCovered: notCovered,
            stemExceptions: stemExceptions, sourceFingerprint: fingerprint.value, embeddings: embeddings,
            questionKinds: questionKinds, stemmer: stemmer,
            loadWarnings: diagnostics.filter { $0.severity == .warning } + safety.warnings)
    }

    /// A file's text, or the diagnostic that says why there is none, and the hash of its bytes.
    static func readText(path: String, displayName: String) -> (text: String?, diagnostics: [Diagnostic], hash: UInt64) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(path: displayName, line: 1, message: "cannot read the file")], 0)
        }
        let hash = SourceFingerprint.hash(data)
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(path: displayName, line: Self.firstInvalidUTF8Line(data), message: "the file is not valid UTF-8")], hash)
        }
        return (text, [], hash)
    }

    /// Reads and parses the documents on all cores: a network's knowledge base
    /// may hold thousands of files. Results keep the order of `names`.
    static func parseDocuments(
        _ names: [String], in folder: String, displayName: String
    ) -> [(document: KnowledgeDocument?, diagnostics: [Diagnostic], hash: UInt64)] {
        var results = [(document: KnowledgeDocument?, diagnostics: [Diagnostic], hash: UInt64)](
            repeating: (nil, [], 0), count: names.count)
        @Sendable func parse(_ index: Int) -> (document: KnowledgeDocument?, diagnostics: [Diagnostic], hash: UInt64) {
            let shown = displayName + "/documents/" + names[index]
            let file = readText(path: folder + "/" + names[index], displayName: shown)
            var parser = DocumentParser(path: shown)
            let document = file.text.flatMap { parser.parse($0) }
            return (document, file.diagnostics + parser.diagnostics, file.hash)
        }
        // A handful of files is read faster than worker threads start.
        guard names.count >= 64 else { return names.indices.map(parse) }
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: names.count) { index in
                slots.buffer[index] = parse(index)
            }
        }
        return results
    }

    /// Ids are intents, so a repeated one would make answers ambiguous.
    static func duplicateIDs(in documents: [KnowledgeDocument]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seenDocuments: [String: String] = [:]
        var seenIntents: [String: (document: Int, line: Int)] = [:]  // where each id was first seen
        seenIntents.reserveCapacity(documents.reduce(0) { $0 + $1.sections.count })
        for (number, document) in documents.enumerated() {
            if let first = seenDocuments[document.id] {
                diagnostics.append(Diagnostic(path: document.path, line: 2, message: "document id '\(document.id)' is also used by \(first)"))
            }
            seenDocuments[document.id] = document.path
            for section in document.sections {
                let ids = [(section.id, section.line)] + section.passages.compactMap { passage in passage.id.map { ($0, passage.line) } }
                for (id, line) in ids {
                    if let first = seenIntents[id] {
                        let place = "\(documents[first.document].path):\(first.line)"
                        diagnostics.append(Diagnostic(path: document.path, line: line, message: "id '\(id)' is also used at \(place)"))
                    } else {
                        seenIntents[id] = (number, line)
                    }
                }
            }
        }
        return diagnostics
    }

    static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }
}
