/// What the matcher made of a question, with enough detail to explain it (`/why`).
public struct Match: Sendable, Equatable {
    public struct Candidate: Sendable, Equatable {
        public var intent: Intent
        public var score: Double
        public var coverage: Double
    }

    /// The chosen intent, or nil when nothing is close enough.
    public var intent: Intent?
    public var confidence: Double
    /// Best candidates, best first (including ones below the threshold).
    public var candidates: [Candidate]
    /// The question's words as the index saw them (after corrections).
    public var terms: [String]
    /// Words of the chosen intent that matched.
    public var matchedTerms: [String]
    /// Misspelt words and what they were read as.
    public var corrections: [(from: String, to: String)]
    /// Content words the knowledge base does not know at all.
    public var unknownWords: [String]
    /// Words taken from the conversation (a follow-up's topic).
    public var contextTerms: [String]
    /// True when the question is closest to a topic the knowledge base does not cover.
    public var isNotCovered = false
    /// Another intent, about something else, that fits almost as well: the
    /// guide asks "did you mean A or B?" instead of guessing.
    public var alternative: Intent?
    /// What the question asks for (`QuestionKind` ids, in the order asked):
    /// "what are the risks of infusions" asks for side-effects.
    public var askedKinds: [String] { asked.kindIDs }
    /// The kind asked that no section of the knowledge base answers ("the
    /// cost"), which the reply names; set only when nothing was chosen.
    public var unansweredKind: QuestionKind?
    /// When the chosen intent answers what is asked in general, not about the
    /// subject asked about (the risks of the therapy, asked about infusions):
    /// that subject, so the reply can say so.
    public var generalFor: Intent?
    /// A kind the question asks that no section answers, asked with one the
    /// chosen answer does ("how long do the side effects last"): the reply
    /// names it before the answer.
    public var alsoAsked: QuestionKind?
    /// The best answer of the main kind asked, when the chosen intent
    /// answers another kind the question asks: given after it.
    public var alsoAnswer: Intent?
    /// The question's verb when the knowledge base has never seen it ("will
    /// I remember the session"): what it asks about is not covered, so
    /// nothing is chosen, however well its other words match.
    public var unknownFocus: String?
    /// Declines the question for its focus, a word the knowledge base never
    /// uses: nothing is chosen, nor offered as the other reading.
    mutating func decline(forFocus focus: String) {
        unknownFocus = focus
        intent = nil
        alternative = nil
    }

    /// Whether the question names only the knowledge base's subject ("what
    /// is ketamine?"): no other word, known or not, and no kind asked.
    public var namesOnlySubject = false
    /// The kinds asked and which of `terms` ask for them.
    var asked = AskedKinds()

    public static func == (lhs: Match, rhs: Match) -> Bool {
        lhs.intent == rhs.intent && lhs.confidence == rhs.confidence && lhs.candidates == rhs.candidates
            && lhs.terms == rhs.terms && lhs.corrections.map(\.from) == rhs.corrections.map(\.from)
            && lhs.corrections.map(\.to) == rhs.corrections.map(\.to)
    }
}

/// The kinds of question a question asks for, and which of its terms are the
/// cues that ask (they count as explained by a section that answers the kind).
struct AskedKinds: Sendable, Equatable {
    /// Indices into the knowledge base's kinds, in the order asked.
    var kinds: [Int] = []
    /// Per kind, the positions in `Match.terms` of the words that ask for it.
    var cueTerms: [[Int]] = []
    /// Per kind, the positions in `Match.terms` of the words its cue's `*`
    /// stood for (see `QuestionKindFinder.Found.gapWords`).
    var gapTerms: [[Int]] = []
    /// Per kind, the position of the first word after its cue that is not a
    /// stop word, within two ("help | with | OCD").
    var followingTerms: [[Int]] = []
    /// Per kind, the position of the word right after its cue, if that is
    /// not a stop word ("the types of | OCD", not "safe | for OCD").
    var nextTerms: [[Int]] = []
    /// The kinds' ids.
    var kindIDs: [String] = []
    /// Per kind, how many words its cue has of its own (stop words included).
    var cueLengths: [Int] = []

    /// What the kind at `index` is asked of, leaving out the knowledge
    /// base's subject words: the words its `*` stood for ("does the nasal
    /// spray work"); where those are only the subject ("does ketamine help
    /// addiction"), the word after the cue.
    func askedOf(_ index: Int, isSubject: [Bool]) -> [Int] {
        let gap = gapTerms[index].filter { !isSubject[safe: $0] }
        return gap.isEmpty ? followingTerms[index].filter { !isSubject[safe: $0] } : gap
    }

    /// What the kind at `index` is asked of as a thing with parts of its
    /// own: the words its `*` stood for ("relief" in "what does relief feel
    /// like"), or with no `*` the word right after the cue ("the types of
    /// OCD"; in "safe for OCD" that is "for": safe is asked of the therapy).
    /// In "how does ketamine treat OCD" it is ketamine (the subject), so
    /// nothing: OCD is what it is applied to.
    func askedOfItself(_ index: Int, isSubject: [Bool]) -> [Int] {
        (gapTerms[index].isEmpty ? nextTerms[index] : gapTerms[index]).filter { !isSubject[safe: $0] }
    }
}
