import Foundation

/// The names of one language's files in a knowledge base's `language/`
/// folder, built from `guide.conf`'s `language:` setting.
///
/// Every file of words a language needs (stop words, paraphrases, stem
/// exceptions, question kinds, the strings the guide shows, the embedding
/// table, the privacy patterns, the medicine lists safety.txt names) is
/// `language/<kind>-<language>.<extension>`, so adding a language is
/// writing those files and changing one setting; no name is spelled in code
/// anywhere else.
public struct LanguageFiles: Sendable, Equatable {
    /// The language when `guide.conf` names none.
    public static let defaultLanguage = "en"
    /// The placeholder a file name in the knowledge base's own files may use
    /// for the language (`language/medicines-{language}.txt` in safety.txt).
    public static let placeholder = "{language}"

    /// The language code, as `guide.conf` gives it (`en`).
    public let language: String

    public init(language: String = defaultLanguage) {
        self.language = language
    }

    /// Words dropped before matching.
    public var stopWords: String { name("stopwords") }
    /// Everyday paraphrases ("upsides" for "benefits") that hold for any subject.
    public var paraphrases: String { name("paraphrases") }
    /// Words whose stem the stemmer gets wrong for matching, with the stem to use.
    public var stems: String { name("stems") }
    /// Irregular verb forms and their verb's stem ("bled bleed"), generated
    /// from WordNet (tools/inflections/build.py); `stems` overrides them.
    public var inflections: String { name("inflections") }
    /// Kinds of question and the phrases that ask for them.
    public var questionKinds: String { name("question-kinds") }
    /// What the guide says besides answers: command help, `/why`'s labels,
    /// the kiosk's operator messages.
    public var strings: String { name("strings") }
    /// Patterns the unanswered log leaves out (names, numbers, addresses).
    public var privacy: String { name("privacy") }
    /// The safety model over the embedding table (tools/safety-model/train.py).
    public var safetyModel: String { name("safety-model") }
    /// The safety model for messages that ask (tools/safety-model/train_questions.py).
    public var safetyQuestionModel: String { name("safety-question-model") }
    /// The embedding table's base name: `.bin` and `.vocab` follow it.
    public var embeddings: String { "language/embeddings-" + language }

    /// The text files the loader reads for the language, in the order it reads them.
    public var textFiles: [String] { [paraphrases, stopWords, stems, inflections, questionKinds, strings] }

    /// `path` with `{language}` replaced by the language.
    public func resolved(_ path: String) -> String {
        path.replacingOccurrences(of: Self.placeholder, with: language)
    }

    /// Whether `code` can name files: letters, digits and `-`, as language
    /// tags are (`en`, `pt-BR`); anything else could reach outside `language/`.
    public static func isValidLanguage(_ code: String) -> Bool {
        !code.isEmpty && code.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
    }

    /// The language files of the knowledge base at `directory`, read from its
    /// `guide.conf` without loading it (for tools that work on a knowledge
    /// base with errors elsewhere); the default language when it names none.
    public static func inKnowledgeBase(_ directory: String) -> LanguageFiles {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("guide.conf").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return LanguageFiles() }
        var ignored: [Diagnostic] = []
        let file = RecordFile.parse(text, path: "guide.conf", diagnostics: &ignored)
        guard let language = file.group("guide")?.value("language"), isValidLanguage(language) else { return LanguageFiles() }
        return LanguageFiles(language: language)
    }

    private func name(_ kind: String) -> String { "language/\(kind)-\(language).txt" }
}
