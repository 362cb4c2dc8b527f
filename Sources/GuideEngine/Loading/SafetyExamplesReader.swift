/// Reads `safety-examples.txt`: `[group]` lines (a category of safety.txt,
/// or `[safe]` for harmless messages that share their words), then one
/// example sentence a line; `#` lines are comments.
enum SafetyExamplesReader {
    static func examples(from text: String, path: String, categories: Set<String>, diagnostics: inout [Diagnostic]) -> [SafetyExample] {
        var examples: [SafetyExample] = []
        var group: String?
        for (offset, rawLine) in text.fileLines.enumerated() {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") && line.count > 2 {
                let name = String(line.dropFirst().dropLast()).trimmingWhitespace()
                guard name == SemanticSafetyNet.safeGroup || categories.contains(name) else {
                    let known = ([SemanticSafetyNet.safeGroup] + categories.sorted()).joined(separator: ", ")
                    diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "unknown group [\(name)] (known: \(known))"))
                    group = nil
                    continue
                }
                group = name
                continue
            }
            guard let group else {
                diagnostics.append(Diagnostic(path: path, line: offset + 1, message: "an example before any [group]"))
                continue
            }
            examples.append(SafetyExample(group: group, text: line, line: offset + 1, path: path))
        }
        return examples
    }
}
