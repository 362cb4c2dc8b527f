/// A phrase line of `safety.txt` split as the screen reads it: the
/// sequence it wants, its companions (after `+`, in the same sentence) and
/// its vetoes (after ` - `). One place splits it, so the matcher and the
/// load warnings that catch slips in writing it cannot read a line two ways.
struct PhraseLine {
    /// The sequence wanted first, then its companions.
    let wanted: [Substring]
    /// Sequences that must not occur in the sentence.
    let vetoes: [Substring]

    init(_ text: String) {
        let parts = Self.parts(of: text[...], separatedBy: SafetyPhraseMatcher.vetoMark)
        self.wanted = (parts.first ?? "").split(separator: SafetyPhraseMatcher.companionMark)
        self.vetoes = Array(parts.dropFirst())
    }

    /// `text` split at each `separator`, read byte by byte: Foundation's
    /// `components(separatedBy:)` compares by characters and was a fifth of
    /// start-up over the file's two thousand lines; the standard library's
    /// `split(separator:)` with a string separator took twice this one's time.
    static func parts(of text: Substring, separatedBy separator: String) -> [Substring] {
        let bytes = Array(separator.utf8)
        guard let first = bytes.first else { return [text] }
        var parts: [Substring] = []
        var start = text.utf8.startIndex
        var index = start
        let end = text.utf8.endIndex
        while index != end {
            if text.utf8[index] == first, text.utf8[index...].starts(with: bytes) {
                parts.append(text[start..<index])
                index = text.utf8.index(index, offsetBy: bytes.count)
                start = index
            } else {
                index = text.utf8.index(after: index)
            }
        }
        parts.append(text[start..<end])
        return parts
    }

    /// Every sequence of the line, wanted or vetoed.
    var sequences: [Substring] { wanted + vetoes }

    /// The steps of a sequence as written: runs of alternatives between spaces.
    static func steps(of sequence: Substring) -> [Substring] {
        sequence.split(separator: " ")
    }
}
