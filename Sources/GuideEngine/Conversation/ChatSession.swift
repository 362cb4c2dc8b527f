import Foundation

/// One conversation with the guide: it remembers the topic for follow-ups and
/// the last answer for `/why` and `/source N`, and it answers commands.
///
/// Batch lines, an interactive session and each kiosk visitor each get their
/// own session; `/reset` (or the kiosk's idle reset) forgets everything.
public struct ChatSession: Sendable {
    public struct Options: Sendable {
        /// Longer questions are refused with a clear message.
        public var maxInputLength = 1000
        /// Kiosk sessions show no file paths and cannot be quit by a visitor;
        /// they have staff on site.
        public var isKiosk = false
        /// The region whose crisis lines are shown (`crisis-lines.txt`); nil
        /// for guide.conf's `region:`.
        public var region: String?
        /// Whether staff are on site to be told (a clinic terminal); the kiosk always has.
        public var staffOnSite = false
        public init(maxInputLength: Int = 1000, isKiosk: Bool = false, region: String? = nil, staffOnSite: Bool = false) {
            self.maxInputLength = maxInputLength
            self.isKiosk = isKiosk
            self.region = region
            self.staffOnSite = staffOnSite
        }
    }

    public let engine: ChatEngine
    public var options: Options
    /// Where questions the guide could not answer are noted for the authors
    /// (off unless `--log-unanswered` is given).
    public var unansweredLog: UnansweredLog?
    public private(set) var context = ConversationContext()
    public private(set) var lastReply: Reply?
    public private(set) var lastMatch: Match?
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

    /// `AnswerComposer.compose`, remembered (at most 1,000 answers, then started afresh).
    private mutating func compose(_ intents: [Intent]) -> (answer: String, citations: [Citation]) {
        if let known = composedAnswers[intents] { return known }
        let composed = engine.composer.compose(intents)
        if composedAnswers.count >= 1_000 { composedAnswers.removeAll(keepingCapacity: true) }
        composedAnswers[intents] = composed
        return composed
    }

    /// Forgets the conversation: topic, last answer and notices shown.
    public mutating func reset() {
        context = ConversationContext()
        lastReply = nil
        lastMatch = nil
    }

    /// The reply to one line typed or piped in.
    public mutating func respond(to rawInput: String) -> Reply {
        respond(to: prepare(rawInput))
    }

    /// The conversation-free part of answering `rawInput` (`ChatEngine.prepare`)
    /// with this session's options and word memo; another thread may prepare
    /// with its own memo instead.
    public mutating func prepare(_ rawInput: String, droppedCharacters: Int = 0) -> PreparedMessage {
        engine.prepare(rawInput, droppedCharacters: droppedCharacters, options: options, memo: &memo)
    }

    /// Answers a message whose conversation-free work was done ahead by
    /// `ChatEngine.prepare` (with this session's options).
    public mutating func respond(to prepared: PreparedMessage) -> Reply {
        let input = prepared.input
        let length = prepared.length
        var reply: Reply
        // The safety screen comes first, whatever else is wrong with the message.
        let finding = prepared.finding
        if case .flagged(let status, let pattern, let aboutOther) = finding {
            reply = safetyReply(status, pattern: pattern, aboutOther: aboutOther, input: input, plain: prepared.plainMatch)
        } else if input.isEmpty {
            reply = Reply(input: input, status: .error, answer: settings.reply("empty"))
        } else if length > options.maxInputLength {
            reply = Reply(
                input: String(input.unicodeScalars.prefix(80)), status: .error,
                answer: settings.reply("too-long", ["length": "\(length)", "limit": "\(options.maxInputLength)"]))
        } else if input.hasPrefix("/") {
            reply = command(input)
        } else if context.lastWasUrgent, engine.safety.isRetraction(input) {
            let retraction = place.text(of: engine.knowledgeBase.safety.retractionReply)
            reply = Reply(
                input: input, status: .smalltalk, intent: "retraction", confidence: 1,
                answer: retraction.isEmpty ? settings.reply("reset") : retraction)
        } else {
            reply = answer(prepared)
            let footnote = place.text(of: engine.knowledgeBase.safety.topicFootnote).replacingOccurrences(of: "\n", with: " ")
            if case .sensitiveTopic = finding, !footnote.isEmpty {
                reply.notice = [reply.notice, footnote].compactMap { $0 }.joined(separator: " ")
            }
        }
        context.lastWasUrgent = reply.isUrgent
        // A sensitive topic is never logged, even when it went unanswered.
        if let unansweredLog, finding == nil {
            _ = try? unansweredLog.append(reply: reply, on: Date())
        }
        if reply.status != .command || reply.endsSession { lastReply = reply }
        return reply
    }

    // MARK: - Questions

