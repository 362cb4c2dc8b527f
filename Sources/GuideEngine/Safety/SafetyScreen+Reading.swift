import Foundation

/// How the screen reads a message before matching: its sentences and
/// clauses, contractions as typed, emoji as their names, a told part cut
/// from the question it goes on to ask, and short fragments read together.
extension SafetyScreen {
    /// A sentence's words, and whether it asks something.
    struct Sentence {
        var words: [Word]
        var isQuestion: Bool
        /// Where it stands in the text, in Unicode scalars (first word to last).
        var span: Range<Int> = 0..<0
        /// Whether the next sentence is the question this one's sentence
        /// went on to ask (`statementBeforeQuestion`).
        var askedOnInTheNext = false
        /// That question's words, set once their phrase words are known, but
        /// its question and hypothetical words: a phrase's vetoes count there
        /// too ("I haven't seen my brother since christmas, he lives alone,
        /// can he visit me at the clinic?").
        var askedAfter: [Word] = []
    }

    /// `sentences` with each told part and the question it went on to ask
    /// one sentence again, as the semantic net reads them.
    static func rejoined(_ sentences: [Sentence]) -> [Sentence] {
        var result: [Sentence] = []
        for sentence in sentences {
            guard let last = result.last, last.askedOnInTheNext else {
                result.append(sentence)
                continue
            }
            let asked = Self.shifting(sentence.words, clausesBy: (last.words.last?.clause ?? 0) + 1)
            result[result.count - 1] = Sentence(
                words: last.words + asked, isQuestion: true, span: last.span.lowerBound..<sentence.span.upperBound)
        }
        return result
    }

    /// `words` with their clause numbers moved by `offset`.
    static func shifting(_ words: some Collection<Word>, clausesBy offset: Int) -> [Word] {
        words.map { word in
            var word = word
            word.clause += offset
            return word
        }
    }

    /// The sentences of `text`; with `matchingPhrases`, each word also
    /// carries the phrase words it counts as (looked up once per distinct
    /// word), and a sentence that tells and then asks is two
    /// (`statementBeforeQuestion`).
    func sentences(of text: String, matchingPhrases: Bool, memo: inout WordMemo) -> [Sentence] {
        var result: [Sentence] = []
        var wordCount = 0
        // One pass: the tokenizer's words, cut into sentences and clauses at
        // the punctuation found between them (words never hold punctuation).
        let breaks = SentenceBreaks.find(in: text)
        var nextBreak = 0
        var words: [Word] = []
        var clause = 0
        var span = 0..<0
        var scalars: [Unicode.Scalar]?
        // The word as typed before the last one was read as a contraction
        // ("od" of "OD-ing", read as "overdose" alone).
        var lastTerm = ""
        // Where each word of the sentence so far stands (for `span`).
        var wordSpans: [Range<Int>] = []
        func closeSentence(isQuestion: Bool) {
            if !words.isEmpty {
                wordCount += words.count
                let asks = isQuestion || opensQuestion(words)
                if asks, matchingPhrases, let cut = statementBeforeQuestion(words) {
                    // "client says he'll kill his wife tonight, is ketamine used
                    // for anger?" tells, then asks: each part read by the
                    // phrases as it is (by meaning, the whole asks: `rejoined`).
                    let asked = Self.shifting(words[cut...], clausesBy: -words[cut].clause)
                    result.append(Sentence(
                        words: Array(words[..<cut]), isQuestion: false, span: span.lowerBound..<wordSpans[cut - 1].upperBound,
                        askedOnInTheNext: true))
                    result.append(Sentence(words: asked, isQuestion: true, span: wordSpans[cut].lowerBound..<span.upperBound))
                } else {
                    result.append(Sentence(words: words, isQuestion: asks, span: span))
                }
            }
            words = []
            wordSpans = []
            clause = 0
        }
        for token in memo.tokens(of: text) {
            while nextBreak < breaks.count, breaks[nextBreak].offset < token.start {
                switch breaks[nextBreak].mark {
                case .comma: if !words.isEmpty { clause += 1 }
                case .question: closeSentence(isQuestion: true)
                case .stop, .headline: closeSentence(isQuestion: false)
                }
                nextBreak += 1
            }
            span = (words.isEmpty ? token.start : span.lowerBound)..<token.end
            // "do not" is read as "dont", "cannot" as "cant": phrases and
            // denials then hear "I do not want to be here" as they hear "I
            // don't want to be here".
            if contractionLastWords.contains(token.term), let last = words.last, last.clause == clause,
                let joined = rules.contractions[lastTerm + " " + token.term]
            {
                words[words.count - 1].text = joined
                wordSpans[wordSpans.count - 1] = wordSpans[wordSpans.count - 1].lowerBound..<token.end
                continue
            }
            lastTerm = token.term
            if let (front, back) = gluedApart(token.term) {
                // "killmyself" is read as "kill myself", both where it was typed.
                wordSpans += [token.start..<token.end, token.start..<token.end]
                words += [Word(text: front, clause: clause, matches: []), Word(text: back, clause: clause, matches: [])]
                continue
            }
            wordSpans.append(token.start..<token.end)
            words.append(Word(text: contraction(of: token, in: text, scalars: &scalars) ?? token.term, clause: clause, matches: []))
        }
        // The last words end at the next full stop or question mark, if any.
        closeSentence(isQuestion: breaks[nextBreak...].first { $0.mark != .comma }?.mark == .question)
        guard matchingPhrases else { return result }
        // A pasted wall of text skips the one-typo matching, so its words go
        // into a memo of their own, not the thread's.
        let allowTypos = wordCount <= Self.fuzzyWordLimit
        var pasteMemo = WordMemo()
        for sentence in result.indices {
            for word in result[sentence].words.indices {
                let text = result[sentence].words[word].text
                result[sentence].words[word].matches = allowTypos
                    ? memo.safetyMatches(of: text) { phraseMatches(of: text, allowTypos: true) }
                    : pasteMemo.safetyMatches(of: text) { phraseMatches(of: text, allowTypos: false) }
            }
            countsOnlyThings(in: &result[sentence].words)
        }
        // A told part's question, with the phrase words its words count as,
        // but not its question and hypothetical words: "what do I do if it
        // doesn't stop?" supposes nothing of "a man is bleeding" before it.
        for index in result.indices.dropLast() where result[index].askedOnInTheNext {
            result[index].askedAfter = result[index + 1].words.filter {
                !rules.questionWords.contains($0.text) && !rules.hypotheticalWords.contains($0.text)
            }
        }
        return result
    }

