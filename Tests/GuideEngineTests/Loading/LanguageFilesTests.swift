import Foundation
import GuideEngine
import Testing

/// guide.conf's `language:` names the files of `language/` and chooses the stemmer.
struct LanguageFilesTests {
    @Test func everyFileNameIsBuiltFromTheLanguage() {
        let files = LanguageFiles(language: "fr")
        #expect(files.stopWords == "language/stopwords-fr.txt")
        #expect(files.paraphrases == "language/paraphrases-fr.txt")
        #expect(files.stems == "language/stems-fr.txt")
        #expect(files.inflections == "language/inflections-fr.txt")
        #expect(files.questionKinds == "language/question-kinds-fr.txt")
        #expect(files.strings == "language/strings-fr.txt")
        #expect(files.privacy == "language/privacy-fr.txt")
        #expect(files.embeddings == "language/embeddings-fr")
        #expect(files.resolved("language/medicines-{language}.txt") == "language/medicines-fr.txt")
        #expect(LanguageFiles().stopWords == "language/stopwords-en.txt")
    }

    @Test func theBundledKnowledgeBaseIsEnglishWithAllItsFiles() throws {
        let knowledgeBase = try #require(Fixtures.knowledgeBase)
        #expect(knowledgeBase.settings.language == "en")
        #expect(knowledgeBase.stemmer is EnglishStemmer)
        #expect(knowledgeBase.loadWarnings.isEmpty, "\(knowledgeBase.loadWarnings)")
    }

    /// Another language reads its own files; each one missing is a warning
    /// naming it, and a language without a stemmer keeps words as written.
    @Test func anotherLanguageReadsItsFilesAndNamesTheMissingOnes() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: xx\n")
        let directory = try Fixtures.scratchKnowledgeBase([
            "guide.conf": conf, "language/stems-xx.txt": "zzwords zzword\n",
        ])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        #expect(knowledgeBase.settings.language == "xx")
        #expect(knowledgeBase.stemExceptions == ["zzwords": "zzword"])
        #expect(knowledgeBase.stopWords.isEmpty, "stopwords-en.txt is not read for xx")
        #expect(knowledgeBase.analyzer.stem("risks") == "risks")
        let messages = knowledgeBase.loadWarnings.map(\.description)
        #expect(messages.contains { $0.contains("KnowledgeBase/language/stopwords-xx.txt:1: warning:") && $0.contains("missing") })
        #expect(messages.contains { $0.contains("language/strings-xx.txt") })
        #expect(!messages.contains { $0.contains("stems-xx.txt") && $0.contains("missing") })
        #expect(messages.contains { $0.contains("no stemmer for language 'xx'") })
    }

    /// The generated irregular forms are read as stems too, and a stem
    /// written by hand wins over one of them.
    @Test func theHandWrittenStemsOverrideTheGeneratedInflections() throws {
        let directory = try Fixtures.scratchKnowledgeBase([
            "language/inflections-en.txt": "zzwent zzgo\nzzran zzrun\n", "language/stems-en.txt": "zzran zzsprint\n",
        ])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        #expect(knowledgeBase.stemExceptions["zzwent"] == "zzgo")
        #expect(knowledgeBase.stemExceptions["zzran"] == "zzsprint")
    }

    @Test func aLanguageThatIsNoCodeIsAnError() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .replacingOccurrences(of: "\nlanguage: en\n", with: "\nlanguage: ../en\n")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        #expect {
            try KnowledgeBaseLoader().load(directory: directory)
        } throws: { error in
            "\(error)".contains("'language:' is a language code")
        }
    }
}
