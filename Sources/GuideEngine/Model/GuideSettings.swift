import Foundation

/// The guide's own wording and behaviour, kept in the knowledge base so a
/// clinic can rename and reword the guide without a rebuild.
public struct GuideSettings: Sendable, Equatable {
    public var name: String
    public var topic: String
    /// Words a question with no subject ("does it work?") is taken to be about.
    public var subject: [String]
    public var about: String
    public var disclaimer: String
    /// How to get help, for the banner where there are no staff.
    public var getHelp: String
    /// The same where staff are on site (the kiosk); falls back to `getHelp`.
    public var getHelpStaff: String?
    /// The region whose crisis lines are shown unless `--region` says otherwise.
    public var region: String?
    /// Whether staff are on site wherever this knowledge base runs (a clinic's
    /// own terminals); the kiosk always has staff.
    public var staffOnSite = false
    /// The sections that answer a question naming only the subject ("what
    /// is ketamine?", "tell me about ketamine therapy"), in order:
    /// `overview:` in guide.conf, intent ids. Without them such a question is
    /// matched as any.
    public var overview: [String] = []
    /// Where guide.conf says it, for diagnostics.
    public var overviewLine = 1
    /// Question words listed with the subject (`question-word:`): they weigh
    /// like it, but a question with one asks something of the subject ("how
    /// does ketamine do its thing"), so it does not name only the subject.
    public var questionWords: [String] = []
    /// The language of the knowledge base's words (`en`): it names the files
    /// of `language/` (see `LanguageFiles`) and chooses the stemmer.
    public var language = LanguageFiles.defaultLanguage
    /// Whether `guide.conf` names the language itself: then a missing file of
    /// that language is reported (one left out by mistake), not assumed away.
    public var namesLanguage = false
    /// Reply templates by key (`no-match`, `too-long`, ...); `{name}` marks a value.
    /// Holds guide.conf's `[replies]` over the language's strings
    /// (`language/strings-<language>.txt`: command help, `/why`'s labels, the
    /// kiosk's operator messages), so one lookup serves both.
    public var replies: [String: String]
    public var suggestions: [String]
    /// Words that join two questions in one message ("and also").
    public var partSeparators: [String] = []
    /// Words that compare two things ("or", "vs").
    public var comparisonWords: [String] = []
    /// Words that point back to the last topic ("it", "that").
    public var referenceWords: Set<String> = []
    /// Phrases after which a message asks its question ("I just want to
    /// know", "I was wondering"): what comes before them is the story.
    public var questionLeads: [String] = []
    /// The words that find a question's focus (`focus-*:` in [language]):
    /// a focus the knowledge base never uses is declined by name.
    public var focusWords = FocusWords()
    /// Endings that add nothing to a question ("or not", "or what"): not a
    /// second side to compare.
    public var questionTails: [String] = []
    /// Words that pick an option of "Which did you mean?" ("1", "the first
    /// one", "the second", "yes" when there is one), and words around them
    /// that say nothing ("the", "one", "please").
    public var choiceWords = ChoiceWords()

    public init(
        name: String, topic: String, subject: [String], about: String, disclaimer: String, getHelp: String,
        replies: [String: String], suggestions: [String]
    ) {
        self.name = name
        self.topic = topic
        self.subject = subject
        self.about = about
        self.disclaimer = disclaimer
        self.getHelp = getHelp
        self.replies = replies
        self.suggestions = suggestions
    }

    /// The reply template for `key` with its `{placeholders}` filled in.
    ///
    /// - Parameter fallback: the wording when the knowledge base has no such
    ///   key, only where the guide must still work without it (a kiosk's
    ///   staff exit); otherwise a missing key shows as itself, which
    ///   `validate` reports.
    public func reply(_ key: String, _ values: [String: String] = [:], fallback: String? = nil) -> String {
        var text = replies[key] ?? fallback ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
