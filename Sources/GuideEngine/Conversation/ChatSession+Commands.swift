import Foundation

/// The slash commands every front end shares.
extension ChatSession {
    mutating func command(_ input: String) -> Reply {
        let parts = input.split(separator: " ", omittingEmptySubsequences: true)
        let name = parts.first.map { String($0).lowercased() } ?? input
        let argument = parts.dropFirst().joined(separator: " ")
        func reply(_ text: String, endsSession: Bool = false) -> Reply {
            Reply(input: input, status: .command, intent: name, confidence: 1, answer: text, endsSession: endsSession)
        }
        switch name {
        case "/help":
            return reply(SlashCommand.help(isKiosk: options.isKiosk))
        case "/topics":
            return reply(topics())
        case "/sources":
            return reply(sources())
        case "/source":
            let context = SourceContext(knowledgeBase: engine.knowledgeBase, showsPath: !options.isKiosk)
            return reply(context.text(for: argument, citations: lastReply?.citations ?? []))
        case "/why":
            return reply(explanation())
        case "/crisis":
            let lines = engine.knowledgeBase.safety.category(.crisis)?.lines ?? []
            return reply(lines.isEmpty ? engine.helpLine(for: options) : place.text(of: lines))
        case "/reset":
            reset()
            return reply(settings.reply("reset"))
        case "/reload":
            return Reply(input: input, status: .error, answer: settings.reply("reload-elsewhere"))
        case "/quit", "/exit":
            return reply(settings.reply("goodbye"), endsSession: !options.isKiosk)
        default:
            let shown = String(name.prefix(30))
            return Reply(input: input, status: .error, answer: settings.reply("unknown-command", ["command": shown]))
        }
    }

    private func topics() -> String {
        var lines = [settings.reply("topics-intro", ["topic": settings.topic])]
        for document in engine.knowledgeBase.documents {
            for section in document.sections {
                let example = section.questions.first.map { " " + settings.reply("topics-example", ["question": $0]) } ?? ""
                lines.append("- \(section.heading)\(example)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func sources() -> String {
        var lines = [settings.reply("sources-intro")]
        for document in engine.knowledgeBase.documents {
            let values = ["title": document.title, "source": document.source, "date": document.reviewed]
            lines.append("- " + settings.reply("sources-document", values))
        }
        return lines.joined(separator: "\n")
    }

    private func explanation() -> String {
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