    private mutating func answer(_ prepared: PreparedMessage) -> Reply {
        let input = prepared.input
        if let smalltalk = prepared.smalltalk {
            if smalltalk.name == "more", let expanded = expandLastAnswer(input) { return expanded }
            return Reply(input: input, status: .smalltalk, intent: smalltalk.name, confidence: 1, answer: smalltalk.reply)
        }
        var match = matchWithContext(input, plain: prepared.plainMatch)
        // "That's everything I needed. Goodbye and take care.": a closing
        // sentence of small talk after words that match nothing well.
        if match.confidence < 0.8, let (closing, rest) = closingSmalltalk(input), closing.name != "more",
            engine.matcher.match(rest, memo: &memo).confidence < 0.8
        {
            return Reply(input: input, status: .smalltalk, intent: closing.name, confidence: 1, answer: closing.reply)
        }
        if match.confidence < 0.8, let focused = storyThenQuestion(input), focused.intent != nil,
            focused.alternative == nil, focused.confidence >= max(match.confidence, engine.matcher.configuration.threshold)
        {
            match = focused
        }
        lastMatch = match
        // A weak match may be two questions in one; a comparison ("IV or nasal
        // spray?") is answered side by side however well the whole matches.
        let parts = engine.splitter.parts(of: input, memo: &memo)
        if parts.count > 1, match.confidence < 0.8 || parts.contains(where: \.isComparison),
            let reply = answerInParts(input, parts: parts, whole: match)
        {
            return withNotice(reply)
        }
        if let intent = match.intent, let other = match.alternative, let first = engine.composer.exampleQuestion(for: intent),
            let second = engine.composer.exampleQuestion(for: other)
        {
            return Reply(
                input: input, status: .noMatch, confidence: match.confidence,
                answer: settings.reply("clarify", ["first": "\"\(first)\"", "second": "\"\(second)\""]),
                suggestions: [first, second])
        }
        if let intent = match.intent {
            context.remember(intent, terms: engine.matcher.topicTerms(of: intent))
            let composed = compose([intent])
            var reply = Reply(
                input: input, status: .answered, intent: intent.id, confidence: match.confidence,
                answer: composed.answer, citations: composed.citations)
            reply.symptomNote = symptomNote(intent: intent, input: input)
            return withNotice(reply)
        }
        return Reply(
            input: input, status: .noMatch, confidence: match.confidence, answer: settings.reply("no-match"),
            suggestions: suggestions(for: match))
    }

    /// A story, then the question ("I've tried five medicines in eight years,
    /// nothing worked. Is ketamine an option for people like me"; "my
    /// breathing is fine, I just want to know the side effects"): the last
    /// sentence, or what follows the last question lead of guide.conf, matched
    /// on its own with the story's words as its context, the way a follow-up
    /// leans on the conversation. Nil unless there is a story before it and
    /// no earlier sentence is a question.
    private mutating func storyThenQuestion(_ input: String) -> Match? {
        guard let (story, question) = engine.splitter.storyAndQuestion(of: input, memo: &memo) else { return nil }
        let storyTerms = engine.matcher.analyzer.terms(story.joined(separator: " "))
        return engine.matcher.match(question.joined(separator: " "), contextTerms: storyTerms, memo: &memo)
    }

    /// The small talk the last sentence of a message of several is, if any,
    /// with the words before it.
    private mutating func closingSmalltalk(_ input: String) -> (SmalltalkIntent, rest: String)? {
        guard let sentences = engine.splitter.lastSentence(of: input, memo: &memo) else { return nil }
        return engine.smalltalk.match(sentences.last.joined(separator: " "))
            .map { ($0, sentences.before.joined(separator: " ")) }
    }

