/// The question asks for something no section answers ("how much does it
/// cost", "can I drive after"): the guide says by name what it has no
/// information about, and offers what it knows of the subject, instead of
/// answering the subject with an unrelated passage. A personal decision (the
/// asker's dose, other medicines: `refer: yes` kinds) is a referral.
public struct UnansweredKindStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        guard let match = turn.match ?? turn.message.plainMatch, match.intent == nil, let kind = match.unansweredKind
        else { return nil }
        var reply: Reply
        if kind.refers {
            let safety = session.engine.knowledgeBase.safety
            let lines = safety.category(.referral)?.lines ?? []
            reply = Reply(
                input: turn.message.input, status: .referral, intent: kind.id, confidence: 1,
                answer: session.place.text(of: lines))
        } else {
            reply = session.namedDecline(
                of: turn.message.input, match: match, key: "no-information", values: ["what": kind.name], notAbout: kind.name)
        }
        session.addBearing(on: kind, match: match, to: &reply)
        return reply
    }
}
