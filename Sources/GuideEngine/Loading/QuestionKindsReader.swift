/// Reads `language/question-kinds-<language>.txt`: one `[kind-id]` group per
/// kind of question, with `name:`, `cue:` lines (comma-separated phrases) and
/// optional `refer: yes`, `decline: no`, `see:` (kinds whose answer bears on it), `subjects:` (yes, or part)
/// and `of-subject: no`.
enum QuestionKindsReader {
    static let keys: Set<String> = ["name", "cue", "refer", "decline", "see", "subjects", "of-subject"]

    static func kinds(from file: RecordFile?, diagnostics: inout [Diagnostic]) -> [QuestionKind] {
        guard let file else { return [] }
        var seen: Set<String> = []
        let kinds: [QuestionKind] = file.groups.compactMap { group in
            for entry in group.entries where !keys.contains(entry.key) {
                diagnostics.append(Diagnostic(
                    path: file.path, line: entry.line, message: "unknown key '\(entry.key)' (known: cue, decline, name, of-subject, refer, see, subjects)"))
            }
            guard DocumentParser.isIdentifier(group.name) else {
                diagnostics.append(Diagnostic(
                    path: file.path, line: group.line, message: "kind '\(group.name)' may use only lowercase letters, digits, '-' and '.'"))
                return nil
            }
            guard seen.insert(group.name).inserted else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "kind '\(group.name)' is defined twice"))
                return nil
            }
            let cues = group.values("cue").flatMap { $0.split(separator: ",") }.map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty }
            guard let name = group.value("name"), !cues.isEmpty else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] needs a 'name:' and 'cue:' lines"))
                return nil
            }
            func yesOrNo(_ key: String) -> String? {
                let value = group.value(key)?.lowercased()
                if let value, value != "yes", value != "no" {
                    diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "'\(key):' is yes or no, not '\(value)'"))
                }
                return value
            }
            let subjects = group.value("subjects")?.lowercased()
            if let subjects, subjects != "yes", subjects != "part", subjects != "no" {
                diagnostics.append(Diagnostic(
                    path: file.path, line: group.line, message: "'subjects:' is yes, part or no, not '\(subjects)'"))
            }
            let see = group.values("see").flatMap { $0.split(separator: ",") }.map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty }
            return QuestionKind(
                id: group.name, name: name, cues: cues, refers: yesOrNo("refer") == "yes", declines: yesOrNo("decline") != "no",
                see: see, namesSubjects: subjects == "yes", namesParts: subjects == "part", ofSubject: yesOrNo("of-subject") != "no",
                line: group.line)
        }
        // A `see:` naming no kind would silently show nothing.
        let ids = Set(kinds.map(\.id))
        for kind in kinds {
            for id in kind.see where !ids.contains(id) {
                diagnostics.append(Diagnostic(path: file.path, line: kind.line, message: "[\(kind.id)] 'see: \(id)' names no kind in this file"))
            }
        }
        return kinds
    }
}