    /// `term` as the two words it was typed glued together from, when it
    /// ends in a `glued-word` and is no word of the language itself, and
    /// what comes before is a word of the language or a phrase word
    /// ("killmyself" → "kill", "myself"; "stranglemyself" → "strangle",
    /// "myself"; "himself" stays). The glued word is read as its
    /// contraction, if it has one ("meself" as "myself").
    func gluedApart(_ term: String) -> (String, String)? {
        guard let glued = rules.gluedWords.first(where: { term.count >= $0.count + Self.gluedFrontLetters && term.hasSuffix($0) }),
            case let front = String(term.dropLast(glued.count)),
            !(languageWords?.isWholeWord(term) ?? false),
            languageWords?.isWholeWord(front) == true || !matcher.matches(of: front, allowTypos: false).isEmpty
        else { return nil }
        return (front, rules.contractions[glued] ?? glued)
    }

    /// Letters a word needs before a glued word ("cutmyself", not "amyself").
    static let gluedFrontLetters = 3

    /// A number before a unit of time (`duration-unit`) is a duration, no
    /// large count (`#`): "for 15 years, tried 8 meds" took no 15 of them.
    private func countsOnlyThings(in words: inout [Word]) {
        guard !rules.durationUnits.isEmpty else { return }
        for index in words.indices.dropLast()
        where rules.durationUnits.contains(words[index + 1].text) && words[index].matches.contains(SafetyPhraseMatcher.largeCount) {
            words[index].matches.removeAll { $0 == SafetyPhraseMatcher.largeCount }
        }
    }

    /// `text` with each look-alike character (`look-alike-letter`) that
    /// stands between two letters read as the letter ("k1ll", "su1c1de",
    /// "k!ll"): spellings that hide a word from filters. Both neighbours must
    /// be letters as typed, so a number beside a number or at a word's edge
    /// ("50mg", "b12", "4am", "m10s") is left alone; one character stays one
    /// character, so the words keep their places.
    /// One of `look-alike-opening` ("$") is also read at a word's start
    /// before two letters ("$uicidal").
    func readingLookAlikes(_ text: String) -> String {
        guard !rules.lookAlikeLetters.isEmpty, text.contains(where: { rules.lookAlikeLetters[$0] != nil }) else { return text }
        var characters = Array(text)
        var changed = false
        for index in characters.indices.dropLast() {
            guard let letter = rules.lookAlikeLetters[characters[index]], characters[index + 1].isLetter else { continue }
            let betweenLetters = index > 0 && characters[index - 1].isLetter
            let opensAWord = rules.lookAlikeOpenings.contains(characters[index])
                && (index == 0 || !Self.isWordCharacter(characters[index - 1]))
                && index + 2 < characters.count && characters[index + 2].isLetter
            guard betweenLetters || opensAWord else { continue }
            characters[index] = letter
            changed = true
        }
        return changed ? String(characters) : text
    }

