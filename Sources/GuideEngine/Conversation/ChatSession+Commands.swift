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
            return Reply(
                input: input, status: .error, answer: settings.reply("command-interactive-only", ["command": command.name]))
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

    /// `/why`: how the last question was matched, for authors, in the
    /// language's words (`why-*` in its strings).
    func explanation() -> String {
        let safety = safetyExplanation()
        guard let match = lastMatch else { return safety.isEmpty ? settings.reply("why-none") : safety.joined(separator: "\n") }
        func list(_ words: [String]) -> String { words.joined(separator: ", ") }
        var lines: [String] = safety
        lines.append(settings.reply("why-searched", ["words": match.terms.isEmpty ? settings.reply("why-searched-none") : list(match.terms)]))
        if !match.corrections.isEmpty {
            lines.append(settings.reply("why-corrected", ["corrections": list(match.corrections.map { "\($0.from) → \($0.to)" })]))
        }
        if !match.unknownWords.isEmpty {
            lines.append(settings.reply("why-unknown", ["words": list(match.unknownWords)]))
        }
        if !match.contextTerms.isEmpty {
            lines.append(settings.reply("why-context", ["words": list(match.contextTerms)]))
        }
        if !match.matchedTerms.isEmpty {
            lines.append(settings.reply("why-matched", ["words": list(match.matchedTerms)]))
        }
        if !match.askedKinds.isEmpty {
            lines.append(settings.reply("why-asks", ["kinds": list(match.askedKinds)]))
        }
        if let kind = match.unansweredKind {
            lines.append(settings.reply("why-unanswered-kind", ["kind": kind.id]))
        }
        if match.isNotCovered {
            lines.append(settings.reply("why-not-covered"))
        }
        let confidence = String(format: "%.2f", match.confidence)
        if let intent = match.intent {
            lines.append(settings.reply("why-decision", ["intent": intent.id, "confidence": confidence]))
        } else {
            lines.append(settings.reply("why-decision-none", ["confidence": confidence]))
        }
        lines.append(settings.reply("why-candidates"))
        for candidate in match.candidates.prefix(5) {
            let values = [
                "intent": candidate.intent.id, "score": String(format: "%.2f", candidate.score),
                "coverage": String(Int((candidate.coverage * 100).rounded())),
            ]
            lines.append(settings.reply("why-candidate", values))
        }
        // Where the answer's passages are, for authors: the answer itself shows no paths.
        if !options.isKiosk, let citations = lastReply?.citations, !citations.isEmpty {
            lines.append(settings.reply("why-cited"))
            lines += citations.map { "[\($0.number)] \($0.path):\($0.line)" }
        }
        return lines.joined(separator: "\n")
    }

    /// What the safety screen found in the last message, for `/why`: the
    /// category and status, and the phrase that fired (its kind, `say` or
    /// `about-me`, and, except at the kiosk, its file and line), or the
    /// example it was nearest by meaning. Empty when it found nothing.
    func safetyExplanation() -> [String] {
        guard let finding = lastSafetyFinding else { return [] }
        let pattern: SafetyPattern
        var lines: [String] = []
        switch finding {
        case .flagged(let status, let flagged, let aboutOther):
            pattern = flagged
            let whom = settings.reply(aboutOther ? "why-safety-other" : "why-safety-reader")
            lines.append(settings.reply("why-safety", ["category": flagged.category, "status": status.rawValue, "whom": whom]))
        case .sensitiveTopic(let topic):
            pattern = topic
            lines.append(settings.reply("why-safety-topic", ["category": topic.category]))
        }
        if let example = pattern.nearestExample, let score = pattern.meaning {
            func figure(_ value: Float) -> String { String(format: "%.2f", value) }
            var values = ["example": example, "similarity": figure(score.similarity), "harmless": figure(score.harmlessSimilarity)]
            values["probability"] = score.probability.map(figure)
            lines.append(settings.reply(score.probability == nil ? "why-safety-meaning" : "why-safety-model", values))
        } else {
            let kind = pattern.needsFirstPerson ? SafetyPattern.aboutReaderKey : SafetyPattern.anyoneKey
            lines.append(settings.reply("why-safety-phrase", ["kind": kind, "phrase": pattern.text]))
        }
        if !options.isKiosk, pattern.line > 0 {
            lines.append(settings.reply("why-safety-source", ["path": pattern.path, "line": String(pattern.line)]))
        }
        return lines
    }
}