    /// Answers a message of several questions part by part ("how much is it,
    /// and is it addictive?"), saying which parts it cannot answer; a
    /// comparison ("IV or nasal spray?") answers both sides.
    private mutating func answerInParts(_ input: String, parts: [QuestionSplitter.Part], whole: Match) -> Reply? {
        let matches = parts.map { (part: $0, match: matchWithContext($0.text)) }
        // A part that is only the subject ("ketamine or psilocybin, which has
        // better evidence?") says nothing to answer on its own.
        let subject = engine.matcher.subjectTerms
        let answered = matches.filter { $0.match.intent != nil && !$0.match.terms.allSatisfy(subject.contains) }
        let wholeIsWeak = whole.confidence < 0.8
        guard let first = answered.first, let firstIntent = first.match.intent,
            answered.count > 1 || (wholeIsWeak && (whole.intent == nil || first.match.confidence > whole.confidence))
        else { return nil }
        var intents: [Intent] = []
        for item in answered {
            if let intent = item.match.intent, !intents.contains(intent) { intents.append(intent) }
        }
        // A strong whole match gives way only to sides that are all answered
        // and all parts of it ("IV or nasal spray?" within the forms of therapy).
        if !wholeIsWeak {
            guard answered.count == parts.count, intents.count > 1, let wholeIntent = whole.intent,
                engine.matcher.commonParent(of: intents + [wholeIntent]) != nil
            else { return nil }
        }
        var composed = compose(intents)
        // Only what was asked is echoed back as unanswered, never a statement
        // ("my son is 19", "sounds like hype").
        let unanswered = matches.filter {
            $0.match.intent == nil && !$0.match.terms.isEmpty && ($0.match.isNotCovered || !$0.match.unknownWords.isEmpty)
                && ($0.part.endsWithQuestionMark || engine.safety.startsWithQuestionWord($0.part.text))
        }
        for item in unanswered {
            composed.answer += "\n" + settings.reply("partial") + " \"" + item.part.text + "\""
        }
        lastMatch = first.match
        context.remember(firstIntent, terms: engine.matcher.topicTerms(of: firstIntent))
        let reported = intents.count > 1 ? engine.matcher.commonParent(of: intents) ?? firstIntent : firstIntent
        let confidence = answered.map(\.match.confidence).min() ?? first.match.confidence
        return Reply(
            input: input, status: .answered, intent: reported.id, confidence: confidence, answer: composed.answer,
            citations: composed.citations)
    }

    /// The safety note for an answer about a known effect the reader says
    /// they have ("I feel dizzy since the treatment, is that normal?"),
    /// shown before the answer; nil otherwise.
    private func symptomNote(intent: Intent, input: String) -> String? {
        let safety = engine.knowledgeBase.safety
        guard safety.symptomIntents.contains(intent.id), !safety.symptomNote.isEmpty,
            engine.safety.isPersonalStatement(input)
        else { return nil }
        return place.text(of: safety.symptomNote).replacingOccurrences(of: "\n", with: " ")
    }

    /// "Tell me more" after an answer about one item: the whole section it
    /// belongs to. The topic stays the same.
    private mutating func expandLastAnswer(_ input: String) -> Reply? {
        guard let last = context.lastIntent, last.passage != nil else { return nil }
        let section = Intent(id: "", document: last.document, section: last.section, passage: nil)
        let composed = compose([section])
        return withNotice(
            Reply(
                input: input, status: .answered, intent: last.id, confidence: 1, answer: composed.answer,
                citations: composed.citations))
    }

    /// Matches a question alone and with the conversation's topic, and takes
    /// the topic's reading when the question points back to it ("how is it
    /// taken?") or makes no sense alone ("and anxiety?").
    private mutating func matchWithContext(_ input: String, plain prepared: Match? = nil) -> Match {
        let plain = prepared ?? engine.matcher.match(input, memo: &memo)
        guard let last = context.lastIntent, engine.matcher.configuration.useConversationContext else { return plain }
        // The second, topic-aware match runs only when it could change the answer.
        let pointsBack = memo.tokens(of: input).contains { settings.referenceWords.contains($0.term) }
        if let plainIntent = plain.intent, !pointsBack || plainIntent.isRelated(to: last) { return plain }
        let followUp = engine.matcher.match(again: plain, contextTerms: context.topicTerms)
        guard let followUpIntent = followUp.intent else { return plain }
        if plain.intent == nil || followUpIntent.isRelated(to: last) { return followUp }
        return plain
    }

    /// The reply to a flagged message. A referral also quotes whatever the
    /// knowledge base says on the subject ("I have hypertension" → the passage
    /// on blood pressure), cited, after saying it is a question for the care team.
    private mutating func safetyReply(
        _ status: Reply.Status, pattern: SafetyPattern, aboutOther: Bool, input: String, plain: Match?
    ) -> Reply {
        let safety = engine.knowledgeBase.safety
        let lines = (safety.category(named: pattern.category) ?? safety.category(status))?.lines ?? []
        let message = place.text(of: lines, aboutOther: aboutOther)
        guard status == .referral else {
            return Reply(
                input: String(input.unicodeScalars.prefix(options.maxInputLength)), status: status,
                intent: pattern.category, confidence: 1,
                answer: message)
        }
        let match = plain ?? engine.matcher.match(input)
        lastMatch = match
        guard let intent = match.intent else {
            return withNotice(Reply(input: input, status: status, confidence: 1, answer: message))
        }
        let composed = compose([intent])
        return withNotice(
            Reply(
                input: input, status: status, intent: intent.id, confidence: match.confidence,
                answer: message + "\n" + composed.answer, citations: composed.citations))
    }

    /// Adds the education-not-advice notice to the first answer of a conversation.
    private mutating func withNotice(_ reply: Reply) -> Reply {
        var reply = reply
        if !context.hasShownNotice {
            reply.notice = settings.disclaimer
            context.hasShownNotice = true
        }
        return reply
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
