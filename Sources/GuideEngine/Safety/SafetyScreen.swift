import Foundation

/// Looks at every message before anything else and catches crisis language,
/// emergencies and personal medical decisions, from phrases kept as data.
///
/// The screen errs towards safety: third persons count ("my friend wants to
/// die"), quotes count, a typo does not hide a phrase. Two things cancel a
/// phrase, each deliberately: a negation just before it ("I'm not …"),
/// and, for phrases marked `about-me`, a sentence that is not about the reader
/// or is a question about the topic ("can the treatment help with …?").
public final class SafetyScreen: Sendable {
    public enum Finding: Sendable, Equatable {
        /// The message must be answered with the category's message; `aboutOther`
        /// when it is about someone else ("my brother says he wants to die").
        case flagged(Reply.Status, SafetyPattern, aboutOther: Bool)
        /// A sensitive topic asked about, not disclosed: answer, with a footnote.
        case sensitiveTopic(SafetyPattern)
    }

    typealias Word = SafetyPhraseMatcher.Word

    let rules: SafetyRules
    let matcher: SafetyPhraseMatcher
    private let tokenizer = Tokenizer()
    private let retractions: Set<String>
    /// Inputs with more words than this skip the one-typo matching (the exact
    /// matching still runs over every word), so a pasted megabyte stays fast.
    static let fuzzyWordLimit = 5000

    /// Recognises crisis, distress and emergencies by meaning when no phrase
    /// matches (nil without embeddings or examples); made on first use.
    private let meaningNet: LazyValue<SemanticSafetyNet?>
    var meaning: SemanticSafetyNet? { meaningNet.get }
    /// Whether there is a net to make (known without making it).
    let hasMeaningNet: Bool
    /// The language's words (the embeddings' vocabulary): a message word
    /// that is one of them is read as written, never as a typo of another
    /// ("nose" is not "noose", "there" is not "theyre").
    let languageWords: StaticEmbeddings?

    /// Words for the reader or someone else: a sentence without one tells
    /// of no person, and is not judged by meaning.
    let personWords: Set<String>
    /// The words of the scenario class (`SafetyRules.scenarioClass`).
    let scenarioWords: Set<String>
    /// The bare-alarm fillers with their `{class}` entries spelt out as the
    /// class's words, resolved once here rather than per word of a message.
    let bareAlarmFillerWords: Set<String>
    /// The person words and those of the class of people present
    /// (`SafetyRules.presentClass`): a told part of a sentence that tells
    /// of one of them is split from the question it goes on to ask.
    let tellingWords: Set<String>
    /// The texts of the phrases that tell of taking a substance
    /// (`SafetyScreen.takingPhrases(of:rules:)`), found the first time a question about
    /// the reader's own emergency needs them, not at start-up.
    let takingPhrases: LazyValue<Set<String>>
    /// The same without the phrases whose only taking verbs tell of
    /// anything happening ("had a seizure": `light-taking-verb`), for
    /// `isToldAsSettled`.
    let substancePhrases: LazyValue<Set<String>>
    /// The latest year that dates a danger as over (`yearsUntilPast` before this one).
    let latestPastYear: Int
    /// The last words of the contractions' written-out forms ("not"), so
    /// most words are never looked up as a pair.
    let contractionLastWords: Set<String>
    /// Contractions typed with an apostrophe ("od'd = oded"), keyed by
    /// the word the tokenizer makes of them ("odd"): only the typed form
    /// ("OD'd", not "odd") is read as the contraction.
    let apostropheContractions: [String: (typed: String, full: String)]
    /// `SafetyRules.droppedEndings` in a fixed order, for the word lookups.
    let droppedEndings: [(typed: String, full: String)]

