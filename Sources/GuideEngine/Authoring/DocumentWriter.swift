/// Writes a `KnowledgeDocument` as Markdown in the format `DocumentParser`
/// reads: the one place that format is made, so `ketaguide ingest` and the
/// importers cannot drift from what the loader accepts.
///
/// What it writes reads back as the same document (apart from lines), and
/// writing that again gives the same text:
/// - front matter (`id`, `title`, `source`, `reviewed`, `review-due`), then
///   `frontMatterComments` as `#` lines, which the parser skips;
/// - `# title`;
/// - per section: `## heading {#id}`, then `> answers:`, `> keywords:` and
///   `> ask:` lines;
/// - per passage: a paragraph after a blank line, or a list item (`- text
///   {#item}`, the items of one list on consecutive lines), with its own
///   `>` lines directly below it (indented below an item).
///
/// Every text is written on one line (line breaks become spaces). A
/// paragraph that would read as syntax gets a backslash in front (see
/// `DocumentParser.unescaped`), and an item without an id whose text ends
/// like an id (`… {#x}`) has that ending on an indented line of its own,
/// which the parser joins to the item without reading an id (an item of one
/// such word gets `{ #` instead). What the format cannot say is
/// not written: the id of a paragraph, and a lead-in other than the
/// paragraph just before a list. A list item with no lead-in right after a
/// paragraph ending in ':' is written without the blank line between them,
/// which is how the parser tells it has none.
public struct DocumentWriter: Sendable {
    /// A heading or a passage, by index, for a comment above it.
    public enum Place: Hashable, Sendable {
        case section(Int)
        case passage(section: Int, passage: Int)
    }

    /// HTML comments written on the line above a heading or a passage (text
    /// only: `source: leaflet.txt:12`), which the parser skips.
    public var comments: [Place: String]
    /// Lines written as `# ` comments at the end of the front matter, for
    /// the author who edits the file.
    public var frontMatterComments: [String]

    public init(comments: [Place: String] = [:], frontMatterComments: [String] = []) {
        self.comments = comments
        self.frontMatterComments = frontMatterComments
    }

    /// The Markdown of `document`, ending with a line break.
    public func markdown(for document: KnowledgeDocument) -> String {
        var lines = ["---"]
        lines.append(Self.field("id", document.id))
        lines.append(Self.field("title", document.title))
        lines.append(Self.field("source", document.source))
        lines.append(Self.field("reviewed", document.reviewed))
        if let reviewDue = document.reviewDue { lines.append(Self.field("review-due", reviewDue)) }
        lines += frontMatterComments.map { "# " + Self.oneLine($0) }
        lines += ["---", "", "# " + Self.oneLine(document.title)]
        for (sectionIndex, section) in document.sections.enumerated() {
            lines.append("")
            if let comment = comments[.section(sectionIndex)] { lines.append(Self.comment(comment)) }
            lines.append("## \(Self.oneLine(section.heading)) {#\(section.id)}")
            lines += Self.metadata(answers: section.answers, keywords: section.keywords, questions: section.questions)
            var previous: Passage?
            for (passageIndex, passage) in section.passages.enumerated() {
                let text = Self.oneLine(passage.text)
                if passage.isListItem {
                    let continuesList = previous?.isListItem == true
                    let followsLeadInWithout =
                        previous.map { !$0.isListItem && Self.oneLine($0.text).hasSuffix(":") } == true && passage.leadIn == nil
                    if !continuesList && !followsLeadInWithout { lines.append("") }
                    if let comment = comments[.passage(section: sectionIndex, passage: passageIndex)] {
                        lines.append(Self.comment(comment))
                    }
                    lines += Self.itemLines(text, id: passage.id, sectionID: section.id)
                    lines += Self.metadata(keywords: passage.keywords, questions: passage.questions).map { "  " + $0 }
                } else {
                    lines.append("")
                    if let comment = comments[.passage(section: sectionIndex, passage: passageIndex)] {
                        lines.append(Self.comment(comment))
                    }
                    lines.append(Self.paragraph(text))
                    lines += Self.metadata(keywords: passage.keywords, questions: passage.questions)
                }
                previous = passage
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lead-in a list item gets when it is written after `passages`:
    /// the paragraph just before its list, when that ends in ':' (the rule
    /// of `DocumentParser`), for code that builds documents to write.
    public static func leadIn(ofItemAfter passages: [Passage]) -> Int? {
        guard let last = passages.last else { return nil }
        if last.isListItem { return last.leadIn }
        return oneLine(last.text).hasSuffix(":") ? passages.count - 1 : nil
    }

    // MARK: - Parts

    /// A front-matter line; a value in quotes keeps them (the parser strips one pair).
    static func field(_ key: String, _ value: String) -> String {
        let value = oneLine(value)
        if value.isEmpty { return key + ":" }
        let quoted = value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"")
        return "\(key): " + (quoted ? "\"\(value)\"" : value)
    }

    /// The `>` lines of a section or passage; empty keywords and questions are
    /// left out (the parser would report them).
    static func metadata(answers: [String] = [], keywords: [String], questions: [String]) -> [String] {
        var lines: [String] = []
        let answers = answers.map(oneLine).filter { !$0.isEmpty }
        if !answers.isEmpty { lines.append("> answers: " + answers.joined(separator: ", ")) }
        let keywords = keywords.map(oneLine).filter { !$0.isEmpty }
        if !keywords.isEmpty { lines.append("> keywords: " + keywords.joined(separator: ", ")) }
        for question in questions.map(oneLine) where !question.isEmpty {
            lines.append("> ask: " + question)
        }
        return lines
    }

    /// A list item with its id (`section.item` is written `{#item}`), or,
    /// without one, with no first line the parser would take for an id.
    static func itemLines(_ text: String, id: String?, sectionID: String) -> [String] {
        if let id {
            let prefix = sectionID + "."
            let itemID = id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id
            return ["- \(text) {#\(itemID)}"]
        }
        guard text.hasSuffix("}") && text.contains("{#") else { return ["- " + text] }
        // The parser reads an id only on the item's first line, and joins an
        // indented line to the item with one space: break at a single space
        // that leaves the first line without an id-like end, and the second
        // line with nothing the parser would read as syntax.
        let characters = Array(text)
        for index in characters.indices.reversed() where characters[index] == " " && index > 0 && index + 1 < characters.count {
            guard characters[index - 1] != " ", characters[index + 1] != " " else { continue }
            let head = String(characters[..<index])
            let tail = String(characters[(index + 1)...])
            let tailIsSyntax = ["#", ">", "- ", "* ", "<!--"].contains { tail.hasPrefix($0) }
            if !head.hasSuffix("}") && !tailIsSyntax && head.trimmingWhitespace() == head && tail.trimmingWhitespace() == tail {
                return ["- " + head, "  " + tail]
            }
        }
        return ["- " + text.replacingOccurrences(of: "{#", with: "{ #")]
    }

    /// A paragraph, with a backslash in front when it would read as syntax.
    static func paragraph(_ text: String) -> String {
        let syntax = ["#", ">", "- ", "* ", "<!--"].contains { text.hasPrefix($0) }
        let losesBackslash = DocumentParser.unescaped(text) != text
        return syntax || losesBackslash ? "\\" + text : text
    }

    /// An HTML comment that nothing inside can close early.
    static func comment(_ text: String) -> String {
        var text = oneLine(text)
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "- -") }
        return "<!-- \(text) -->"
    }

    /// The text on one line: its lines joined by single spaces, trimmed.
    static func oneLine(_ text: String) -> String {
        guard text.contains("\n") else { return text.trimmingWhitespace() }
        return text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
