import GuideEngine

/// The words the text renderer puts around a reply ("Sources:", "Note:", the
/// review date, the suggestions' introduction), taken from the knowledge
/// base's `guide.conf` so a clinic can reword or translate them without a
/// rebuild, like every other sentence the guide says.
public struct ReplyWording: Sendable, Equatable {
    /// Before the source lines (`sources:`).
    public var sources: String
    /// After a source's section; `{date}` is the document's review date (`reviewed:`).
    public var reviewed: String
    /// Before the once-per-conversation notice (`note:`).
    public var note: String
    /// Before the suggested questions (`suggestions-intro:`).
    public var suggestionsIntro: String

    public init(sources: String, reviewed: String, note: String, suggestionsIntro: String) {
        self.sources = sources
        self.reviewed = reviewed
        self.note = note
        self.suggestionsIntro = suggestionsIntro
    }

    /// The wording of `settings`' `[replies]` group.
    public init(settings: GuideSettings) {
        self.init(
            sources: settings.reply("sources"), reviewed: settings.reply("reviewed"), note: settings.reply("note"),
            suggestionsIntro: settings.reply("suggestions-intro"))
    }
}
