/// Where a text's sentences and clauses end, so the words of one
/// tokenization can be grouped without splitting the text into strings.
/// Words never hold these marks, so each mark falls between two words.
enum SentenceBreaks {
    enum Mark { case stop, question, comma }

    /// Marks at offsets in Unicode scalars (the tokenizer's offsets):
    /// ". ! ; newline" end a sentence, "?" ends a question, "," a clause.
    static func find(in text: String) -> [(offset: Int, mark: Mark)] {
        var breaks: [(offset: Int, mark: Mark)] = []
        var offset = 0
        for scalar in text.unicodeScalars {
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
