import Foundation
import GuideEngine

/// The files besides the documents that make a folder a knowledge base.
///
/// Their text is in `Templates/` (built into the program with SwiftPM's
/// `embedInCode`, so an installed binary has them without the source tree),
/// with `{{collection}}`, `{{licence}}` and `{{attribution}}` filled in from
/// the `CollectionDescription`. Single braces (`{length}`) are the guide's
/// own placeholders and are left alone.
extension QuestionAnswerConverter {
    /// The files of `Templates/`, as compiled in.
    enum Template {
        case guideConf, synonyms, smallTalk, stopWords, crisisLines

        var bytes: [UInt8] {
            switch self {
            case .guideConf: PackageResources.guide_conf
            case .synonyms: PackageResources.synonyms_txt
            case .smallTalk: PackageResources.smalltalk_txt
            case .stopWords: PackageResources.stopwords_en_txt
            case .crisisLines: PackageResources.crisis_lines_txt
            }
        }
    }

    /// A template's text with the collection's values filled in.
    func text(of template: Template) -> String {
        String(decoding: template.bytes, as: UTF8.self)
            .replacingOccurrences(of: "{{collection}}", with: collection.name)
            .replacingOccurrences(of: "{{licence}}", with: collection.licence.isEmpty ? "licence not stated" : collection.licence)
            .replacingOccurrences(of: "{{attribution}}", with: collection.fullAttribution)
    }

    func writeSupportFiles(to root: URL, suggestions: [String]) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root.appendingPathComponent("language"), withIntermediateDirectories: true)
        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(relative))
        }
        /// The template knowledge base's file when it has one, else the built-in template.
        func copy(_ relative: String, orTemplate template: Template?) throws {
            if let templateDirectory,
                let data = fileManager.contents(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent(relative).path)
            {
                try data.write(to: root.appendingPathComponent(relative))
            } else {
                try write(relative, template.map(text(of:)) ?? "")
            }
        }
        func copyIfPresent(_ relative: String) throws {
            guard let templateDirectory,
                let data = fileManager.contents(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent(relative).path)
            else { return }
            try data.write(to: root.appendingPathComponent(relative))
        }
        let suggestionLines = suggestions.map { "question: \(AnswerText.collapse($0))\n" }.joined()
        try write("guide.conf", text(of: .guideConf) + suggestionLines)
        try write("synonyms.txt", text(of: .synonyms))
        try write("smalltalk.txt", text(of: .smallTalk))
        try copy(LanguageFiles().stopWords, orTemplate: .stopWords)
        try copy("safety.txt", orTemplate: nil)  // `convert` checked that the template has one
        try copy("crisis-lines.txt", orTemplate: .crisisLines)
        // The template's language files that hold for any collection: the
        // kinds of question (a heading "…: symptoms" says what it answers),
        // the guide's own strings, the privacy patterns, the medicine lists
        // and poisons its safety phrases name. (Its paraphrases are tuned to patients'
        // words about a treatment: on MedQuAD they cost 4 points.)
        let language = LanguageFiles()
        for name in [language.questionKinds, language.strings, language.privacy]
            + ["medicines", "medicine-endings", "medicine-names", "poisons"].map({ "language/\($0)-\(language.language).txt" })
        {
            try copyIfPresent(name)
        }
    }
}
