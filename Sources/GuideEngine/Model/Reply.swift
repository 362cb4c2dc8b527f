/// The one thing every question turns into, whatever the front end.
///
/// Batch, JSON, the interactive terminal and the kiosk all render this value,
/// so they cannot disagree about what the guide said.
public struct Reply: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case answered
        case noMatch = "no_match"
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
    /// A line said once per conversation (the education-not-advice notice).
    public var notice: String?
    /// Said before the answer when the reader describes having a known effect
    /// ("I feel dizzy since the treatment"): when to tell someone.
    public var symptomNote: String?
    /// True when the reader asked to leave (`/quit`).
    public var endsSession: Bool

    public init(
        input: String, status: Status, intent: String? = nil, confidence: Double = 0, answer: String,
        citations: [Citation] = [], suggestions: [String] = [], notice: String? = nil, endsSession: Bool = false
    ) {
        self.input = input
        self.status = status
        self.intent = intent
        self.confidence = confidence
        self.answer = answer
        self.citations = citations
        self.suggestions = suggestions
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
