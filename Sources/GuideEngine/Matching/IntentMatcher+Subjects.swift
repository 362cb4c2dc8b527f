/// What a kind is asked of: the subjects a question names, the general
/// section that answers for them, and a kind asked of something only
/// another kind's section names.
extension IntentMatcher {
    /// What is asked outweighs what it is asked about: the candidates that
    /// answer the question's main kind (the first asked that some section
    /// answers) rank higher, those answering another kind asked a little.
    /// An entry that answers no kind asked does not explain the words that
    /// ask, even if it has them ("will it work" and a description of how it
    /// is given, "work" and all).
    ///
    /// When the subjects the question names (forms, conditions: entries whose
    /// heading or own words the question uses) have no section of the kind
    /// asked, the section that answers the kind in general answers for them,
    /// and says so: their words count as explained and it gains a share of
    /// the best one's score ("the risks of infusions" → the risks of the
    /// therapy, not the infusion's description). Only a top-level section
    /// answers in general; of a condition, not a kind asked of the condition
    /// itself ("the types of OCD" are not the forms of the therapy), which no
    /// answer of the kind then answers; a sibling of the subject (another
    /// form, when the question is about IV infusion) gets nothing.
    ///
    /// - Returns: for each candidate answering in general, its subject.
    func preferAskedKind(
        _ scored: inout [RankedCandidate], terms: [String], ids: [InvertedIndex.TermID?], asked: AskedKinds,
        answerable: Set<Int>, weights: WordWeights
    ) -> [Intent: Intent] {
        guard let main = asked.kinds.first(where: answerable.contains) else { return [:] }
        var generalFor: [Intent: Intent] = [:]
        // The subject: the best entry that does not answer the main kind.
        // Only things other kinds are asked of (forms, conditions: `subjects:
        // yes` in the kinds file) are subjects; where the file marks none, any entry.
        let subjectKinds = kindFinder.subjectKinds
        let subjects = scored.filter {
            !$0.candidate.intent.isNotCovered && !kindsByEntry[$0.entry].contains(main)
                && (subjectKinds.isEmpty || !kindsByEntry[$0.entry].isDisjoint(with: subjectKinds))
        }
        let subject = subjects.max { $0.rank < $1.rank }
        // The words some entry that does not answer the kind explains: the
        // things the question is asked about ("the side effects | of Spravato",
        // "safe | for OCD | infusions"), each known to the knowledge base.
        // Words that ask for a kind are not what it is asked about.
        // Nor is a word an answer of the kind explains ("brain healing" among
        // the benefits): that answer names it, nothing is borrowed for it.
        let cueWords = Set(asked.cueTerms.joined())
        let answerers = scored.filter { kindsByEntry[$0.entry].contains(main) }
        // A subject is named by its heading (or an item by its own words): a
        // word that only turns up in another passage's text ("two hours") is
        // no subject of the question, unless that passage covers the question
        // well by itself.
        let subjectWords = terms.indices.map { word in
            !weights.isSubject[word] && !cueWords.contains(word)
                && subjects.contains {
                    $0.matchedWords[safe: word]
                        && ($0.candidate.coverage >= configuration.threshold
                            || isNamed($0.entry, by: terms[word], id: ids[word]))
                }
                && !answerers.contains { $0.matchedWords[safe: word] }
        }
        // Borrowing is for a subject the answers of the kind do not name: when
        // one of them covers the question as well by itself, none is needed.
        let ownBest = scored.filter { candidate in
            let intent = candidate.candidate.intent
            return kindsByEntry[candidate.entry].contains(main)
                && !(subject.map { Self.areSiblings($0.candidate.intent, intent) } ?? false)
        }.map(\.candidate.coverage).max() ?? 0
        // What the main kind is asked of: when the subject is that ("the types
        // of OCD", "what does relief feel like"), the therapy's general
        // section does not answer it.
        let mainObject = asked.kinds.indices.filter { asked.kinds[$0] == main }
            .flatMap { asked.askedOfItself($0, isSubject: weights.isSubject) }
        // Asked of a thing that is not part of the therapy ("the types of
        // OCD"): an answer of the kind that does not name it is about the
        // therapy, so no answer to it.
        let askedOfThing = mainObject.contains { word in
            subjectWords[safe: word] && subjects.contains {
                $0.matchedWords[safe: word] && !isPart($0) && isNamed($0.entry, by: terms[word], id: ids[word])
            }
        }
        let askingWords = Set(zip(asked.kinds, asked.cueTerms).filter { answerable.contains($0.0) }.flatMap(\.1))
        for index in scored.indices {
            let intent = scored[index].candidate.intent
            guard !intent.isNotCovered else { continue }
            let entry = scored[index].entry
            var answers = kindsByEntry[entry].intersection(answerable)
            if askedOfThing, !mainObject.contains(where: { scored[index].matchedWords[safe: $0] }) { answers.remove(main) }
            var matched = scored[index].matchedWords
            var factor = configuration.askedKindFactor
            if answers.isEmpty {
                for word in askingWords where word < matched.count { matched[word] = false }
                factor = 1
            } else {
                if let subject, Self.areSiblings(subject.candidate.intent, intent) { continue }
                if !answers.contains(main) { factor = configuration.otherAskedKindFactor }
                if let subject, Self.isGeneral(intent),
                    isPart(subject) || !mainObject.contains(where: { subjectWords[safe: $0] }),
                    !subject.candidate.intent.isRelated(to: intent)
                {
                    var borrowing = matched
                    for word in borrowing.indices where subjectWords[word] { borrowing[word] = true }
                    if borrowing != matched, weights.coverage(borrowing) > ownBest {
                        // Said to answer in general only for a subject the question names
                        // (its heading, an item's own words), not one found by a word it has
                        // in passing ("main" among the forms' keywords).
                        let named = borrowing.indices.contains {
                            borrowing[$0] && !matched[$0] && isNamed(subject.entry, by: terms[$0], id: ids[$0])
                        }
                        matched = borrowing
                        if named { generalFor[intent] = subject.candidate.intent }
                        // It answers the pair the subject's own entry was found by.
                        scored[index].candidate.score += subject.candidate.score * configuration.generalAnswerScoreShare
                    }
                }
            }
            if weights.total > 0 { scored[index].candidate.coverage = weights.coverage(matched) }
            scored[index].rank = rank(scored[index].candidate) * scored[index].factor * factor
        }
        return generalFor
    }

