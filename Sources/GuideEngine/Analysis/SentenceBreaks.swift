/// Where a text's sentences and clauses end, so the words of one
/// tokenization can be grouped without splitting the text into strings.
/// Words never hold these marks, so each mark falls between two words.
enum SentenceBreaks {
    enum Mark {
        case stop, question, comma
        /// A colon ending a headline's topic (`find(in:headlines:)`).
        case headline
    }

    /// Marks at offsets in Unicode scalars (the tokenizer's offsets):
    /// ". ! ; newline" end a sentence, "?" ends a question, "," a clause,
    /// and so does a dash: "–" or "—", or "-" with a space on each side
    /// ("had a stroke years back - can she still have it?"; not "self-harm").
    /// - Parameter headlines: a colon before a space ends a sentence too,
    ///   a headline's topic before its question ("Ketamine for pain: does it
    ///   last?"; not "10:30"). For finding a message's questions, not for
    ///   the safety screen: the topic alone is no statement about anyone.
    static func find(in text: String, headlines: Bool = false) -> [(offset: Int, mark: Mark)] {
        var breaks: [(offset: Int, mark: Mark)] = []
        var offset = 0
        var afterColon = false
        var previous: Unicode.Scalar = " "
        var spacedHyphen: Int?
        for scalar in text.unicodeScalars {
            if afterColon, scalar.properties.isWhitespace { breaks.append((offset - 1, .headline)) }
            afterColon = headlines && scalar == ":"
            if let hyphen = spacedHyphen, scalar.properties.isWhitespace { breaks.append((hyphen, .comma)) }
            spacedHyphen = scalar == "-" && previous.properties.isWhitespace ? offset : nil
            switch scalar {
            case ".", "!", ";", "\n": breaks.append((offset, .stop))
            case "?": breaks.append((offset, .question))
            case ",", "\u{2013}", "\u{2014}": breaks.append((offset, .comma))
            default: break
            }
            previous = scalar
            offset += 1
        }
        return breaks
    }
}
