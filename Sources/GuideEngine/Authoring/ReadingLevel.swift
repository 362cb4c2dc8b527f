/// How hard a passage is to read, as a Flesch-Kincaid grade: roughly the
/// school year a reader needs to follow it. Patient material aims for grade 8
/// or below.
///
/// `grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59`
///
/// Syllables are counted with a heuristic rather than a dictionary, so that
/// no word list has to ship with the engine; it is right for most words and
/// off by one for a few (for example "dissociation"):
/// - a word's syllables are its groups of consecutive vowels (`a e i o u y`;
///   a `y` that starts a word is a consonant);
/// - a final silent `e` does not count ("rate"), except after a consonant
///   and `l` ("simple");
/// - a final `-ed` does not count unless it follows `t` or `d` ("used" is
///   one syllable, "needed" two);
/// - a final `-es` does not count unless it follows `s`, `x`, `z`, `c`,
///   `g`, `h` or a vowel ("takes" is one syllable, "causes" two);
/// - a word written in capitals (an acronym such as `PTSD`) is read letter
///   by letter, a number digit by digit;
/// - every word has at least one syllable.
///
/// Words are what spaces separate (a hyphenated word is one word whose parts
/// add up); sentences end with `.`, `!` or `?` (at least one per passage).
public struct ReadingLevel: Sendable, Equatable {
    public let words: Int
    public let sentences: Int
    public let syllables: Int

    /// Measures `text`.
    public init(text: String) {
        var words = 0
        var syllables = 0
        for rawWord in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let parts = rawWord.split(separator: "-").map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            words += 1
            syllables += parts.reduce(0) { $0 + Self.syllables(in: $1) }
        }
        var sentences = 0
        var previousEndedSentence = false
        for character in text {
            let ends = character == "." || character == "!" || character == "?"
            if ends && !previousEndedSentence { sentences += 1 }
            previousEndedSentence = ends
        }
        // Text after the last full stop (or a passage with none) is a sentence too.
        if let last = text.last(where: { !$0.isWhitespace && $0 != "\"" && $0 != ")" }), ![".", "!", "?"].contains(last) {
            sentences += 1
        }
        self.words = words
        self.sentences = max(sentences, 1)
        self.syllables = syllables
    }

    /// The Flesch-Kincaid grade level (0 for text without words).
    public var grade: Double {
        guard words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// The syllables of one word, by the heuristic described on the type.
    public static func syllables(in word: String) -> Int {
        let letters = word.filter { $0.isLetter || $0.isNumber }
        guard !letters.isEmpty else { return 0 }
        if letters.allSatisfy(\.isNumber) { return letters.count }
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase || $0.isNumber }) { return letters.count }

        let lower = Array(letters.lowercased())
        func isVowel(_ index: Int) -> Bool {
            let character = lower[index]
            if character == "y" { return index > 0 }
            return "aeiou".contains(character)
        }
        var count = 0
        var inVowelGroup = false
        for index in lower.indices {
            let vowel = isVowel(index)
            if vowel && !inVowelGroup { count += 1 }
            inVowelGroup = vowel
        }
        let length = lower.count
        if length > 2, lower[length - 1] == "e" {
            let before = lower[length - 2]
            let isConsonantLE = before == "l" && length > 3 && !isVowel(length - 3)
            if !isVowel(length - 2) && !isConsonantLE { count -= 1 }
        } else if length > 3, lower[length - 2] == "e", lower[length - 1] == "d" {
            let before = lower[length - 3]
            if !isVowel(length - 3) && before != "t" && before != "d" { count -= 1 }
        } else if length > 3, lower[length - 2] == "e", lower[length - 1] == "s" {
            let before = lower[length - 3]
            if !isVowel(length - 3) && !"sxzcgh".contains(before) { count -= 1 }
        }
        return max(count, 1)
    }
}
