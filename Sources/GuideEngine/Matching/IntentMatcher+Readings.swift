/// Beside the chosen answer: another reading to ask about ("Did you mean A
/// or B?"), or the main kind's own answer to give with it.
extension IntentMatcher {
    /// The main kind asked: the first some section answers.
    private func mainKind(_ asked: AskedKinds, answerable: Set<Int>) -> Int? {
        asked.kinds.first(where: answerable.contains)
    }

    private func answers(_ kind: Int?, _ candidate: RankedCandidate) -> Bool {
        kind.map { kindsByEntry[candidate.entry].contains($0) } ?? false
    }

    /// A close runner-up about something else: better to ask than to guess,
    /// when both answer what is asked (a subject's own entry does not answer
    /// its risks, asked about), and not when both answer its main kind:
    /// either is an answer to it, and the better ranked is given.
    func otherReading(
        of chosen: RankedCandidate, in scored: [RankedCandidate], asked: AskedKinds, answerable: Set<Int>
    ) -> Intent? {
        let main = mainKind(asked, answerable: answerable)
        guard let second = scored.first(where: {
                !$0.candidate.intent.isNotCovered && !$0.candidate.intent.isRelated(to: chosen.candidate.intent) && !$0.isKindOnly
                    && ($0.answersAsked || !chosen.answersAsked)
            }),
            !(answers(main, chosen) && answers(main, second)),
            second.rank >= configuration.clarifyMargin * chosen.rank, second.candidate.coverage >= configuration.threshold
        else { return nil }
        return second.candidate.intent
    }

    /// Chosen for another kind asked ("how does it work | in treating
    /// conditions" → the conditions): the best answer of the main kind goes
    /// with it, if it covers the question as well as is needed; less when
    /// the main kind is asked plainly (a cue of two words or more) and the
    /// chosen answers another kind asked: two questions in one.
    func mainKindAnswer(
        beside chosen: RankedCandidate, in scored: [RankedCandidate], asked: AskedKinds, answerable: Set<Int>
    ) -> Intent? {
        guard let main = mainKind(asked, answerable: answerable), !answers(main, chosen) else { return nil }
        let askedPlainly = asked.kinds.indices.contains { asked.kinds[$0] == main && asked.cueLengths[$0] >= 2 }
        let coverage = askedPlainly && chosen.answersAsked ? configuration.alsoAnswerCoverage : configuration.threshold
        return scored.first(where: {
            answers(main, $0) && !$0.candidate.intent.isNotCovered && !$0.candidate.intent.isRelated(to: chosen.candidate.intent)
                && $0.candidate.coverage >= coverage
        })?.candidate.intent
    }
}
