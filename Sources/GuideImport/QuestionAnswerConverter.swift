import Foundation
import GuideEngine

/// Converts a question-answer collection (JSON Lines, one pair per line)
/// into a knowledge-base folder in this project's format, so the engine can
/// answer from it, or be measured on a knowledge base far larger than the
/// bundled one.
///
/// A pair needs `question` and `answer`; `id`, `collection`, `source`,
/// `url`, `focus` (its topic) and `qtype` (the kind of question) are used
/// when present, as MedQuAD gives them. What the collection says about
/// itself (name, licence, citation, review dates) is a `CollectionDescription`
/// given by the command, not read from the pairs.
///
/// The layout written:
/// - `documents/<id>.md`: one document per topic of one source document (the
///   pairs that share a `focus` and the document number of their `id`,
///   `<document>-<question>`); its id is the focus slugged (`-2`, `-3`… when
///   taken), its title the focus, its source the collection's attribution
///   ("MedQuAD, CC BY 4.0"), the pair's source and collection, and its URL;
/// - one section per question: heading and `> ask:` are the question, the
///   section id is `<document id>.<qtype>` (`-2`, `-3`… when a document asks
///   the same kind of question again); the answer's paragraphs are the
///   passages, and its bullets list items (see `AnswerText.blocks(of:)`);
/// - the settings and language files, from the templates built into the
///   program (`Templates/`), naming the collection; `language/stopwords-en.txt`,
///   `safety.txt` and `crisis-lines.txt` copied from `templateDirectory` (the
///   bundled knowledge base; required, since a knowledge base without a
///   safety screen does not load) when it has them.
///
/// The documents are built as `KnowledgeDocument`s and written by
/// `DocumentWriter`, so text that would read as syntax is escaped there.
public struct QuestionAnswerConverter: Sendable {
    /// One question-answer pair; missing fields read as empty.
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
            id: String = "", collection: String = "", source: String = "", url: String = "", focus: String = "",
            qtype: String = "", question: String, answer: String
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

        private enum CodingKeys: String, CodingKey {
            case id, collection, source, url, focus, qtype, question, answer
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func optional(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
            self.init(
                id: try optional(.id), collection: try optional(.collection), source: try optional(.source),
                url: try optional(.url), focus: try optional(.focus), qtype: try optional(.qtype),
                question: try container.decode(String.self, forKey: .question),
                answer: try container.decode(String.self, forKey: .answer))
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

    /// The collection, as every document and the settings cite it.
    public var collection: CollectionDescription
    /// Only every `every`-th line (the first, then every `every`-th after it) is taken…
    public var every: Int
    /// …and at most `limit` pairs.
    public var limit: Int?
    /// A knowledge base whose stop words, safety rules and crisis lines are copied.
    public var templateDirectory: String?
    /// Replace the documents of an output folder that already has some.
    public var overwrite: Bool
    /// Keep the answers only: a section's heading is its topic and kind of
    /// question ("Glaucoma: symptoms"), with no `> ask:` line, so that asking
    /// the collection's own questions measures understanding, not recall of
    /// the very question written above the answer.
    public var answersOnly: Bool

    public init(
        collection: CollectionDescription, every: Int = 1, limit: Int? = nil, templateDirectory: String? = nil,
        overwrite: Bool = false, answersOnly: Bool = false
    ) {
        self.collection = collection
        self.every = max(1, every)
        self.limit = limit
        self.templateDirectory = templateDirectory
        self.overwrite = overwrite
        self.answersOnly = answersOnly
    }

    // MARK: - Reading

    /// The selected pairs of the JSON Lines file at `path` (see `every`, `limit`).
    public func readPairs(path: String) throws -> [NumberedPair] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.cannotRead(path: path) }
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
                throw ImportError.malformedLine(
                    path: path, line: lineIndex + 1, message: "not a question-answer pair (\(Self.describe(error)))")
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
        guard !pairs.isEmpty else { throw ImportError.noPairs(path: jsonl) }
        return try convert(pairs, to: output)
    }

