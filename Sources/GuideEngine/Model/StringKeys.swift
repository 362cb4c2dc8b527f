/// The keys of the language's strings (`language/strings-<language>.txt`)
/// that the code asks for, so `validate` can say which a knowledge base
/// lacks: a missing one shows as its key.
public enum StringKeys {
    /// `/help`, `/why`, `/reload`, the kiosk's staff exit and the replies
    /// that name what the guide cannot answer or answers only in general,
    /// then each command's summary.
    public static var all: [String] {
        [
            "help-intro", "help-interactive-only", "command-interactive-only", "reload-failed",
            "why-none", "why-searched", "why-searched-none", "why-corrected", "why-unknown", "why-context", "why-matched",
            "why-asks", "why-unanswered-kind", "why-not-covered", "why-decision", "why-decision-none", "why-candidates",
            "why-candidate", "why-cited", "why-safety", "why-safety-reader", "why-safety-other", "why-safety-topic",
            "why-safety-phrase", "why-safety-meaning", "why-safety-model", "why-safety-source",
            "operator-not-configured", "operator-paused", "operator-prompt", "operator-cancelled", "operator-leaving",
            "operator-wrong", "no-information", "general-answer", "bearing", "unknown-word",
        ] + SlashCommand.all.map(\.summaryKey)
    }
}
