/// The education-not-advice notice (guide.conf's disclaimer), on the first
/// answer or referral of a conversation (`Reply.notice`).
public struct NoticeStep: ReplyFinishingStep {
    public init() {}

    public func finish(_ reply: inout Reply, for turn: Turn, in session: inout ChatSession) {
        guard reply.status == .answered || reply.status == .referral, !session.context.hasShownNotice else { return }
        reply.notice = session.settings.disclaimer
        session.context.hasShownNotice = true
    }
}