    /// `text` with each run of at least `spaced-letters-from` single letters
    /// set apart by one space read as one word, its spaces moved after it
    /// ("i wanna k m s" → "i wanna kms  "): a spelling that hides a word
    /// from filters. The text keeps its length, so the words keep their places.
    /// A run in capitals in a message that has small letters is initials or
    /// an acronym ("my initials are K M S", "the I C U"), left as typed.
    func readingSpacedLetters(_ text: String) -> String {
        let least = rules.spacedLettersFrom
        guard least > 1 else { return text }
        var characters = Array(text)
        let hasSmallLetters = characters.contains { $0.isLowercase }
        func isSingleLetter(at index: Int) -> Bool {
            characters[index].isLetter
                && (index == 0 || !Self.isWordCharacter(characters[index - 1]))
                && (index + 1 == characters.count || !Self.isWordCharacter(characters[index + 1]))
        }
        var changed = false
        var index = 0
        while index < characters.count {
            guard isSingleLetter(at: index) else { index += 1; continue }
            var end = index
            while end + 2 < characters.count, characters[end + 1] == " ", isSingleLetter(at: end + 2) { end += 2 }
            let letters = (end - index) / 2 + 1
            let inCapitals = stride(from: index, through: end, by: 2).allSatisfy { characters[$0].isUppercase }
            if letters >= least, !(inCapitals && hasSmallLetters) {
                let joined = stride(from: index, through: end, by: 2).map { characters[$0] }
                characters.replaceSubrange(index...end, with: joined + Array(repeating: " ", count: end - index + 1 - letters))
                changed = true
            }
            index = end + 1
        }
        return changed ? String(characters) : text
    }

    /// Whether `character` belongs to a word (a letter or a digit): what
    /// must not stand beside a look-alike opening or a single letter.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// `text` with each emoji of `emojiWords` read as its words, set apart
    /// by spaces ("💊💊🥃" → " pill  pill  tumbler glass "); an emoji typed
    /// without its variation selector, or with a skin tone, is looked up
    /// without them. Text without emoji is returned as it is.
    func readingEmoji(_ text: String) -> String {
        guard !rules.emojiWords.isEmpty, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        var changed = false
        for character in text {
            if let words = emojiWords(of: character) {
                result += " \(words) "
                changed = true
            } else {
                result.append(character)
            }
        }
        return changed ? result : text
    }

    func emojiWords(of character: Character) -> String? {
        guard character.unicodeScalars.contains(where: { $0.properties.isEmoji && !$0.isASCII }) else { return nil }
        if let words = rules.emojiWords[String(character)] { return words }
        let plain = Self.plainEmoji(character)
        return rules.emojiWords[plain] ?? rules.emojiWords[plain + "\u{FE0F}"]
    }

    /// An emoji without its variation selector and skin tone ("👍🏽" as "👍"),
    /// as the emoji list and `bare-emoji` keep it.
    static func plainEmoji(_ character: Character) -> String {
        String(String.UnicodeScalarView(character.unicodeScalars.filter { $0 != "\u{FE0F}" && !(0x1F3FB...0x1F3FF).contains($0.value) }))
    }

    /// The contraction `token` is read as, if any: a typed form with an
    /// apostrophe is looked up as typed (`scalars`, made the first time one
    /// is needed), others by the token's word.
    func contraction(of token: Token, in text: String, scalars: inout [Unicode.Scalar]?) -> String? {
        if let typedForm = apostropheContractions[token.term] {
            let all = scalars ?? Array(text.unicodeScalars)
            scalars = all
            guard token.start >= 0, token.end <= all.count, token.start < token.end else { return nil }
            let typed = String(String.UnicodeScalarView(all[token.start..<token.end]))
            if Self.plainApostrophes(typed.lowercased()) == typedForm.typed { return typedForm.full }
        }
        return rules.contractions[token.term]
    }

