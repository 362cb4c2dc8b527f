extension ChatSession {
    /// A `no_match` that names what the guide has no information about
    /// (`key` of guide.conf's replies, with `values`), with the nearest
    /// questions it can answer. A knowledge base from before that reply
    /// existed says its no-match.
    func namedDecline(
        of input: String, match: Match, key: String, values: [String: String], notAbout: String
    ) -> Reply {
        var reply = Reply(
            input: input, status: .noMatch, confidence: match.confidence,
            answer: settings.replies[key] == nil ? settings.reply("no-match") : settings.reply(key, values),
            suggestions: suggestions(for: match))
        reply.notAbout = notAbout
        return reply
    }

    /// What the knowledge base says that bears on a kind it does not answer
    /// (the risks, for who should not have it; what it is used for, for who
    /// can have it), quoted and cited after the decline or referral under
    /// its own name; the reply keeps its status.
    mutating func addBearing(on kind: QuestionKind, match: Match, to reply: inout Reply) {
        guard settings.replies["bearing"] != nil, let (intent, about) = engine.matcher.bearing(on: kind, in: match) else { return }
        let composed = compose([intent])
        reply.answer += "\n" + settings.reply("bearing", ["what": about.name]) + "\n" + composed.answer
        reply.citations = composed.citations
        reply.suggestions = []
    }
}
