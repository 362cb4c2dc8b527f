extension SafetyScreen {
    /// Where the message says a danger is over ("that passed", "it has
    /// lifted", "I came through it"), as sentence and word: an over-marker
    /// or an age given as now ("I'm 45 now", `age-now-marker`) not negated
    /// just before it ("I never got through it" is no such word).
    /// A `well-marker` ("I'm fine now", "doing well") counts only when a
    /// past marker or an `age-marker` dates something in the message
    /// ("years ago", "in 2019", "at 16", "in her 50s"): "I tried to kill
    /// myself but I'm fine now" is no history. An age alone dates nothing
    /// ("I tried to hang myself at 16" may be four o'clock).
    func overMarks(in sentences: [Sentence]) -> [MessageMarks.Mark] {
        let texts = sentences.map { $0.words.map(\.text) }
        func marks(of markers: [[String]]) -> [MessageMarks.Mark] {
            texts.enumerated().flatMap { index, words in
                markers.flatMap { marker in
                    unnegatedOccurrences(of: marker, in: words).map { (sentence: index, word: $0.lowerBound) }
                }
            }
        }
        let over = marks(of: rules.overMarkers + rules.ageNowMarkers)
        let well = marks(of: rules.wellMarkers)
        guard !well.isEmpty, says(rules.pastMarkers + rules.ageMarkers + rules.ageNowMarkers, in: texts) else {
            return over
        }
        return over + well
    }

    /// Whether any of `markers` occurs anywhere in the message's sentences
    /// `texts`: what dates a message (a past or age marker) is asked of
    /// the whole message, not of the sentence that tells the danger.
    func says(_ markers: [[String]], in texts: [[String]]) -> Bool {
        texts.contains { words in markers.contains { !occurrences(of: $0, in: words).isEmpty } }
    }

    /// Where `marker` (an over- or well-marker) occurs in `texts` with no
    /// negation just before it ("never really got through it" is none).
    func unnegatedOccurrences(of marker: [String], in texts: [String]) -> [Range<Int>] {
        occurrences(of: marker, in: texts).filter { found in
            !texts[max(0, found.lowerBound - Self.overNegationReach)..<found.lowerBound].contains(where: rules.negations.contains)
        }
    }

    /// Whether an emergency at `match` in sentence `index` is told as settled:
    /// in the past tense, with a `settled-marker` not negated just before it
    /// after it in the message ("My son had a seizure three weeks ago, he's
    /// fine."), and no `settled-undone-by` word anywhere ("…20 minutes ago",
    /// "he's still not right"; a contrast word only after the settling: `settledMarks`). Never a taking (`substancePhrases`): an
    /// overdose may harm hours after the reader feels fine.
    /// - Parameter match: where the phrase is; nil for the whole sentence (by meaning).
    /// - Parameter phrase: the phrase matched; nil by meaning.
    func isToldAsSettled(
        _ sentences: [Sentence], sentence index: Int, match: Range<Int>?, phrase: SafetyPattern?, marks: MessageMarks
    ) -> Bool {
        guard !rules.settledMarkers.isEmpty, sentences.indices.contains(index),
            isToldInThePast(sentences[index].words, match: match), !substancePhrases.get.contains(phrase?.text ?? "")
        else { return false }
        return marks().contains { $0.sentence > index || $0.sentence == index && $0.word >= (match?.upperBound ?? 0) }
    }

    /// Where the settled-markers stand in `sentences` (unnegated); none when
    /// a sentence says a word that undoes them (`settled-undone-by`). A
    /// contrast word among those undoes them only after one ("I'm fine now
    /// but…"); before, it is what brings the settling ("I fainted after the
    /// spray but I'm fine now").
    func settledMarks(in sentences: [Sentence]) -> [MessageMarks.Mark] {
        let texts = sentences.map { $0.words.map(\.text) }
        // An age given as now settles what was told at a younger age ("had a heart
        // attack at 45, he's 52 now"); not an emergency no age dates ("had a heart
        // attack this morning, he's 80 now").
        let markers = says(rules.ageMarkers + rules.pastMarkers, in: texts) ? rules.settledMarkers + rules.ageNowMarkers : rules.settledMarkers
        let marks = texts.indices.flatMap { sentence in
            markers.flatMap { marker in
                unnegatedOccurrences(of: marker, in: texts[sentence]).map { (sentence: sentence, word: $0.lowerBound) }
            }
        }
        guard let first = marks.min(by: { ($0.sentence, $0.word) < ($1.sentence, $1.word) }) else { return [] }
        let undone = texts.indices.contains { sentence in
            rules.settledUndoneBy.contains { undoer in
                occurrences(of: undoer, in: texts[sentence]).contains { found in
                    guard undoer.count == 1, rules.contrastWords.contains(undoer[0]) else { return true }
                    return (sentence, found.lowerBound) > (first.sentence, first.word)
                }
            }
        }
        return undone ? [] : marks
    }

    /// How many words before an over-marker a negation undoes it ("never really got through it").
    static let overNegationReach = 2

    /// Whether a danger in sentence `index` is told as a past that is over:
    /// told in the past tense ("I wanted to die", "I was suicidal before my
    /// first infusion") and said to be over after it, in the same sentence
    /// or a later one ("…but that's lifted now", "That passed."). The
    /// caller first asks `saysNow` of the whole message, so "I wanted to die
    /// yesterday, it passed" stays a danger now.
    /// - Parameter match: where the phrase is; its clause, up to its end,
    ///   must hold the past tense, and the over-marker follow it; nil for the
    ///   whole sentence (by meaning), where an over-marker in it counts only
    ///   when no contrast word follows it there: "it went away but now I've
    ///   got a plan" goes on past what was over.
    /// - Parameter marks: the message's `overMarks`, looked for only when
    ///   the danger is told in the past tense (most messages never need them).
    func isToldAsOver(_ sentences: [Sentence], sentence index: Int, match: Range<Int>?, marks: MessageMarks) -> Bool {
        guard sentences.indices.contains(index), isToldInThePast(sentences[index].words, match: match) else { return false }
        let words = sentences[index].words
        return marks().contains { mark in
            guard mark.sentence == index else { return mark.sentence > index }
            guard let match else {
                return !words[min(mark.word, words.count)...].contains { rules.contrastWords.contains($0.text) }
            }
            return mark.word >= match.upperBound
        }
    }

    /// Whether a danger at `match` is told as ended, whatever its tense: an
    /// `ended-after` marker follows it in its clause, with only `ended-gap`
    /// words or auxiliaries between ("my suicidal thoughts have stopped",
    /// "the urge to die is gone", "self harm free"), or an `ended-before`
    /// marker stands just before it ("free from suicidal thoughts"); not
    /// negated just before it ("never went away"), nor with a contrast word
    /// after it in the sentence ("went away but now they're back") or a
    /// relapse told after it (`tellsOfNowAgain`).
    func isToldAsEnded(_ words: [Word], match: Range<Int>) -> Bool {
        guard match.lowerBound < words.count, match.upperBound <= words.count else { return false }
        let texts = words.map(\.text)
        let clause = words[match.lowerBound].clause
        let before = texts[..<match.lowerBound]
        let after = Array(texts[match.upperBound...])
        if after.contains(where: rules.contrastWords.contains) || tellsOfNowAgain(after) { return false }
        if rules.endedBefore.contains(where: { before.count >= $0.count && Array(before.suffix($0.count)) == $0 }) { return true }
        var gap = match.upperBound
        while gap < words.count, words[gap].clause == clause, gap - match.upperBound <= Self.endedReach {
            let rest = Array(texts[gap...])
            if rules.endedAfter.contains(where: { rest.starts(with: $0) }),
                !texts[max(match.upperBound, gap - Self.overNegationReach)..<gap].contains(where: rules.negations.contains)
            {
                return true
            }
            guard rules.endedGap.contains(texts[gap]) || rules.auxiliaries.contains(texts[gap]) else { return false }
            gap += 1
        }
        return false
    }

    /// Whether words after an ended danger go on to now, with the reader
    /// again the subject ("self harm free 800 days and today I just want
    /// to…"): a `recent-marker`, then a first-person word that opens what
    /// the reader does (`ended-subject`).
    private func tellsOfNowAgain(_ after: [String]) -> Bool {
        guard let recent = after.indices.first(where: { index in
            rules.recentMarkers.contains(after[index]) || rules.recentPhrases.contains { Array(after[index...]).starts(with: $0) }
        }) else { return false }
        return after[recent...].contains(where: rules.endedSubjects.contains)
    }

    /// How many words may stand between a danger and its `ended-after` marker.
    static let endedReach = 3

    /// Whether a danger is told in the past tense: the phrase and the few
    /// words before it in its clause ("I was suicidal", "I didn't want to
    /// be here"), not an earlier verb of another event ("I tried … in 2015
    /// and I cut myself on Sunday"), nor a present perfect, which reaches
    /// today ("I've wanted to die since…": `ongoing-perfect`); with no
    /// match, the whole sentence.
    func isToldInThePast(_ words: [Word], match: Range<Int>?) -> Bool {
        guard let match, match.upperBound <= words.count, match.lowerBound < words.count else {
            return words.contains { isPastTense($0.text) }
        }
        let clause = words[match.lowerBound].clause
        // A present perfect reaches today ("I've wanted to die since 2015", "she's tried before").
        let before = words[max(0, match.lowerBound - Self.pastTenseReach)..<match.lowerBound].filter { $0.clause == clause }
        if containsAny(rules.ongoingPerfect, in: before.map(\.text)) { return false }
        if words[max(0, match.lowerBound - Self.pastTenseReach)..<match.upperBound].contains(where: {
            $0.clause == clause && isPastTense($0.text)
        }) {
            return true
        }
        // A past marker earlier in its clause tells it of the past too ("Used to have really strong urges to harm myself").
        let opening = words[..<match.lowerBound].filter { $0.clause == clause }.map(\.text)
        return containsAny(rules.pastMarkers, in: opening)
    }

    /// Whether an emergency is told in the present tense: a `present-tense`
    /// word in its clause just before the phrase ("my brother has a history
    /// of overdoses and he's not breathing", "I attempted years ago and I'm
    /// having chest pain"). A past the sentence dates elsewhere is then
    /// another event. One in the phrase does not count: "I used to have
    /// panic attacks where I can't breathe" is a past.
    func isToldInThePresent(_ words: [Word], match: Range<Int>) -> Bool {
        guard match.lowerBound < words.count, match.upperBound <= words.count else { return false }
        let clause = words[match.lowerBound].clause
        return words[max(0, match.lowerBound - Self.pastTenseReach)..<match.lowerBound].contains {
            $0.clause == clause && rules.presentTenseWords.contains($0.text)
        }
    }

    /// Whether a danger is told of a story (`story-frame`): a story word
    /// before it in its sentence with no first-person word between ("I'm
    /// writing a story where a character overdoses", "watched a movie where
    /// the guy overdoses"), or one just after it ("the overdose scene").
    /// A story opened after it in its clause sets it there too ("the TV is
    /// showing someone having a heart attack in a film").
    /// "I watched a movie and now I want to die" is the reader's own.
    func tellsOfAStory(_ words: [Word], match: Range<Int>) -> Bool {
        guard !rules.storyFrames.isEmpty, match.lowerBound < words.count, match.upperBound <= words.count else { return false }
        if match.upperBound < words.count, rules.storyFrames.contains(words[match.upperBound].text) { return true }
        let clause = words[match.lowerBound].clause
        if words[match.upperBound...].indices.contains(where: { frame in
            words[frame].clause == clause && rules.storyFrames.contains(words[frame].text) && opensAStory(words, frame: frame)
        }) {
            return true
        }
        return words[..<match.lowerBound].indices.contains { frame in
            rules.storyFrames.contains(words[frame].text) && opensAStory(words, frame: frame)
                && !words[(frame + 1)..<match.lowerBound].contains { rules.firstPersonWords.contains($0.text) }
        }
    }

    /// How many words after a story word its opener may stand, words of when between ("a film last night where").
    static let storyOpenerReach = 3

    /// Whether the story word at `frame` opens a story (`story-opener`):
    /// one just after it ("a movie where…") or a few words on in its clause, or just before it or before
    /// its determiner or article ("in my novel…", "in the show…", "in a film").
    private func opensAStory(_ words: [Word], frame: Int) -> Bool {
        // "On scene", "at the scene": a place, where a paramedic tells what is happening.
        let texts = words[...frame].map(\.text)
        if rules.notAStory.contains(where: { texts.count >= $0.count && Array(texts.suffix($0.count)) == $0 }) { return false }
        // After it, words of when may come first: "a film last night where…".
        let after = words[(frame + 1)...].prefix(Self.storyOpenerReach).prefix { $0.clause == words[frame].clause }
        if let opener = after.firstIndex(where: { rules.storyOpeners.contains($0.text) }),
            words[(frame + 1)..<opener].allSatisfy({ word in
                rules.recentMarkers.contains(word.text) || rules.recentPhrases.contains { $0.contains(word.text) }
            })
        {
            return true
        }
        guard frame >= 1 else { return false }
        if rules.storyOpeners.contains(words[frame - 1].text) { return true }
        let determiner = words[frame - 1].text
        return frame >= 2
            && (rules.determiners.contains(determiner) || rules.articles.contains(determiner) || rules.firstPersonWords.contains(determiner))
            && rules.storyOpeners.contains(words[frame - 2].text)
    }

    /// Whether an emergency is told as a habit (`habit-marker`: "I bleed a
    /// lot every month", "I get chest pains from anxiety sometimes"): a
    /// marker in its clause, within a few words of it, not negated just
    /// before ("not always"), and no "but" between ("I always carry my
    /// inhaler but I can't breathe" is now). The caller first asks whether
    /// the message says now ("…and he's having one right now").
    func isToldAsAHabit(_ words: [Word], match: Range<Int>) -> Bool {
        guard match.lowerBound < words.count, match.upperBound <= words.count else { return false }
        let texts = words.map(\.text)
        let clause = words[match.lowerBound].clause
        return rules.habitMarkers.contains { marker in
            unnegatedOccurrences(of: marker, in: texts).contains { found in
                guard words[found.lowerBound].clause == clause else { return false }
                let between = Self.wordsBetween(found, and: match)
                return between.count <= Self.habitReach && !between.contains { rules.contrastWords.contains(texts[$0]) }
            }
        }
    }

    /// How many words may stand between an emergency and its habit marker.
    static let habitReach = 5

    /// Whether a word tells the past: a `past-tense` word, or one with a
    /// past ending after three letters or more ("wanted", not "need").
    func isPastTense(_ word: String) -> Bool {
        rules.pastTenseWords.contains(word)
            || rules.pastEndings.contains { word.count >= $0.count + Self.pastStemLength && word.hasSuffix($0) }
    }

    /// Whether the sentence after `index` only dates what it follows to a
    /// past ("That was 15 years ago.", "This was in 2010."): it opens with a
    /// `dating-opener:` and holds a past marker. The caller first asks
    /// `saysNow` of the whole message.
    func isDatedByTheNextSentence(_ sentences: [Sentence], after index: Int) -> Bool {
        guard sentences.indices.contains(index + 1) else { return false }
        let texts = sentences[index + 1].words.map(\.text)
        guard rules.datingOpeners.contains(where: { texts.starts(with: $0) }) else { return false }
        return containsAny(rules.pastMarkers, in: texts)
    }

    /// How many words before a phrase its past tense may stand ("I had a
    /// suicide attempt", "I struggled with anorexia and self-harm").
    static let pastTenseReach = 5

    /// Letters a word needs before a past ending.
    static let pastStemLength = 3
}

/// Marks in a message's sentences (over-marks: `SafetyScreen.overMarks(in:)`;
/// settled-marks: `settledMarks(in:)`), looked for the first time a
/// statement needs them and kept for the rest of the message, so a message
/// of many sentences is not searched again for each one.
final class MessageMarks {
    typealias Mark = (sentence: Int, word: Int)
    private var found: [Mark]?
    private let find: () -> [Mark]

    /// The over-marks; none when the message says now (`saysNow`), so nothing in it is over.
    init(over screen: SafetyScreen, sentences: [SafetyScreen.Sentence], saysNow: Bool) {
        find = { saysNow ? [] : screen.overMarks(in: sentences) }
    }

    /// The settled-marks.
    init(settled screen: SafetyScreen, sentences: [SafetyScreen.Sentence]) {
        find = { screen.settledMarks(in: sentences) }
    }

    func callAsFunction() -> [Mark] {
        if let found { return found }
        let marks = find()
        found = marks
        return marks
    }
}