    /// `word` with each apostrophe typed as "'" ("od’d" → "od'd").
    static func plainApostrophes(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.map { Tokenizer.isApostrophe($0) ? "'" : $0 }))
    }

    /// `word` without its apostrophes, as the tokenizer makes it ("od'd" → "odd").
    static func withoutApostrophes(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.filter { !Tokenizer.isApostrophe($0) }))
    }

    /// Runs of short sentences read as one, each a clause of it, for the
    /// phrases alone: "40 pills. 15 min ago.", "4yo + drain cleaner.
    /// screaming." tell one thing in fragments, and a phrase's companions
    /// (`a + b`) must meet in one sentence. Only runs of two or more; the
    /// fragments are read on their own as well (and by meaning only so).
    /// The last fragment says whether the joined sentence asks.
    static func joinedFragments(_ sentences: [Sentence]) -> [Sentence] {
        var joined: [Sentence] = []
        var run: Sentence?
        var runLength = 0
        func close() {
            if let run, runLength > 1 { joined.append(run) }
            run = nil
            runLength = 0
        }
        for sentence in sentences {
            guard sentence.words.count <= fragmentWords else {
                close()
                continue
            }
            if var current = run {
                current.words += shifting(sentence.words, clausesBy: (current.words.last?.clause ?? 0) + 1)
                current.isQuestion = sentence.isQuestion
                current.span = current.span.lowerBound..<sentence.span.upperBound
                run = current
            } else {
                run = sentence
            }
            runLength += 1
        }
        close()
        return joined
    }

    /// The most words a sentence may have to be read with its neighbours
    /// as a fragment.
    static let fragmentWords = 4

    /// The phrase words `text` counts as, and those of its full form when
    /// it ends short of one ("breathin" counts as "breathing" does,
    /// `dropped-ending`; "stoppin" as "stopping" and, by its stem, "stopped",
    /// not only as the word one typo away). A word of the language is no
    /// typo (`languageWords`).
    func phraseMatches(of text: String, allowTypos wanted: Bool) -> [Int] {
        let allowTypos = wanted && !(languageWords?.isWholeWord(text) ?? false)
        let found = matcher.matches(of: text, allowTypos: allowTypos)
        for (typed, written) in droppedEndings where text.count >= typed.count + Self.droppedEndingStem && text.hasSuffix(typed) {
            let full = matcher.matches(of: String(text.dropLast(typed.count)) + written, allowTypos: allowTypos)
            if !full.isEmpty { return Array(Set(found + full)).sorted() }
        }
        return found
    }

    /// Letters a word needs before a dropped ending ("dyin", not "in").
    static let droppedEndingStem = 2

    /// Where a sentence that tells something first asks in a later clause
    /// ("I took the whole box this morning, what should I watch for?"): the
    /// index of that clause's first word, if what comes before tells of a
    /// person or leaves its "I" out ("took 30 tylenol, how long does it
    /// take?": `opensWithoutSubject`) and neither asks, supposes nor names a topic ("if I took too
    /// many, would I die?", "say I felt chest tightness, should I ring?",
    /// "I read it can stop your breathing, is that true?" ask as a whole).
    func statementBeforeQuestion(_ words: [Word]) -> Int? {
        guard !opensQuestion(words) else { return nil }
        for index in words.indices.dropFirst() where words[index].clause != words[index - 1].clause {
            guard opensQuestion(Array(words[index...])) else { continue }
            let told = words[..<index].map(\.text)
            // Told of a person, or with its "I" left out ("took 30 tylenol, how long does it take?").
            guard told.contains(where: tellingWords.contains) || opensWithoutSubject(Array(words[..<index])),
                !told.contains(where: rules.topicMarkers.contains),
                !told.contains(where: rules.hypotheticalWords.contains), !containsAny(rules.onlySupposing, in: told)
            else { return nil }
            return index
        }
        return nil
    }

    /// Whether a sentence without a question mark opens as a question: its
    /// first word (after any opener) is a question word ("how", "can"),
    /// unless a negative one ("can't", "don't") comes before a verb that
    /// tells ("can't sleep", "don't want to be here"): a statement whose
    /// "I" was left out, not "can't I…?" nor "doesn't ketamine…?".
    func opensQuestion(_ words: [Word]) -> Bool {
        guard let index = words.firstIndex(where: { !rules.openers.contains($0.text) }) else { return false }
        let first = words[index].text
        guard rules.questionWords.contains(first) else { return false }
        guard rules.negations.contains(first), index + 1 < words.count else { return true }
        return !rules.verbsWithoutSubject.contains(words[index + 1].text)
    }
}
