extension SafetyScreen {
    /// Whether a sentence tells of the past ("a stroke two years ago", "in
    /// 2021") and nothing in it says now ("an hour ago", "tonight"): an
    /// emergency then is a medical history, referred, not an emergency now.
    /// A recent marker in a clause that asks ("…, can I still have it?")
    /// dates the question, not what was told, as in `saysNow`.
    /// - Parameter match: where the emergency is, if known: a marker that
    ///   names what it dates (`names-what-follows`: "history of asthma",
    ///   "hx PE") dates only what follows it, so "he can't breathe, history
    ///   of asthma" is now.
    func isAboutThePast(_ sentence: [Word], match: Range<Int>? = nil) -> Bool {
        let texts = sentence.map(\.text)
        let asking = askingClauses(of: sentence)
        if sentence.indices.contains(where: { !asking.contains(sentence[$0].clause) && saysNow(at: $0, in: sentence) }) { return false }
        return (rules.historyMarkers + rules.pastMarkers).contains { marker in
            occurrences(of: marker, in: texts).contains { found in
                guard let match, match.upperBound <= texts.count, marker.contains(where: rules.namesWhatFollows.contains) else { return true }
                if match.lowerBound >= found.upperBound && match.lowerBound - found.upperBound <= Self.namedReach,
                    sentence[found.lowerBound].clause == sentence[match.lowerBound].clause
                {
                    return true
                }
                // Or a question names the emergency again ("had a stroke in his
                // 60s, does family history of stroke matter"), by a word of its own.
                guard asking.contains(sentence[found.lowerBound].clause) else { return false }
                let named = texts[found.upperBound..<min(texts.count, found.upperBound + Self.namedReach + 1)]
                let own = Set(texts[match]).subtracting(rules.articles).subtracting(rules.negations)
                    .subtracting(rules.lightTakingVerbs).subtracting(rules.auxiliaries).subtracting(rules.presentTenseWords)
                return !own.isDisjoint(with: named)
            }
        }
    }

    /// How many words ("of an", "of severe") may stand between "history" and what it dates.
    static let namedReach = 3

    /// Whether a crisis or distress phrase is dated to a past that is over
    /// ("I was suicidal years ago", "an overdose in 2010", "used to
    /// self-harm", "I tried to kill myself when I was a teen"): a history the
    /// reader tells, perhaps to ask about treatment, not a danger now. The
    /// comparison by meaning reads a whole sentence so; an emergency is dated
    /// by `isAboutThePast` instead. A span that reaches
    /// today ("for years") is no such marker: "suicidal for years" is
    /// suicidal now. The caller first asks `saysNow` of the whole message.
    /// - Parameter match: where the phrase is: the marker must be within
    ///   `pastMarkerReach` words of it, with no person word between them
    ///   ("I was suicidal in 2019 and I'm suicidal now": the second is not
    ///   dated) but the subject the marker opens a clause with, when no
    ///   person is named after the phrase ("years ago I attempted suicide";
    ///   not "years ago I wanted to die and I think about it every day");
    ///   nil for the whole sentence (by meaning).
    func tellsOfAPastThatIsOver(_ sentence: [Word], match: Range<Int>? = nil) -> Bool {
        let texts = sentence.map(\.text)
        return rules.pastMarkers.contains { marker in
            occurrences(of: marker, in: texts).contains { found in
                guard let match else { return true }
                let between = Self.wordsBetween(found, and: match)
                guard between.count <= max(rules.pastMarkerReach, rules.pastMarkerSubjectReach) else { return false }
                let people = between.filter { personWords.contains(texts[$0]) }
                // Nothing said of a person after it: "… and I think about it every day" is now.
                let opensWithSubject =
                    found.upperBound <= match.lowerBound && people == [found.upperBound]
                    && Set(sentence[found.lowerBound..<match.upperBound].map(\.clause)).count == 1
                    && !texts[match.upperBound...].contains(where: personWords.contains)
                // The subject so opened carries the marker further ("last year I was
                // hospitalised after an overdose"), within one event: not past a word that
                // starts another or says now ("last year I lost everything and want to…").
                let oneEvent = between.count <= rules.pastMarkerReach || !between.contains {
                    rules.newEventWords.contains(texts[$0]) || rules.presentTenseWords.contains(texts[$0])
                }
                return people.isEmpty && between.count <= rules.pastMarkerReach
                    || opensWithSubject && between.count <= rules.pastMarkerSubjectReach && oneEvent
            }
        }
    }

