import Foundation

extension KnowledgeBaseLoader {
    /// One warning per file of the language that is missing, when `guide.conf`
    /// names its language: a language set on purpose whose stop words or
    /// strings were left out would otherwise match and speak worse, silently.
    /// A guide.conf that names none (an older or imported knowledge base)
    /// keeps today's behaviour: every language file is optional.
    static func missingLanguageFiles(
        _ files: LanguageFiles, in root: URL, settings: GuideSettings, displayName: String
    ) -> [Diagnostic] {
        guard settings.namesLanguage else { return [] }
        let names = files.textFiles + [files.embeddings + ".bin", files.embeddings + ".vocab"]
        return names.filter { !FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }.map { name in
            Diagnostic(
                path: displayName + "/" + name, line: 1, severity: .warning,
                message: "guide.conf sets language '\(files.language)' but \(name) is missing; write it (see README: adding a language)")
        }
    }

    /// The stemmer of the knowledge base's language; for a language the guide
    /// has no stemmer for, one that keeps words as they are, with a warning
    /// (matching then needs a word's exact form or a stem exception).
    static func stemmer(for settings: GuideSettings, displayName: String, diagnostics: inout [Diagnostic]) -> any Stemmer {
        if let stemmer = Stemmers.stemmer(forLanguage: settings.language) { return stemmer }
        diagnostics.append(
            Diagnostic(
                path: displayName + "/guide.conf", line: 1, severity: .warning,
                message: "no stemmer for language '\(settings.language)': words are matched as written (add stems to \(LanguageFiles(language: settings.language).stems))"))
        return IdentityStemmer()
    }
}
