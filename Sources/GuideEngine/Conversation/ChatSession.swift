import Foundation

/// One conversation with the guide: it remembers the topic for follow-ups and
/// the last answer for `/why` and `/source N`, and it answers commands.
///
/// Batch lines, an interactive session and each kiosk visitor each get their
/// own session; `/reset` (or the kiosk's idle reset) forgets everything.
/// How a message is answered is `ReplyPipeline`: `respond` analyses the
/// message once, then runs the steps.
public struct ChatSession: Sendable {
    public struct Options: Sendable {
        /// The longest question (in Unicode scalars) outside the kiosk: room
        /// for a story and a question, far from a pasted document.
        public static let standardInputLimit = 1000
        /// The longest question in the kiosk: a visitor at a shared screen
        /// types a question, not a letter.
        public static let kioskInputLimit = 500

        /// Longer questions are refused with a clear message.
        public var maxInputLength = Self.standardInputLimit
        /// Kiosk sessions show no file paths and cannot be quit by a visitor;
        /// they have staff on site.
        public var isKiosk = false
        /// The region whose crisis lines are shown (`crisis-lines.txt`); nil
        /// for guide.conf's `region:`.
        public var region: String?
        /// Whether staff are on site to be told (a clinic terminal); the kiosk always has.
        public var staffOnSite = false
        /// The numbers the reply steps decide by.
        public var thresholds = ReplyThresholds()
        public init(
            maxInputLength: Int = Self.standardInputLimit, isKiosk: Bool = false, region: String? = nil, staffOnSite: Bool = false
        ) {
            self.maxInputLength = maxInputLength
            self.isKiosk = isKiosk
            self.region = region
            self.staffOnSite = staffOnSite
        }
    }

    public let engine: ChatEngine
    public var options: Options
    /// The steps a message goes through.
    public var pipeline = ReplyPipeline.standard
    /// Where questions the guide could not answer are noted for the authors
    /// (off unless `--log-unanswered` is given).
    public var unansweredLog: UnansweredLog?
    public internal(set) var context = ConversationContext()
    public internal(set) var lastReply: Reply?
    public internal(set) var lastMatch: Match?
    /// The safety screen's finding for the last message that was no
    /// command, for `/why` (nil when the screen found nothing).
    public internal(set) var lastSafetyFinding: SafetyScreen.Finding?
    /// Per-word work this session has done already (not reset with the conversation).
    private var memo = WordMemo()
    /// Answers composed already, by their intents: a batch asks the same few
    /// hundred questions again and again.
    private var composedAnswers: [[Intent]: (answer: String, citations: [Citation])] = [:]

    init(engine: ChatEngine, options: Options) {
        self.engine = engine
        self.options = options
    }

    var settings: GuideSettings { engine.settings }

    /// Where this session runs: the region's numbers, and whether there are staff.
    public var place: HelpPlace { engine.place(for: options) }

    /// Forgets the conversation: topic, last answer and notices shown.
    public mutating func reset() {
        context = ConversationContext()
        lastReply = nil
        lastMatch = nil
        lastSafetyFinding = nil
    }

    /// The reply to one line typed or piped in.
    public mutating func respond(to rawInput: String) -> Reply {
        respond(to: analyse(rawInput))
    }

    /// `ChatEngine.analyse` with this session's options and word memo;
    /// another thread may analyse with its own memo instead.
    public mutating func analyse(
        _ rawInput: String, droppedCharacters: Int = 0, droppedFinding: SafetyScreen.Finding? = nil
    ) -> AnalysedMessage {
        engine.analyse(
            rawInput, droppedCharacters: droppedCharacters, droppedFinding: droppedFinding, options: options, memo: &memo)
    }

    /// Answers a message analysed already (with this session's options).
    public mutating func respond(to message: AnalysedMessage) -> Reply {
        let reply = pipeline.reply(to: message, in: &self)
        context.lastWasUrgent = reply.isUrgent
        // A sensitive topic is never logged, even when it went unanswered.
        if let unansweredLog, message.finding == nil {
            _ = try? unansweredLog.append(reply: reply, on: Date())
        }
        if reply.status != .command || reply.endsSession { lastReply = reply }
        if reply.status != .command { lastSafetyFinding = message.finding }
        return reply
    }

    // MARK: - What the steps share

    /// `AnswerComposer.compose`, remembered (at most `thresholds.rememberedAnswers`, then started afresh).
    mutating func compose(_ intents: [Intent]) -> (answer: String, citations: [Citation]) {
        if let known = composedAnswers[intents] { return known }
        let composed = engine.composer.compose(intents)
        if composedAnswers.count >= options.thresholds.rememberedAnswers { composedAnswers.removeAll(keepingCapacity: true) }
        composedAnswers[intents] = composed
        return composed
    }

    /// Makes `intent` the conversation's topic, for follow-ups.
    mutating func remember(_ intent: Intent) {
        context.remember(intent, terms: engine.matcher.topicTerms(of: intent))
    }

    /// `plain` (a question's match alone, of `words`) or its match with the
    /// conversation's topic: the topic's reading when the question points
    /// back to it ("how is it taken?") or makes no sense alone ("and anxiety?").
    func inContext(_ plain: Match, words: [String]) -> Match {
        guard let last = context.lastIntent, engine.matcher.configuration.useConversationContext else { return plain }
        // The second, topic-aware match runs only when it could change the answer.
        let pointsBack = words.contains { settings.referenceWords.contains($0) }
        if let plainIntent = plain.intent, !pointsBack || plainIntent.isRelated(to: last) { return plain }
        // Context only fills gaps: a question that names an aspect of its own
        // the knowledge base does not cover ("how long do the effects last?")
        // is not answered with the last topic.
        if plain.isNotCovered { return plain }
        let followUp = engine.matcher.match(again: plain, contextTerms: context.topicTerms)
        guard let followUpIntent = followUp.intent else { return plain }
        if plain.intent == nil || followUpIntent.isRelated(to: last) { return followUp }
        return plain
    }

    /// Up to three questions the guide can answer, nearest to what was asked.
    func suggestions(for match: Match) -> [String] {
        var result: [String] = []
        for candidate in match.candidates where candidate.coverage > 0 {
            if let question = engine.composer.exampleQuestion(for: candidate.intent), !result.contains(question) {
                result.append(question)
            }
            if result.count == 3 { return result }
        }
        for question in settings.suggestions where !result.contains(question) {
            result.append(question)
            if result.count == 3 { break }
        }
        return result
    }
}
