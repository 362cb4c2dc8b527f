import Foundation

/// Turns a plain-text or Markdown document into a knowledge-base document
/// skeleton that loads, validates and answers questions as it is, for an
/// author to check and improve.
///
/// - headings become sections whose ids are slugs of the headings (made
///   unique), or the ids the author wrote (`## Parking {#parking}`); text
///   before the first heading goes in a section named like the document;
/// - list items (bulleted, "Term – description", runs of short lines) become
///   passages with ids of their own (the author's, or slugs), so a narrow
///   question gets its item;
///   paragraphs are kept whole; the text is quoted, never rewritten;
/// - every heading and passage gets an HTML comment with the source line it
///   came from (`<!-- source: leaflet.txt:12 -->`), which the loader skips;
/// - each section gets `> keywords:` chosen by `KeywordExtractor`.
///
/// The document is built as a `KnowledgeDocument` and written by
/// `DocumentWriter`, the writer every importer uses.
///
/// What the reader of the layout was unsure about comes back as notes with
/// the source line, for the author to check first.
public struct DocumentIngester: Sendable {
    /// The document, and the notes on what to check.
    public struct Result: Sendable, Equatable {
        /// The knowledge-base document, in the format of `documents/*.md`.
        public var markdown: String
        /// The same document as a model (every line 0), as written by `DocumentWriter`.
        public var document: KnowledgeDocument
        /// Warnings naming the input file and line.
        public var notes: [Diagnostic]
    }

    public let analyzer: Analyzer
    /// Keywords per section.
    public var keywordLimit = 8
    /// Words an item's id keeps.
    public var itemIDWords = 4
    /// Words a section's id keeps.
    public var sectionIDWords = 5

    /// - Parameters:
    ///   - ignoredWords: words keywords leave out: the knowledge base's stop
    ///     words and subject (see `ignoredWords(inKnowledgeBase:)`).
    ///   - stemmer: the knowledge base's language's (`stemmer(inKnowledgeBase:)`).
    public init(ignoredWords: Set<String>, stemmer: any Stemmer = EnglishStemmer()) {
        self.analyzer = Analyzer(stopWords: ignoredWords, stemmer: stemmer)
    }

    /// The stemmer of the language the knowledge base at `directory` names
    /// (read without loading it); one that keeps words for a language
    /// without a stemmer.
    public static func stemmer(inKnowledgeBase directory: String) -> any Stemmer {
        Stemmers.stemmer(forLanguage: LanguageFiles.inKnowledgeBase(directory).language) ?? IdentityStemmer()
    }

    /// The words keywords should leave out, from the knowledge base at
    /// `directory`: its stop words and the `subject:` words of `guide.conf`
    /// (a keyword naming the main subject would say nothing about a section). Read without
    /// loading, so a knowledge base with errors elsewhere still serves; empty
    /// when the files are missing.
    public static func ignoredWords(inKnowledgeBase directory: String) -> Set<String> {
        let root = URL(fileURLWithPath: directory)
        var words: Set<String> = []
        let stopWords = LanguageFiles.inKnowledgeBase(directory).stopWords
        if let text = try? String(contentsOfFile: root.appendingPathComponent(stopWords).path, encoding: .utf8) {
            words = SettingsReader.wordList(text)
        }
        if let text = try? String(contentsOfFile: root.appendingPathComponent("guide.conf").path, encoding: .utf8) {
            var ignored: [Diagnostic] = []
            let settings = RecordFile.parse(text, path: "guide.conf", diagnostics: &ignored)
            let tokenizer = Tokenizer()
            for subject in settings.group("guide")?.values("subject") ?? [] {
                words.formUnion(tokenizer.tokenize(subject).map(\.term))
            }
        }
        return words
    }

    /// Whether `id` is a valid document id (lowercase letters, digits, `-`, `.`).
    public static func isValidID(_ id: String) -> Bool {
        DocumentParser.isIdentifier(id)
    }

