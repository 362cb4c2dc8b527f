import Foundation

extension KnowledgeBaseLoader {
    /// Placeholders that only a region can fill.
    static let regionPlaceholders = ["{emergency-number}", "{crisis-line}", "{crisis-lines}"]

    /// A safety message that names a number needs a region to take it from,
    /// and guide.conf's `region:` must be one of them.
    static func regionDiagnostics(safety: SafetyRules, settings: GuideSettings, displayName: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let region = settings.region, !safety.regions.contains(where: { $0.key == region }) {
            let known = safety.regions.map(\.key).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(path: displayName + "/guide.conf", line: 1, message: "region '\(region)' is not in crisis-lines.txt (known: \(known.isEmpty ? "none" : known))"))
        }
        let texts = safety.categories.flatMap(\.lines) + safety.symptomNote + safety.retractionReply + safety.topicFootnote
        let usesRegion = texts.contains { line in regionPlaceholders.contains { line.text.contains($0) } }
            || regionPlaceholders.contains { settings.getHelp.contains($0) || (settings.getHelpStaff ?? "").contains($0) }
        if usesRegion && safety.regions.isEmpty {
            diagnostics.append(
                Diagnostic(path: displayName + "/crisis-lines.txt", line: 1, message: "the safety messages name {emergency-number} or crisis lines, but crisis-lines.txt is missing or has no region"))
        }
        return diagnostics
    }
}

extension KnowledgeBaseLoader {
    /// The folder's static embeddings, when both of their files are there.
    ///
    /// - Parameter embeddingsName: the table's base name in `language/`
    ///   (`LanguageFiles.embeddings`); `.bin` and `.vocab` follow it.
    static func embeddings(named embeddingsName: String, in root: URL, displayName: String) throws -> StaticEmbeddings? {
        let binary = root.appendingPathComponent(embeddingsName + ".bin").path
        let vocabulary = root.appendingPathComponent(embeddingsName + ".vocab").path
        guard FileManager.default.fileExists(atPath: binary), FileManager.default.fileExists(atPath: vocabulary) else { return nil }
        return try StaticEmbeddings.load(binaryPath: binary, vocabularyPath: vocabulary, displayName: displayName + "/" + embeddingsName)
    }
}
