import Foundation

/// Reads a knowledge-base folder from disk and checks it, reporting every
/// malformed line rather than stopping at the first.
///
/// Layout of the folder:
/// - `guide.conf`: the guide's name, wording and suggested questions (required);
/// - `documents/*.md`: the documents (at least one);
/// - `synonyms.txt`, `smalltalk.txt`, `safety.txt`, `not-covered.txt`,
///   `language/stopwords-en.txt`, `language/paraphrases-en.txt`.
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

        func read(_ relative: String, required: Bool) throws -> String? {
            let url = root.appendingPathComponent(relative)
            guard fileManager.fileExists(atPath: url.path) else {
                if required { throw KnowledgeBaseError.notFound(path: url.path) }
                return nil
            }
            guard let data = fileManager.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(path: displayName + "/" + relative, line: 1, message: "cannot read the file"))
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(
                    path: displayName + "/" + relative, line: Self.firstInvalidUTF8Line(data),
                    message: "the file is not valid UTF-8"))
                return nil
            }
            return text
        }
        func records(_ relative: String, required: Bool) throws -> RecordFile? {
            guard let text = try read(relative, required: required) else { return nil }
            return RecordFile.parse(text, path: displayName + "/" + relative, diagnostics: &diagnostics)
        }

        let settingsFile = try records("guide.conf", required: true)
        let settings = SettingsReader.settings(from: settingsFile, diagnostics: &diagnostics)

        let documentsFolder = root.appendingPathComponent("documents")
        let names = ((try? fileManager.contentsOfDirectory(atPath: documentsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        if names.isEmpty {
            throw KnowledgeBaseError.notFound(path: documentsFolder.path + "/*.md")
        }
        var documents: [KnowledgeDocument] = []
        for name in names {
            guard let text = try read("documents/" + name, required: true) else { continue }
            var parser = DocumentParser(path: displayName + "/documents/" + name)
            if let document = parser.parse(text) { documents.append(document) }
            diagnostics += parser.diagnostics
        }
        diagnostics += Self.duplicateIDs(in: documents)

        // The knowledge base's own synonyms, then everyday English paraphrases
        // ("upsides" for "benefits") that hold for any subject.
        var synonyms: [SynonymGroup] = []
        for name in ["synonyms.txt", "language/paraphrases-en.txt"] {
            synonyms += try read(name, required: false).map {
                SettingsReader.synonyms(from: $0, path: displayName + "/" + name, diagnostics: &diagnostics)
            } ?? []
        }
        let stopWords = try read("language/stopwords-en.txt", required: false).map(SettingsReader.wordList) ?? []
        let smalltalk = SettingsReader.smalltalk(from: try records("smalltalk.txt", required: false), diagnostics: &diagnostics)
        let safety = SettingsReader.safety(from: try records("safety.txt", required: false), diagnostics: &diagnostics)

        let notCoveredFile = try records("not-covered.txt", required: false)
        let notCoveredGroup = notCoveredFile?.group("not-covered")
        let notCovered = NotCoveredTopics(
            keywords: (notCoveredGroup?.values("keywords") ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace() } }
                .filter { !$0.isEmpty },
            questions: notCoveredGroup?.values("ask") ?? [])
        for entry in notCoveredFile?.groups.flatMap(\.entries) ?? [] where !["keywords", "ask"].contains(entry.key) {
            diagnostics.append(Diagnostic(path: displayName + "/not-covered.txt", line: entry.line, message: "unknown key '\(entry.key)' (known: keywords, ask)"))
        }

        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw KnowledgeBaseError.malformed(errors) }
        return KnowledgeBase(
            displayName: displayName, directory: root.path, documents: documents, settings: settings,
            synonyms: synonyms, stopWords: stopWords, smalltalk: smalltalk, safety: safety, notCovered: notCovered)
    }

    /// Ids are intents, so a repeated one would make answers ambiguous.
    static func duplicateIDs(in documents: [KnowledgeDocument]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seenDocuments: [String: String] = [:]
        var seenIntents: [String: String] = [:]
        for document in documents {
            if let first = seenDocuments[document.id] {
                diagnostics.append(Diagnostic(path: document.path, line: 2, message: "document id '\(document.id)' is also used by \(first)"))
            }
            seenDocuments[document.id] = document.path
            for section in document.sections {
                let ids = [(section.id, section.line)] + section.passages.compactMap { passage in passage.id.map { ($0, passage.line) } }
                for (id, line) in ids {
                    if let first = seenIntents[id] {
                        diagnostics.append(Diagnostic(path: document.path, line: line, message: "id '\(id)' is also used at \(first)"))
                    } else {
                        seenIntents[id] = "\(document.path):\(line)"
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
