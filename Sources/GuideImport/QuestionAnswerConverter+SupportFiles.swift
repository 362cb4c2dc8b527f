import Foundation

/// The files besides the documents that make a folder a knowledge base.
///
/// Their text is in `Templates/` (built into the program with SwiftPM's
/// `embedInCode`, so an installed binary has them without the source tree),
/// with `{{collection}}`, `{{licence}}` and `{{attribution}}` filled in from
/// the `CollectionDescription`. Single braces (`{length}`) are the guide's
/// own placeholders and are left alone.
extension QuestionAnswerConverter {
    /// A template's text with the collection's values filled in.
    func template(_ name: String) throws -> String {
        let bytes: [UInt8]
        switch name {
        case "guide.conf": bytes = PackageResources.guide_conf
        case "synonyms.txt": bytes = PackageResources.synonyms_txt
        case "smalltalk.txt": bytes = PackageResources.smalltalk_txt
        case "stopwords-en.txt": bytes = PackageResources.stopwords_en_txt
        case "crisis-lines.txt": bytes = PackageResources.crisis_lines_txt
        default: throw ImportError.missingTemplate(name: name)
        }
        return String(decoding: bytes, as: UTF8.self)
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
        func copy(_ relative: String, orTemplate name: String?) throws {
            if let templateDirectory,
                let data = fileManager.contents(atPath: URL(fileURLWithPath: templateDirectory).appendingPathComponent(relative).path)
            {
                try data.write(to: root.appendingPathComponent(relative))
            } else {
                try write(relative, try name.map(template) ?? "")
            }
        }
        let suggestionLines = suggestions.map { "question: \(AnswerText.collapse($0))\n" }.joined()
        try write("guide.conf", try template("guide.conf") + suggestionLines)
        try write("synonyms.txt", try template("synonyms.txt"))
        try write("smalltalk.txt", try template("smalltalk.txt"))
        try copy("language/stopwords-en.txt", orTemplate: "stopwords-en.txt")
        try copy("safety.txt", orTemplate: nil)  // `convert` checked that the template has one
        try copy("crisis-lines.txt", orTemplate: "crisis-lines.txt")
    }
}
