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
}
