extension SettingsReader {
    /// The safety file's group of word classes: `name: item, item, …`, each
    /// item a word, a `-ending`, or a word list in the knowledge base (a path
    /// ending in `.txt`, one word or ending a line).
    static let wordClassesGroup = "word-classes"

    /// The classes of the `[word-classes]` group, by name.
    ///
    /// A missing word list is a warning, not an error: a knowledge base made
    /// from another (`import-medquad` copies safety.txt) still loads, its
    /// classes keeping their other words ("pills", "meds"), and `validate`
    /// can say what is missing.
    static func wordClasses(
        in file: RecordFile, readList: (String) throws -> String?, warnings: inout [Diagnostic]
    ) rethrows -> [String: SafetyWordClass] {
        var classes: [String: SafetyWordClass] = [:]
        for entry in file.group(wordClassesGroup)?.entries ?? [] {
            let name = entry.key.lowercased()
            var wordClass = classes[name] ?? SafetyWordClass()
            for item in entry.value.split(separator: ",") {
                let item = item.trimmingWhitespace()
                guard item.hasSuffix(".txt") else {
                    wordClass.add(item: Substring(item))
                    continue
                }
                guard let text = try readList(item) else {
                    warnings.append(
                        Diagnostic(
                            path: file.path, line: entry.line, severity: .warning,
                            message: "the word list '\(item)' of class '\(name)' is missing: phrases with {\(name)} know only its other words"))
                    continue
                }
                wordClass.add(list: Substring(text))
            }
            classes[name] = wordClass
        }
        for (name, wordClass) in classes where wordClass.words.isEmpty && wordClass.endings.isEmpty {
            let line = file.group(wordClassesGroup)?.entries.last { $0.key.lowercased() == name }?.line ?? 1
            warnings.append(
                Diagnostic(path: file.path, line: line, severity: .warning, message: "the word class '\(name)' has no words: phrases with {\(name)} never match"))
        }
        return classes
    }

    /// A warning for each phrase that opens with a gap (`*`): the screen
    /// tries a phrase only at a word its first step names, so such a
    /// phrase never matches, silently.
    static func phrasesOpeningWithAGap(in categories: [SafetyCategory], path: String) -> [Diagnostic] {
        categories.flatMap(\.patterns).compactMap { pattern in
            guard let wanted = PhraseLine(pattern.text).wanted.first, PhraseLine.steps(of: wanted).first == "*" else { return nil }
            return Diagnostic(
                path: path, line: pattern.line, severity: .warning,
                message: "the phrase '\(pattern.text)' opens with '*' and never matches: start it with a word")
        }
    }

    /// A list of alternatives is this long, or longer, before a veto that
    /// runs it on into one word and another list is taken for a slip.
    static let runOnListLength = 6

    /// A warning for each veto that reads as a long list, one or two words,
    /// then another list ("- homework|…|sketch lines of|code|queue|…",
    /// "- retired|…|leaving do|farewell party|graduation"): the spaces made
    /// the list's words three steps of one sequence, so the veto almost
    /// never stands. A veto of several words is a veto of its own
    /// ("- homework|queue - lines of code").
    static func vetoListsRunningOn(in categories: [SafetyCategory], path: String) -> [Diagnostic] {
        categories.flatMap(\.patterns).flatMap { pattern in
            PhraseLine(pattern.text).vetoes.compactMap { veto -> Diagnostic? in
                let steps = PhraseLine.steps(of: veto).filter { $0 != "*" }.map { $0.split(separator: "|").count }
                guard let first = steps.first, let last = steps.last, steps.count == 3, steps[1] <= 2,
                    first >= runOnListLength, last >= 2
                else { return nil }
                return Diagnostic(
                    path: path, line: pattern.line, severity: .warning,
                    message: "the veto '- \(veto)' is one sequence of three steps, two lists and a word between: "
                        + "give a veto of several words a '- ' of its own")
            }
        }
    }

    /// A warning for each sequence in which two steps side by side share
    /// a word but differ ("heart has|hearts|heart stopped", "ill|ll|i
    /// will|i shall be dead"): alternatives of several words written in
    /// one list, which the spaces split into steps, so the sequence wants
    /// the shared word twice. Identical steps side by side ("=pill =pill")
    /// are meant.
    static func listsSplitBySpaces(in categories: [SafetyCategory], path: String) -> [Diagnostic] {
        categories.flatMap(\.patterns).compactMap { pattern in
            let slipped = PhraseLine(pattern.text).sequences.first { sequence in
                let steps = PhraseLine.steps(of: sequence)
                return zip(steps, steps.dropFirst()).contains { first, second in
                    guard first != "*", second != "*", first != second else { return false }
                    let words = Set(first.split(separator: "|").map { $0.drop { $0 == Character(SafetyPhraseMatcher.exactMark) } })
                    return second.split(separator: "|").contains { words.contains($0.drop { $0 == Character(SafetyPhraseMatcher.exactMark) }) }
                }
            }
            guard let slipped else { return nil }
            return Diagnostic(
                path: path, line: pattern.line, severity: .warning,
                message: "'\(slipped.trimmingCharacters(in: .whitespaces))' has two steps side by side that share a word: "
                    + "alternatives of several words need a line each ('a|b c' is a or b, then c)")
        }
    }

    /// A warning for each phrase with an empty alternative: a "|" at a
    /// step's edge or two side by side ("sofa| model" is "sofa or nothing",
    /// then "model": the space after "|" began a step of its own). Found in
    /// a veto list that a word was added to by hand.
    static func emptyAlternatives(in categories: [SafetyCategory], path: String) -> [Diagnostic] {
        categories.flatMap(\.patterns).compactMap { pattern in
            let broken = PhraseLine(pattern.text).sequences.flatMap(PhraseLine.steps(of:)).first { step in
                step.hasPrefix("|") || step.hasSuffix("|") || step.contains("||")
            }
            guard let broken else { return nil }
            return Diagnostic(
                path: path, line: pattern.line, severity: .warning,
                message: "'\(broken)' has an empty alternative: a '|' at a step's edge or '||' (a space after '|' begins a new step)")
        }
    }

    /// An error for each phrase word that opens as a number range (`#<90`)
    /// but is none ("#<9O", "#90-"): it would never match.
    static func malformedNumberRanges(in categories: [SafetyCategory], path: String) -> [Diagnostic] {
        categories.flatMap(\.patterns).compactMap { pattern in
            let words = pattern.text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == SafetyPhraseMatcher.companionMark })
            guard let bad = words.first(where: SafetyPhraseMatcher.isMalformedNumberRange) else { return nil }
            return Diagnostic(
                path: path, line: pattern.line,
                message: "'\(bad)' is no number range: write #<N (below N), #>N (above N) or #N-M (N to M), whole numbers")
        }
    }

    /// An error for each phrase that names a class (`{name}`) the file does not declare.
    static func unknownWordClasses(in categories: [SafetyCategory], known: Set<String>, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for pattern in categories.flatMap(\.patterns) {
            for name in SafetyPhraseMatcher.wordClassNames(in: pattern.text) where !known.contains(name) {
                let declared = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
                diagnostics.append(Diagnostic(path: path, line: pattern.line, message: "unknown word class '{\(name)}' (declared in [\(wordClassesGroup)]: \(declared))"))
            }
        }
        return diagnostics
    }
}
