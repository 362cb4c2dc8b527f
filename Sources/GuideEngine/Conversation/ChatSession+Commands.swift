import Foundation

/// The slash commands every front end shares.
extension ChatSession {
    /// The reply to a slash command, from `SlashCommand.all`: its handler's
    /// answer; a command its front end handles (or one typed in the wrong
    /// place) gets an error saying where it works; an unknown one, an error.
    mutating func command(_ input: String) -> Reply {
        let parts = input.split(separator: " ", omittingEmptySubsequences: true)
        let name = parts.first.map { String($0).lowercased() } ?? input
        let argument = parts.dropFirst().joined(separator: " ")
        // An unlisted command (`/operator`) is its front end's business: here it is unknown.
        guard let command = SlashCommand.named(name), command.isListed else {
            let shown = String(name.prefix(30))
            return Reply(input: input, status: .error, answer: settings.reply("unknown-command", ["command": shown]))
        }
        guard let handler = command.handler, command.availability != .interactiveOnly else {
            return Reply(input: input, status: .error, answer: "\(command.name) works in the interactive mode only.")
        }
        let answer = handler(&self, argument)
        return Reply(
            input: input, status: .command, intent: name, confidence: 1, answer: answer,
            endsSession: command.leaves && !options.isKiosk)
    }

    /// Who to contact now: safety.txt's crisis message, or the region's help line.
    func crisisContacts() -> String {
        let lines = engine.knowledgeBase.safety.category(.crisis)?.lines ?? []
        return lines.isEmpty ? engine.helpLine(for: options) : place.text(of: lines)
    }

    func topics() -> String {
        var lines = [settings.reply("topics-intro", ["topic": settings.topic])]
        for document in engine.knowledgeBase.documents {
            for section in document.sections {
                let example = section.questions.first.map { " " + settings.reply("topics-example", ["question": $0]) } ?? ""
                lines.append("- \(section.heading)\(example)")
            }
        }
        return lines.joined(separator: "\n")
    }

    func sources() -> String {
        var lines = [settings.reply("sources-intro")]
        for document in engine.knowledgeBase.documents {
            let values = ["title": document.title, "source": document.source, "date": document.reviewed]
            lines.append("- " + settings.reply("sources-document", values))
        }
        return lines.joined(separator: "\n")
    }

    func source(_ argument: String) -> String {
        let context = SourceContext(knowledgeBase: engine.knowledgeBase, showsPath: !options.isKiosk)
        return context.text(for: argument, citations: lastReply?.citations ?? [])
    }

    func explanation() -> String {
        guard let match = lastMatch else { return "There is no question to explain yet." }
        var lines: [String] = []
        lines.append("Words searched: " + (match.terms.isEmpty ? "(none)" : match.terms.joined(separator: ", ")))
        if !match.corrections.isEmpty {
            lines.append("Spelling corrected: " + match.corrections.map { "\($0.from) → \($0.to)" }.joined(separator: ", "))
        }
        if !match.unknownWords.isEmpty {
            lines.append("Words I don't know: " + match.unknownWords.joined(separator: ", "))
        }
        if !match.contextTerms.isEmpty {
            lines.append("Taken from the conversation: " + match.contextTerms.joined(separator: ", "))
        }
        if !match.matchedTerms.isEmpty {
            lines.append("Matched: " + match.matchedTerms.joined(separator: ", "))
        }
        if !match.askedKinds.isEmpty {
            lines.append("Asks for: " + match.askedKinds.joined(separator: ", "))
        }
        if let kind = match.unansweredKind {
            lines.append("No section answers: " + kind.id)
        }
        if match.isNotCovered {
            lines.append("Closest to a topic the knowledge base does not cover (not-covered.txt)")
        }
        let confidence = String(format: "%.2f", match.confidence)
        lines.append("Decision: " + (match.intent.map { "\($0.id) (confidence \(confidence))" } ?? "no match (confidence \(confidence))"))
        lines.append("Top candidates:")
        for candidate in match.candidates.prefix(5) {
            let score = String(format: "%.2f", candidate.score)
            lines.append("- \(candidate.intent.id)  score \(score), covers \(Int((candidate.coverage * 100).rounded()))%")
        }
        // Where the answer's passages are, for authors: the answer itself shows no paths.
        if !options.isKiosk, let citations = lastReply?.citations, !citations.isEmpty {
            lines.append("Passages cited:")
            lines += citations.map { "[\($0.number)] \($0.path):\($0.line)" }
        }
        return lines.joined(separator: "\n")
    }
}
