extension SafetyScreen {
    /// Whether a symptom at `start` is only supposed in a question: in its
    /// clause, before it, a hypothetical word then the reader or anyone
    /// ("what should I do if I get chest tightness?", "what if you stop
    /// breathing?"), or someone else in a sentence set in the treatment
    /// (a word of `scenario-class:`: "what happens if my husband has a seizure during
    /// his infusion?", a scenario asked about). Said of someone else
    /// otherwise ("what do I do if he stops breathing?") or told ("I have
    /// chest pain, what do I do?") it counts; so do the reader's own
    /// overdoses (an `about-me` phrase of `takingPhrases`), which a
    /// frightened reader may well ask as "what happens if I took…?", unless
    /// words that only suppose come before them ("hypothetically", "in
    /// case", "if I ever": `only-supposing`), which suppose any symptom too
    /// ("say I felt chest tightness on the drive home, should I ring the
    /// clinic?"). One only asked or feared to be possible is supposed
    /// whoever it is of ("could I pass out in the car afterwards?":
    /// `asksOrFearsItMayHappen`).
    func isSupposed(_ sentence: Sentence, match: Range<Int>, phrase: SafetyPattern) -> Bool {
        let ofTheReader = phrase.needsFirstPerson
        let start = match.lowerBound
        if asksOrFearsItMayHappen(sentence, before: start) { return true }
        let words = sentence.words
        // "can I take ketamine if I swallowed bleach a few minutes ago?" tells, whoever's phrase it is.
        if datesATakingJustNow(words, match: match, phrase: phrase) { return false }
        // Words that only suppose open a supposition, asked in it or after it
        // ("let's say I had a seizure at home. Would that be from the ketamine?").
        // A taking so supposed may tell ("hypothetically I took 30 pills an hour ago").
        if opensOnlySupposing(words, before: start), !(ofTheReader && takingPhrases.get.contains(phrase.text)) { return true }
        guard sentence.isQuestion || endsAsking(sentence) else { return false }
        if containsAny(rules.onlySupposing, in: words[..<start].map(\.text)) { return true }
        // "What would happen if I had an allergic reaction?" supposes; "what happens if I took all my pills?" may tell.
        if ofTheReader && takingPhrases.get.contains(phrase.text) { return false }
        let clause = words[start].clause
        let inTreatment = words.contains { scenarioWords.contains($0.text) }
        return words.indices.contains { index in
            guard index + 1 < start, words[index].clause == clause, rules.hypotheticalWords.contains(words[index].text)
            else { return false }
            // "What if …?" only supposes, whoever it is of ("what if the spray makes me feel I can't breathe?").
            if index > 0, rules.supposingOpeners.contains(words[index - 1].text) { return true }
            let next = words[index + 1].text
            // A generic person may be two words ("if a patient has…"), someone else too ("if my dad…").
            let nextTwo = index + 2 < start ? next + " " + words[index + 2].text : next
            let afterNext = index + 2 < start ? words[index + 2].text : next
            let other = rules.otherPersonWords.contains(next) || rules.otherPersonWords.contains(afterNext)
            return rules.firstPersonWords.contains(next) || rules.genericPersonWords.contains(next)
                || rules.genericPersonWords.contains(nextTwo) || (inTreatment && other)
        }
    }

    /// Whether a question only supposes a crisis of the reader and asks whom
    /// to contact or what to do ("if I ever felt suicidal between sessions,
    /// who would I contact?"): words that only suppose (`only-supposing`)
    /// before the phrase, or the crisis supposed to begin ("if I start
    /// feeling suicidal between infusions, who do I call?", `supposesItsOnset`)
    /// in a message that nowhere says now (`messageSaysNow`: "…like right
    /// now"); and a word that asks for help (`asking-for-help`). A question
    /// of means so supposed ("hypothetically, how many would it take?") asks
    /// for no help and still alarms.
    func asksWhatToDoIfEver(_ sentence: Sentence, before start: Int, messageSaysNow: Bool) -> Bool {
        guard !rules.askingForHelp.isEmpty, sentence.isQuestion || endsAsking(sentence) else { return false }
        let texts = sentence.words.map(\.text)
        guard texts.contains(where: rules.askingForHelp.contains) else { return false }
        return containsAny(rules.onlySupposing, in: Array(texts[..<start]))
            || !messageSaysNow && supposesItsOnset(sentence.words, before: start)
    }

    /// Whether just before a crisis at `start`, in its clause, stand an
    /// `onset-opener` ("if"; not "when", which may tell a habit), the reader,
    /// and one or two becoming verbs of which one is an `onset-verb` ("if I
    /// start feeling…", "if I get…"): a crisis supposed to begin, not one
    /// now. (Tried: a treatment word after the crisis as enough, "if I feel
    /// suicidal after a session"; it hid "…after my last session" and
    /// "…since my infusion".)
    private func supposesItsOnset(_ words: [Word], before start: Int) -> Bool {
        guard !rules.onsetVerbs.isEmpty, !rules.onsetOpeners.isEmpty, start < words.count else { return false }
        let index = firstOfTheVerbs(rules.becomingVerbs.union(rules.onsetVerbs), in: words, before: start)
        guard words[index..<start].contains(where: { rules.onsetVerbs.contains($0.text) }), index >= 2,
            words[index - 2].clause == words[start].clause
        else { return false }
        return rules.firstPersonWords.contains(words[index - 1].text) && rules.onsetOpeners.contains(words[index - 2].text)
    }

