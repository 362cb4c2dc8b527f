import Foundation

/// Converts the MedQuAD question-answer collection (JSON Lines, one pair per
/// line: `id`, `collection`, `source`, `url`, `focus`, `qtype`, `question`,
/// `answer`) into a knowledge-base folder in this project's format, so the
/// engine can be measured on a knowledge base far larger than the bundled one.
///
/// MedQuAD is by Asma Ben Abacha and Dina Demner-Fushman, "A Question-Entailment
/// Approach to Question Answering", BMC Bioinformatics 20:511 (2019), licensed
/// CC BY 4.0; every converted document says so in its `source`. It is data for
/// benchmarks and tests, not content to ship.
///
/// The layout written:
/// - `documents/<id>.md`: one document per topic of one source document (the
///   pairs of one MedQuAD document number that share a `focus`); its id is the
///   focus slugged (`-2`, `-3`… when taken), its title the focus, its source the
///   collection and URL with "MedQuAD, CC BY 4.0";
/// - one section per question: heading and `> ask:` are the question, the
///   section id is `<document id>.<qtype>` (`-2`, `-3`… when a document asks the
///   same kind of question again); the answer's paragraphs are the passages,
///   and its bullets ("- item", also run together on one line) list items;
/// - `guide.conf`, a `synonyms.txt` with no groups and a generic `smalltalk.txt`
///   (the bundled ones are about its own subject); `language/stopwords-en.txt` and
///   `safety.txt` copied from `templateDirectory` (the bundled knowledge base;
///   required, since a knowledge base without a safety screen does not load),
///   the stop words when given, or minimal ones.
///
/// Text that the document parser would read as syntax is rewritten: a
/// paragraph starting with `#`, `>`, `- `, `* `, `---` or `<!--` gets a
/// Markdown backslash escape, and `{#` (an id marker) becomes `{ #`. All
/// whitespace, line breaks included, is collapsed to single spaces inside a
/// passage, so every passage is one line.
public struct MedQuADConverter: Sendable {
    /// One question-answer pair as MedQuAD gives it.
    public struct Pair: Sendable, Codable, Equatable {
        public var id: String
        public var collection: String
        public var source: String
        public var url: String
        public var focus: String
        public var qtype: String
        public var question: String
        public var answer: String

        public init(
            id: String, collection: String, source: String, url: String, focus: String, qtype: String,
            question: String, answer: String
        ) {
            self.id = id
            self.collection = collection
            self.source = source
            self.url = url
            self.focus = focus
            self.qtype = qtype
            self.question = question
            self.answer = answer
        }
    }

    /// A pair read from a file, with the line it came from (1-based).
    public struct NumberedPair: Sendable, Equatable {
        public var line: Int
        public var pair: Pair

        public init(line: Int, pair: Pair) {
            self.line = line
            self.pair = pair
        }
    }

    /// Where a converted pair went: its document and section (the intent that
    /// answers it), for measuring retrieval on the converted knowledge base.
    public struct ConvertedPair: Sendable, Equatable {
        /// The pair's line in the JSON Lines file (1-based).
        public var line: Int
        public var pairID: String
        public var collection: String
        public var qtype: String
        public var focus: String
        /// The question as written in the heading (whitespace collapsed).
        public var question: String
        public var documentID: String
        public var sectionID: String
    }

    /// What a conversion wrote.
    public struct Summary: Sendable {
        public var directory: String
        public var documentCount: Int
        public var pairs: [ConvertedPair]
        /// Pairs left out (an answer with no text), with the reason.
        public var skipped: [(line: Int, reason: String)]
    }

    public enum ConversionError: Error, Sendable, Equatable, CustomStringConvertible {
        case cannotRead(path: String)
        case malformedLine(path: String, line: Int, message: String)
        case outputNotEmpty(path: String)
        case noPairs(path: String)
        /// No `templateDirectory` with a `safety.txt` to copy: a knowledge base
        /// without a safety screen does not load.
        case noSafetyTemplate

        public var description: String {
            switch self {
            case .cannotRead(let path): return "cannot read \(path)"
            case .malformedLine(let path, let line, let message): return "\(path):\(line): error: \(message)"
            case .outputNotEmpty(let path):
                return "\(path) already holds documents; choose an empty folder (or pass --force to replace them)"
            case .noPairs(let path): return "\(path): no question-answer pairs selected"
            case .noSafetyTemplate:
                return "no knowledge base to copy safety.txt from; give one (the bundled KnowledgeBase) as the template"
            }
        }
    }

