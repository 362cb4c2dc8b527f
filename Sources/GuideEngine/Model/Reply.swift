/// The one thing every question turns into, whatever the front end.
///
/// Batch, JSON, the interactive terminal and the kiosk all render this value,
/// so they cannot disagree about what the guide said.
public struct Reply: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case answered
        case noMatch = "no_match"
        /// Two unrelated intents fit almost equally: the guide asks which was
        /// meant ("Did you mean A or B?"); the two are in `options`.
        case clarify
        case referral
        case crisis
        case emergency
        /// Distress without words of danger ("I feel hopeless"): a check-in
        /// with the crisis lines, not an answer; the kiosk alerts staff.
        case distress
        case smalltalk
        case command
        case error
    }

    public var input: String
    public var status: Status
    public var intent: String?
    /// How sure the matcher is, in 0...1.
    public var confidence: Double
    /// Plain text; `[n]` marks the citation that backs each part.
    public var answer: String
    public var citations: [Citation]
    public var suggestions: [String]
    /// On `clarify`, the questions the guide could answer, one per reading
    /// of the message ("Did you mean A or B?"), for a front end to offer.
    public var options: [String]
    /// The parts of a half-answered message the guide could not answer, in
    /// the asker's own words ("how much does it cost" of "Is it addictive,
    /// and how much does it cost?"); the answer says so too, in prose.
    public var unansweredParts: [String]
    /// What was asked that the knowledge base has no information about, as
    /// the reply names it ("the cost", "taste"): set when the guide declines
    /// by name rather than answering the subject with an unrelated passage.
    public var notAbout: String?
    /// When the answer is about the therapy in general, not about what the
    /// question named (the risks of the therapy, asked about infusions): what
    /// it named, as the knowledge base calls it; the answer says so first.
    public var generalFor: String?
    /// A line said once per conversation (the education-not-advice notice).
    public var notice: String?
    /// Said after an answer about a sensitive topic asked about, not
    /// disclosed ("can ketamine help with suicidal thoughts"): where to turn
    /// now (`[footnote]` of safety.txt).
    public var crisisFootnote: String?
    /// Said before the answer when the reader describes having a known effect
    /// ("I feel dizzy since the treatment"): when to tell someone.
    public var symptomNote: String?
    /// True when the reader asked to leave (`/quit`).
    public var endsSession: Bool

    public init(
        input: String, status: Status, intent: String? = nil, confidence: Double = 0, answer: String,
        citations: [Citation] = [], suggestions: [String] = [], options: [String] = [], unansweredParts: [String] = [],
        notice: String? = nil, endsSession: Bool = false
    ) {
        self.input = input
        self.status = status
        self.intent = intent
        self.confidence = confidence
        self.answer = answer
        self.citations = citations
        self.suggestions = suggestions
        self.options = options
        self.unansweredParts = unansweredParts
        self.notice = notice
        self.endsSession = endsSession
    }

    /// Whether the front end should make the reply stand out and alert staff.
    public var isUrgent: Bool { status == .crisis || status == .emergency || status == .distress }
}

/// Where one part of an answer comes from, precise enough to open the file.
public struct Citation: Sendable, Equatable {
    public var number: Int
    public var document: String
    public var title: String
    public var section: String
    public var path: String
    public var line: Int
    public var reviewed: String
    /// The cited passage in full, for `/source N`.
    public var text: String

    public init(
        number: Int, document: String, title: String, section: String, path: String, line: Int, reviewed: String,
        text: String
    ) {
        self.number = number
        self.document = document
        self.title = title
        self.section = section
        self.path = path
        self.line = line
        self.reviewed = reviewed
        self.text = text
    }
}