    /// - Parameter harmless: sentences known to be harmless (the knowledge
    ///   base's own example questions and small talk), added to the `[safe]`
    ///   examples of the semantic net; asked for only when the net is made.
    public init(
        rules: SafetyRules, analyzer: Analyzer, embeddings: StaticEmbeddings? = nil,
        harmless: @escaping @Sendable () -> [String] = { [] }
    ) {
        self.rules = rules
        self.personWords = rules.firstPersonWords.union(rules.otherPersonWords)
        self.scenarioWords = rules.scenarioClass.flatMap { rules.wordClasses[$0]?.words } ?? []
        self.bareAlarmFillerWords = Set(rules.bareAlarmFillers.flatMap { filler in
            filler.hasPrefix("{") && filler.hasSuffix("}")
                ? Array(rules.wordClasses[String(filler.dropFirst().dropLast())]?.words ?? []) : [filler]
        }).union(rules.urgentWords)
        self.tellingWords = personWords.union(rules.presentClass.flatMap { rules.wordClasses[$0]?.words } ?? [])
        self.latestPastYear = Calendar(identifier: .gregorian).component(.year, from: Date()) - Self.yearsUntilPast
        self.contractionLastWords = Set(rules.contractions.keys.compactMap { $0.split(separator: " ").dropFirst().last.map(String.init) })
        self.apostropheContractions = Dictionary(
            rules.contractions.filter { $0.key.unicodeScalars.contains(where: Tokenizer.isApostrophe) }.map {
                (Self.withoutApostrophes($0.key), (typed: Self.plainApostrophes($0.key), full: $0.value))
            },
            uniquingKeysWith: { first, _ in first })
        self.droppedEndings = rules.droppedEndings.sorted { $0.key < $1.key }.map { (typed: $0.key, full: $0.value) }
        self.hasMeaningNet = embeddings != nil && !rules.examples.isEmpty
        self.languageWords = embeddings
        self.meaningNet = LazyValue {
            guard let embeddings, !rules.examples.isEmpty else { return nil }
            return SemanticSafetyNet(
                embeddings: embeddings,
                examples: rules.examples + harmless().map { SafetyExample(group: SemanticSafetyNet.safeGroup, text: $0, line: 0) },
                threshold: rules.meaningThreshold, margin: rules.meaningMargin,
                model: rules.model.map { ($0, rules.modelThreshold) }, harmlessLead: rules.modelHarmlessLead,
                doubt: rules.modelDoubt, questionModel: rules.questionModel.map { ($0, rules.questionModelThreshold) })
        }
        let matcher = SafetyPhraseMatcher(
            categories: rules.categories, negations: rules.negations, analyzer: analyzer,
            largeCountWords: rules.largeCountWords, largeCountMinimum: rules.largeCountMinimum, wordClasses: rules.wordClasses,
            vetoNegationGap: rules.articles.union(rules.firstPersonWords))
        self.matcher = matcher
        self.takingPhrases = LazyValue { Self.takingPhrases(of: matcher, rules: rules) }
        self.substancePhrases = LazyValue { Self.takingPhrases(of: matcher, rules: rules, besides: rules.lightTakingVerbs) }
        let tokenizer = Tokenizer()
        self.retractions = Set(rules.retractions.map { tokenizer.tokenize($0).map(\.term).joined(separator: " ") })
    }

    /// What the screen finds in `text`, most urgent first; nil when nothing.
    public func screen(_ text: String) -> Finding? {
        var memo = WordMemo()
        return screen(text, memo: &memo)
    }

    /// The same, remembering in `memo` which phrase words each word counts
    /// as, for the next messages of the same thread. A message of emoji of
    /// means alone the rest does not flag gets a check-in (`bareEmojiAlarm`).
    public func screen(_ typed: String, memo: inout WordMemo) -> Finding? {
        let finding = screenReading(typed, memo: &memo)
        if case .flagged = finding { return finding }
        return bareEmojiAlarm(typed) ?? finding
    }

