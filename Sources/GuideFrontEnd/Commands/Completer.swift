import GuideEngine

/// Tab completion: slash commands, and the knowledge base's own words
/// (its topic words), so patients can find the terms it knows.
public struct Completer: Sendable {
    private let commands: [String]
    private let words: [String]

    public init(engine: ChatEngine, isKiosk: Bool) {
        // Names and slash aliases ("/exit"); plain words ("quit") are no commands to complete.
        let commands = SlashCommand.available(isKiosk: isKiosk).flatMap { [$0.name] + $0.aliases.filter { $0.hasPrefix("/") } }
        self.commands = commands.sorted()
        self.words = engine.matcher.vocabulary.filter { $0.count >= 3 }
    }

    /// Candidates completing `word` (the word before the cursor, or the line
    /// when it starts with "/").
    public func completions(for word: String) -> [String] {
        if word.hasPrefix("/") { return commands.filter { $0.hasPrefix(word.lowercased()) } }
        guard !word.isEmpty else { return [] }
        let prefix = word.lowercased()
        return words.filter { $0.hasPrefix(prefix) }
    }
}
