/// Everything the guide works out about a message before the conversation
/// comes into it, worked out once: every reply step reads this value instead
/// of tokenising, splitting or matching the text again.
///
/// Made by `ChatEngine.analyse`, which is pure, so a batch can analyse the
/// next messages on another core while the session answers this one.
public struct AnalysedMessage: Sendable {
    /// The message, trimmed.
    public let input: String
    /// The message's length in Unicode scalars, counting the characters a
    /// line reader dropped from an overlong line (so the too-long reply can
    /// say how long the line really was).
    public let length: Int
    /// Longer than the session's limit (`ChatSession.Options.maxInputLength`).
    public let isTooLong: Bool
    /// A slash command (`/help`): never screened, never matched.
    public var isCommand: Bool { input.hasPrefix("/") }
    /// The message's words, as the tokenizer folds them (empty for messages
    /// that are never matched: empty, too long, commands, alarms).
    public let tokens: [Token]
    /// What the safety screen found; nil for nothing (and for a too-long
    /// message, unless it is urgent).
    public let finding: SafetyScreen.Finding?
    /// The small talk the whole message is ("thanks, bye").
    public let smalltalk: SmalltalkIntent?
    /// The match of the whole message without conversation context; nil
    /// when the message is never matched (small talk among them).
    public let plainMatch: Match?
    /// The questions the message holds; one part for most messages.
    public let parts: [Part]
    /// Whether the plain match is weak (below `ReplyThresholds.strongMatch`),
    /// so that `closing` and `storyAndQuestion` were worked out; for a strong
    /// one they are nil, and the steps work them out if the conversation
    /// weakened the match (`ChatEngine.closing(of:)`, `storyAndQuestion(of:)`).
    public let hasWeakReadings: Bool
    /// The last sentence, when it is small talk after other words ("… Goodbye
    /// and take care.").
    public let closing: Closing?
    /// A story, then the question ("My dad has nerve pain. Is ketamine used
    /// for pain like his"), when there is a story and no earlier question.
    public let storyAndQuestion: StoryAndQuestion?

    /// Misspelt words and what they were read as.
    public var corrections: [(from: String, to: String)] { plainMatch?.corrections ?? [] }
    /// Content words the knowledge base does not know at all.
    public var unknownWords: [String] { plainMatch?.unknownWords ?? [] }

    /// One question of several in a message.
    public struct Part: Sendable {
        /// Its words as the tokenizer folds them, joined by spaces.
        public let text: String
        /// The same words as the asker typed them ("How much does it cost").
        public let ownWords: String
        /// Joined to the part before by a comparison word ("IV or nasal spray?").
        public let isComparison: Bool
        /// Its match without conversation context; nil for a message of one
        /// part, and for the parts of a strong match that compares nothing.
        public let plainMatch: Match?
        /// Whether it ends a sentence with "?": it asks, even without a question word.
        public var endsWithQuestionMark = false
        /// Whether it is a headline's topic ("Ketamine for depression: …"):
        /// what the rest asks about, not a question to answer.
        public var isHeadline = false
    }

    /// A closing sentence of small talk, and the match of the words before it.
    public struct Closing: Sendable {
        public let smalltalk: SmalltalkIntent
        public let matchBefore: Match
    }

    /// The last sentence (or what follows a question lead of guide.conf)
    /// matched on its own, with the words of the story before it as context.
    public struct StoryAndQuestion: Sendable {
        public let story: [String]
        public let question: [String]
        public let match: Match
    }
}

extension ChatEngine {
    /// Analyses `rawInput` under a session's `options`; `memo` is the calling
    /// thread's (see `WordMemo`).
    ///
    /// - Parameter droppedCharacters: characters of the line a bounded reader
    ///   discarded after `rawInput` (0 for a whole line). A line that is too
    ///   long is screened for crisis and emergency language only: a referral
    ///   phrase or a sensitive topic at the start of megabytes of text is not
    ///   a question to answer, the line gets the too-long reply.
    /// - Parameter droppedFinding: what the screen found in those discarded
    ///   characters (`DroppedTextScreen`): a danger told at the end of a
    ///   pasted letter is answered as one.
    public func analyse(
        _ rawInput: String, droppedCharacters: Int = 0, droppedFinding: SafetyScreen.Finding? = nil,
        options: ChatSession.Options, memo: inout WordMemo
    ) -> AnalysedMessage {
        let input = Self.withoutByteOrderMark(rawInput).trimmingWhitespace()
        let length = input.unicodeScalars.count + max(0, droppedCharacters)
        let isTooLong = length > options.maxInputLength
        // A danger past the kept part makes the line a message, whatever it opens with.
        let isCommand = input.hasPrefix("/") && droppedFinding == nil
        var finding = isCommand ? nil : SafetyScreen.moreUrgent(safety.screen(input, memo: &memo), droppedFinding)
        var isFlagged = false
        var isUrgent = false
        if case .flagged(let status, _, _) = finding {
            isFlagged = true
            isUrgent = status != .referral
        }
        if isTooLong && !isUrgent {
            finding = nil
            isFlagged = false
        }
        func message(
            tokens: [Token] = [], smalltalk: SmalltalkIntent? = nil, plainMatch: Match? = nil, parts: [AnalysedMessage.Part] = [],
        ) -> AnalysedMessage {
            AnalysedMessage(
                input: input, length: length, isTooLong: isTooLong, tokens: tokens, finding: finding, smalltalk: smalltalk,
                plainMatch: plainMatch, parts: parts, hasWeakReadings: false, closing: nil, storyAndQuestion: nil)
        }
        // Empty, over-long, command and urgent messages are never matched.
        guard !isUrgent, !isCommand, !input.isEmpty, !isTooLong else { return message() }
        // The stages below read the memo's tokens of `input`, tokenised once.
        let tokens = memo.tokens(of: input)
        // A referral is answered with its message and the plain match, never as small talk.
        if !isFlagged, let smalltalk = self.smalltalk.match(input, memo: &memo) {
            return message(tokens: tokens, smalltalk: smalltalk)
        }
        let plainMatch = matcher.match(input, memo: &memo)
        guard !isFlagged else { return message(tokens: tokens, plainMatch: plainMatch) }
        let splitParts = splitter.parts(of: input, memo: &memo)
        // The other readings serve a weak match only: a strong one (most
        // messages) is spared their work. Should the conversation weaken it,
        // the step that needs a reading works it out then.
        let isWeak = plainMatch.confidence < options.thresholds.strongMatch
        let closing = isWeak ? self.closing(of: input, memo: &memo) : nil
        let storyAndQuestion = isWeak ? self.storyAndQuestion(of: input, memo: &memo) : nil
        // Then the pieces, each matched on its own (each tokenised anew).
        let matchesParts = isWeak || splitParts.contains(where: \.isComparison)
        let parts =
            splitParts.count > 1
            ? analyse(splitParts, of: input, tokens: tokens, matching: matchesParts, memo: &memo)
            : splitParts.map { AnalysedMessage.Part(
                    text: $0.text, ownWords: input, isComparison: $0.isComparison, plainMatch: nil,
                    endsWithQuestionMark: $0.endsWithQuestionMark) }
        return AnalysedMessage(
            input: input, length: length, isTooLong: isTooLong, tokens: tokens, finding: finding, smalltalk: nil,
            plainMatch: plainMatch, parts: parts, hasWeakReadings: isWeak, closing: closing, storyAndQuestion: storyAndQuestion)
    }