    /// What the phrases and the comparison by meaning find in `typed`, its emoji read as their names.
    private func screenReading(_ typed: String, memo: inout WordMemo) -> Finding? {
        let text = readingSpacedLetters(readingLookAlikes(readingEmoji(typed)))
        let sentences = self.sentences(of: text, matchingPhrases: true, memo: &memo)
        if let bare = bareAlarm(typed, sentences: sentences) { return bare }
        let phraseSentences = sentences + Self.joinedFragments(sentences)
        var topic: SafetyPattern?
        let candidates = matcher.candidatePhrases(in: sentences.map(\.words))
        let phrases = matcher.phrases
        let saysNowOfAnyone = self.saysNow(sentences)
        let saysNowOfTheReader = saysNowOfAnyone && self.saysNow(sentences, ofTheReader: true)
        let overMarksOfAnyone = MessageMarks(over: self, sentences: sentences, saysNow: saysNowOfAnyone)
        let overMarksOfTheReader = MessageMarks(over: self, sentences: sentences, saysNow: saysNowOfTheReader)
        let settledMarks = MessageMarks(settled: self, sentences: phraseSentences)
        let forOneself = !candidates.isEmpty && asksForOneself(sentences)
        let namesSomeoneElse = !candidates.isEmpty && sentences.contains { $0.words.contains { rules.otherPersonWords.contains($0.text) } }
        // "Does it help people who feel suicidal? sounds like me": told, not asked.
        let saysOneIsOneOfThem = !candidates.isEmpty && !rules.oneOfThem.isEmpty
            && sentences.contains { !$0.isQuestion && containsAny(rules.oneOfThem, in: $0.words.map(\.text)) }
        // "What is a heart attack? I think I'm having one": what is asked about is told as happening.
        // A recent marker outside a question says so too ("can you stop breathing if you take the whole bottle? doing it tonight").
        let toldAsHappening = !candidates.isEmpty
            && (tellsItIsHappening(sentences) || saysNowOfAnyone && saysNow(sentences, besidesTheTreatment: true))
        for status in Self.checkingOrder {
            // Words of danger said in other words outrank a referral.
            if status == .referral, let finding = screenByMeaningAsTyped(typed, read: text, sentences: sentences, memo: &memo) {
                return finding
            }
            for candidate in candidates where phrases[candidate].status == status {
                let phrase = phrases[candidate]
                for (index, sentence) in phraseSentences.enumerated() {
                    let words = sentence.words
                    guard var match = firstUnnegatedMatch(of: phrase, in: words, alsoVetoing: sentence.askedAfter) else { continue }
                    // "I'm writing a story where a character overdoses", "the overdose scene".
                    if tellsOfAStory(words, match: match) {
                        if [.crisis, .distress].contains(status) && topic == nil { topic = phrase.source }
                        continue
                    }
                    // Now said of someone else ("my mum still worries") does not date the reader's past.
                    let ofTheReader = !isAboutOther(words, match: match)
                    let saysNow = ofTheReader ? saysNowOfTheReader : saysNowOfAnyone
                    let overMarks = ofTheReader ? overMarksOfTheReader : overMarksOfAnyone
                    // A danger told of a past that is over ("I tried to kill myself
                    // five years ago, can I still have it?") is a history, whether
                    // the phrase names a topic or says the danger outright; one a
                    // person is in now, or an emergency, is never read so.
                    let readsThePast = Self.pastReadingStatuses.contains(status) && !saysNow
                    let dated = !saysNow && isDatedByTheNextSentence(phraseSentences, after: index)
                    func isHistory(_ match: Range<Int>) -> Bool {
                        readsThePast && (dated || tellsOfAPastThatIsOver(words, match: match)
                            || isToldAsOver(phraseSentences, sentence: index, match: match, marks: overMarks))
                            // Said to have ended, even now ("the urge is gone now"): a contrast word undoes it.
                            || Self.pastReadingStatuses.contains(status) && isToldAsEnded(words, match: match)
                    }
                    // A topic dated to the past may be named again of now later on.
                    var isPast = isHistory(match)
                    while isPast,
                        let next = firstUnnegatedMatch(of: phrase, in: words, from: match.lowerBound + 1, alsoVetoing: sentence.askedAfter)
                    {
                        match = next
                        isPast = isHistory(match)
                    }
                    if status == .emergency {
                        if dated || isAboutThePast(words, match: match) && !isToldInThePresent(words, match: match)
                            && !datesATakingJustNow(words, match: match, phrase: phrase.source)
                        {
                            continue
                        }
                        if isToldAsSettled(phraseSentences, sentence: index, match: match, phrase: phrase.source, marks: settledMarks) { continue }
                        if !saysNowOfAnyone && !toldAsHappening && isToldAsAHabit(words, match: match) { continue }
                        guard let told = toldAsHappening ? match : firstToldEmergency(phrase, in: sentence, from: match) else { continue }
                        match = told
                    }
                    // "Is it normal to want to step in front of a bus?" is the asker's own
                    // unless the message names someone else; distress so asked is
                    // mostly of the treatment's effect ("…to feel empty after ketamine?").
                    let ownQuestion = forOneself || saysOneIsOneOfThem
                        || status == .crisis && !namesSomeoneElse && asksWhetherItIsNormal(sentence, before: match.lowerBound)
                    let isAsked = !toldAsHappening && !saysOneIsOneOfThem && status != .emergency && (
                        asksAboutAnEffect(sentence, match: match, status: status)
                        || asksWhetherItWillCome(sentence, before: match.lowerBound)
                        || phrase.source.needsFirstPerson && !ownQuestion && asksAboutATopic(sentence, match: match))
                    let isTopic =
                        isAsked
                        || phrase.source.needsFirstPerson && !ownQuestion && !isAboutReader(sentence, match: match)
                        || isPast
                        || [.crisis, .distress].contains(status)
                            && asksWhatToDoIfEver(sentence, before: match.lowerBound, messageSaysNow: saysNowOfAnyone)
                        || [.crisis, .distress].contains(status) && isAskedBySomeoneElse(words, before: match.lowerBound)
                            // A yes asked about ("Should I say yes?") answers nothing.
                            && !phraseSentences.contains { !$0.isQuestion && containsAny(rules.askedUndoneBy, in: $0.words.map(\.text)) }
                        || [.crisis, .distress].contains(status) && !ownQuestion
                            && speaksOfPeopleInGeneral(sentence, phrase: phrase.source, match: match)
                    // "How much propranolol is lethal? I have 90 tablets here."
                    if isTopic, !isPast, status == .crisis, tellsOfMeansAtHand(phraseSentences, besides: index) {
                        return .flagged(status, phrase.source, aboutOther: false)
                    }
                    if isTopic {
                        if [.crisis, .distress].contains(status) && topic == nil { topic = phrase.source }
                        continue
                    }
                    return .flagged(status, phrase.source, aboutOther: isAboutOther(words, match: match))
                }
            }
        }
        return topic.map { .sensitiveTopic($0) }
    }

