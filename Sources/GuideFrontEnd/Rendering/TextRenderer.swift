import GuideEngine

/// Renders a reply as text for people: a symptom note first, the answer, then
/// its numbered sources, then any suggestions and the notice.
///
/// Batch mode and the interactive terminal both use it, so their text is the
/// same; only the width (wrapping) and the style (colour) differ.
public struct TextRenderer: Sendable {
    public var width: Int?
    public var style: TextStyle
    /// Kiosks show no file paths.
    public var showsPaths: Bool

    public init(width: Int? = nil, style: TextStyle = .plain, showsPaths: Bool = true) {
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
            var lines = [style.dim("Sources:")]
            for citation in reply.citations {
                var line = "[\(citation.number)] \(citation.title) › \(citation.section)"
                if showsPaths { line += " — \(citation.path):\(citation.line)" }
                line += " (reviewed \(citation.reviewed))"
                lines.append(style.dim(wrapped("  " + TerminalText.sanitized(line), indent: 6)))
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        if !reply.suggestions.isEmpty {
            var lines = ["You could ask:"]
            lines += reply.suggestions.map { wrapped("  - " + TerminalText.sanitized($0)) }
            blocks.append(lines.joined(separator: "\n"))
        }
        // The notice and a crisis footnote share one line, notice first.
        let notes = [reply.notice, reply.crisisFootnote].compactMap { $0 }
        if !notes.isEmpty {
            blocks.append(style.dim(wrapped("Note: " + TerminalText.sanitized(notes.joined(separator: " ")))))
        }
        return blocks.joined(separator: "\n")
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