    /// Only every `every`-th line (the first, then every `every`-th after it) is taken…
    public var every: Int
    /// …and at most `limit` pairs.
    public var limit: Int?
    /// The `reviewed:` date of every document: the collection's publication.
    public var reviewed: String
    /// A knowledge base whose stop words and safety rules are copied.
    public var templateDirectory: String?
    /// Replace the documents of an output folder that already has some.
    public var overwrite: Bool

    public static let attribution = "MedQuAD, CC BY 4.0"

    public init(
        every: Int = 1, limit: Int? = nil, reviewed: String = "2019-10-22", templateDirectory: String? = nil,
        overwrite: Bool = false
    ) {
        self.every = max(1, every)
        self.limit = limit
        self.reviewed = reviewed
        self.templateDirectory = templateDirectory
        self.overwrite = overwrite
    }

    // MARK: - Reading

    /// The selected pairs of the JSON Lines file at `path` (see `every`, `limit`).
    public func readPairs(path: String) throws -> [NumberedPair] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ConversionError.cannotRead(path: path) }
        return try readPairs(data: data, path: path)
    }

    /// The selected pairs of JSON Lines `data`; `path` names it in errors.
    public func readPairs(data: Data, path: String) throws -> [NumberedPair] {
        let decoder = JSONDecoder()
        var pairs: [NumberedPair] = []
        var lineIndex = 0
        var start = data.startIndex
        while start < data.endIndex {
            if let limit, pairs.count >= limit { break }
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            defer {
                start = end < data.endIndex ? data.index(after: end) : end
                lineIndex += 1
            }
            guard lineIndex % every == 0 else { continue }
            let line = data[start..<end]
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                pairs.append(NumberedPair(line: lineIndex + 1, pair: try decoder.decode(Pair.self, from: Data(line))))
            } catch {
                throw ConversionError.malformedLine(
                    path: path, line: lineIndex + 1, message: "not a MedQuAD pair (\(Self.describe(error)))")
            }
        }
        return pairs
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.keyNotFound(let key, _) = error { return "missing '\(key.stringValue)'" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        }
        return "invalid JSON"
    }

    // MARK: - Converting

    /// Converts the selected pairs of `jsonl` into a knowledge base at `output`.
    @discardableResult
    public func convert(jsonl: String, to output: String) throws -> Summary {
        let pairs = try readPairs(path: jsonl)
        guard !pairs.isEmpty else { throw ConversionError.noPairs(path: jsonl) }
        return try convert(pairs, to: output)
    }

    /// A document being built: the pairs of one topic of one source document.
    struct DocumentPlan {
        var key: String
        var id: String
        var title: String
        var source: String
        var sections: [(id: String, question: String, blocks: [Block], pair: NumberedPair)] = []
    }

    /// Writes `pairs` as a knowledge base at `output` (created when missing).
    @discardableResult
    public func convert(_ pairs: [NumberedPair], to output: String) throws -> Summary {
        guard let templateDirectory,
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent("safety.txt").path)
        else { throw ConversionError.noSafetyTemplate }
        let plans = try plan(pairs)
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: output)
        let documents = root.appendingPathComponent("documents")
        try fileManager.createDirectory(at: documents, withIntermediateDirectories: true)
        let existing = try fileManager.contentsOfDirectory(atPath: documents.path).filter { $0.hasSuffix(".md") }
        if !existing.isEmpty {
            guard overwrite else { throw ConversionError.outputNotEmpty(path: output) }
            for name in existing { try fileManager.removeItem(at: documents.appendingPathComponent(name)) }
        }

        var converted: [ConvertedPair] = []
        for plan in plans.documents {
            try Data(render(plan).utf8).write(to: documents.appendingPathComponent(plan.id + ".md"))
            for section in plan.sections {
                converted.append(
                    ConvertedPair(
                        line: section.pair.line, pairID: section.pair.pair.id, collection: section.pair.pair.collection,
                        qtype: section.pair.pair.qtype, focus: section.pair.pair.focus, question: section.question,
                        documentID: plan.id, sectionID: section.id))
            }
        }
        converted.sort { $0.line < $1.line }
        try writeSupportFiles(to: root, suggestions: Array(converted.prefix(3).map(\.question)))
        return Summary(directory: root.path, documentCount: plans.documents.count, pairs: converted, skipped: plans.skipped)
    }

    /// Groups pairs into documents and sections, with unique ids.
    func plan(_ pairs: [NumberedPair]) throws -> (documents: [DocumentPlan], skipped: [(line: Int, reason: String)]) {
        var documents: [DocumentPlan] = []
        var byKey: [String: Int] = [:]
        var usedDocumentIDs: Set<String> = []
        var usedSectionIDs: [Int: Set<String>] = [:]
        var skipped: [(line: Int, reason: String)] = []
        for numbered in pairs {
            let pair = numbered.pair
            let question = Self.collapse(pair.question)
            let blocks = Self.blocks(of: pair.answer)
            guard !question.isEmpty else {
                skipped.append((numbered.line, "the question is empty"))
                continue
            }
            guard !blocks.isEmpty else {
                skipped.append((numbered.line, "the answer has no text"))
                continue
            }
            let focus = Self.collapse(pair.focus)
            // The MedQuAD id is "<document number>-<question number>".
            let documentNumber = pair.id.split(separator: "-").dropLast().joined(separator: "-")
            let key = pair.collection + "\u{1F}" + documentNumber + "\u{1F}" + focus
            let index: Int
            if let known = byKey[key] {
                index = known
            } else {
                let fallbackTitle = "\(Self.collapse(pair.source)) document \(documentNumber)"
                var base = Self.slug(focus.isEmpty ? fallbackTitle : focus)
                if base.isEmpty { base = "topic" }
                let id = DocumentIngester.unique(base, among: &usedDocumentIDs)
                let url = Self.collapse(pair.url)
                let origin = [Self.collapse(pair.source), "(\(Self.collapse(pair.collection)))"].filter { $0 != "()" }
                    .joined(separator: " ")
                let source = [Self.attribution, origin, url].filter { !$0.isEmpty }.joined(separator: "; ")
                index = documents.count
                byKey[key] = index
                documents.append(
                    DocumentPlan(key: key, id: id, title: focus.isEmpty ? fallbackTitle : focus, source: source))
            }
            var kind = Self.slug(pair.qtype)
            if kind.isEmpty { kind = "question" }
            var sectionName = kind
            var suffix = 2
            while usedSectionIDs[index, default: []].contains(sectionName) {
                sectionName = "\(kind)-\(suffix)"
                suffix += 1
            }
            usedSectionIDs[index, default: []].insert(sectionName)
            documents[index].sections.append(
                (id: documents[index].id + "." + sectionName, question: question, blocks: blocks, pair: numbered))
        }
        return (documents, skipped)
    }

    /// The Markdown of one document.
    func render(_ plan: DocumentPlan) -> String {
        var text = "---\nid: \(plan.id)\ntitle: \(Self.frontMatterValue(plan.title))\n"
        text += "source: \(Self.frontMatterValue(plan.source))\nreviewed: \(reviewed)\n---\n\n"
        text += "# \(Self.escapeInline(plan.title))\n"
        for section in plan.sections {
            text += "\n## \(Self.escapeInline(section.question)) {#\(section.id)}\n"
            text += "> ask: \(Self.escapeInline(section.question))\n"
            var previousWasItem = false
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    text += "\n" + Self.escapeParagraph(paragraph) + "\n"
                    previousWasItem = false
                case .item(let item):
                    // Items of one list follow each other; a blank line before the first.
                    text += (previousWasItem ? "" : "\n") + "- " + Self.escapeInline(item) + "\n"
                    previousWasItem = true
                }
            }
        }
        return text
    }

    // MARK: - Answer text

    /// A passage of an answer: a paragraph or a list item.
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        case item(String)
    }

    /// The paragraphs and list items of a MedQuAD answer.
    ///
    /// Each line is a paragraph, except that a bullet ("- " after two spaces or
    /// more, or at the start of a line) starts a list item, and a run of three
    /// spaces or more after the end of a sentence (the collection's flattened
    /// paragraph breaks) starts a new paragraph.
    public static func blocks(of answer: String) -> [Block] {
        var blocks: [Block] = []
        let all = Array(answer.unicodeScalars)
        var lineStart = 0
        while lineStart < all.count {
            var lineEnd = lineStart
            while lineEnd < all.count && !isLineBreak(all[lineEnd]) { lineEnd += 1 }
            let scalars = all[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard !scalars.isEmpty else { continue }
            var pieceStart = scalars.startIndex
            var pieceIsItem = false
            func finish(at end: Int) {
                guard pieceStart < end else { return }
                var text = String(String.UnicodeScalarView(scalars[pieceStart..<end]))
                var isItem = pieceIsItem
                if pieceStart == scalars.startIndex, !isItem, let bullet = bulletText(text) {
                    // A bullet at the start of a line.
                    text = bullet
                    isItem = true
                }
                let collapsed = collapse(text)
                if !collapsed.isEmpty { blocks.append(isItem ? .item(collapsed) : .paragraph(collapsed)) }
            }
            var index = scalars.startIndex
            while index < scalars.endIndex {
                guard isSpace(scalars[index]) else {
                    index += 1
                    continue
                }
                var runEnd = index
                while runEnd < scalars.endIndex && isSpace(scalars[runEnd]) { runEnd += 1 }
                let run = runEnd - index
                let startsBullet =
                    run >= 2 && runEnd + 1 < scalars.endIndex && (scalars[runEnd] == "-" || scalars[runEnd] == "*")
                    && isSpace(scalars[runEnd + 1])
                let endsSentence =
                    run >= 3 && index > scalars.startIndex && ".!?:".unicodeScalars.contains(scalars[index - 1])
                if startsBullet {
                    finish(at: index)
                    var textStart = runEnd + 1
                    while textStart < scalars.endIndex && isSpace(scalars[textStart]) { textStart += 1 }
                    pieceStart = textStart
                    pieceIsItem = true
                    index = textStart
                } else if endsSentence && runEnd < scalars.endIndex {
                    finish(at: index)
                    pieceStart = runEnd
                    pieceIsItem = false
                    index = runEnd
                } else {
                    index = runEnd
                }
            }
            finish(at: scalars.endIndex)
        }
        return blocks
    }

    /// The text of a line that starts with a bullet ("- x", "* x"), if it does.
    private static func bulletText(_ text: String) -> String? {
        let trimmed = text.drop { $0.isWhitespace }
        guard let first = trimmed.first, first == "-" || first == "*" else { return nil }
        let rest = trimmed.dropFirst()
        guard let next = rest.first, next.isWhitespace else { return nil }
        return String(rest)
    }

    /// The text with every run of whitespace (line breaks included) made one
    /// space, control characters dropped, and no space at either end.
    public static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if scalar.isASCII {
                if scalar.value < 32 || scalar.value == 127 { continue }
            } else {
                let category = scalar.properties.generalCategory
                if category == .control || (category == .format && scalar != "\u{200D}") { continue }
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// A line break: LF, VT, FF, CR, NEL, LS, PS.
    @inline(__always) static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whitespace, with a quick answer for ASCII.
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace
    }

    /// Inline text (a heading, a question, a list item): no id marker.
    static func escapeInline(_ text: String) -> String {
        let bytes = text.utf8
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "#") }) else {
            return text
        }
        return text.replacingOccurrences(of: "{#", with: "{ #")
    }

    /// A paragraph that would otherwise read as a heading, a `>` line, a list
    /// item, a comment or a front-matter fence gets a backslash in front.
    static func escapeParagraph(_ text: String) -> String {
        let escaped = escapeInline(text)
        let syntax = ["#", ">", "- ", "* ", "---", "<!--"]
        return syntax.contains { escaped.hasPrefix($0) } ? "\\" + escaped : escaped
    }

    /// A front-matter value, kept from losing quotes the parser would strip.
    static func frontMatterValue(_ text: String) -> String {
        text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? "\"\(text)\"" : text
    }

    /// Lowercase ASCII letters and digits joined by single dashes, at most 60
    /// characters: "Café Topic (Part 1)" → "cafe-topic-part-1".
    public static func slug(_ text: String) -> String {
        let folded = text.lowercased().decomposedStringWithCompatibilityMapping
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
            if slug.count >= 60 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    // MARK: - Support files

    private func writeSupportFiles(to root: URL, suggestions: [String]) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root.appendingPathComponent("language"), withIntermediateDirectories: true)
        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        }
        func copy(_ relative: String, orWrite fallback: String) throws {
            if let templateDirectory,
                let data = fileManager.contents(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent(relative).path)
            {
                try data.write(to: root.appendingPathComponent(relative))
            } else {
                try write(relative, fallback)
            }
        }
        var conf = Self.guideConf
        conf += suggestions.map { "question: \($0)\n" }.joined()
        try write("guide.conf", conf)
        try write("synonyms.txt", Self.synonyms)
        try write("smalltalk.txt", Self.smalltalk)
        try copy("language/stopwords-en.txt", orWrite: Self.stopWords)
        try copy("safety.txt", orWrite: "")  // `convert` checked that the template has one
        try copy("crisis-lines.txt", orWrite: Self.crisisLines)
    }

    /// Without a template, the one region that names no number of its own.
    static let crisisLines = """
        # Copy a knowledge base's crisis-lines.txt here for real crisis lines.
        [other]
        name: Anywhere
        emergency-number: your local emergency number

        """

    static let guideConf = """
        # Settings of a guide converted from MedQuAD (Ben Abacha and Demner-Fushman,
        # BMC Bioinformatics 20:511, 2019; CC BY 4.0) by `ketaguide import-medquad`,
        # for benchmarks and tests: not medical content to ship.

        [guide]
        name: MedQuAD Guide (benchmark)
        topic: questions and answers from MedQuAD
        # Question words: they help rank answers but say little about whether the
        # knowledge base covers a question.
        subject: how
        subject: what
        about: I answer questions from the MedQuAD collection (CC BY 4.0), converted for benchmarks, and I say where each answer comes from.
        disclaimer: This is general education from the MedQuAD collection, not medical advice. A health professional knows your situation best.
        get-help: If you feel unwell or unsafe, contact a health professional now. In an emergency call your local emergency number.

        [language]
        part-separator: and also
        part-separator: and
        part-separator: also
        part-separator: plus
        part-separator: as well as
        comparison: or
        comparison: vs
        comparison: versus
        comparison: compared to
        comparison: compared with
        reference: it
        reference: its
        reference: that
        reference: this
        reference: they
        reference: them
        reference: those
        reference: these

        [replies]
        no-match: I don't have information about that in my knowledge base. A health professional can answer it.
        partial: I can't answer this part from my knowledge base; please ask a health professional:
        too-long: That message is too long for me ({length} characters; the limit is {limit}). Please ask a shorter question.
        empty: Please type a question.
        unknown-command: I don't know the command {command}. Type /help to see the commands.
        reset: Starting a new conversation. What would you like to know?
        suggestions-intro: Questions I can answer:
        clarify: Did you mean {first} or {second}?
        sources: Sources:
        reviewed: reviewed {date}
        note: Note:
        source-heading: [{number}] {section}, in "{title}"
        source-origin: Written from {source}; reviewed {date}.
        source-none: There is no answer with sources yet. Ask a question first.
        source-number: Give the number of a source of the last answer, from 1 to {count}: for example /source 1.
        topics-intro: I can answer questions about {topic}:
        topics-example: (for example: "{question}")
        sources-intro: My answers come from these documents:
        sources-document: {title}: {source}; last reviewed {date}
        goodbye: Goodbye.
        reload-elsewhere: /reload works in the interactive mode only.
        banner-hint: Type a question, or /help for commands. Ctrl-D or /quit leaves.
        kiosk-welcome: Type a question in your own words, or a number to ask one of these:
        kiosk-stays-open: This guide stays open for the next person. Ask another question, or simply walk away.

        [suggestions]

        """

    static let synonyms = """
        # Synonyms: one group per line, terms separated by commas.
        # None for the converted MedQuAD knowledge base (the bundled groups are
        # about another subject).

        """

    static let smalltalk = """
        # Small talk of the converted MedQuAD knowledge base.

        [greeting]
        say: hi
        say: hello
        say: hey
        say: good morning
        say: good afternoon
        say: good evening
        reply: Hello! I can answer questions from the MedQuAD collection. What would you like to know?

        [thanks]
        say: thanks
        say: thank you
        say: thank you so much
        say: thanks a lot
        reply: You're welcome.

        [goodbye]
        say: bye
        say: goodbye
        say: see you
        reply: Goodbye.

        [help]
        say: help
        say: what can you do
        say: what can i ask
        reply: Ask me a question in your own words. Type /topics to see what I know.

        """

    static let stopWords = """
        # English stop words (minimal): removed from questions and passages before indexing.
        a
        an
        and
        are
        as
        at
        be
        by
        for
        from
        in
        is
        it
        of
        on
        or
        that
        the
        this
        to
        was
        were
        with

        """
}