    /// Whether someone else asks or screens for the danger at `start` ("the
    /// doctor asked if I have suicidal thoughts", "the form asks whether I
    /// want to hurt myself"): an `asked-by-other` marker before it in its
    /// sentence, after a word that is not the reader ("I asked if…" is the
    /// reader's own question).
    func isAskedBySomeoneElse(_ words: [Word], before start: Int) -> Bool {
        let texts = words[..<start].map(\.text)
        return rules.askedByOther.contains { marker in
            occurrences(of: marker, in: texts).contains { found in
                found.lowerBound > 0 && !rules.firstPersonWords.contains(texts[found.lowerBound - 1])
            }
        }
    }

    /// Whether a sentence besides `index` tells of means at hand
    /// (`means-at-hand`: "I have 90 tablets here"), not asking nor negated.
    private func tellsOfMeansAtHand(_ sentences: [Sentence], besides index: Int) -> Bool {
        !rules.meansAtHand.isEmpty && sentences.indices.contains { other in
            guard other != index, !sentences[other].isQuestion else { return false }
            let texts = sentences[other].words.map(\.text)
            return rules.meansAtHand.contains { !unnegatedOccurrences(of: $0, in: texts).isEmpty }
        }
    }

    /// Whether the message says its question is the reader's own ("asking
    /// for me", `asking-for-oneself`): a question about people in general,
    /// or one naming no one, is then about the reader.
    private func asksForOneself(_ sentences: [Sentence]) -> Bool {
        !rules.askingForOneself.isEmpty && sentences.contains { containsAny(rules.askingForOneself, in: $0.words.map(\.text)) }
            || answersAScreeningQuestion(sentences)
    }

    /// How many words may stand between an `asking-whether-normal` frame
    /// and the danger it asks about ("is it normal to *always be*
    /// suicidal?"); further on, the danger is what something is for ("is it
    /// ok to have ketamine for suicidal thoughts?").
    static let normalFrameReach = 2

    /// Whether the sentence asks if it is normal to have the danger at
    /// `start` ("is it normal to want to step in front of a bus?", "is it
    /// ok to be suicidal?"): a frame ending up to `normalFrameReach` words
    /// before it, no relief word between ("…to have fewer suicidal
    /// thoughts?") and no effect noun ("…as a side effect?").
    private func asksWhetherItIsNormal(_ sentence: Sentence, before start: Int) -> Bool {
        let texts = sentence.words.map(\.text)
        guard !texts.contains(where: rules.effectNouns.contains) else { return false }
        return rules.askingWhetherNormal.contains { frame in
            occurrences(of: frame, in: texts).contains { found in
                found.upperBound <= start && start - found.upperBound <= Self.normalFrameReach
                    && !texts[found.upperBound..<start].contains(where: rules.effectRelief.contains)
            }
        }
    }

