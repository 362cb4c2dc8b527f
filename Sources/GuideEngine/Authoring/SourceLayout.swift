/// Reads the layout of a plain-text or Markdown document: its headings,
/// paragraphs and list items, each with the source lines it came from.
///
/// It is not a reader of the knowledge-base format (`DocumentParser` is the
/// one): it reads what people write, and asks the parser only which endings
/// are ids (`- Nausea {#nausea}`, kept as the author's) and which `>` lines
/// are the format's own (left out).
///
/// Markdown is read for what it marks (`#` and underlined headings, `-`,
/// `*`, `+`, `•` and numbered items, `>` quotes); plain text is read by
/// shape, the way a person skims a leaflet:
/// - a heading is a short line in title case ("Types of Treatment") or in
///   capitals, without final punctuation, followed by text; a short line in
///   sentence case ("What to expect"), a numbered line ("1. Getting home")
///   or a step ("Step 2: Keep it dry") is one too when a paragraph follows
///   it, with a note, since it might also be a sentence or a list item;
/// - a "Term – description" line is a list item when it sits among others
///   like it or after a lead-in ending in ':' (en dash, em dash, a spaced
///   hyphen, or a colon after a short term);
/// - a run of two or more short lines, or short lines after a lead-in, is a
///   list ("Sleep Problems", "Back Pain");
/// - other lines are paragraphs; a line joins the paragraph above when that
///   one has not ended its sentence or the line starts in lower case.
///
/// Where the shape is ambiguous the reader decides and says so in `notes`,
/// so the author knows which lines to check.
struct SourceLayout {
    /// One piece of the document.
    struct Block: Equatable {
        enum Kind: Equatable {
            case heading
            case paragraph
            case listItem
        }

        var kind: Kind
        var text: String
        var firstLine: Int
        var lastLine: Int
        /// The term of a "Term – description" item, for its id.
        var term: String?
        /// The id the author wrote (`- Nausea {#nausea}`), kept as it is.
        var id: String?
    }

    /// A source line and what it looks like on its own.
    private struct Line {
        enum Shape {
            case blank
            case skipped
            case markdownHeading(String, id: String?)
            case underline
            case bullet(String, isNumbered: Bool)
            case other
        }

        var number: Int
        var content: String
        var isIndented: Bool
        var shape: Shape
        var termItem: (term: String, separator: String)?

        var isBlank: Bool {
            if case .blank = shape { return true }
            return false
        }
        var isOther: Bool {
            if case .other = shape { return true }
            return false
        }
        var words: [Substring] { content.split(separator: " ") }
        var endsSentence: Bool { content.last.map { ".!?".contains($0) } ?? false }
        var isLeadIn: Bool { isOther && content.hasSuffix(":") }

        /// Short enough to be a list item or a heading, and starting like one.
        var isShort: Bool {
            guard isOther, termItem == nil, !content.hasSuffix(":"), words.count <= 10, content.count <= 80,
                let first = content.first(where: { $0 != "(" && $0 != "\"" && $0 != "“" })
            else { return false }
            return first.isUppercase || first.isNumber
        }

        /// Short, in title case or capitals, without final punctuation: it may be a heading.
        var mayBeHeading: Bool {
            guard isShort, let last = content.last, !".,;:!?".contains(last) else { return false }
            if SourceLayout.isAllCapitals(content) { return true }
            return words.count <= 8 && SourceLayout.isTitleCase(words)
        }

        /// A paragraph's first line: not a short line without a full stop
        /// (which would rather be a list item or another heading).
        var startsParagraph: Bool {
            isOther && !(isShort && !endsSentence)
        }
    }

    private(set) var blocks: [Block] = []
    private(set) var notes: [(line: Int, message: String)] = []

