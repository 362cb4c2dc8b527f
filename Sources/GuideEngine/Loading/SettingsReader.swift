/// Turns the knowledge base's small data files into model values, reporting
/// missing or unknown entries with their line.
enum SettingsReader {
    static func settings(from file: RecordFile?, diagnostics: inout [Diagnostic]) -> GuideSettings {
        let guide = file?.group("guide")
        if let file, guide == nil {
            diagnostics.append(Diagnostic(path: file.path, line: 1, message: "missing the [guide] group"))
        }
        func required(_ key: String) -> String {
            if let value = guide?.value(key) { return value }
            if let file, let guide {
                diagnostics.append(Diagnostic(path: file.path, line: guide.line, message: "[guide] lacks '\(key):'"))
            }
            return ""
        }
        let language = file?.group("language")
        var replies: [String: String] = [:]
        for entry in file?.group("replies")?.entries ?? [] { replies[entry.key] = entry.value }
        var settings = GuideSettings(
            name: required("name"), topic: required("topic"),
            subject: guide?.values("subject") ?? [], about: required("about"), disclaimer: required("disclaimer"),
            getHelp: required("get-help"), replies: replies,
            suggestions: file?.group("suggestions")?.values("question") ?? [])
        settings.partSeparators = language?.values("part-separator") ?? []
        settings.comparisonWords = language?.values("comparison") ?? []
        settings.referenceWords = Set((language?.values("reference") ?? []).map { $0.lowercased() })
        settings.questionLeads = language?.values("question-lead") ?? []
        settings.questionTails = language?.values("question-tail") ?? []
        return settings
    }

    static func synonyms(
        from text: String, path: String, file: String = "synonyms.txt", diagnostics: inout [Diagnostic]
    ) -> [SynonymGroup] {
        var groups: [SynonymGroup] = []
        for (offset, rawLine) in text.fileLines.enumerated() {
            let content = rawLine.trimmingWhitespace()
            if content.isEmpty || content.hasPrefix("#") { continue }
            let terms = content.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if terms.count < 2 {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "a synonym group needs two or more terms separated by commas"))
                continue
            }
            groups.append(SynonymGroup(terms: terms, line: offset + 1, file: file))
        }
        return groups
    }

    /// `word stem` per line: the stem to use for a word the stemmer gets wrong.
    static func stemExceptions(from text: String, path: String, diagnostics: inout [Diagnostic]) -> [String: String] {
        var exceptions: [String: String] = [:]
        for (offset, rawLine) in text.fileLines.enumerated() {
            let content = rawLine.trimmingWhitespace()
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
            guard fields.count == 2 else {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "expected a word and its stem, separated by a space"))
                continue
            }
            exceptions[fields[0]] = fields[1]
        }
        return exceptions
    }

    static func wordList(_ text: String) -> Set<String> {
        Set(text.fileLines.map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    static func smalltalk(from file: RecordFile?, diagnostics: inout [Diagnostic]) -> [SmalltalkIntent] {
        guard let file else { return [] }
        return file.groups.compactMap { group in
            let phrasings = group.values("say")
            guard let reply = group.value("reply"), !phrasings.isEmpty else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] needs 'say:' lines and a 'reply:'"))
                return nil
            }
            return SmalltalkIntent(name: group.name, phrasings: phrasings, reply: reply)
        }
    }

    /// The safety screen's rules. A missing file, or a `[crisis]` or
    /// `[emergency]` group that is missing or lacks phrases or a message, is
    /// an error: without them crisis language would go unnoticed, silently.
    ///
    /// - Parameter path: the file's name as shown, for the error when it is missing.
    static func safety(from file: RecordFile?, path: String, diagnostics: inout [Diagnostic]) -> SafetyRules {
        guard let file else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "the file is missing: the safety screen needs its [crisis] and [emergency] groups"))
            return SafetyRules()
        }
        for required in SafetyRules.requiredStatuses {
            guard let group = file.group(required.rawValue) else {
                diagnostics.append(Diagnostic(
                    path: file.path, line: file.lastLine,
                    message: "the file has no [\(required.rawValue)] group: the safety screen needs its 'say:' phrases and 'message:'"))
                continue
            }
            if !group.entries.contains(where: { $0.key == "say" || $0.key == "about-me" }) {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] has no 'say:' or 'about-me:' phrase"))
            }
        }
        var rules = SafetyRules()
        func words(_ group: RecordFile.Group?, _ key: String) -> Set<String> {
            Set((group?.values(key) ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace().lowercased() } })
        }
        let known: Set<String> = ["crisis", "emergency", "referral", "symptoms", "language", "retraction", "footnote"]
        for group in file.groups {
            guard known.contains(group.name) else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "unknown group [\(group.name)] (known: \(known.sorted().joined(separator: ", ")))"))
                continue
            }
            let allowedKeys: [String: Set<String>] = [
                "symptoms": ["note", "intents"], "language": ["first-person", "negation", "topic-marker", "question-word", "opener", "history-marker"],
                "retraction": ["say", "reply"], "footnote": ["text"],
            ]
            if let allowed = allowedKeys[group.name] {
                for entry in group.entries where !allowed.contains(entry.key) {
                    diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "unknown key '\(entry.key)' in [\(group.name)] (known: \(allowed.sorted().joined(separator: ", ")))"))
                }
            }
            if let status = Reply.Status(rawValue: group.name), [.crisis, .emergency, .referral].contains(status) {
                let message = group.values("message").joined(separator: "\n")
                if message.isEmpty {
                    diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] needs a 'message:' line"))
                }
                var patterns: [SafetyPattern] = []
                for entry in group.entries {
                    switch entry.key {
                    case "message": break
                    case "say", "about-me":
                        patterns.append(SafetyPattern(text: entry.value, needsFirstPerson: entry.key == "about-me", path: file.path, line: entry.line))
                    default:
                        diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "unknown key '\(entry.key)' (known: message, say, about-me)"))
                    }
                }
                rules.categories.append(SafetyCategory(status: status, message: message, patterns: patterns))
            }
        }
        let symptoms = file.group("symptoms")
        rules.symptomNote = symptoms?.value("note")
        rules.symptomNoteLine = symptoms?.entries.last { $0.key == "note" }?.line ?? 0
        rules.symptomIntents = words(symptoms, "intents")
        rules.path = file.path
        let language = file.group("language")
        rules.firstPersonWords = words(language, "first-person")
        rules.negations = words(language, "negation")
        rules.topicMarkers = words(language, "topic-marker")
        rules.questionWords = words(language, "question-word")
        rules.openers = words(language, "opener")
        rules.historyMarkers = words(language, "history-marker")
        rules.retractions = file.group("retraction")?.values("say") ?? []
        rules.retractionReply = file.group("retraction")?.value("reply")
        rules.topicFootnote = file.group("footnote")?.value("text")
        // Checked in the order the statuses are most urgent, whatever the file's order.
        let order: [Reply.Status] = [.crisis, .emergency, .referral]
        rules.categories.sort { (order.firstIndex(of: $0.status) ?? 9) < (order.firstIndex(of: $1.status) ?? 9) }
        return rules
    }
}