    /// Whether the reader answers yes to a question put to them that they
    /// quote ("Are you having thoughts of suicide? yes", "do you have access
    /// to means? yes. the pills are in my drawer"): a question opened by a
    /// question word or "have" and an `addressed-to-reader` word ("are
    /// you", "have you"), then a statement whose first clause is an
    /// `asked-undone-by` answer ("yes or no" is none).
    private func answersAScreeningQuestion(_ sentences: [Sentence]) -> Bool {
        guard !rules.addressedToReader.isEmpty else { return false }
        return sentences.indices.dropFirst().contains { index in
            let question = sentences[index - 1].words
            guard sentences[index - 1].isQuestion, !sentences[index].isQuestion,
                let opening = question.firstIndex(where: { !rules.openers.contains($0.text) }), opening + 1 < question.count,
                rules.questionWords.contains(question[opening].text) || rules.perfectAuxiliaries.contains(question[opening].text),
                rules.addressedToReader.contains(question[opening + 1].text)
            else { return false }
            // The answer fills its first clause ("yes", "Yes I do, every day"; not "I have been asked this at every appointment").
            let words = sentences[index].words.drop { rules.openers.contains($0.text) }
            guard let clause = words.first?.clause else { return false }
            let answer = words.prefix { $0.clause == clause }.map(\.text)
            return rules.askedUndoneBy.contains { answer == $0 }
        }
    }

    /// Most urgent first: a message with words of danger and of distress is
    /// answered as danger.
    static let checkingOrder: [Reply.Status] = [.crisis, .emergency, .distress, .referral]

    /// The more urgent of two findings (`checkingOrder`; a sensitive topic
    /// or none counts least, the first of two as urgent wins): for what is
    /// screened in parts, such as the dropped end of an overlong line.
    public static func moreUrgent(_ first: Finding?, _ second: Finding?) -> Finding? {
        func rank(_ finding: Finding?) -> Int {
            guard case .flagged(let status, _, _)? = finding else { return checkingOrder.count }
            return checkingOrder.firstIndex(of: status) ?? checkingOrder.count
        }
        return rank(second) < rank(first) ? second : first ?? second
    }

    /// The statuses whose phrases a past marker near them makes a history
    /// ("years ago", "as a teen"): not an emergency, whose dating is
    /// `isAboutThePast`, nor a referral.
    static let pastReadingStatuses: Set<Reply.Status> = [.crisis, .distress]

    /// Whether `text` tells something about the reader, used to put the
    /// symptom note before answers about known effects: a clause with a
    /// first-person word that neither asks ("will I feel sick?") nor only
    /// supposes ("if I feel dizzy, …"), also when a question follows it
    /// ("I feel dizzy since the treatment, is that normal?").
    public func isPersonalStatement(_ text: String) -> Bool {
        var memo = WordMemo()
        for sentence in sentences(of: text, matchingPhrases: false, memo: &memo) {
            let clauses = Dictionary(grouping: sentence.words, by: \.clause).sorted { $0.key < $1.key }.map(\.value)
            for (index, clause) in clauses.enumerated() {
                guard clause.contains(where: { rules.firstPersonWords.contains($0.text) }) else { continue }
                let first = clause.first { !rules.openers.contains($0.text) } ?? clause[0]
                if rules.hypotheticalWords.contains(first.text) || rules.questionWords.contains(first.text) { continue }
                // The one clause of a question sentence is the question ("I wonder if…?" aside).
                if sentence.isQuestion && clauses.count == 1 { continue }
                if sentence.isQuestion && index == clauses.count - 1 { continue }
                return true
            }
        }
        return false
    }

    /// Whether `text` starts, after any opener ("and", "so"), with one of
    /// safety.txt's question words ("how", "is", "can"): it asks something,
    /// rather than telling ("my son is 19", "sounds like hype").
    public func startsWithQuestionWord(_ text: String) -> Bool {
        let words = tokenizer.tokenize(text).map(\.term)
        guard let first = words.first(where: { !rules.openers.contains($0) }) else { return false }
        return rules.questionWords.contains(first)
    }

    /// Whether `text` withdraws a message the screen flagged ("never mind").
    public func isRetraction(_ text: String) -> Bool {
        retractions.contains(tokenizer.tokenize(text).map(\.term).joined(separator: " "))
    }

