/// Makes any text safe to write to a terminal, and measures it there.
///
/// Questions come from strangers and pastes, knowledge bases and logs from
/// other people's editors: a raw escape sequence could move the cursor,
/// retitle the window or hide text. Every string that reaches a terminal
/// (replies, the banner, `validate`, `unanswered`, error messages) passes
/// `sanitized`: every control character except the newline (C0, DEL, C1)
/// and the bidirectional overrides is shown as U+FFFD instead, so nothing
/// from the input, the knowledge base or a log reaches the terminal raw.
public enum TerminalText {
    public static func sanitized(_ text: String) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isUnsafe(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else if isUnsafe(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` without empty or blank lines: a text reply must not hold one,
    /// because batch mode separates replies with a blank line.
    public static func withoutBlankLines(_ text: String) -> String {
        guard text.contains("\n") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { $0.allSatisfy(\.isWhitespace) }) else { return text }
        return lines.filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
    }

    /// Whether `scalar` must never reach a terminal raw: a control character
    /// (but the newline) or a bidirectional override or isolate. The line
    /// editor shows these as U+FFFD even in the line being typed.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        // Bidirectional overrides and isolates can reorder what is shown.
        return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Columns `text` takes on a terminal: wide East Asian characters and
    /// emoji take two, combining marks none.
    public static func width(_ text: Substring) -> Int {
        var columns = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 { columns += 1; continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: break
            }
            let isWide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            columns += isWide ? 2 : 1
        }
        return columns
    }

    /// Greedy word wrap to `width` columns; a line starting with "- " (a
    /// list item) continues under its text, not under the dash. A line that
    /// fits is left exactly as it is. A word is broken only when it is wider
    /// than the whole line.
    /// - Parameter continuationIndent: the indent of every continuation line
    ///   (default: under the text of a list item, else none).
    public static func wrap(_ text: String, width: Int, continuationIndent: Int? = nil) -> [String] {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard width > 10 else { return paragraphs.map(String.init) }
        var lines: [String] = []
        for paragraph in paragraphs {
            // A line that fits is kept as written, its runs of spaces too
            // (the aligned columns of /help).
            if self.width(paragraph) <= width {
                lines.append(String(paragraph))
                continue
            }
            let leading = paragraph.prefix { $0 == " " }.count
            let isItem = paragraph.dropFirst(leading).hasPrefix("- ")
            let indent = min(continuationIndent ?? (leading + (isItem ? 2 : 0)), width / 2)
            let hanging = String(repeating: " ", count: indent)
            var line = String(repeating: " ", count: leading)
            var lineWidth = leading
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                let wordWidth = self.width(rest)
                if lineHasWord && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    (line, lineWidth, lineHasWord) = (hanging, indent, false)
                }
                // A word that fits a line but not after the indent (a long
                // path under a hanging source line) starts its line at the
                // margin rather than being cut in two.
                if !lineHasWord && lineWidth + wordWidth > width && wordWidth <= width && line.allSatisfy({ $0 == " " }) {
                    (line, lineWidth) = ("", 0)
                }
                if lineHasWord {
                    line += " "
                    lineWidth += 1
                }
                // A word longer than a whole line is broken so nothing runs off the screen.
                while !lineHasWord && lineWidth + self.width(rest) > width {
                    let take = max(1, width - lineWidth)
                    line += rest.prefix(take)
                    lines.append(line)
                    rest = rest.dropFirst(take)
                    (line, lineWidth) = (hanging, indent)
                }
                line += rest
                lineWidth += self.width(rest)
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }
}
