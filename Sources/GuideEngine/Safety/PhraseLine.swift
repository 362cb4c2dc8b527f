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
        let parts = text.components(separatedBy: SafetyPhraseMatcher.vetoMark)
        self.wanted = (parts.first ?? "").split(separator: SafetyPhraseMatcher.companionMark)
        self.vetoes = parts.dropFirst().map { Substring($0) }
    }

    /// Every sequence of the line, wanted or vetoed.
    var sequences: [Substring] { wanted + vetoes }

    /// The steps of a sequence as written: runs of alternatives between spaces.
    static func steps(of sequence: Substring) -> [Substring] {
        sequence.split(separator: " ")
    }
}
