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
    /// Whether the sections answering it are about things other kinds are
    /// asked of (the conditions a treatment is for, the forms it takes), so
    /// that the general section of another kind answers for them ("the
    /// risks of infusions"); the risks themselves are no such thing ("does it
    /// help addiction" is not the benefits in general).
    public let namesSubjects: Bool
    /// Whether those things are parts of the treatment itself (its forms):
    /// whatever is asked of one, the general section answers ("how does the
    /// nasal spray work"), where for a condition it answers only what the
    /// treatment does to it ("how does it treat OCD", not "the types of OCD").
    public let namesParts: Bool
    /// Whether it can be asked of the knowledge base's subject itself. False
    /// for a kind about someone other than the treatment (who provides it):
    /// a cue whose `*` stands only for the subject ("does ketamine provide
    /// relief") asks what the treatment does, not who offers it.
    public let ofSubject: Bool
    /// Where it is defined, for diagnostics.
    public let line: Int

    public init(
        id: String, name: String, cues: [String], refers: Bool = false, declines: Bool = true, see: [String] = [],
        namesSubjects: Bool = false, namesParts: Bool = false, ofSubject: Bool = true, line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.cues = cues
        self.refers = refers
        self.declines = declines
        self.see = see
        self.namesSubjects = namesSubjects || namesParts
        self.namesParts = namesParts
        self.ofSubject = ofSubject
        self.line = line
    }
}
