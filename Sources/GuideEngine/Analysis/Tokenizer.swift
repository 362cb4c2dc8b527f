import Foundation

/// Splits text into words and folds each one, the first stages of analysis.
///
/// Unicode decisions, made here once for indexing and querying alike:
/// - a word is a run of letters and digits (any script); everything else
///   separates words, so "out-of-body" is three words and emoji vanish;
/// - apostrophes inside a word are dropped, so "don't", "don’t" and "dont"
///   are one word;
/// - words are lowercased and folded: diacritics removed ("café" → "cafe"),
///   compatibility forms unified (full-width letters, ligatures like "ﬁ").
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return tokenizeASCII(text) }
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var isASCII = true
        var start = 0
        var offset = 0
        var pendingApostrophe = false

        func flush(at end: Int) {
            guard !current.isEmpty else { return }
            let raw = String(current)
            let term = isASCII ? raw.lowercased() : Self.fold(raw)
            if !term.isEmpty {
                tokens.append(Token(term: term, start: start, end: end, position: tokens.count))
            }
            current.removeAll(keepingCapacity: true)
            isASCII = true
        }

        for scalar in text.unicodeScalars {
            if Self.isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                pendingApostrophe = false
                current.append(scalar)
                if !scalar.isASCII { isASCII = false }
            } else if Self.isApostrophe(scalar), !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true  // kept out of the word; the word goes on if a letter follows
            } else {
                pendingApostrophe = false
                flush(at: offset)
            }
            offset += 1
        }
        flush(at: offset)
        return tokens
    }

    /// The same rules on plain ASCII text, byte by byte: most questions are
    /// ASCII, and this path avoids building a string per scalar.
    private func tokenizeASCII(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var start = 0
        var pendingApostrophe = false
        var offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(term: String(decoding: current, as: UTF8.self), start: start, end: offset, position: tokens.count))
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 97...122, 48...57:
                if current.isEmpty { start = offset }
                pendingApostrophe = false
                current.append(byte)
            case 65...90:
                if current.isEmpty { start = offset }
                pendingApostrophe = false
                current.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                if !current.isEmpty && !pendingApostrophe {
                    pendingApostrophe = true
                } else {
                    pendingApostrophe = false
                    flush()
                }
            default:
                pendingApostrophe = false
                flush()
            }
            offset += 1
        }
        flush()
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "`"
    }

    /// Lowercase, strip diacritics, and apply compatibility decomposition.
    static func fold(_ word: String) -> String {
        let decomposed = word.lowercased().decomposedStringWithCompatibilityMapping
        var result = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            result.append(scalar)
        }
        return String(result)
    }
}
