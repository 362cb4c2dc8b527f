/// Reads `crisis-lines.txt`: one `[key]` group per region, with the numbers
/// a reader there can call or text.
///
/// ```
/// [us]
/// name: United States
/// emergency-number: 911
/// crisis-line: Call or text 988 (Suicide & Crisis Lifeline), any time.
/// elsewhere: Outside the US, call your local emergency number.
/// source: https://… (where the number was checked)
/// ```
enum CrisisLinesReader {
    static let keys: Set<String> = ["name", "emergency-number", "crisis-line", "elsewhere", "source"]

    static func regions(from file: RecordFile, diagnostics: inout [Diagnostic]) -> [CrisisRegion] {
        var regions: [CrisisRegion] = []
        for group in file.groups {
            for entry in group.entries where !keys.contains(entry.key) {
                diagnostics.append(Diagnostic(path: file.path, line: entry.line, message: "unknown key '\(entry.key)' in [\(group.name)] (known: \(keys.sorted().joined(separator: ", ")))"))
            }
            guard let name = group.value("name"), let emergency = group.value("emergency-number") else {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "[\(group.name)] needs 'name:' and 'emergency-number:'"))
                continue
            }
            if regions.contains(where: { $0.key == group.name.lowercased() }) {
                diagnostics.append(Diagnostic(path: file.path, line: group.line, message: "region [\(group.name)] is defined twice"))
                continue
            }
            regions.append(
                CrisisRegion(
                    key: group.name.lowercased(), name: name, emergencyNumber: emergency, crisisLines: group.values("crisis-line"),
                    elsewhere: group.value("elsewhere")))
        }
        return regions
    }
}
