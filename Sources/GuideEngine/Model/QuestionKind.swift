/// A kind of question ("side effects", "cost"): what a question asks,
/// whatever it asks it about. Read from the language's question-kinds file.
public struct QuestionKind: Sendable, Equatable {
    /// Its id, as sections name it in `> answers:` lines.
    public let id: String
    /// How a reply names it ("I have no information about the cost").
    public let name: String
    /// Phrases that ask for it, as written (`how * given`).
    public let cues: [String]
    /// A personal decision for the care team (the asker's dose, other
    /// medicines): such a question gets a referral, never an answer.
    public let refers: Bool
    /// Whether a question asking only for it is declined where no section
    /// answers it. False for what nearly every document about a treatment
    /// covers without a heading saying so ("can it help PTSD" in an ingested
    /// leaflet whose headings name no such kind).
    public let declines: Bool
    /// Kinds whose answer bears on this one when no section answers it
    /// ("who should not have it": the risks): shown after the decline or
    /// referral, named as what it is, never as the answer.
    public let see: [String]
    /// Where it is defined, for diagnostics.
    public let line: Int

    public init(
        id: String, name: String, cues: [String], refers: Bool = false, declines: Bool = true, see: [String] = [],
        line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.cues = cues
        self.refers = refers
        self.declines = declines
        self.see = see
        self.line = line
    }
}