    /// Whether a message says now anywhere ("again", "tonight", "I still
    /// do"), outside a clause that asks ("…, is ketamine still an option?",
    /// which dates the question, not what was told): then no past marker
    /// makes a history of it.
    /// - Parameter ofTheReader: whether to hear only a now said of the
    ///   reader: not one in a clause whose subject is someone else ("I was
    ///   hospitalised after an overdose as a teen and my mum still worries").
    /// - Parameter besidesTheTreatment: whether to hear only a now of
    ///   something besides the treatment's own time, nor in a clause that
    ///   supposes: "can you stop breathing if you take the whole bottle?
    ///   doing it tonight" says it; "my session is tonight" (a word of the
    ///   `scenario-class:`) and "if I have a seizure tonight, …" do not.
    func saysNow(_ sentences: [Sentence], ofTheReader: Bool = false, besidesTheTreatment: Bool = false) -> Bool {
        sentences.contains { sentence in
            let words = sentence.words
            let aside = besidesTheTreatment
                ? Set(Dictionary(grouping: words, by: \.clause).filter { _, clause in
                    opensAQuestion(clause) || opensSupposing(clause) || clause.contains { scenarioWords.contains($0.text) }
                }.keys)
                : askingClauses(of: words)
            return words.indices.contains {
                !aside.contains(words[$0].clause) && saysNow(at: $0, in: words) && !(ofTheReader && isSaidOfSomeoneElse($0, in: words))
            }
        }
    }

    /// Whether the word at `index` stands in a clause whose subject, the
    /// nearest person word before it there, is someone else ("my mum still worries").
    private func isSaidOfSomeoneElse(_ index: Int, in words: [Word]) -> Bool {
        let clause = words[index].clause
        let subject = words[..<index].last { $0.clause == clause && personWords.contains($0.text) }
        return subject.map { rules.otherPersonWords.contains($0.text) } ?? false
    }

    /// Whether a taking (a phrase with a `taking-verb`) is dated just now
    /// (a `just-now-marker`: minutes, hours, tonight; not "two days ago")
    /// after it in its clause, also in a clause that asks ("can I take
    /// ketamine if I took 30 of my pills an hour ago?", "…if I swallowed
    /// bleach a few minutes ago?"): the recent marker dates the taking, not
    /// the question, and an overdose is never a history hours later
    /// (`isAboutThePast` would read "ago" as one).
    func datesATakingJustNow(_ words: [Word], match: Range<Int>, phrase: SafetyPattern) -> Bool {
        guard !rules.justNowMarkers.isEmpty, takingPhrases.get.contains(phrase.text), match.upperBound < words.count else { return false }
        let clause = words[match.lowerBound].clause
        return words.indices[match.upperBound...].contains {
            words[$0].clause == clause && rules.justNowMarkers.contains(words[$0].text) && saysNow(at: $0, in: words)
        }
    }

    /// Whether the word at `index` says now: a recent marker ("tonight"),
    /// or one that says now only before a past tense ("just took", "I've
    /// just cut myself"; not "just so you know", "just want to ask").
    private func saysNow(at index: Int, in words: [Word]) -> Bool {
        let text = words[index].text
        let texts = words[index...].lazy.map(\.text)
        // A count typed onto its unit ("1hr ago", "30mins") says now as the unit does.
        let countedUnit = Self.unitAfterACount(text).map { rules.recentMarkers.contains(String($0)) } ?? false
        if rules.recentMarkers.contains(text) || countedUnit || rules.recentPhrases.contains(where: { texts.starts(with: $0) }) {
            return !isNegatedJustBefore(index, in: words) && !saysWellInItsClause(index, in: words)
                && !datesTheTreatment(index, in: words)
                && !saysOnlyAFeelingAboutThePast(after: index, in: words)
        }
        guard rules.recentBeforePast.contains(text) else { return false }
        return words[(index + 1)...].prefix(Self.recentBeforePastReach).contains {
            isPastTense($0.text) && !rules.notRecentAfter.contains($0.text)
        }
    }