    /// Converts `text`.
    ///
    /// - Parameters:
    ///   - fileName: the input's file name, for `source:` and the notes.
    ///   - id: the document id (see `isValidID(_:)`).
    ///   - title: the document's title.
    ///   - today: `YYYY-MM-DD`, written as `reviewed:`.
    public func ingest(_ text: String, fileName: String, id: String, title: String, today: String) -> Result {
        let layout = SourceLayout(text: text)
        var notes = layout.notes.map { Diagnostic(path: fileName, line: $0.line, severity: .warning, message: $0.message) }
        func note(_ line: Int, _ message: String) {
            notes.append(Diagnostic(path: fileName, line: line, severity: .warning, message: message))
        }
        let title = Self.oneLine(title)

        var sections: [(heading: SourceLayout.Block?, blocks: [SourceLayout.Block])] = []
        for block in layout.blocks {
            if block.kind == .heading {
                sections.append((block, []))
                continue
            }
            if sections.isEmpty {
                note(block.firstLine, "text before the first heading is in a section titled like the document, '\(title)'")
                sections.append((nil, []))
            }
            sections[sections.count - 1].blocks.append(block)
        }
        for section in sections where section.blocks.isEmpty {
            if let heading = section.heading {
                note(heading.firstLine, "the heading '\(heading.text)' has no text below it; it is left out")
            }
        }
        sections.removeAll { $0.blocks.isEmpty }
        if sections.isEmpty {
            note(1, "no text found: the document has no sections, so it will not load")
        }

        let keywords = KeywordExtractor(analyzer: analyzer, limit: keywordLimit).keywords(
            for: sections.map { section in
                KeywordExtractor.SectionText(
                    heading: section.heading?.text ?? title,
                    paragraphs: section.blocks.filter { $0.kind == .paragraph }.map(\.text),
                    items: section.blocks.filter { $0.kind == .listItem }.map(\.text))
            })

        var writer = DocumentWriter(frontMatterComments: [
            "Made by 'ketaguide ingest': check every passage against the source, fix the",
            "notes it printed, add '> ask:' questions, then set review-due.",
        ])
        var sectionIDs = UniqueIDs()
        var documentSections: [Section] = []
        for (sectionIndex, section) in sections.enumerated() {
            let heading = section.heading?.text ?? title
            let sectionID = sectionIDs.claim(section.heading?.id ?? Self.slug(heading, words: sectionIDWords, fallback: "section"))
            if let source = section.heading {
                writer.comments[.section(sectionIndex)] = Self.sourceComment(fileName, source)
                if let authorID = source.id, authorID != sectionID {
                    note(source.firstLine, "the id '\(authorID)' is taken by an earlier section; this one is '\(sectionID)'")
                }
            }
            var itemIDs = UniqueIDs()
            var passages: [Passage] = []
            for block in section.blocks {
                writer.comments[.passage(section: sectionIndex, passage: passages.count)] = Self.sourceComment(fileName, block)
                guard block.kind == .listItem else {
                    passages.append(Passage(id: nil, text: block.text, line: 0, keywords: [], questions: [], leadIn: nil, isListItem: false))
                    continue
                }
                let name = Self.withoutParentheses(block.term ?? block.text)
                let itemID = itemIDs.claim(block.id ?? Self.slug(name, words: itemIDWords, fallback: "item"))
                if let authorID = block.id, authorID != itemID {
                    note(block.firstLine, "the id '\(authorID)' is taken by an earlier item of its section; this one is '\(itemID)'")
                }
                passages.append(
                    Passage(
                        id: sectionID + "." + itemID, text: block.text, line: 0, keywords: [], questions: [],
                        leadIn: DocumentWriter.leadIn(ofItemAfter: passages), isListItem: true))
            }
            documentSections.append(
                Section(id: sectionID, heading: heading, line: 0, keywords: keywords[sectionIndex], questions: [], passages: passages))
        }
        let document = KnowledgeDocument(
            id: id, title: title, source: "\(Self.oneLine(fileName)) (ingested)", reviewed: today, reviewDue: nil,
            path: id + ".md", sections: documentSections)
        return Result(
            markdown: writer.markdown(for: document), document: document, notes: notes.sorted { $0.line < $1.line })
    }

    // MARK: - Identifiers

    /// A stable id from a heading or item: its first words, folded to
    /// lowercase ASCII letters and digits, joined by `-`, without a trailing
    /// small word ("increased-blood-pressure", not "...-and").
    static func slug(_ text: String, words: Int, fallback: String) -> String {
        var parts = Tokenizer().tokenize(text).map(\.term)
            .map { String($0.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init)) }
            .filter { !$0.isEmpty }
        parts = Array(parts.prefix(words))
        while parts.count > 1, let last = parts.last, SourceLayout.titleSmallWords.contains(last) { parts.removeLast() }
        let slug = parts.joined(separator: "-")
        return slug.isEmpty ? fallback : slug
    }

    static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }

    // MARK: - Text

    /// What the comment above a heading or passage says: where it came from.
    static func sourceComment(_ fileName: String, _ block: SourceLayout.Block) -> String {
        let lines = block.firstLine == block.lastLine ? "\(block.firstLine)" : "\(block.firstLine)-\(block.lastLine)"
        return "source: \(oneLine(fileName)):\(lines)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
    }
}
