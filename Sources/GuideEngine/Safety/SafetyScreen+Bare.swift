extension SafetyScreen {
    /// An emergency typed as a bare word with urgency ("seizure!!", "911??",
    /// "mom seizure!!", "ambulance pls"): a `bare-alarm` word or phrase with
    /// nothing beside it but `bare-alarm-filler` words (a person, "my",
    /// "please"), and an `urgent-mark` in the text or an `urgent-word`.
    /// Such a message names no question and tells no past; alone and
    /// calm ("seizure", "seizure?") it may ask about the topic and is
    /// left to the rest of the screen.
    func bareAlarm(_ typed: String, sentences: [Sentence]) -> Finding? {
        guard !rules.bareAlarms.isEmpty else { return nil }
        let words = sentences.flatMap(\.words).map(\.text)
        guard !words.isEmpty, words.count <= Self.bareAlarmMostWords else { return nil }
        var named: [String]?
        var index = words.startIndex
        var left: [String] = []
        while index < words.endIndex {
            if let alarm = rules.bareAlarms.first(where: { words[index...].starts(with: $0) }) {
                named = named ?? alarm
                index += alarm.count
            } else {
                left.append(words[index])
                index += 1
            }
        }
        guard let named, left.allSatisfy(isBareAlarmFiller) else { return nil }
        let urgent = left.contains(where: rules.urgentWords.contains) || rules.urgentMarks.contains(where: typed.contains)
        guard urgent, let category = rules.categories.first(where: { $0.status == .emergency }) else { return nil }
        let pattern = SafetyPattern(
            text: named.joined(separator: " "), needsFirstPerson: false, category: category.name, path: rules.path, line: rules.bareAlarmLine)
        return .flagged(.emergency, pattern, aboutOther: left.contains(where: rules.otherPersonWords.contains))
    }

    /// A message of emoji alone, each of them a `bare-emoji` ("🪢🪢🪢", "⚰️",
    /// "💊💊💊💊"): it names no question, and the guide checks in (distress)
    /// rather than ask for a question. Asked only when the rest of the
    /// screen finds nothing ("😵💊💊💊💊" and "🪢⚰️" are read as their names,
    /// a crisis); an everyday emoji beside ("💊⏰", "🔪🥕") makes it a
    /// reminder or a recipe. Emoji beside words are read with the words.
    func bareEmojiAlarm(_ typed: String) -> Finding? {
        guard !rules.bareEmoji.isEmpty, MessageSubstance(of: typed) == .none else { return nil }
        var first: Character?
        for character in typed where !character.isWhitespace {
            guard rules.bareEmoji.contains(Self.plainEmoji(character)) else { return nil }
            first = first ?? character
        }
        guard let first, let category = rules.categories.first(where: { $0.status == .distress }) else { return nil }
        let pattern = SafetyPattern(
            text: emojiWords(of: first) ?? String(first), needsFirstPerson: false, category: category.name, path: rules.path,
            line: rules.bareEmojiLine)
        return .flagged(.distress, pattern, aboutOther: false)
    }

    /// The most words a bare alarm may have ("my mum stroke help now please").
    static let bareAlarmMostWords = 6

    private func isBareAlarmFiller(_ word: String) -> Bool {
        bareAlarmFillerWords.contains(word)
    }
}