    /// Whether the day word at `index` (`treatment-day`: "tomorrow",
    /// "Thursday") tells when the treatment is: a word of the
    /// `scenario-class:` before it in its clause ("my first infusion is
    /// tomorrow", "my appointment is on Thursday"). It dates the
    /// appointment, and says nothing of a danger told elsewhere ("I
    /// attempted 15 years ago. My appointment is Thursday"); a day told
    /// before the treatment word is the danger's ("I cut again on Sunday
    /// after my session").
    private func datesTheTreatment(_ index: Int, in words: [Word]) -> Bool {
        let texts = words[index...].lazy.map(\.text)
        guard rules.treatmentDays.contains(where: { texts.starts(with: $0) }) else { return false }
        return words[..<index].contains { $0.clause == words[index].clause && scenarioWords.contains($0.text) }
    }

    /// Whether the words just after a recent marker at `index` (past any
    /// person word: "it still haunts me", "I still miss him") are a
    /// `recent-undone-by` feeling about the past, not a danger now.
    private func saysOnlyAFeelingAboutThePast(after index: Int, in words: [Word]) -> Bool {
        guard !rules.recentUndoneBy.isEmpty, index + 1 < words.count else { return false }
        var next = index + 1
        while next < words.count, personWords.contains(words[next].text) { next += 1 }
        let after = words[next...].lazy.map(\.text)
        return rules.recentUndoneBy.contains { after.starts(with: $0) }
    }

    /// Whether a negation stands a few words before `index` in its clause:
    /// a recent marker so negated says it has not happened since ("never
    /// again since", "haven't felt like that again").
    private func isNegatedJustBefore(_ index: Int, in words: [Word]) -> Bool {
        words[max(0, index - Self.recentNegationReach)..<index].contains {
            $0.clause == words[index].clause && rules.negations.contains($0.text)
        }
    }

    /// Whether a `well-marker` or `over-marker` stands just by the word at
    /// `index`, in its clause, not negated just before it: "still doing
    /// well", "currently stable" say now of being well, not of a danger
    /// ("I'm fine now but I cut again last night" still says now).
    private func saysWellInItsClause(_ index: Int, in words: [Word]) -> Bool {
        let texts = words.map(\.text)
        return (rules.wellMarkers + rules.overMarkers).contains { marker in
            unnegatedOccurrences(of: marker, in: texts).contains { found in
                let gap = found.lowerBound > index ? found.lowerBound - index - 1 : index - found.upperBound
                return gap >= 0 && gap <= Self.wellNowReach && words[found.lowerBound].clause == words[index].clause
            }
        }
    }

    /// How many words may stand between a recent marker and the well-marker
    /// it dates ("still doing well", "stable currently").
    static let wellNowReach = 2

    /// How many words before a recent marker a negation undoes it ("never happened again").
    static let recentNegationReach = 3

    /// How many words after "just" a past tense makes it say now ("just
    /// took", "just now took" is rarer than "just so you know").
    static let recentBeforePastReach = 2

    /// The clauses of a sentence that open with a question word ("can I still have it").
    private func askingClauses(of words: [Word]) -> Set<Int> {
        Set(Dictionary(grouping: words, by: \.clause).filter { opensAQuestion($0.value) }.keys)
    }

