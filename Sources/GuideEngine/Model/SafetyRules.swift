/// The phrases that make the guide stop answering and send the reader to a
/// person, with the words it says then.
///
/// Kept as data so that a clinic outside the US can put its own crisis line in,
/// and so that no symptom or phrase is written into the engine's code.
public struct SafetyRules: Sendable, Equatable {
    /// The groups a knowledge base must have, each with phrases and a message:
    /// loading fails without them rather than screening nothing.
    public static let requiredStatuses: [Reply.Status] = [.crisis, .emergency]

    /// What the screen looks for, in the order it is checked.
    public var categories: [SafetyCategory]
    /// Said after an answer about a known effect when the reader describes it.
    public var symptomNote: String?
    /// Where the note is written, so it can be cited like any passage.
    public var symptomNoteLine: Int = 0
    public var path: String = ""
    /// Intents that are short-term effects a reader may describe having.
    public var symptomIntents: Set<String> = []
    /// Words that open a question ("will", "can"), so "will I feel sick?" is
    /// not a report of feeling sick.
    public var questionWords: Set<String> = []
    /// Words a question may start with before its question word ("and does
    /// it help?", "so will I feel sick?").
    public var openers: Set<String> = []
    /// Words that place an emergency in the past ("a stroke years ago"), so
    /// a medical history is referred, not treated as an emergency now.
    public var historyMarkers: Set<String> = []
    /// Words that make a sentence about the reader ("I", "my").
    public var firstPersonWords: Set<String>
    /// Words that, just before a phrase, cancel it ("not", "never").
    public var negations: Set<String>
    /// Words that, before a phrase, mean the reader is asking about a topic.
    public var topicMarkers: Set<String>
    /// Replies that withdraw a flagged message ("never mind") and what the guide says then.
    public var retractions: [String]
    public var retractionReply: String?
    /// A footnote for answers about a sensitive topic (the crisis line).
    public var topicFootnote: String?

    public init(
        categories: [SafetyCategory] = [], symptomNote: String? = nil, firstPersonWords: Set<String> = [],
        negations: Set<String> = [], topicMarkers: Set<String> = [], retractions: [String] = [],
        retractionReply: String? = nil, topicFootnote: String? = nil
    ) {
        self.categories = categories
        self.symptomNote = symptomNote
        self.firstPersonWords = firstPersonWords
        self.negations = negations
        self.topicMarkers = topicMarkers
        self.retractions = retractions
        self.retractionReply = retractionReply
        self.topicFootnote = topicFootnote
    }

    public func category(_ status: Reply.Status) -> SafetyCategory? {
        categories.first { $0.status == status }
    }
}

/// One kind of message the screen catches (crisis, emergency, referral).
public struct SafetyCategory: Sendable, Equatable {
    public var status: Reply.Status
    public var message: String
    public var patterns: [SafetyPattern]

    public init(status: Reply.Status, message: String, patterns: [SafetyPattern]) {
        self.status = status
        self.message = message
        self.patterns = patterns
    }
}

/// A phrase to look for, as written in the safety file.
public struct SafetyPattern: Sendable, Equatable {
    /// Words separated by spaces; `a|b` is either word, `*` is up to four
    /// words of any kind.
    public var text: String
    /// When true the phrase counts only in a sentence about the reader.
    public var needsFirstPerson: Bool
    public var path: String
    public var line: Int

    public init(text: String, needsFirstPerson: Bool, path: String, line: Int) {
        self.text = text
        self.needsFirstPerson = needsFirstPerson
        self.path = path
        self.line = line
    }
}