    /// Words that stay lower case in a title ("Types of Treatment").
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "for", "with", "to", "by", "at", "as", "vs",
        "via", "from", "per", "into", "than", "over", "under",
    ]

    /// Words that cannot start a paragraph: one that does has lost its start.
    static let continuationWords: Set<String> = ["which", "whom", "whose", "and", "but", "or", "nor", "because"]

    init(text: String) {
        let lines = Self.lines(of: text)
        var index = 0
        var paragraph: Block?

        func flush() {
            if let open = paragraph { blocks.append(open) }
            paragraph = nil
        }
        func previous(_ offset: Int) -> Line? { offset >= 0 && offset < lines.count ? lines[offset] : nil }

        while index < lines.count {
            let line = lines[index]
            switch line.shape {
            case .blank, .skipped, .underline:
                if line.isBlank { flush() }
                index += 1
                continue
            case .markdownHeading(let title, let id):
                flush()
                blocks.append(Block(kind: .heading, text: title, firstLine: line.number, lastLine: line.number, id: id))
                index += 1
                continue
            case .bullet(let itemText, let isNumbered):
                if isNumbered, let heading = numberedHeading(itemText, at: index, lines) {
                    flush()
                    blocks.append(Block(kind: .heading, text: heading, firstLine: line.number, lastLine: line.number))
                    note(line.number, "read '\(heading)' as a heading (a numbered line followed by a paragraph); if it is a list item, make the text below it part of the item")
                    index += 1
                    continue
                }
                flush()
                var text = itemText
                var last = index
                while let next = previous(last + 1), next.isIndented, next.isOther {
                    text += " " + next.content
                    last += 1
                }
                let authorID = DocumentParser.trailingID(of: text)
                blocks.append(
                    Block(kind: .listItem, text: authorID?.text ?? text, firstLine: line.number, lastLine: lines[last].number, term: nil, id: authorID?.id))
                index = last + 1
                continue
            case .other:
                break
            }
            if let next = previous(index + 1), case .underline = next.shape {
                flush()
                blocks.append(Block(kind: .heading, text: line.content, firstLine: line.number, lastLine: line.number))
                index += 2
                continue
            }
            let before = previous(index - 1)
            let after = previous(index + 1)
            if Self.isStep(line.content), before.map({ $0.isBlank || $0.endsSentence }) ?? true,
                nextText(after: index, lines)?.startsParagraph == true
            {
                flush()
                blocks.append(Block(kind: .heading, text: line.content, firstLine: line.number, lastLine: line.number))
                note(line.number, "read '\(line.content)' as a heading (a step followed by a paragraph); if it is a sentence, join it to the text below")
                index += 1
                continue
            }
            if let item = line.termItem, before?.termItem != nil || after?.termItem != nil || followsLeadIn(before, paragraph) {
                flush()
                blocks.append(Block(kind: .listItem, text: line.content, firstLine: line.number, lastLine: line.number, term: item.term))
                index += 1
                continue
            }
            if line.isShort {
                // In a run: right after a lead-in, or after a short line read as a list item.
                let previousWasItem = before.map { previous in
                    previous.isShort && blocks.last?.kind == .listItem && blocks.last?.lastLine == previous.number
                } ?? false
                let inRun = previousWasItem || (before?.isLeadIn ?? false) || followsLeadIn(before, paragraph)
                let runGoesOn = after?.isShort ?? false
                if line.mayBeHeading && !(inRun && runGoesOn) && hasTextAfter(index, lines) {
                    flush()
                    blocks.append(Block(kind: .heading, text: line.content, firstLine: line.number, lastLine: line.number))
                    if inRun {
                        note(line.number, "read '\(line.content)' as a heading, though it ends a run of short lines; if it is the list's last item, join it to the list")
                    }
                    index += 1
                    continue
                }
                if inRun || runGoesOn {
                    flush()
                    blocks.append(Block(kind: .listItem, text: line.content, firstLine: line.number, lastLine: line.number))
                    index += 1
                    continue
                }
                let startsAfterABreak = before.map { $0.isBlank || $0.endsSentence } ?? true
                if !".!?".contains(line.content.last ?? "."), startsAfterABreak, nextText(after: index, lines)?.startsParagraph == true {
                    flush()
                    blocks.append(Block(kind: .heading, text: line.content, firstLine: line.number, lastLine: line.number))
                    note(line.number, "read '\(line.content)' as a heading (a short line without a final full stop, followed by a paragraph); if it is a sentence, join it to the text below")
                    index += 1
                    continue
                }
                if !".!?".contains(line.content.last ?? "."), before?.isBlank ?? true, hasTextAfter(index, lines) {
                    note(line.number, "'\(line.content)' might be a heading (a short line without final punctuation); kept as a paragraph")
                    flush()
                    blocks.append(Block(kind: .paragraph, text: line.content, firstLine: line.number, lastLine: line.number))
                    index += 1
                    continue
                }
            }
            if var open = paragraph, !open.text.hasSuffix(":"),
                !(open.text.last.map { ".!?".contains($0) } ?? false) || line.content.first?.isLowercase == true
            {
                open.text += " " + line.content
                open.lastLine = line.number
                paragraph = open
            } else {
                flush()
                paragraph = Block(kind: .paragraph, text: line.content, firstLine: line.number, lastLine: line.number)
            }
            index += 1
        }
        flush()
        blocks = blocks.map { block in
            var cleaned = block
            cleaned.text = Self.inlineText(block.text)
            cleaned.term = block.term.map(Self.inlineText)
            return cleaned
        }.filter { !$0.text.isEmpty }
        noteListsWithoutLeadIn()
        noteParagraphsStartingMidSentence()
    }

    // MARK: - Decisions

    /// Whether the line before (or, across blank lines, the paragraph before)
    /// introduces a list.
    private func followsLeadIn(_ before: Line?, _ paragraph: Block?) -> Bool {
        if let before, before.isLeadIn { return true }
        if before?.isBlank ?? false, paragraph == nil, let last = blocks.last {
            return last.kind == .paragraph && last.text.hasSuffix(":")
        }
        return false
    }

    /// The next line with text after `index`, if any.
    private func nextText(after index: Int, _ lines: [Line]) -> Line? {
        lines[(index + 1)...].first { line in
            if case .skipped = line.shape { return false }
            return !line.isBlank
        }
    }

    /// The heading a numbered line ("1. Getting home") is, when it is one: a
    /// short title without final punctuation, not continued on the next
    /// line, not among other items, and followed by a paragraph.
    private func numberedHeading(_ title: String, at index: Int, _ lines: [Line]) -> String? {
        let words = title.split(separator: " ")
        guard words.count <= 8, title.count <= 60, let first = title.first, first.isUppercase || first.isNumber,
            let last = title.last, !".,;:!?".contains(last)
        else { return nil }
        if index + 1 < lines.count, lines[index + 1].isIndented, lines[index + 1].isOther { return nil }
        let earlier = lines[..<index].last { line in
            if case .skipped = line.shape { return false }
            return !line.isBlank
        }
        if let earlier, case .bullet = earlier.shape { return nil }
        guard let next = nextText(after: index, lines), next.startsParagraph else { return nil }
        return title
    }

    /// A heading must be followed by text before the next heading or the end.
    private func hasTextAfter(_ index: Int, _ lines: [Line]) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.isBlank }) else { return false }
        if case .markdownHeading = next.shape { return false }
        return true
    }

    private mutating func noteListsWithoutLeadIn() {
        for (index, block) in blocks.enumerated() where block.kind == .listItem {
            let previous = index > 0 ? blocks[index - 1] : nil
            guard previous?.kind != .listItem else { continue }
            if let previous, previous.kind == .paragraph, previous.text.hasSuffix(":") { continue }
            note(block.firstLine, "a list without a lead-in (no sentence ending in ':' introduces it), so its items are answered without context")
        }
    }

    private mutating func noteParagraphsStartingMidSentence() {
        for block in blocks where block.kind == .paragraph {
            let firstWord = block.text.prefix { $0.isLetter }
            guard let first = firstWord.first else { continue }
            if first.isLowercase || Self.continuationWords.contains(firstWord.lowercased()) {
                let start = block.text.split(separator: " ").prefix(4).joined(separator: " ")
                note(block.firstLine, "the paragraph starts mid-sentence ('\(start) …'): text may be missing before it; check the source")
            }
        }
    }

    private mutating func note(_ line: Int, _ message: String) {
        notes.append((line, message))
    }

    // MARK: - Lines

    private static func lines(of text: String) -> [Line] {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            String(line.hasSuffix("\r") ? line.dropLast() : line).replacingOccurrences(of: "\t", with: "    ")
        }
        var skipped: Set<Int> = []
        // Markdown front matter (a document exported from another system).
        if raw.first?.trimmingWhitespace() == "---", let end = raw.dropFirst().prefix(40).firstIndex(where: { $0.trimmingWhitespace() == "---" }) {
            skipped.formUnion(0...end)
        }
        // Fence lines of code blocks go; what they hold is read as text.
        for (index, line) in raw.enumerated() {
            let content = line.trimmingWhitespace()
            if content.hasPrefix("```") || content.hasPrefix("~~~") {
                skipped.insert(index)
            } else if content.hasPrefix("<!--") || DocumentParser.isMetadataLine(content) {
                skipped.insert(index)
            }
        }
        return raw.enumerated().map { index, line in
            var content = line.trimmingWhitespace()
            // A Markdown quote is text here: '>' lines would be metadata in the output.
            while content.hasPrefix(">") { content = content.dropFirst().trimmingWhitespace() }
            let isIndented = line.hasPrefix(" ")
            var shape = Line.Shape.other
            if skipped.contains(index) {
                shape = .skipped
            } else if content.isEmpty {
                shape = .blank
            } else if let heading = markdownHeading(content) {
                shape = .markdownHeading(heading.title, id: heading.id)
            } else if content.count >= 3, Set(content).count == 1, content.first == "=" || content.first == "-" {
                shape = .underline
            } else if let item = bullet(content) {
                shape = .bullet(item.text, isNumbered: item.isNumbered)
            }
            var parsed = Line(number: index + 1, content: content, isIndented: isIndented, shape: shape)
            if parsed.isOther { parsed.termItem = termItem(content) }
            return parsed
        }
    }

    /// `## Title` (any level), without trailing `#`s, and the author's
    /// `{#id}` when it has one (an ending like an id that is not one is left out).
    private static func markdownHeading(_ content: String) -> (title: String, id: String?)? {
        let level = content.prefix { $0 == "#" }.count
        guard (1...6).contains(level), content.dropFirst(level).first == " " else { return nil }
        var title = content.dropFirst(level).trimmingWhitespace()
        while title.hasSuffix("#") { title = String(title.dropLast()).trimmingWhitespace() }
        var id: String?
        if let authorID = DocumentParser.trailingID(of: title) {
            (title, id) = (authorID.text, authorID.id)
        } else if title.hasSuffix("}"), let open = title.range(of: "{#", options: .backwards) {
            title = String(title[..<open.lowerBound]).trimmingWhitespace()
        }
        return title.isEmpty ? nil : (title, id)
    }

    /// The text of a bulleted or numbered item, and whether it is numbered.
    private static func bullet(_ content: String) -> (text: String, isNumbered: Bool)? {
        for marker in ["- ", "* ", "+ ", "• ", "· ", "– ", "— "] where content.hasPrefix(marker) {
            return (content.dropFirst(marker.count).trimmingWhitespace(), false)
        }
        let digits = content.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = content.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return (rest.dropFirst(2).trimmingWhitespace(), true) }
        }
        return nil
    }

    /// Words that number the steps or parts of a leaflet ("Step 2: Keep it dry").
    static let stepWords: Set<String> = ["step", "part", "stage", "phase", "day", "week", "section"]

    /// "Step 2", "Step 2: Keep it dry", "Part 3 – Aftercare": a step word, a
    /// number, then at most a short title without final punctuation.
    static func isStep(_ content: String) -> Bool {
        let words = content.split(separator: " ")
        guard words.count >= 2, words.count <= 10, content.count <= 70, let last = content.last,
            !".,;!?".contains(last) || (words.count == 2 && last == ":"),
            stepWords.contains(words[0].lowercased()), words[0].first?.isUppercase == true
        else { return false }
        let number = words[1].filter { !":.)–—-".contains($0) }
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// Letters all capitals, at least three of them ("AFTER THE PROCEDURE").
    static func isAllCapitals(_ content: String) -> Bool {
        let letters = content.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    /// "Term – description": a short term, a separator, then text.
    private static func termItem(_ content: String) -> (term: String, separator: String)? {
        for separator in [" – ", " — ", " - ", ": "] {
            guard let range = content.range(of: separator) else { continue }
            let term = content[..<range.lowerBound].trimmingWhitespace()
            let description = content[range.upperBound...].trimmingWhitespace()
            let termWords = term.split(separator: " ").count
            let maximumWords = separator == ": " ? 5 : 8
            guard !term.isEmpty, !description.isEmpty, termWords <= maximumWords, term.count <= 60,
                let first = term.first, first.isUppercase || first.isNumber,
                !term.contains(". "), !(term.last.map { ",;".contains($0) } ?? false)
            else { continue }
            return (term, separator)
        }
        return nil
    }

    static func isTitleCase(_ words: [Substring]) -> Bool {
        let significant = words.compactMap { word -> Character? in
            let letters = word.drop { !$0.isLetter && !$0.isNumber }
            guard let first = letters.first else { return nil }
            return titleSmallWords.contains(letters.lowercased()) ? nil : first
        }
        guard let first = words.first?.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber,
            !significant.isEmpty
        else { return false }
        let capitalised = significant.filter { $0.isUppercase || $0.isNumber }.count
        return Double(capitalised) >= 0.75 * Double(significant.count)
    }

    /// Markdown's inline marks removed: `**bold**`, `__bold__`, `` `code` ``
    /// and `[text](address)` (the text is kept).
    static func inlineText(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "`", with: "")
        while let open = result.range(of: "]("), let start = result[..<open.lowerBound].lastIndex(of: "["),
            let close = result[open.upperBound...].firstIndex(of: ")")
        {
            let label = result[result.index(after: start)..<open.lowerBound]
            result.replaceSubrange(start...close, with: label)
        }
        return result.trimmingWhitespace()
    }
}