    /// Whether a question asks what something does rather than telling of
    /// it: opened by a question word of effect ("will", "can", "does") whose
    /// subject is no person ("will the spray make me want to hurt myself?",
    /// "can it cause a heart attack?"), with a verb of effect up to the
    /// phrase; or, for an emergency, a question of any kind naming effects
    /// for anyone ("is chest tightness one of the side effects people
    /// report?") with no first-person word, which a reader having it would
    /// use ("is chest pain a side effect?" still alarms).
    func asksAboutAnEffect(_ sentence: Sentence, match: Range<Int>, status: Reply.Status) -> Bool {
        guard status != .referral else { return false }
        guard sentence.isQuestion else { return tellsOfAnEffect(sentence, match: match) }
        let words = sentence.words
        guard let opening = words.firstIndex(where: { !rules.openers.contains($0.text) }) else { return false }
        let opener = words[opening].text
        if status == .emergency, rules.questionWords.contains(opener),
            words.contains(where: { rules.effectNouns.contains($0.text) }),
            words.contains(where: { rules.genericPersonWords.contains($0.text) }),
            !words.contains(where: { rules.firstPersonWords.contains($0.text) })
        {
            return true
        }
        // "Is chest pain a side effect?": an effect noun after the phrase, in
        // a question that names no person, asks whether it is one; also typed
        // without its "is", opened by the phrase ("chest pain a side effect?").
        if status == .emergency, rules.questionWords.contains(opener) || opening == match.lowerBound, match.upperBound < words.count,
            words[match.upperBound...].contains(where: {
                rules.effectNouns.contains($0.text) && (opening < match.lowerBound || $0.clause == words[match.lowerBound].clause)
            }),
            !words.contains(where: { personWords.contains($0.text) || rules.genericPersonWords.contains($0.text) })
        {
            return true
        }
        // "Will it make me want to die less?" tells of the wish now; a
        // relief word inside the phrase ("make you stop breathing") is none.
        if words.indices.contains(where: { !match.contains($0) && rules.effectRelief.contains(words[$0].text) }) { return false }
        guard rules.effectOpeners.contains(opener), opening + 1 < match.lowerBound,
            !personWords.contains(words[opening + 1].text), !rules.genericPersonWords.contains(words[opening + 1].text)
        else { return false }
        // The effect is the phrase: its verb just before it ("make me want
        // to hurt myself"), not "make the voices telling me to kill myself…".
        let reach = max(opening + 1, match.lowerBound - rules.effectReach - 1)...match.lowerBound
        return words[reach].contains { rules.effectWords.contains($0.text) }
    }

    /// Whether a statement tells what something does, not what a person
    /// feels: a word of effect (`effect-opener`: "can", "may") after a word
    /// that is no person, a verb of effect up to the phrase, and no person
    /// word between ("the doctor says ketamine can bring down suicidal
    /// thinking"; not "ketamine can't stop my suicidal thoughts", nor "it
    /// could make me want to die"). An easing verb may stand alone, just
    /// before the phrase ("ketamine reduces suicidal ideation", "helps with
    /// suicidal thoughts"), after a subject that is not a `nothing-word`
    /// ("nothing helps suicidal thoughts" tells of them).
    private func tellsOfAnEffect(_ sentence: Sentence, match: Range<Int>) -> Bool {
        let words = sentence.words
        guard match.lowerBound >= 2 else { return false }
        let texts = words.map(\.text)
        for verb in stride(from: match.lowerBound - 1, through: 1, by: -1) {
            let eases = match.lowerBound - verb <= rules.effectReach && rules.easingWords.contains(texts[verb])
            guard eases || rules.effectOpeners.contains(texts[verb]) else { continue }
            let before = texts[verb - 1]
            guard !personWords.contains(before), !rules.genericPersonWords.contains(before),
                !rules.negations.contains(before), !rules.nothingWords.contains(before),
                !texts[(verb + 1)..<match.lowerBound].contains(where: { personWords.contains($0) || rules.negations.contains($0) }),
                !texts.indices.contains(where: { !match.contains($0) && rules.effectRelief.contains(texts[$0]) })
            else { return false }
            if eases { return true }
            let reach = max(verb + 1, match.lowerBound - rules.effectReach - 1)..<match.lowerBound
            return texts[reach].contains { rules.effectWords.contains($0) || rules.easingWords.contains($0) }
        }
        return false
    }

