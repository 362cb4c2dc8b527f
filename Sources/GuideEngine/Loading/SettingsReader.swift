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
        settings.getHelpStaff = guide?.value("get-help-staff")
        settings.questionWords = guide?.values("question-word") ?? []
        settings.subject += settings.questionWords
        settings.region = guide?.value("region")?.lowercased()
        settings.overview = (guide?.values("overview") ?? []).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        settings.overviewLine = guide?.entries.first { $0.key == "overview" }?.line ?? 1
        if let language = guide?.value("language") {
            if LanguageFiles.isValidLanguage(language) {
                settings.language = language
                settings.namesLanguage = true
            } else {
                let line = guide?.entries.last { $0.key == "language" }?.line ?? 1
                diagnostics.append(
                    Diagnostic(path: file?.path ?? "guide.conf", line: line, message: "'language:' is a language code of letters, digits and '-' (for example en)"))
            }
        }
        if let staff = guide?.value("staff-on-site") {
            switch staff.lowercased() {
            case "yes", "true": settings.staffOnSite = true
            case "no", "false": settings.staffOnSite = false
            default:
                let line = guide?.entries.last { $0.key == "staff-on-site" }?.line ?? 1
                diagnostics.append(Diagnostic(path: file?.path ?? "guide.conf", line: line, message: "'staff-on-site:' is yes or no"))
            }
        }
        settings.partSeparators = language?.values("part-separator") ?? []
        settings.comparisonWords = language?.values("comparison") ?? []
        settings.referenceWords = Set((language?.values("reference") ?? []).map { $0.lowercased() })
        settings.questionLeads = language?.values("question-lead") ?? []
        func lowercased(_ key: String) -> Set<String> { Set((language?.values(key) ?? []).map { $0.lowercased() }) }
        settings.focusWords.auxiliaries = lowercased("focus-auxiliary")
        settings.focusWords.persons = lowercased("focus-person")
        settings.focusWords.requests = lowercased("focus-request")
        settings.focusWords.links = lowercased("focus-link")
        settings.focusWords.clauseStarts = lowercased("clause-start")
        settings.questionTails = language?.values("question-tail") ?? []
        func words(_ key: String) -> Set<String> {
            Set((language?.values(key) ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace().lowercased() } })
        }
        settings.choiceWords.first = words("choice-first")
        settings.choiceWords.second = words("choice-second")
        settings.choiceWords.yes = words("choice-yes")
        settings.choiceWords.filler = words("choice-filler")
        return settings
    }

    /// The `[strings]` group of the language's strings file, by key.
    static func strings(from file: RecordFile?) -> [String: String] {
        var strings: [String: String] = [:]
        for entry in file?.group("strings")?.entries ?? [] { strings[entry.key] = entry.value }
        return strings
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

    /// The emoji list's entries, "emoji<TAB>words" a line; a line without
    /// both is an error naming the list and the line.
    static func emojiWords(from text: String, path: String, diagnostics: inout [Diagnostic]) -> [String: String] {
        var result: [String: String] = [:]
        for (offset, line) in text.fileLines.enumerated() {
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let words = fields.count == 2 ? fields[1].trimmingWhitespace().lowercased() : ""
            guard fields.count == 2, !fields[0].isEmpty, !words.isEmpty else {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "expected an emoji, a tab and its words"))
                continue
            }
            result[String(fields[0])] = words
        }
        return result
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

    /// Groups of the safety file that are not categories of messages.
    static let safetySettingGroups: Set<String> = ["symptoms", "language", "retraction", "footnote", "by-meaning", "word-classes"]
    /// Statuses a category may have; a group named like one needs no `status:`.
    static let safetyStatuses: [Reply.Status] = [.crisis, .emergency, .distress, .referral]

    /// The safety screen's rules. A missing file, or a `[crisis]` or
    /// `[emergency]` group that is missing or lacks phrases or a message, is
    /// an error: without them crisis language would go unnoticed, silently.
    ///
    /// - Parameters:
    ///   - path: the file's name as shown, for the error when it is missing.
    ///   - readList: reads a word list a `[word-classes]` entry names (a path
    ///     in the knowledge base); nil when it is missing.
    ///   - listPath: such a list's path as shown in an error.
    static func safety(
        from file: RecordFile?, path: String, diagnostics: inout [Diagnostic],
        readList: (String) throws -> String? = { _ in nil }, listPath: (String) -> String = { $0 }
    ) rethrows -> SafetyRules {
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
        /// Markers of several words ("years ago"), each as its words.
        func phrases(_ group: RecordFile.Group?, _ key: String) -> [[String]] {
            words(group, key).map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        }
        /// The message lines of `group`, whose keys say to whom (`plain` is the key said to everyone).
        func messageLines(_ group: RecordFile.Group?, plain: String) -> [SafetyMessageLine] {
            (group?.entries ?? []).compactMap { entry in
                if entry.key == plain { return SafetyMessageLine(audience: .everyone, text: entry.value) }
                guard entry.key != "message", let audience = SafetyMessageLine.Audience(rawValue: entry.key) else { return nil }
                return SafetyMessageLine(audience: audience, text: entry.value)
            }
        }
        let lineKeys = Set(SafetyMessageLine.Audience.allCases.map(\.rawValue)).subtracting(["message"])
        let allowedKeys: [String: Set<String>] = [
            "symptoms": lineKeys.union(["note", "intents"]),
            "language": [
                "first-person", "other-person", "negation", "negation-undone-by", "not-recent-after", "dating-opener", "supposing-opener", "only-supposing", "asking-for-oneself", "asking-whether-normal", "one-of-them", "shared-experience", "shared-experience-subject", "shared-experience-pronoun", "means-at-hand", "asked-by-other", "asked-undone-by", "emoji", "present-class", "asking-for-help", "asked-of", "denial-undone-by", "contraction", "dropped-ending", "denial", "fear", "may-happen", "may-happen-filler", "perfect-auxiliary", "ongoing-perfect", "age-now-marker", "happening-now", "taking-verb", "taking-class", "auxiliary", "mild", "duration-unit", "look-alike-letter", "look-alike-opening", "spaced-letters-from", "topic-marker", "question-word", "opener", "history-marker", "settled-marker", "settled-undone-by", "light-taking-verb", "recent-marker", "recent-undone-by", "story-frame", "story-opener", "becoming-verb", "onset-verb", "onset-opener", "just-now-marker", "habit-marker", "contrast", "recent-before-past", "treatment-day", "not-a-story", "addressed-to-reader", "new-event-word", "names-what-follows", "bare-alarm", "bare-alarm-filler", "bare-emoji", "urgent-word", "urgent-mark", "glued-word",
                "hypothetical", "generic-person", "people-in-general", "likeness", "determiner", "verb-without-subject", "subjectless-ending", "subjectless-exception", "subjectless-verb", "large-count", "small-count", "large-count-from", "past-marker", "age-marker", "past-marker-reach", "past-marker-subject-reach", "over-marker", "ended-after", "ended-before", "ended-gap", "ended-subject", "well-marker", "past-tense", "past-ending", "present-tense",
                "effect-opener", "effect-word", "effect-easing", "effect-reach", "effect-noun", "effect-relief", "nothing-word", "topic-of", "emergency-topic-of", "asks-what-it-is", "article", "comparing",
                "scenario-class",
            ],
            "retraction": lineKeys.union(["say", "reply"]), "footnote": lineKeys.union(["text", "intents"]),
            "by-meaning": ["threshold", "margin", "minimum-words", "short-threshold", "model-threshold", "model-harmless-lead", "model-threshold-without-person", "model-doubt", "model-threshold-question", "question-model-threshold", "model-threshold-together", "model-threshold-denial", "model-threshold-supposed", "model-threshold-topic", "model-threshold-fear", "model-threshold-vetoed"],
        ]
        let statusNames = safetyStatuses.map(\.rawValue)
        for group in file.groups {
            // Its keys are the classes' names (SettingsReader+WordClasses).
            if group.name == wordClassesGroup { continue }
            if let allowed = allowedKeys[group.name] {
                for entry in group.entries where !allowed.contains(entry.key) {
                    diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "unknown key '\(entry.key)' in [\(group.name)] (known: \(allowed.sorted().joined(separator: ", ")))"))
                }
                continue
            }
            guard let statusName = group.value("status") ?? (statusNames.contains(group.name) ? group.name : nil) else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "unknown group [\(group.name)]: a group of phrases needs 'status:' (\(statusNames.joined(separator: ", "))); other groups: \(safetySettingGroups.sorted().joined(separator: ", "))"))
                continue
            }
            guard let status = Reply.Status(rawValue: statusName), safetyStatuses.contains(status) else {
                let line = group.entries.last { $0.key == "status" }?.line ?? group.line
                diagnostics.append(Diagnostic(path: file.path, line: line, message: "unknown status '\(statusName)' (known: \(statusNames.joined(separator: ", ")))"))
                continue
            }
            var patterns: [SafetyPattern] = []
            for entry in group.entries {
                switch entry.key {
                case "status": break
                case "say", "about-me":
                    patterns.append(SafetyPattern(text: entry.value, needsFirstPerson: entry.key == "about-me", category: group.name, path: file.path, line: entry.line))
                default:
                    if SafetyMessageLine.Audience(rawValue: entry.key) == nil {
                        diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "unknown key '\(entry.key)' (known: status, message, to-reader, to-other, staff, no-staff, say, about-me)"))
                    }
                }
            }
            let lines = messageLines(group, plain: "message")
            if lines.isEmpty {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] needs a 'message:' line"))
            }
            rules.categories.append(SafetyCategory(name: group.name, status: status, lines: lines, patterns: patterns))
        }
        let symptoms = file.group("symptoms")
        rules.symptomNote = messageLines(symptoms, plain: "note")
        rules.symptomIntents = words(symptoms, "intents")
        rules.path = file.path
        let language = file.group("language")
        rules.firstPersonWords = words(language, "first-person")
        rules.otherPersonWords = words(language, "other-person")
        rules.hypotheticalWords = words(language, "hypothetical")
        rules.supposingOpeners = words(language, "supposing-opener")
        rules.onlySupposing = phrases(language, "only-supposing")
        rules.askingForOneself = phrases(language, "asking-for-oneself")
        rules.askingWhetherNormal = phrases(language, "asking-whether-normal")
        rules.oneOfThem = phrases(language, "one-of-them")
        rules.sharedExperience = phrases(language, "shared-experience")
        rules.sharedExperienceSubject = phrases(language, "shared-experience-subject").first?.first ?? ""
        rules.sharedExperiencePronouns = Dictionary(
            phrases(language, "shared-experience-pronoun").compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil },
            uniquingKeysWith: { first, _ in first })
        rules.warnings += (language?.entries ?? []).filter { $0.key == "shared-experience-pronoun" }.flatMap { entry in
            entry.value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { $0.split(separator: " ").count != 2 }.map { item in
                Diagnostic(
                    path: file.path, line: entry.line, severity: .warning,
                    message: "shared-experience-pronoun '\(item)' is not two words (the frame's pronoun, then the reader's): it is ignored")
            }
        }
        rules.meansAtHand = phrases(language, "means-at-hand")
        rules.askedByOther = phrases(language, "asked-by-other")
        rules.askedUndoneBy = phrases(language, "asked-undone-by")
        rules.askingForHelp = words(language, "asking-for-help")
        rules.askedOf = words(language, "asked-of")
        rules.denialUndoers = words(language, "denial-undone-by")
        rules.genericPersonWords = words(language, "generic-person")
        rules.likenessWords = words(language, "likeness")
        rules.peopleInGeneral = words(language, "people-in-general")
        rules.determiners = words(language, "determiner")
        rules.verbsWithoutSubject = words(language, "verb-without-subject")
        rules.subjectlessEndings = words(language, "subjectless-ending").sorted()
        rules.subjectlessExceptions = words(language, "subjectless-exception")
        rules.subjectlessVerbs = words(language, "subjectless-verb")
        rules.largeCountWords = words(language, "large-count")
        rules.smallCountWords = words(language, "small-count")
        if let minimum = language?.value("large-count-from") {
            if let number = Int(minimum), number > 0 {
                rules.largeCountMinimum = number
            } else {
                let line = language?.entries.last { $0.key == "large-count-from" }?.line ?? 1
                diagnostics.append(Diagnostic(path: file.path, line: line, message: "'large-count-from:' needs a whole number above 0"))
            }
        }
        for (key, keyPath) in [("past-marker-reach", \SafetyRules.pastMarkerReach), ("past-marker-subject-reach", \SafetyRules.pastMarkerSubjectReach), ("effect-reach", \SafetyRules.effectReach), ("spaced-letters-from", \SafetyRules.spacedLettersFrom)] {
            guard let reach = language?.value(key) else { continue }
            if let number = Int(reach), number >= 0 {
                rules[keyPath: keyPath] = number
            } else {
                let line = language?.entries.last { $0.key == key }?.line ?? 1
                diagnostics.append(Diagnostic(path: file.path, line: line, message: "'\(key):' needs a whole number, 0 or more"))
            }
        }
        rules.wordClasses = try wordClasses(in: file, readList: readList, warnings: &rules.warnings)
        if let entry = file.group("language")?.entries.last(where: { $0.key == "emoji" }), let text = try readList(entry.value.trimmingWhitespace()) {
            rules.emojiWords = emojiWords(from: text, path: listPath(entry.value.trimmingWhitespace()), diagnostics: &diagnostics)
        }
        diagnostics += unknownWordClasses(in: rules.categories, known: Set(rules.wordClasses.keys), path: file.path)
        diagnostics += malformedNumberRanges(in: rules.categories, path: file.path)
        rules.warnings += phrasesOpeningWithAGap(in: rules.categories, path: file.path)
        rules.warnings += vetoListsRunningOn(in: rules.categories, path: file.path)
        rules.warnings += listsSplitBySpaces(in: rules.categories, path: file.path)
        rules.warnings += emptyAlternatives(in: rules.categories, path: file.path)
        let meaning = file.group("by-meaning")
        for (key, keyPath) in [
            ("threshold", \SafetyRules.meaningThreshold), ("margin", \SafetyRules.meaningMargin),
            ("short-threshold", \SafetyRules.meaningShortThreshold), ("model-threshold", \SafetyRules.modelThreshold),
            ("model-harmless-lead", \SafetyRules.modelHarmlessLead),
            ("model-threshold-without-person", \SafetyRules.modelThresholdWithoutPerson),
            ("model-doubt", \SafetyRules.modelDoubt),
            ("model-threshold-question", \SafetyRules.modelThresholdForQuestions),
            ("question-model-threshold", \SafetyRules.questionModelThreshold),
            ("model-threshold-together", \SafetyRules.modelThresholdTogether),
            ("model-threshold-denial", \SafetyRules.modelThresholdDenial),
            ("model-threshold-supposed", \SafetyRules.modelThresholdSupposed),
            ("model-threshold-topic", \SafetyRules.modelThresholdTopic),
            ("model-threshold-vetoed", \SafetyRules.modelThresholdVetoed),
            ("model-threshold-fear", \SafetyRules.modelThresholdFear),
        ] {
            guard let entry = meaning?.entries.last(where: { $0.key == key }) else { continue }
            if let value = Float(entry.value), (0...1).contains(value) {
                rules[keyPath: keyPath] = value
            } else {
                diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "'\(key):' needs a number from 0 to 1"))
            }
        }
        if let entry = meaning?.entries.last(where: { $0.key == "minimum-words" }) {
            if let value = Int(entry.value), value >= 1 {
                rules.meaningMinimumWords = value
            } else {
                diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "'minimum-words:' needs a whole number above 0"))
            }
        }
        rules.negations = words(language, "negation")
        rules.negationUndoers = words(language, "negation-undone-by")
        /// The `left = right` entries of `key` (comma-separated, spaces made
        /// single), each right side one word; `leftIsOneWord` asks the same of
        /// the left. A malformed entry is an error naming its line and `example`.
        func equations(_ key: String, leftIsOneWord: Bool, example: String) -> [String: String] {
            var result: [String: String] = [:]
            for line in language?.entries.filter({ $0.key == key }) ?? [] {
                for entry in line.value.lowercased().split(separator: ",") {
                    let sides = entry.split(separator: "=").map { $0.split(separator: " ").joined(separator: " ") }
                    guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty, !sides[1].contains(" "),
                        !(leftIsOneWord && sides[0].contains(" "))
                    else {
                        let shown = entry.trimmingWhitespace()
                        diagnostics.append(Diagnostic(path: file.path, line: line.line, message: "'\(key): \(shown)' needs \(example)"))
                        continue
                    }
                    result[sides[0]] = sides[1]
                }
            }
            return result
        }
        rules.contractions = equations("contraction", leftIsOneWord: false, example: "words = one word (\"do not = dont\")")
        rules.droppedEndings = equations("dropped-ending", leftIsOneWord: true, example: "an ending = its full form (\"in = ing\")")
        let lookAlikeExample = "a character that is no letter = the letter it stands for (\"1 = i\")"
        for (typed, letter) in equations("look-alike-letter", leftIsOneWord: true, example: lookAlikeExample) {
            guard typed.count == 1, letter.count == 1, let typed = typed.first, let letter = letter.first, letter.isLetter, !typed.isLetter else {
                let line = language?.entries.first { $0.key == "look-alike-letter" }?.line ?? 0
                diagnostics.append(Diagnostic(path: file.path, line: line, message: "'look-alike-letter: \(typed) = \(letter)' needs \(lookAlikeExample)"))
                continue
            }
            rules.lookAlikeLetters[typed] = letter
        }
        for entry in language?.entries ?? [] where entry.key == "look-alike-opening" {
            for opening in entry.value.split(separator: ",").map({ $0.trimmingWhitespace() }) where !opening.isEmpty {
                guard opening.count == 1, let character = opening.first, rules.lookAlikeLetters[character] != nil, !character.isNumber else {
                    diagnostics.append(Diagnostic(
                        path: file.path, line: entry.line,
                        message: "'look-alike-opening: \(opening)' needs a character of look-alike-letter that is no digit (\"$\")"))
                    continue
                }
                rules.lookAlikeOpenings.insert(character)
            }
        }
        rules.denials = words(language, "denial")
        rules.fearWords = words(language, "fear")
        rules.mayHappenWords = words(language, "may-happen")
        rules.mayHappenFillers = words(language, "may-happen-filler")
        rules.perfectAuxiliaries = words(language, "perfect-auxiliary")
        rules.ongoingPerfect = phrases(language, "ongoing-perfect")
        rules.takingVerbs = words(language, "taking-verb")
        rules.happeningNow = phrases(language, "happening-now")
        rules.auxiliaries = words(language, "auxiliary")
        rules.mildWords = words(language, "mild")
        rules.durationUnits = words(language, "duration-unit")
        rules.scenarioClass = language?.value("scenario-class")?.trimmingWhitespace().lowercased()
        rules.takingClass = language?.value("taking-class")?.trimmingWhitespace().lowercased()
        rules.presentClass = language?.value("present-class")?.trimmingWhitespace().lowercased()
        for (key, name) in [("scenario-class", rules.scenarioClass), ("taking-class", rules.takingClass), ("present-class", rules.presentClass)] {
            guard let name, rules.wordClasses[name] == nil else { continue }
            let line = language?.entries.last { $0.key == key }?.line ?? 1
            diagnostics.append(Diagnostic(
                path: file.path, line: line, message: "'\(key): \(name)' names no class of [\(wordClassesGroup)]"))
        }
        rules.topicMarkers = words(language, "topic-marker")
        rules.questionWords = words(language, "question-word")
        rules.openers = words(language, "opener")
        rules.historyMarkers = phrases(language, "history-marker")
        rules.settledMarkers = phrases(language, "settled-marker")
        rules.settledUndoneBy = phrases(language, "settled-undone-by")
        rules.lightTakingVerbs = words(language, "light-taking-verb")
        let recent = phrases(language, "recent-marker")
        rules.recentMarkers = Set(recent.filter { $0.count == 1 }.map { $0[0] })
        rules.recentPhrases = recent.filter { $0.count > 1 }
        rules.recentUndoneBy = phrases(language, "recent-undone-by")
        rules.storyFrames = words(language, "story-frame")
        rules.storyOpeners = words(language, "story-opener")
        rules.becomingVerbs = words(language, "becoming-verb")
        rules.onsetVerbs = words(language, "onset-verb")
        rules.onsetOpeners = words(language, "onset-opener")
        rules.justNowMarkers = words(language, "just-now-marker")
        rules.habitMarkers = phrases(language, "habit-marker")
        rules.contrastWords = words(language, "contrast")
        rules.recentBeforePast = words(language, "recent-before-past")
        rules.treatmentDays = phrases(language, "treatment-day")
        rules.notAStory = phrases(language, "not-a-story")
        rules.addressedToReader = words(language, "addressed-to-reader")
        rules.newEventWords = words(language, "new-event-word")
        rules.namesWhatFollows = words(language, "names-what-follows")
        rules.bareAlarms = phrases(language, "bare-alarm")
        rules.bareAlarmFillers = words(language, "bare-alarm-filler")
        rules.urgentWords = words(language, "urgent-word")
        rules.gluedWords = words(language, "glued-word").sorted { $0.count > $1.count }
        rules.urgentMarks = (language?.values("urgent-mark") ?? []).flatMap { $0.split(separator: " ").map(String.init) }
        rules.bareAlarmLine = language?.entries.last { $0.key == "bare-alarm" }?.line ?? 0
        rules.bareEmoji = Set(words(language, "bare-emoji").compactMap { $0.first.map(SafetyScreen.plainEmoji) })
        rules.bareEmojiLine = language?.entries.last { $0.key == "bare-emoji" }?.line ?? 0
        rules.notRecentAfter = words(language, "not-recent-after")
        rules.datingOpeners = phrases(language, "dating-opener")
        rules.pastMarkers = phrases(language, "past-marker")
        rules.ageMarkers = phrases(language, "age-marker")
        rules.ageNowMarkers = phrases(language, "age-now-marker")
        rules.overMarkers = phrases(language, "over-marker")
        rules.endedAfter = phrases(language, "ended-after")
        rules.endedBefore = phrases(language, "ended-before")
        rules.endedGap = words(language, "ended-gap")
        rules.endedSubjects = words(language, "ended-subject")
        rules.wellMarkers = phrases(language, "well-marker")
        rules.pastTenseWords = words(language, "past-tense")
        rules.presentTenseWords = words(language, "present-tense")
        rules.pastEndings = words(language, "past-ending").sorted()
        rules.effectOpeners = words(language, "effect-opener")
        rules.effectWords = words(language, "effect-word")
        rules.easingWords = words(language, "effect-easing")
        rules.effectNouns = words(language, "effect-noun")
        rules.effectRelief = words(language, "effect-relief")
        rules.nothingWords = words(language, "nothing-word")
        rules.topicOfMarkers = phrases(language, "topic-of")
        rules.emergencyTopicOfMarkers = phrases(language, "emergency-topic-of")
        rules.asksWhatItIs = phrases(language, "asks-what-it-is")
        rules.articles = words(language, "article")
        rules.comparing = phrases(language, "comparing")
        rules.retractions = file.group("retraction")?.values("say") ?? []
        rules.retractionReply = messageLines(file.group("retraction"), plain: "reply")
        rules.topicFootnote = messageLines(file.group("footnote"), plain: "text")
        rules.footnoteIntents = words(file.group("footnote"), "intents")
        // Checked in the order the statuses are most urgent, then in file order.
        let order = safetyStatuses
        rules.categories = rules.categories.enumerated().sorted {
            let (left, right) = (order.firstIndex(of: $0.element.status) ?? 9, order.firstIndex(of: $1.element.status) ?? 9)
            return left != right ? left < right : $0.offset < $1.offset
        }.map(\.element)
        return rules
    }
}
