/// How a message becomes a reply, readable top to bottom: the steps in
/// order, the first reply wins, then every finishing step adds its part.
///
/// Adding a behaviour is adding a step (a type in `Steps/` with its own
/// tests) at its place in the list, not another branch in the session.
public struct ReplyPipeline: Sendable {
    public var steps: [any ReplyStep]
    public var finishing: [any ReplyFinishingStep]

    public init(steps: [any ReplyStep], finishing: [any ReplyFinishingStep]) {
        self.steps = steps
        self.finishing = finishing
    }

    /// The guide's pipeline.
    public static let standard = ReplyPipeline(
        steps: [
            // Whatever else is wrong with a message, danger is answered first.
            SafetyStep(),
            EmptyMessageStep(),
            TooLongStep(),
            CommandStep(),
            RetractionStep(),
            // "1", "the second one" after "Which did you mean?".
            ClarifyChoiceStep(),
            SmalltalkStep(),
            // Too little to match ("???", "s"): never an answer, nor a follow-up.
            WithoutSubstanceStep(),
            // The answers: match in context, then the other readings of a weak match.
            ContextMatchStep(),
            ClosingSmalltalkStep(),
            StoryThenQuestionStep(),
            // "What is ketamine?": the overview, not a guess.
            OverviewStep(),
            AnswerPartsStep(),
            ClarifyStep(),
            AnswerStep(),
            // Asked for what no section answers: said by name.
            UnansweredKindStep(),
            // Its verb is a word the knowledge base never uses: said by name.
            UnknownFocusStep(),
            NoMatchStep(),
        ],
        finishing: [SymptomNoteStep(), CrisisFootnoteStep(), NoticeStep()])

    /// The reply to `message`: the first step's that replies, finished.
    public func reply(to message: AnalysedMessage, in session: inout ChatSession) -> Reply {
        var turn = Turn(message: message)
        var reply = Reply(input: message.input, status: .noMatch, answer: session.settings.reply("no-match"))
        for step in steps {
            if let chosen = step.reply(to: &turn, in: &session) {
                reply = chosen
                break
            }
        }
        // A choice offered is open for the next line only.
        if reply.status != .clarify { session.context.pendingChoice = [] }
        for step in finishing { step.finish(&reply, for: turn, in: &session) }
        return reply
    }
}
