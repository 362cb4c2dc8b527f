/// Reads `language/question-kinds-<language>.txt`: one `[kind-id]` group per
/// kind of question, with `name:`, `cue:` lines (comma-separated phrases) and
/// optional `refer: yes` and `decline: no`.
enum QuestionKindsReader {
    static let keys: Set<String> = ["name", "cue", "refer", "decline"]

    static func kinds(from file: RecordFile?, diagnostics: inout [Diagnostic]) -> [QuestionKind] {
        guard let file else { return [] }
        var seen: Set<String> = []
        return file.groups.compactMap { group in
            for entry in group.entries where !keys.contains(entry.key) {
                diagnostics.append(Diagnostic(
                    path: file.path, line: entry.line, message: "unknown key '\(entry.key)' (known: cue, decline, name, refer)"))
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
            return QuestionKind(
                id: group.name, name: name, cues: cues, refers: yesOrNo("refer") == "yes", declines: yesOrNo("decline") != "no",
                line: group.line)
        }
    }
}
