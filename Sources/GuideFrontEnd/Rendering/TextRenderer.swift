import GuideEngine

/// Renders a reply as text for people: a symptom note first, the answer, then
/// its sources (one line per section cited), then any suggestions and the notice.
///
/// Batch mode, the interactive terminal and the kiosk all use it, so their
/// text is the same; only the width (wrapping), the style (colour) and
/// whether file paths are shown differ.
public struct TextRenderer: Sendable {
    public var width: Int?
    public var style: TextStyle
    /// File paths and lines mean something to the knowledge base's authors
    /// only (`--show-paths`); patients see the document, section and review
    /// date. The kiosk never shows them.
    public var showsPaths: Bool
    /// The labels around a reply, from `guide.conf`.
    public var wording: ReplyWording

    public init(wording: ReplyWording, width: Int? = nil, style: TextStyle = .plain, showsPaths: Bool = false) {
        self.wording = wording
        self.width = width
        self.style = style
        self.showsPaths = showsPaths
    }

    /// The reply as lines (without a trailing blank line).
    public func render(_ reply: Reply) -> String {
        var blocks: [String] = []
        if let note = reply.symptomNote {
            blocks.append(style.alert(wrapped("!! " + TerminalText.sanitized(note), indent: 3)))
        }
        // No blank line inside a reply: in a batch a blank line ends the reply.
        let answer = TerminalText.withoutBlankLines(TerminalText.sanitized(reply.answer))
        if reply.isUrgent {
            blocks.append(style.alert(wrapped("!! " + answer.replacingNewlines(with: "\n   "), indent: 3)))
        } else {
            blocks.append(markCitations(wrapped(answer)))
        }
        if !reply.citations.isEmpty {
            blocks.append(sourceLines(reply.citations))
        }
        // "Which did you mean?": the options, numbered, for a reply of "1" or "2".
        if !reply.options.isEmpty {
            blocks.append(reply.options.enumerated().map { wrapped("  \($0.offset + 1). " + TerminalText.sanitized($0.element), indent: 5) }
                .joined(separator: "\n"))
        }
        if !reply.suggestions.isEmpty {
            var lines = [wrapped(TerminalText.sanitized(wording.suggestionsIntro))]
            lines += reply.suggestions.map { wrapped("  - " + TerminalText.sanitized($0)) }
            blocks.append(lines.joined(separator: "\n"))
        }
        // The notice and a crisis footnote share one line, notice first.
        let notes = [reply.notice, reply.crisisFootnote].compactMap { $0 }
        if !notes.isEmpty {
            blocks.append(style.dim(wrapped(TerminalText.sanitized(wording.note + " " + notes.joined(separator: " ")))))
        }
        return blocks.joined(separator: "\n")
    }

    /// One line per document section, the label on the first and the others
    /// under it: `Sources: [1–3] Title › Section, reviewed 2026-11-26`.
    /// Continuation lines hang under the first source, so the label stays
    /// alone in its column.
    private func sourceLines(_ citations: [Citation]) -> String {
        let label = TerminalText.sanitized(wording.sources)
        let indent = TerminalText.width(Substring(label)) + 1
        var lines: [String] = []
        for (index, group) in SourceGroup.grouping(citations).enumerated() {
            var line = group.label + " " + group.title + " › " + group.section
            if !group.reviewed.isEmpty {
                line += ", " + wording.reviewed.replacingOccurrences(of: "{date}", with: group.reviewed)
            }
            if showsPaths { line += " — " + group.location }
            let lead = index == 0 ? label + " " : String(repeating: " ", count: indent)
            lines.append(wrapped(lead + TerminalText.sanitized(line), indent: indent))
        }
        return style.dim(lines.joined(separator: "\n"))
    }

    private func wrapped(_ text: String, indent: Int? = nil) -> String {
        guard let width else { return text }
        return TerminalText.wrap(text, width: width, continuationIndent: indent).joined(separator: "\n")
    }

    /// Sets citation markers `[n]` in bold so they stand apart from the text.
    private func markCitations(_ text: String) -> String {
        guard style.usesColor else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let after = rest[open...]
            if let close = after.firstIndex(of: "]"), after[after.index(after: open)..<close].allSatisfy(\.isNumber),
                after.index(after: open) < close
            {
                result += style.bold(String(after[open...close]))
                rest = after[after.index(after: close)...]
            } else {
                result += "["
                rest = after.dropFirst()
            }
        }
        return result + rest
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