    /// Whether a word of the question names an entry: a section by its
    /// heading, an item by its own words (its text, keywords and example
    /// questions), not by a word its text has in passing.
    func isNamed(_ entry: Int, by term: String, id: InvertedIndex.TermID?) -> Bool {
        if intents[entry].passage != nil, let id { return Self.sortedContains(ownTerms[entry], id) }
        return topicTermsByEntry[entry].contains(term)
    }

    /// Whether an entry is a part of the treatment itself (its section
    /// answers a `subjects: part` kind: a form), of which anything asked is
    /// answered in general.
    func isPart(_ candidate: RankedCandidate) -> Bool {
        kindsByEntry[candidate.entry].contains { kindFinder.kinds[$0].namesParts }
    }

    /// The main kind asked of a subject whose section does not answer it,
    /// when no section answers it in general ("does it help addiction":
    /// addiction is named only among the risks): declined by name rather
    /// than answered with a passage about that subject that says something
    /// else. Only where some section answers the kind, so a knowledge base
    /// that never says what its sections answer is matched as before.
    func kindAskedOfOther(
        best: RankedCandidate?, terms: [String], ids: [InvertedIndex.TermID?], asked: AskedKinds, answerable: Set<Int>, isSubject: [Bool],
        generalFor: [Intent: Intent]
    ) -> QuestionKind? {
        guard let best, !best.answersAsked, generalFor[best.candidate.intent] == nil,
            let index = asked.kinds.firstIndex(where: answerable.contains)
        else { return nil }
        // Asked of what the best entry is about (its heading, an item's own
        // words), not of a word its text has in passing.
        let object = asked.askedOf(index, isSubject: isSubject)
        guard !object.isEmpty, object.allSatisfy({ best.matchedWords[safe: $0] && isNamed(best.entry, by: terms[$0], id: ids[$0]) })
        else { return nil }
        return kindFinder.kinds[asked.kinds[index]]
    }
}