    // MARK: - Matching

    /// The comparison by meaning, of the message as typed: emoji are words
    /// to the phrases only (the model was never fitted on their names, and
    /// "I'm so happy 😭" is no distress).
    private func screenByMeaningAsTyped(_ typed: String, read text: String, sentences: [Sentence], memo: inout WordMemo) -> Finding? {
        guard typed != text else { return screenByMeaning(text, sentences: Self.rejoined(sentences)) }
        return screenByMeaning(typed, sentences: self.sentences(of: typed, matchingPhrases: false, memo: &memo))
    }

    /// Whether a whole sentence is about someone else: its first person word
    /// decides, "my" before a person ("my brother") counting as that person.
    func isAboutOther(_ sentence: [Word]) -> Bool {
        for (index, word) in sentence.enumerated() {
            if rules.otherPersonWords.contains(word.text) { return true }
            if rules.firstPersonWords.contains(word.text) {
                let next = index + 1 < sentence.count ? sentence[index + 1].text : ""
                return rules.otherPersonWords.contains(next)
            }
        }
        return false
    }

    /// Whether the phrase matched at `match` is about someone else: the
    /// nearest person word before it, its subject, decides ("my brother keeps
    /// saying he wants to die"; "I'm going to hurt someone"), else one inside
    /// it ("wants to hurt himself").
    /// After a `shared-experience` frame, its pronouns for "anyone" are the
    /// asker ("does anyone else feel like they're done with everything?").
    private func isAboutOther(_ sentence: [Word], match: Range<Int>) -> Bool {
        let frameEnd = sharedExperienceFrameEnd(sentence.map(\.text)) ?? sentence.count
        func person(_ word: Word) -> Bool? {
            if rules.firstPersonWords.contains(word.text) { return false }
            if frameEnd <= match.lowerBound, rules.sharedExperiencePronouns[word.text] != nil { return false }
            if rules.otherPersonWords.contains(word.text) { return true }
            return nil
        }
        if let subject = sentence[..<match.lowerBound].reversed().lazy.compactMap(person).first { return subject }
        return sentence[match].lazy.compactMap(person).first ?? false
    }

    /// Where `phrase` first matches in `words` without a negation just
    /// before it: "not gonna lie, I want to hurt him" is negated where the
    /// phrase could start at "gonna", not where it starts at "want".
    /// - Parameter alsoVetoing: words whose vetoes count too (`Sentence.askedAfter`).
    func firstUnnegatedMatch(
        of phrase: SafetyPhraseMatcher.Phrase, in words: [Word], from first: Int = 0, alsoVetoing: [Word] = []
    ) -> Range<Int>? {
        var start = first
        while let match = matcher.firstMatch(of: phrase, in: words, from: start, alsoVetoing: alsoVetoing) {
            if phrase.startsWithNegation || !isNegated(words, before: match.lowerBound) { return match }
            start = match.lowerBound + 1
        }
        return nil
    }

    /// Whether a negation stands just before `start`, in its clause, with
    /// no person word between them: a person word opens what is said next
    /// ("if this doesn't work I'm ending my life" is not negated), and so
    /// does a `negation-undone-by` word just after the negation ("can't
    /// wait to end it all", "wouldn't mind checking out for good").
    private func isNegated(_ sentence: [Word], before start: Int) -> Bool {
        let clause = sentence[start].clause
        for index in (max(0, start - 3)..<start).reversed() where sentence[index].clause == clause {
            let word = sentence[index].text
            if rules.negations.contains(word) {
                return !(index + 1 < start && rules.negationUndoers.contains(sentence[index + 1].text))
            }
            if personWords.contains(word) { return false }
        }
        return false
    }

    /// A sentence is about the reader when it has a first-person word, or
    /// when it is a bare statement with no subject ("feeling … tonight"); a
    /// topic marker ("curious", "studies") in the phrase's clause makes it a
    /// question about the topic (not one in another clause: "question about
    /// the schedule, also unrelated but I took 12 ibuprofen earlier").
    private func isAboutReader(_ sentence: Sentence, match: Range<Int>) -> Bool {
        let words = sentence.words
        let clause = words[match.lowerBound].clause
        if words.contains(where: { $0.clause == clause && rules.topicMarkers.contains($0.text) }) { return false }
        return words.contains { rules.firstPersonWords.contains($0.text) } || !sentence.isQuestion
    }
}
