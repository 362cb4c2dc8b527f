/// A named class of words a safety phrase can name as one step
/// (`{medicine}`): "took 30 of my sertraline" is an overdose whichever
/// medicine it names, and the list of medicines is data, not phrases.
///
/// Declared in safety.txt's `[word-classes]` group, from inline words and
/// from word lists in the knowledge base (`language/medicines-en.txt`).
public struct SafetyWordClass: Sendable, Equatable {
    /// The words of the class, lowercased; each also matches its other forms
    /// (same stem) and, from five letters, one typo.
    public var words: Set<String>
    /// Word endings that make a word one of the class ("-olol": propranolol,
    /// atenolol), without the hyphen: names made by a naming rule, such as
    /// the WHO's stems for international nonproprietary names.
    public var endings: [String]

    /// How many letters a word must have before an ending, so a short
    /// everyday word that happens to end alike ("april" for "-pril") is not one.
    public static let lettersBeforeEnding = 3

    public init(words: Set<String> = [], endings: [String] = []) {
        self.words = words
        self.endings = endings
    }

    /// Whether `word` (lowercased) ends with one of the class's endings.
    public func hasEnding(_ word: String) -> Bool {
        let count = word.utf8.count
        return endings.contains { count >= $0.utf8.count + Self.lettersBeforeEnding && word.hasSuffix($0) }
    }

    /// Adds the items of a word list: one word a line, `-ending` for an
    /// ending, `#` starting a comment.
    public mutating func add(list text: Substring) {
        for line in text.split(whereSeparator: \.isNewline) {
            add(item: line.prefix { $0 != "#" })
        }
    }

    /// Adds one word, or an ending when it starts with a hyphen.
    public mutating func add(item: Substring) {
        let item = item.trimmingWhitespace().lowercased()
        if item.hasPrefix("-") {
            let ending = String(item.dropFirst())
            if !ending.isEmpty { endings.append(ending) }
        } else if !item.isEmpty {
            words.insert(item)
        }
    }
}