    /// Whether the phrase is said of people in general: the nearest word for
    /// a person before it, in its clause, is one for people in general
    /// (`people-in-general:`; not "you" or "one", as in "one more thing") ("sometimes
    /// patients become suicidal"; in a question with no first-person word,
    /// "can it help people who want to die?"), not the reader nor someone
    /// they tell of ("I'm suicidal", "my son wants to die"), nor one they
    /// are said to be one of ("I'm one of those patients who…", "my son is
    /// like the people who…": `likeness` words, then perhaps a determiner).
    func speaksOfPeopleInGeneral(_ sentence: Sentence, phrase: SafetyPattern, match: Range<Int>) -> Bool {
        let words = sentence.words
        guard phrase.needsFirstPerson
            || sentence.isQuestion && !words.contains(where: { rules.firstPersonWords.contains($0.text) })
        else { return false }
        // "I'll end up…": the reader in the phrase itself is who it is about
        // ("people who want to kill themselves" is still people).
        if words[match].contains(where: { rules.firstPersonWords.contains($0.text) }) { return false }
        let clause = words[match.lowerBound].clause
        for index in stride(from: match.lowerBound - 1, through: 0, by: -1) {
            let word = words[index]
            guard word.clause == clause else { return false }
            if personWords.contains(word.text) { return false }
            guard rules.peopleInGeneral.contains(word.text) else { continue }
            var before = index - 1
            if before >= 0, rules.determiners.contains(words[before].text) { before -= 1 }
            return before < 0 || !rules.likenessWords.contains(words[before].text)
        }
        return false
    }

    /// Whether a question names the phrase as a topic just after asking
    /// for its signs or risks ("what are the warning signs of an overdose I
    /// should watch for?"): a marker of `topicOfMarkers` (for an emergency,
    /// of `emergencyTopicOfMarkers` too: "how to prevent a heart attack?")
    /// ends at most two words before it; or just after asking what it is or how common
    /// ("what is anaphylaxis?", `asks-what-it-is`), or after comparing it
    /// ("is a panic attack the same as a heart attack?", `comparing`).
    /// Told, not asked, it still counts ("he's showing signs of an overdose").
    func asksAboutATopic(_ sentence: Sentence, match: Range<Int>, ofAnEmergency: Bool = false) -> Bool {
        guard sentence.isQuestion, opensWithQuestionWord(sentence.words) else { return false }
        let texts = sentence.words.map(\.text)
        let clause = sentence.words[match.lowerBound].clause
        // In the phrase's clause: "how to prevent anaphylaxis, my throat is closing" tells of the throat.
        let markers = ofAnEmergency ? rules.topicOfMarkers + rules.emergencyTopicOfMarkers : rules.topicOfMarkers
        let asksForSigns = markers.contains { marker in
            occurrences(of: marker, in: texts).contains {
                $0.upperBound <= match.lowerBound && match.lowerBound - $0.upperBound <= Self.topicOfReach
                    && sentence.words[$0.lowerBound].clause == clause
            }
        }
        // "What is anaphylaxis?", "how common is a heart attack on it?": only an article between.
        let asksWhatItIs = rules.asksWhatItIs.contains { marker in
            occurrences(of: marker, in: texts).contains { found in
                found.upperBound <= match.lowerBound && texts[found.upperBound..<match.lowerBound].allSatisfy(rules.articles.contains)
                    && match.lowerBound - found.upperBound <= 1
            }
        }
        let compares = rules.comparing.contains { marker in
            occurrences(of: marker, in: texts).contains {
                $0.upperBound <= match.lowerBound && sentence.words[$0.lowerBound].clause == clause
            }
        }
        return asksForSigns || asksWhatItIs || compares
    }

    /// How many words ("an", "a ketamine") may stand between "signs of" and the topic.
    static let topicOfReach = 2

    /// Whether a clause opens with a question word that is no negation
    /// ("is", "can"; not "can't", which often opens a statement).
    private func opensAQuestion(_ clause: [Word]) -> Bool {
        guard let first = clause.first(where: { !rules.openers.contains($0.text) }) else { return false }
        return rules.questionWords.contains(first.text) && !rules.negations.contains(first.text)
    }

    func opensWithQuestionWord(_ words: [Word]) -> Bool {
        words.first { !rules.openers.contains($0.text) }.map { rules.questionWords.contains($0.text) } ?? false
    }

