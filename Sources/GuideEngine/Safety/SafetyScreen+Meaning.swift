extension SafetyScreen {
    /// The first sentence the semantic net flags among those that tell of a
    /// person (`statementsJudgedByMeaning`: questions, suppositions, topic
    /// words and denials only the model judges). Static embeddings tell short
    /// questions apart too poorly to compare them with examples, and a clause alone too
    /// poorly to judge it apart from its sentence (tried: "I forgot my
    /// sertraline yesterday" came out as near an overdose as any).
    /// A sentence near an example outranks, wherever it stands, one only the
    /// safety model flags: it says which danger more surely ("the drive home
    /// was fine" before "I'm going to do it tonight").
    func screenByMeaning(_ text: String, sentences: [Sentence]) -> Finding? {
        guard hasMeaningNet else { return nil }
        let saysNow = self.saysNow(sentences)
        let overMarks = MessageMarks(over: self, sentences: sentences, saysNow: saysNow)
        let settledMarks = MessageMarks(settled: self, sentences: sentences)
        var byModel: Finding?
        let statements = statementsJudgedByMeaning(text, sentences: sentences)
        var anyPast = false
        for statement in statements {
            let toldAsOver = isToldAsOver(sentences, sentence: statement.index, match: nil, marks: overMarks)
                || isToldAsSettled(sentences, sentence: statement.index, match: nil, phrase: nil, marks: settledMarks)
            let ended = endsADanger(statement.sentence.words)
            let dated = !saysNow && isDatedByTheNextSentence(sentences, after: statement.index)
            anyPast = anyPast || toldAsOver || dated || ended
            guard let finding = judge(statement, saysNow: saysNow, toldAsOver: toldAsOver, dated: dated, ended: ended) else { continue }
            guard case .flagged(_, let pattern, _) = finding, pattern.meaning?.probability != nil else { return finding }
            byModel = byModel ?? finding
        }
        if byModel == nil, !anyPast, let together = together(statements),
            let finding = judge(together, saysNow: saysNow, toldAsOver: false, dated: false, ended: false)
        {
            return finding
        }
        return byModel ?? (anyPast ? nil : judgedAsAsked(text, sentences: sentences, saysNow: saysNow))
    }

    /// A message that asks, judged whole by the question model when nothing
    /// else flags it ("how long before someone finds you if you live alone?"):
    /// the statement model hears a question as harmless. Not when a
    /// sentence dates it to a past or tells a story, nor when a phrase's
    /// veto rules its danger out; the nearest example names the category.
    private func judgedAsAsked(_ text: String, sentences: [Sentence], saysNow: Bool) -> Finding? {
        let questions = sentences.filter(\.isQuestion)
        guard !questions.isEmpty, !questions.allSatisfy({ asksWhatAThingIs($0.words) }),
            // A phrase's veto names a harmless sense the model cannot hear ("what's the point of this paperwork?").
            !sentences.contains(where: { namesAVetoedSense($0.words, of: [.crisis, .distress, .emergency]) || findsOnlyNegated($0.words) }),
            !sentences.contains(where: { !saysNow && tellsOfAPastThatIsOver($0.words) || tellsADangerAsAStory($0.words) }),
            let found = meaning?.classifyAsked(text), let category = rules.category(named: found.category), category.status != .referral
        else { return nil }
        var pattern = SafetyPattern(
            text: SafetyPattern.meaningMark + found.example, needsFirstPerson: true, category: category.name,
            path: found.path.isEmpty ? rules.path : found.path, line: found.line)
        pattern.meaning = found.score
        // The model hears danger, not whose: the reader's, unless the message names someone else and neither the reader nor "you"
        // (a reader's word just before someone else's is whose they are: "my mum … is she just tired?").
        let words = sentences.flatMap(\.words).map(\.text)
        let namesTheReader = words.indices.contains { index in
            (rules.firstPersonWords.contains(words[index]) || rules.genericPersonWords.contains(words[index]))
                && !(index + 1 < words.count && rules.otherPersonWords.contains(words[index + 1]))
        }
        return .flagged(category.status, pattern, aboutOther: !namesTheReader && sentences.contains { isAboutOther($0.words) })
    }

    /// A message's statements judged as one, by the model alone, when none
    /// alone is danger enough: the model is fitted on a message of danger's
    /// statements together, and several half-said ones ("Can someone feed
    /// my dog tomorrow. Spare key is under the mat.") may together say what
    /// none says alone. Nil for one statement, or when
    /// `model-threshold-together` is 1.
    private func together(_ statements: [Statement]) -> Statement? {
        guard statements.count > 1, rules.modelThresholdTogether < 1, let first = statements.first else { return nil }
        return Statement(
            index: first.index, sentence: Sentence(words: statements.flatMap(\.sentence.words), isQuestion: false),
            slice: statements.map(\.slice).joined(separator: " "), namesNoOne: statements.allSatisfy(\.namesNoOne),
            modelOnly: max(
                rules.modelThresholdTogether, statements.allSatisfy(\.namesNoOne) ? rules.modelThresholdWithoutPerson : 0,
                statements.contains(where: \.framed) ? rules.modelThresholdForQuestions : 0))
    }

    /// The statements of `text` the safety model judges, as written (the
    /// tool that fits it reads them here, through `ketaguide
    /// safety-sentences`, so it is fitted on what the guide gives it).
    public func sentencesForTheModel(_ text: String) -> [String] {
        var memo = WordMemo()
        let sentences = self.sentences(of: text, matchingPhrases: false, memo: &memo)
        return statementsJudgedByMeaning(text, sentences: sentences)
            .filter { $0.sentence.words.count >= rules.meaningMinimumWords }.map(\.slice)
    }

    /// The statements compared by meaning, each with its place among
    /// `sentences` and its text. A question with no first-person word is
    /// none. Kinds that a comparison of mean word vectors cannot hear are
    /// judged by the model alone, each at its setting, or left to the
    /// phrases when that is 1: a question the reader asks of themselves
    /// (`model-threshold-question`), one with a topic word ("studies") or
    /// asked by someone else ("the doctor asked if I…", `asked-by-other`,
    /// `model-threshold-topic`), one opened by a hypothetical word
    /// (`model-threshold-supposed`) or by words that only suppose ("say
    /// I…"), one that names no person and does not leave its "I" out
    /// (`model-threshold-without-person`), one in which the reader denies
    /// something ("I'm not going to hurt myself, …",
    /// `model-threshold-denial`: a mean cannot hear "not"), one in which
    /// the reader says they fear something ("I'm scared I'll…",
    /// `model-threshold-fear`: a mean hears the feared as the wished), one in
    /// which a phrase's veto rules its danger out (`model-threshold-vetoed`).
    private func statementsJudgedByMeaning(_ text: String, sentences: [Sentence]) -> [Statement] {
        var scalars: [Unicode.Scalar]?
        return sentences.enumerated().compactMap { index, asWritten in
            let shared = toldInASharedExperience(asWritten)
            let urged = withoutUrgentOpening(shared ?? asWritten)
            let sentence = urged ?? shared ?? asWritten
            let words = sentence.words
            if sentence.isQuestion, !words.contains(where: { rules.firstPersonWords.contains($0.text) }) { return nil }
            guard !words.isEmpty else { return nil }
            let namesNoOne = !words.contains(where: { personWords.contains($0.text) }) && !opensWithoutSubject(words)
            let alone = [
                (sentence.isQuestion, rules.modelThresholdForQuestions),
                (words.contains { rules.topicMarkers.contains($0.text) } || isAskedBySomeoneElse(words, before: words.count)
                    || tellsADangerAsAStory(words), rules.modelThresholdTopic),
                (opensSupposing(words), rules.modelThresholdSupposed),
                (namesNoOne, rules.modelThresholdWithoutPerson),
                (isDenial(words) || negatesADanger(words), rules.modelThresholdDenial),
                (saysOfThemselves(rules.fearWords, in: words), rules.modelThresholdFear),
                (vetoesADanger(words), rules.modelThresholdVetoed),
            ].filter(\.0).map(\.1)
            // What a frame presupposes is still asked: only the model judges it, as surely as a question.
            let thresholds = alone + (shared == nil ? [] : [rules.modelThresholdForQuestions])
            guard !thresholds.contains(where: { $0 >= 1 }) else { return nil }
            let all = scalars ?? Array(text.unicodeScalars)
            scalars = all
            guard sentence.span.upperBound <= all.count else { return nil }
            let slice = shared == nil && urged == nil ? String(String.UnicodeScalarView(all[sentence.span])) : words.map(\.text).joined(separator: " ")
            return Statement(
                index: index, sentence: sentence, slice: slice, namesNoOne: namesNoOne,
                modelOnly: thresholds.max(), framed: shared != nil)
        }
    }

    /// A sentence opened by urgent words ("help, he's on the floor",
    /// "please my wife is…"; `urgent-word`) without them, or nil: they say
    /// how soon, not what is happening, and in a mean of word vectors they
    /// blur what the rest tells. Nil when nothing else is left.
    private func withoutUrgentOpening(_ sentence: Sentence) -> Sentence? {
        let opening = sentence.words.prefix { rules.urgentWords.contains($0.text) }.count
        guard opening > 0, opening < sentence.words.count else { return nil }
        var rest = sentence
        rest.words = Array(sentence.words.dropFirst(opening))
        return rest
    }

    /// What a question with a `shared-experience` frame presupposes the
    /// asker says ("does anyone else feel like they're a burden?" → "I feel
    /// like I'm a burden"): the words after the frame, told by
    /// `shared-experience-subject`, its pronouns for "anyone" the asker's
    /// own. A question naming no one is otherwise not judged by meaning, and
    /// a mean of word vectors cannot hear the frame. Nil for any other sentence.
    func toldInASharedExperience(_ sentence: Sentence) -> Sentence? {
        guard sentence.isQuestion, !rules.sharedExperienceSubject.isEmpty else { return nil }
        guard let end = sharedExperienceFrameEnd(sentence.words.map(\.text)), end < sentence.words.count else { return nil }
        let told = sentence.words[end...].map { word in
            var word = word
            word.text = rules.sharedExperiencePronouns[word.text] ?? word.text
            return word
        }
        let subject = Word(text: rules.sharedExperienceSubject, clause: told.first?.clause ?? 0, matches: [])
        return Sentence(words: [subject] + told, isQuestion: false, span: sentence.span)
    }

    /// How many words a question asking what something is may name it in
    /// ("what is anaphylaxis?", "what is serotonin syndrome?"): a longer one
    /// asks more than a definition ("whats even the point", "what's the
    /// lethal amount for someone around 60kg").
    static let definitionLength = 2

    /// Whether a question only asks what something is (`asks-what-it-is`,
    /// then at most `definitionLength` words): it asks for a topic, and the
    /// question model does not judge the message for it; a reason told
    /// beside it is still a statement the other parts judge.
    private func asksWhatAThingIs(_ words: [Word]) -> Bool {
        let texts = words.map(\.text).drop { rules.openers.contains($0) }
        return rules.asksWhatItIs.contains { frame in
            texts.starts(with: frame) && texts.count - frame.count <= Self.definitionLength
        }
    }

    /// Where the first `shared-experience` frame in `texts` ends, if any.
    func sharedExperienceFrameEnd(_ texts: [String]) -> Int? {
        rules.sharedExperience.compactMap { occurrences(of: $0, in: texts).first?.upperBound }.min()
    }

    /// A statement judged by meaning: its place among the message's
    /// sentences, its words, its text as written, whether it names no
    /// person and does not leave its "I" out, and how probable the model
    /// alone must find danger in it, when only the model may flag it (nil:
    /// near examples may too).
    private struct Statement {
        var index: Int
        var sentence: Sentence
        var slice: String
        var namesNoOne: Bool
        var modelOnly: Float?
        /// Whether it is what a question's `shared-experience` frame presupposes.
        var framed = false
    }

    /// The net's finding for one statement, unless it is left to the phrases.
    /// - Parameters:
    ///   - saysNow: whether the message says now anywhere, so no past marker makes a history of it.
    ///   - toldAsOver: whether it is told in the past tense and the message
    ///     then says it is over ("…I didn't want to be here. That passed.").
    ///   - dated: whether the next sentence only dates it to a past ("That was 15 years ago.").
    ///   - ended: whether it tells a crisis or distress ended, even now ("the urge to die is gone now": `isToldAsEnded`).
    private func judge(_ statement: Statement, saysNow: Bool, toldAsOver: Bool, dated: Bool, ended: Bool) -> Finding? {
        let words = statement.sentence.words
        // A short statement's mean vector says little: it must be more alike.
        let isShort = words.count < rules.meaningMinimumWords
        // A statement that names no person, nor leaves its "I" out, only the model may flag, and more surely.
        if statement.namesNoOne && isShort { return nil }
        // A short statement that only says something is over ("They're gone now.") tells no danger of its own.
        if isShort && containsAny(rules.overMarkers, in: words.map(\.text)) { return nil }
        guard let found = meaning?.classify(
                statement.slice, threshold: isShort ? rules.meaningShortThreshold : nil, useModel: !isShort,
                modelOnly: statement.modelOnly),
            let category = rules.category(named: found.category), category.status != .referral
        else { return nil }
        if category.status == .emergency && (dated || isAboutThePast(words)) { return nil }
        if category.status != .emergency && (ended || !saysNow && (toldAsOver || dated || tellsOfAPastThatIsOver(words))) { return nil }
        // "a little", "slightly": a mild effect told as it is, not an emergency.
        if category.status == .emergency && words.contains(where: { rules.mildWords.contains($0.text) }) { return nil }
        var pattern = SafetyPattern(
            text: SafetyPattern.meaningMark + found.example, needsFirstPerson: true, category: category.name,
            path: found.path.isEmpty ? rules.path : found.path, line: found.line)
        pattern.meaning = found.score
        return .flagged(category.status, pattern, aboutOther: isAboutOther(words))
    }

    /// Whether a statement leaves its "I" out, as messages typed in a hurry
    /// do ("took the whole box", "cutting again, deeper", "been thinking
    /// about the bridge", "can't do this anymore"): it opens, after any
    /// opener, with a past tense, a word with a `subjectless-ending:`
    /// ("-ing"; not a `subjectless-exception:` such as "everything"), a
    /// `subjectless-verb:` ("been", "want"; not "sleep" or "face", which
    /// open as nouns too), or a negation before a `verb-without-subject:`
    /// ("can't sleep").
    /// Such a statement is about the writer; one opened by a noun
    /// ("therapy and meds both failed") is not judged.
    func opensWithoutSubject(_ words: [Word]) -> Bool {
        guard let index = words.firstIndex(where: { !rules.openers.contains($0.text) }) else { return false }
        let first = words[index].text
        if isPastTense(first) || rules.subjectlessVerbs.contains(first) { return true }
        if !rules.subjectlessExceptions.contains(first),
            rules.subjectlessEndings.contains(where: { first.count >= $0.count + Self.pastStemLength && first.hasSuffix($0) })
        {
            return true
        }
        return rules.negations.contains(first) && index + 1 < words.count && rules.verbsWithoutSubject.contains(words[index + 1].text)
    }

    /// Whether the reader denies something: a first-person word, perhaps an
    /// auxiliary, then a denial word ("I'm not…", "I would never…"; not
    /// "I'd rather not wake up"), not followed by a word that makes it doubt
    /// instead (`denial-undone-by`: "I'm not sure I want it filled anymore").
    private func isDenial(_ words: [Word]) -> Bool {
        saysOfThemselves(rules.denials, in: words, undoneBy: rules.denialUndoers)
    }

    /// Whether the reader negates of themselves ("I don't…", "I never…")
    /// what the phrases found to be a crisis or distress phrase ("I don't
    /// want to die"): they heard the "not" a mean of word vectors cannot,
    /// so the sentence is a denial to the comparison by meaning too. ("I
    /// don't want to live" is a phrase of its own, not a negated one.)
    /// The sentence is still read whole (tried: leaving the negated phrase
    /// out; "I no longer much care whether I wake up" and "I don't see why
    /// I should keep going" tell the danger by the negation).
    private func negatesADanger(_ words: [Word]) -> Bool {
        guard let negation = saidOfThemselves(rules.negations, in: words) else { return false }
        return crisisOrDistressCandidates(in: words).contains { phrase in
            guard !phrase.startsWithNegation, let match = matcher.firstMatch(of: phrase, in: words), match.lowerBound > negation
            else { return false }
            return firstUnnegatedMatch(of: phrase, in: words) == nil
        }
    }

    /// Whether a question opened by a negative question word ("isnt it
    /// hopeless trying to get insurance to pay") holds a crisis, distress or
    /// emergency phrase only after a negation: it asks what "is it hopeless
    /// trying to…" asks, a topic the phrases answer with a footnote, so the
    /// question model does not judge the message whole (`judgedAsAsked`).
    /// Not a negation further on ("…who cant see the point in breathing
    /// anymore", tried: the phrase reads it as negated, the danger is not).
    private func findsOnlyNegated(_ words: [Word]) -> Bool {
        guard let first = words.first(where: { !rules.openers.contains($0.text) })?.text,
            rules.questionWords.contains(first), rules.negations.contains(first)
        else { return false }
        return candidatePhrases(in: words, of: [.crisis, .distress, .emergency]).contains { phrase in
            matcher.firstMatch(of: phrase, in: words) != nil && firstUnnegatedMatch(of: phrase, in: words) == nil
        }
    }

    /// Whether a phrase of danger in the sentence is told in a story ("I
    /// watched a film last night where the main character jumps off a
    /// building", `tellsOfAStory`): the phrases read it as a topic, so the
    /// model alone judges it, as surely as a topic (`model-threshold-topic`).
    private func tellsADangerAsAStory(_ words: [Word]) -> Bool {
        candidatePhrases(in: words, of: [.crisis, .distress, .emergency]).contains { phrase in
            guard let match = matcher.firstMatch(of: phrase, in: words) else { return false }
            return tellsOfAStory(words, match: match)
        }
    }

    /// Whether a crisis or distress phrase matches in the sentence but a
    /// veto rules it out (`model-threshold-vetoed`), and no such phrase
    /// matches as it is. (Not an emergency's: tried, it lost "my toddler
    /// might have licked some of the spray, he's acting drunk".)
    private func vetoesADanger(_ words: [Word]) -> Bool {
        namesAVetoedSense(words, of: [.crisis, .distress])
            && !crisisOrDistressCandidates(in: words).contains { matcher.firstMatch(of: $0, in: words) != nil }
    }

    /// Whether a phrase of `statuses` that may match in the sentence is
    /// ruled out there by its veto: the veto names a harmless sense ("what's
    /// the point of this paperwork?") that a model cannot hear.
    private func namesAVetoedSense(_ words: [Word], of statuses: Set<Reply.Status>) -> Bool {
        candidatePhrases(in: words, of: statuses).contains { matcher.isVetoed($0, in: words) }
    }

    /// Whether a crisis or distress phrase in the sentence is told as ended
    /// ("my suicidal thoughts went away", `isToldAsEnded`): the sentence is
    /// then over to the comparison by meaning too. (Tried: the clause before
    /// an `ended-after` marker read by meaning where no phrase names it; it
    /// read "my reason to live | has gone" as a crisis ended.)
    private func endsADanger(_ words: [Word]) -> Bool {
        crisisOrDistressCandidates(in: words).contains { phrase in
            guard let match = matcher.firstMatch(of: phrase, in: words) else { return false }
            return isToldAsEnded(words, match: match)
        }
    }

    /// The crisis and distress phrases that may match in the sentence (a
    /// word of their first step occurs): what the three readings above ask
    /// about a phrase the sentence holds.
    private func crisisOrDistressCandidates(in words: [Word]) -> [SafetyPhraseMatcher.Phrase] {
        candidatePhrases(in: words, of: [.crisis, .distress])
    }

    /// The phrases of `statuses` that may match in the sentence (a word of their first step occurs).
    private func candidatePhrases(in words: [Word], of statuses: Set<Reply.Status>) -> [SafetyPhraseMatcher.Phrase] {
        let phrases = matcher.phrases
        return matcher.candidatePhrases(in: [words]).map { phrases[$0] }.filter { statuses.contains($0.status) }
    }

    /// Whether the reader says one of `kind` of themselves: a first-person
    /// word, perhaps an auxiliary, then a word of `kind` ("I'm not…", "I am
    /// scared…"), not followed by a word of `undoneBy`.
    private func saysOfThemselves(_ kind: Set<String>, in words: [Word], undoneBy: Set<String> = []) -> Bool {
        saidOfThemselves(kind, in: words, undoneBy: undoneBy) != nil
    }

    /// Where the first word of `kind` the reader says of themselves stands
    /// (`saysOfThemselves`).
    private func saidOfThemselves(_ kind: Set<String>, in words: [Word], undoneBy: Set<String> = []) -> Int? {
        for index in words.indices where rules.firstPersonWords.contains(words[index].text) {
            var next = index + 1
            if next < words.count, rules.auxiliaries.contains(words[next].text) { next += 1 }
            guard next < words.count, kind.contains(words[next].text) else { continue }
            if next + 1 < words.count, undoneBy.contains(words[next + 1].text) { continue }
            return next
        }
        return nil
    }
}
