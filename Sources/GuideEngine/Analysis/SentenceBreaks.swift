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
    /// ". ! ; newline" end a sentence, "?" ends a question, "," a clause.
    /// - Parameter headlines: a colon before a space ends a sentence too,
    ///   a headline's topic before its question ("Ketamine for pain: does it
    ///   last?"; not "10:30"). For finding a message's questions, not for
    ///   the safety screen: the topic alone is no statement about anyone.
    static func find(in text: String, headlines: Bool = false) -> [(offset: Int, mark: Mark)] {
        var breaks: [(offset: Int, mark: Mark)] = []
        var offset = 0
        var afterColon = false
        for scalar in text.unicodeScalars {
            if afterColon, scalar.properties.isWhitespace { breaks.append((offset - 1, .headline)) }
            afterColon = headlines && scalar == ":"
            switch scalar {
            case ".", "!", ";", "\n": breaks.append((offset, .stop))
            case "?": breaks.append((offset, .question))
            case ",": breaks.append((offset, .comma))
            default: break
            }
            offset += 1
        }
        return breaks
    }
}