    /// Whether `marker` (words in order; `{year}` a year in digits) occurs in `texts`.
    private func contains(_ marker: [String], in texts: [String]) -> Bool {
        !occurrences(of: marker, in: texts).isEmpty
    }

    /// Whether any of `markers` occurs in `texts`.
    func containsAny(_ markers: [[String]], in texts: [String]) -> Bool {
        markers.contains { !occurrences(of: $0, in: texts).isEmpty }
    }

    /// Where `marker` occurs in `texts`.
    func occurrences(of marker: [String], in texts: [String]) -> [Range<Int>] {
        guard marker.count <= texts.count else { return [] }
        return (0...texts.count - marker.count).filter { start in
            zip(marker, texts[start..<start + marker.count]).allSatisfy { wanted, word in
                switch wanted {
                case Self.yearPlaceholder: isPastYear(word)
                case Self.decadePlaceholder: isDecade(word)
                case Self.agePlaceholder: Int(word).map(Self.agesTold.contains) ?? false
                case Self.anyAgePlaceholder: Int(word).map(Self.anyAgeTold.contains) ?? false
                case Self.countPlaceholder: isCount(word)
                case Self.personPlaceholder: personWords.contains(word)
                // A count typed onto its unit counts as the unit ("10yrs ago" as "yrs ago").
                default: wanted == word || word.first?.isNumber == true && Self.unitAfterACount(word) == Substring(wanted)
                }
            }
        }.map { $0..<$0 + marker.count }
    }

    /// Stands for a year in a marker ("in {year}").
    static let yearPlaceholder = "{year}"
    /// Stands for a decade of life in digits ("in my {decade}": "in her 50s").
    static let decadePlaceholder = "{decade}"
    /// Stands for an age in a marker ("at {age}": "at 16").
    static let agePlaceholder = "{age}"
    /// Stands for any age, a child's too, where the words around it can only
    /// tell an age ("when I was {any-age}": "when I was 8").
    static let anyAgePlaceholder = "{any-age}"
    /// The unit a count is typed onto ("1hr" → "hr", "10yrs" → "yrs"); nil
    /// for a word that opens with no digit or is only digits.
    static func unitAfterACount(_ word: String) -> Substring? {
        let unit = word.drop { $0.isASCII && $0.isNumber }
        return unit.isEmpty || unit.count == word.count ? nil : unit
    }

    /// The words between a marker found near a match and the match itself,
    /// whichever comes first (empty when they touch or overlap).
    static func wordsBetween(_ found: Range<Int>, and match: Range<Int>) -> Range<Int> {
        found.upperBound <= match.lowerBound
            ? found.upperBound..<match.lowerBound : match.upperBound..<max(match.upperBound, found.lowerBound)
    }

    /// Stands for a count in a marker ("well for {count} years": "15",
    /// "five", "two").
    static let countPlaceholder = "{count}"
    /// Stands for a word for a person, the reader or another ("if my {person} ever": "if my son ever").
    static let personPlaceholder = "{person}"

    /// Whether a word is a count: a numeral (at most four digits), or a
    /// `large-count:` or `small-count:` word.
    private func isCount(_ word: String) -> Bool {
        if let number = Int(word) { return word.count <= 4 && number > 0 }
        return rules.largeCountWords.contains(word) || rules.smallCountWords.contains(word)
    }

    /// The numbers read as an age: from where a clock's hours ("at 11") end, to a lifetime.
    static let agesTold = 13...99
    /// The numbers `{any-age}` reads as an age.
    static let anyAgeTold = 1...99

    /// "20s" to "90s".
    private func isDecade(_ word: String) -> Bool {
        word.count == 3 && word.hasSuffix("0s") && word.first.map { ("2"..."9").contains($0) } == true
    }

    /// The earliest year a four-digit numeral is read as: a person's lifetime, give or take.
    static let earliestYear = 1900
    /// How many years back a year must be to date a danger as over: "in
    /// 2026 I tried to kill myself", said in 2026 or 2027, is no history.
    static let yearsUntilPast = 2

    private func isPastYear(_ word: String) -> Bool {
        word.count == 4 && Int(word).map { (Self.earliestYear...latestPastYear).contains($0) } ?? false
    }
}