    /// Where the run of up to `becomingReach` of `verbs` just before `start`,
    /// in its clause, begins ("start feeling" before "suicidal"); `start`
    /// when none stands there.
    private func firstOfTheVerbs(_ verbs: Set<String>, in words: [Word], before start: Int) -> Int {
        var index = start
        while index > 0, start - index < Self.becomingReach, words[index - 1].clause == words[start].clause, verbs.contains(words[index - 1].text) {
            index -= 1
        }
        return index
    }

    /// Whether a sentence typed without its question mark ends with a clause
    /// that asks ("if I get chest pains during the drip do they have a
    /// defib"): its last clause opens with a question word, after another.
    func endsAsking(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        if let last = words.last?.clause, last > 0, opensWithQuestionWord(words.filter { $0.clause == last }) { return true }
        return opensSupposingThenAsks(words)
    }

    /// Whether a sentence opens, after any opener, with a hypothetical word
    /// ("if", "when") or words that only suppose ("say I", "hypothetically").
    func opensSupposing(_ words: [Word]) -> Bool {
        guard let first = words.firstIndex(where: { !rules.openers.contains($0.text) }) else { return false }
        let texts = words[first...].map(\.text)
        return rules.hypotheticalWords.contains(texts[0]) || rules.onlySupposing.contains { texts.starts(with: $0) }
    }

    /// Whether a sentence opens, after any opener, with words that only
    /// suppose (`only-supposing`: "hypothetically", "let's say", "suppose
    /// I") of the reader, a first-person word ending them or just after,
    /// before `start`, in the clause there.
    func opensOnlySupposing(_ words: [Word], before start: Int) -> Bool {
        guard let first = words.firstIndex(where: { !rules.openers.contains($0.text) }), first < start,
            words[first].clause == words[start].clause
        else { return false }
        let texts = words[first..<start].map(\.text)
        // Of the reader: "let's say I…", "suppose I…"; not "just in case you need to know my husband is…".
        return rules.onlySupposing.contains { entry in
            guard texts.starts(with: entry) else { return false }
            let person = entry.last.map(rules.firstPersonWords.contains) == true ? entry.last : texts.dropFirst(entry.count).first
            return person.map(rules.firstPersonWords.contains) ?? false
        }
    }

    /// Whether a sentence typed without commas or question mark opens with a
    /// hypothetical word and then asks ("if I get chest pains during the
    /// drip do they have a defib"): a question word (not a negation) after
    /// a word that is no person, before a person or "there" ("do they",
    /// "should I", "is there"; not "…I will call"). Words that only suppose
    /// open it as well ("hypothetically if I felt like hurting myself
    /// between sessions whats the plan").
    func opensSupposingThenAsks(_ words: [Word]) -> Bool {
        guard let first = words.firstIndex(where: { !rules.openers.contains($0.text) }), opensSupposing(words) else { return false }
        return words.indices.contains { index in
            guard index > first + 1, index + 1 < words.count else { return false }
            let word = words[index].text
            return rules.questionWords.contains(word) && !rules.negations.contains(word)
                && !personWords.contains(words[index - 1].text)
                && (personWords.contains(words[index + 1].text) || rules.askedOf.contains(words[index + 1].text))
        }
    }

    /// How many `may-happen-filler` words may stand between the words that
    /// ask or fear and the emergency ("could I ever end up having a fit?").
    static let mayHappenReach = 3

    /// Whether an emergency at `start` is only asked or feared to be
    /// possible: just before it in its clause, past filler words, a
    /// `may-happen` word and a person in a question ("could I pass out in
    /// the car afterwards?", "any chance I could stop breathing?"), or a
    /// person and such a word after a `fear` word, in a sentence of one
    /// clause ("I'm afraid I'll have an allergic reaction", "scared I might
    /// faint"). Not when something else stands between ("could I be having
    /// a heart attack?", "I can feel my throat swelling, is that normal?")
    /// or it is told as done ("could I have taken too many?").
    func asksOrFearsItMayHappen(_ sentence: Sentence, before start: Int) -> Bool {
        let words = sentence.words
        guard start > 0, !rules.mayHappenWords.isEmpty, !rules.perfectAuxiliaries.contains(words[start - 1].text) else { return false }
        let clause = words[start].clause
        var end = start - 1
        while end >= 0, start - 1 - end < Self.mayHappenReach, words[end].clause == clause,
            rules.mayHappenFillers.contains(words[end].text) {
            end -= 1
        }
        guard end >= 0, words[end].clause == clause else { return false }
        let last = words[end].text
        let before = end > 0 && words[end - 1].clause == clause ? words[end - 1].text : nil
        func isPerson(_ word: String?) -> Bool {
            guard let word else { return false }
            return personWords.contains(word) || rules.genericPersonWords.contains(word)
        }
        let asks = sentence.isQuestion || endsAsking(sentence)
        // "could I …?": the question asks whether it may happen.
        if asks, isPerson(last), let before, rules.mayHappenWords.contains(before) { return true }
        // "I could …", "I'll …": asked, or after a fear word in a sentence
        // of one clause ("I'm afraid I'll have a heart attack, my chest has
        // been crushing for 20 minutes" tells of now in its next clause).
        guard rules.mayHappenWords.contains(last), isPerson(before) || isPerson(last) else { return false }
        let oneClause = words.allSatisfy { $0.clause == clause }
        return asks || oneClause && words[..<end].contains { rules.fearWords.contains($0.text) }
    }