    /// Writes `pairs` as a knowledge base at `output` (created when missing).
    @discardableResult
    public func convert(_ pairs: [NumberedPair], to output: String) throws -> Summary {
        guard let templateDirectory,
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent("safety.txt").path)
        else { throw ImportError.noSafetyTemplate }
        let plans = plan(pairs)
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: output)
        let documents = root.appendingPathComponent("documents")
        try fileManager.createDirectory(at: documents, withIntermediateDirectories: true)
        let existing = try fileManager.contentsOfDirectory(atPath: documents.path).filter { $0.hasSuffix(".md") }
        if !existing.isEmpty {
            guard overwrite else { throw ImportError.outputNotEmpty(path: output) }
            for name in existing { try fileManager.removeItem(at: documents.appendingPathComponent(name)) }
        }

        let writer = DocumentWriter()
        var converted: [ConvertedPair] = []
        for plan in plans.documents {
            let document = self.document(plan, path: root.lastPathComponent + "/documents/" + plan.id + ".md")
            try Data(writer.markdown(for: document).utf8).write(to: documents.appendingPathComponent(plan.id + ".md"))
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

    /// A document being built: the pairs of one topic of one source document.
    struct DocumentPlan {
        var key: String
        var id: String
        var title: String
        var source: String
        var sections: [(id: String, question: String, blocks: [AnswerText.Block], pair: NumberedPair)] = []
    }

    /// Groups pairs into documents and sections, with unique ids.
    func plan(_ pairs: [NumberedPair]) -> (documents: [DocumentPlan], skipped: [(line: Int, reason: String)]) {
        var documents: [DocumentPlan] = []
        var byKey: [String: Int] = [:]
        var usedDocumentIDs = UniqueIDs()
        var usedSectionIDs: [Int: UniqueIDs] = [:]
        var skipped: [(line: Int, reason: String)] = []
        for numbered in pairs {
            let pair = numbered.pair
            let question = AnswerText.collapse(pair.question)
            let blocks = AnswerText.blocks(of: pair.answer)
            guard !question.isEmpty else {
                skipped.append((numbered.line, "the question is empty"))
                continue
            }
            guard !blocks.isEmpty else {
                skipped.append((numbered.line, "the answer has no text"))
                continue
            }
            let focus = AnswerText.collapse(pair.focus)
            // A MedQuAD id is "<document number>-<question number>".
            let documentNumber = pair.id.split(separator: "-").dropLast().joined(separator: "-")
            let key = pair.collection + "\u{1F}" + documentNumber + "\u{1F}" + focus
            let index: Int
            if let known = byKey[key] {
                index = known
            } else {
                let origin = AnswerText.collapse(pair.source).isEmpty ? collection.name : AnswerText.collapse(pair.source)
                let fallbackTitle = [origin, "document", documentNumber].filter { !$0.isEmpty }.joined(separator: " ")
                var base = AnswerText.slug(focus.isEmpty ? fallbackTitle : focus)
                if base.isEmpty { base = "topic" }
                let id = usedDocumentIDs.claim(base)
                index = documents.count
                byKey[key] = index
                documents.append(
                    DocumentPlan(key: key, id: id, title: focus.isEmpty ? fallbackTitle : focus, source: source(of: pair)))
            }
            var kind = AnswerText.slug(pair.qtype)
            if kind.isEmpty { kind = "question" }
            let sectionName = usedSectionIDs[index, default: UniqueIDs()].claim(kind)
            documents[index].sections.append(
                (id: documents[index].id + "." + sectionName, question: question, blocks: blocks, pair: numbered))
        }
        return (documents, skipped)
    }

    /// A document's `source`: the collection's attribution, where the pair
    /// comes from within it, and its address.
    func source(of pair: Pair) -> String {
        let origin = [AnswerText.collapse(pair.source), "(\(AnswerText.collapse(pair.collection)))"].filter { $0 != "()" && !$0.isEmpty }
            .joined(separator: " ")
        let url = AnswerText.collapse(pair.url).isEmpty ? collection.sourceURL : AnswerText.collapse(pair.url)
        return [collection.attribution, origin, url].filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The document of one plan, for `DocumentWriter`.
    func document(_ plan: DocumentPlan, path: String) -> KnowledgeDocument {
        let sections = plan.sections.map { section in
            var passages: [Passage] = []
            for block in section.blocks {
                switch block {
                case .paragraph(let text):
                    passages.append(Passage(id: nil, text: text, line: 0, keywords: [], questions: [], leadIn: nil, isListItem: false))
                case .item(let text):
                    passages.append(
                        Passage(
                            id: nil, text: text, line: 0, keywords: [], questions: [],
                            leadIn: DocumentWriter.leadIn(ofItemAfter: passages), isListItem: true))
                }
            }
            let pair = section.pair.pair
            let topicHeading = [AnswerText.collapse(pair.focus), AnswerText.collapse(pair.qtype)].filter { !$0.isEmpty }
                .joined(separator: ": ")
            let heading = answersOnly && !topicHeading.isEmpty ? topicHeading : section.question
            return Section(
                id: section.id, heading: heading, line: 0, keywords: [], questions: answersOnly ? [] : [section.question],
                passages: passages)
        }
        return KnowledgeDocument(
            id: plan.id, title: plan.title, source: plan.source, reviewed: collection.reviewed, reviewDue: collection.reviewDue,
            path: path, sections: sections)
    }
}
