/// How much a message says, counted before it is matched: a line of
/// punctuation, symbols or unreadable bytes ("???", "%%", two U+FFFD) is not
/// a question, and one or two letters or digits ("1", "ii", "s") are too
/// little to find an answer from, however well they happen to match a
/// keyword (a roman numeral, a list marker), or to lean on the conversation.
///
/// Small talk ("hi", "ok", "ty") is recognised before this is asked, so short
/// greetings and thanks keep their replies.
enum MessageSubstance: Equatable {
    /// No letter or digit at all.
    case none
    /// Fewer than `minimumLettersAndDigits` letters and digits in all.
    case tooLittle
    case enough

    /// The fewest letters and digits a message must hold to be matched against
    /// the knowledge base: three keeps abbreviations such as "ocd" or "trd".
    static let minimumLettersAndDigits = 3

    init(of input: String) {
        var count = 0
        for scalar in input.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            count += 1
            if count >= Self.minimumLettersAndDigits { break }
        }
        self = count == 0 ? .none : (count < Self.minimumLettersAndDigits ? .tooLittle : .enough)
    }
}