    /// Whether a question asks if a crisis or distress at `start` will come
    /// to the reader: just before it a `becoming-verb` or two ("feel",
    /// "start feeling"), a person, and a `may-happen` word ("will I feel
    /// suicidal during withdrawal?", "could I become hopeless again?"), or a
    /// hypothetical word after a `supposing-opener` ("what if I feel
    /// suicidal after the infusion?"; not "who do I call if I feel
    /// suicidal?", which may be asked in one). A question of an act ("could
    /// I kill myself with these?") names no becoming and still alarms.
    func asksWhetherItWillCome(_ sentence: Sentence, before start: Int) -> Bool {
        guard !rules.becomingVerbs.isEmpty, start >= 3, sentence.isQuestion || endsAsking(sentence) else { return false }
        let words = sentence.words
        let clause = words[start].clause
        let index = firstOfTheVerbs(rules.becomingVerbs, in: words, before: start) - 1
        guard index < start - 1, index >= 1, words[index].clause == clause, words[index - 1].clause == clause else { return false }
        let person = words[index].text
        let asking = words[index - 1].text
        let supposed = rules.hypotheticalWords.contains(asking) && index >= 2 && words[index - 2].clause == clause
            && rules.supposingOpeners.contains(words[index - 2].text)
        return (personWords.contains(person) || rules.genericPersonWords.contains(person))
            && (rules.mayHappenWords.contains(asking) || supposed)
    }

    /// How many becoming verbs may stand before the crisis ("start feeling").
    static let becomingReach = 2

    /// The texts of the phrases that tell of taking a substance: their
    /// words (not their exceptions', `SafetyPhraseMatcher.namedWords`) hold
    /// a `taking-verb` ("=took", "swallowed") or name the `taking-class`
    /// ("{medicine} + # so far").
    /// - Parameter besides: taking verbs that do not count ("had", for
    ///   `substancePhrases`).
    static func takingPhrases(of matcher: SafetyPhraseMatcher, rules: SafetyRules, besides: Set<String> = []) -> Set<String> {
        let takingClass = rules.takingClass.map { "\(SafetyPhraseMatcher.wordClassOpening)\($0)\(SafetyPhraseMatcher.wordClassClosing)" }
        let verbs = rules.takingVerbs.subtracting(besides)
        return Set(matcher.phrases.filter { phrase in
            matcher.namedWords(of: phrase).contains { verbs.contains($0) || $0 == takingClass }
        }.map(\.source.text))
    }

    /// Whether the message tells that what it asks about is happening to
    /// the reader ("what is a heart attack? I think I'm having one", "can
    /// you stop breathing after 15 of them? I just did": `happening-now`):
    /// then no question in it only asks, supposes or fears.
    func tellsItIsHappening(_ sentences: [Sentence]) -> Bool {
        !rules.happeningNow.isEmpty && sentences.contains { containsAny(rules.happeningNow, in: $0.words.map(\.text)) }
    }

    /// The first match of an emergency phrase from `match` on that the
    /// sentence tells rather than only asks about ("what is anaphylaxis?"),
    /// supposes or fears (`isSupposed`), or asks of people in general ("why
    /// do some people pass out after the spray?"): one so asked about does
    /// not hide the same phrase told in a later clause ("how to prevent
    /// fainting, I'm fainting").
    func firstToldEmergency(_ phrase: SafetyPhraseMatcher.Phrase, in sentence: Sentence, from match: Range<Int>) -> Range<Int>? {
        let words = sentence.words
        var candidate: Range<Int>? = match
        while let current = candidate {
            let onlyAsked = isSupposed(sentence, match: current, phrase: phrase.source)
                || asksAboutAnEffect(sentence, match: current, status: .emergency)
                || asksAboutATopic(sentence, match: current, ofAnEmergency: true)
                // "Why do some people pass out after the nasal spray?"
                || sentence.isQuestion && speaksOfPeopleInGeneral(sentence, phrase: phrase.source, match: current)
            if !onlyAsked { return current }
            let laterClause = words[current.lowerBound].clause + 1
            guard let next = words.firstIndex(where: { $0.clause >= laterClause }) else { return nil }
            candidate = firstUnnegatedMatch(of: phrase, in: words, from: next)
        }
        return nil
    }
}
