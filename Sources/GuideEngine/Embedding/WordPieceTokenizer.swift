import Foundation

/// Splits text into the word pieces of a BERT vocabulary, as the tokenizer
/// the static embeddings were distilled with does (`BertNormalizer`,
/// `BertPreTokenizer`, `WordPiece` with `##` continuations), so a sentence
/// gets the same pieces here as in the script that built the table.
///
/// Unicode decisions, as BERT's: control characters are dropped, accents
/// are stripped (NFD, then nonspacing marks removed) and text is lower-cased;
/// every punctuation character is a piece of its own; CJK ideographs are
/// words of their own.
struct WordPieceTokenizer: Sendable {
    /// Word piece → row of the embedding table.
    let ids: [String: Int32]
    /// Words longer than this are unknown, as in BERT.
    static let maximumWordLength = 100
    static let continuationPrefix = "##"

    /// The rows of `text`'s word pieces; unknown words are left out.
    func pieceIDs(of text: String, limit: Int) -> [Int32] {
        pieces(of: text, limit: limit).map(\.id)
    }

    /// `text`'s word pieces, as row and as text ("##ing"); unknown words are left out.
    func pieces(of text: String, limit: Int) -> [(id: Int32, piece: String)] {
        var result: [(id: Int32, piece: String)] = []
        for word in Self.words(of: text) {
            if result.count >= limit { break }
            result += pieces(of: word)
        }
        return Array(result.prefix(limit))
    }

    /// Normalised words and punctuation marks, in order.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        let folded = text.decomposedStringWithCanonicalMapping
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            if scalar.value == 0 || scalar.value == 0xFFFD { continue }
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isWhitespace || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                flush()
                continue
            }
            if [.control, .format].contains(properties.generalCategory) { continue }
            if isPunctuation(scalar) || isIdeograph(scalar) {
                flush()
                words.append(String(scalar))
                continue
            }
            for lower in properties.lowercaseMapping.unicodeScalars { current.append(lower) }
        }
        flush()
        return words
    }

    /// Greedy longest-match-first pieces of one word; none when a part of it
    /// is not in the vocabulary (BERT's `[UNK]`, which the embeddings leave out).
    private func pieces(of word: String) -> [(id: Int32, piece: String)] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= Self.maximumWordLength else { return [] }
        var result: [(id: Int32, piece: String)] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var found: (id: Int32, piece: String)?
            while start < end {
                var piece = String(String.UnicodeScalarView(scalars[start..<end]))
                if start > 0 { piece = Self.continuationPrefix + piece }
                if let id = ids[piece] {
                    found = (id, piece)
                    break
                }
                end -= 1
            }
            guard let found else { return [] }
            result.append(found)
            start = end
        }
        return result
    }

    /// BERT's punctuation: ASCII symbols and every Unicode punctuation category.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value) || (123...126).contains(value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// CJK ideographs, which BERT treats as words of their own.
    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [
            0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F,
        ]
        return ranges.contains { $0.contains(scalar.value) }
    }
}
