import Foundation

/// The text of an answer as a collection gives it, made into passages.
///
/// Collections flatten their answers differently: MedQuAD's keep line
/// breaks in some answers and run paragraphs and bullets together with
/// spaces in others. The rules here read both (see `blocks(of:)`); every
/// text is then one line with single spaces.
public enum AnswerText {
    /// A passage of an answer: a paragraph or a list item.
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        case item(String)
    }

    /// The paragraphs and list items of an answer.
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
}