    /// The closing sentence of `input`, when it is small talk after other words.
    func closing(of input: String, memo: inout WordMemo) -> AnalysedMessage.Closing? {
        // A last sentence that asks ("…numb for a day. Is that ok?") asks
        // for an answer: it closes nothing, whatever small talk it contains.
        guard input.unicodeScalars.last(where: { !$0.properties.isWhitespace }) != "?",
            let sentences = splitter.lastSentence(of: input, memo: &memo),
            let smalltalk = self.smalltalk.match(sentences.last.joined(separator: " "), memo: &memo)
        else { return nil }
        let before = matcher.match(sentences.before.joined(separator: " "), memo: &memo)
        return AnalysedMessage.Closing(smalltalk: smalltalk, matchBefore: before)
    }

    /// The question after a story in `input`, matched with the story's words as context.
    func storyAndQuestion(of input: String, memo: inout WordMemo) -> AnalysedMessage.StoryAndQuestion? {
        guard let split = splitter.storyAndQuestion(of: input, memo: &memo) else { return nil }
        let storyTerms = matcher.analyzer.terms(split.story.joined(separator: " "))
        var match = matcher.match(split.question.joined(separator: " "), contextTerms: storyTerms, memo: &memo)
        // A headline naming a topic the knowledge base does not cover
        // ("ketamine vs psilocybin: which is better?") is what is asked about.
        if split.isHeadline, matcher.namesUncoveredTopic(storyTerms) {
            match.intent = nil
            match.isNotCovered = true
        }
        return AnalysedMessage.StoryAndQuestion(story: split.story, question: split.question, match: match)
    }

    /// The parts of a message of several, each with the asker's own words
    /// (found again among the message's tokens: a part's words are a run of
    /// them, in order) and, when `matching`, its plain match.
    private func analyse(
        _ parts: [QuestionSplitter.Part], of input: String, tokens: [Token], matching: Bool, memo: inout WordMemo
    ) -> [AnalysedMessage.Part] {
        let scalars = Array(input.unicodeScalars)
        var next = 0
        return parts.map { part in
            let words = part.text.split(separator: " ").map(String.init)
            var ownWords = part.text
            var start = next
            while start + words.count <= tokens.count, !tokens[start..<(start + words.count)].map(\.term).elementsEqual(words) {
                start += 1
            }
            if !words.isEmpty, start + words.count <= tokens.count {
                let span = tokens[start].start..<tokens[start + words.count - 1].end
                if span.upperBound <= scalars.count { ownWords = String(String.UnicodeScalarView(scalars[span])) }
                next = start + words.count
            }
            return AnalysedMessage.Part(
                text: part.text, ownWords: ownWords, isComparison: part.isComparison,
                plainMatch: matching ? matcher.match(part.text, memo: &memo) : nil,
                endsWithQuestionMark: part.endsWithQuestionMark, isHeadline: part.isHeadline)
        }
    }

    /// `closing(of:memo:)` with a memo of its own, for a step.
    public func closing(of input: String) -> AnalysedMessage.Closing? {
        var memo = WordMemo()
        return closing(of: input, memo: &memo)
    }

    /// `storyAndQuestion(of:memo:)` with a memo of its own, for a step.
    public func storyAndQuestion(of input: String) -> AnalysedMessage.StoryAndQuestion? {
        var memo = WordMemo()
        return storyAndQuestion(of: input, memo: &memo)
    }

    /// A byte-order mark (U+FEFF) some editors put at the start of a file,
    /// and so of its first line, is not part of the question ("\u{FEFF}/help"
    /// is the command /help).
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
