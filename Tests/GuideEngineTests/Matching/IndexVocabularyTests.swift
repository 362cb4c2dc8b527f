import GuideEngine
import Testing

/// The index reads text with its own byte scanner (no string per word); it
/// must see exactly the words the tokenizer sees, apostrophes, capitals,
/// digits and all, or questions would miss passages.
struct IndexVocabularyTests {
    @Test func theIndexSeesTheTokenizersWords() throws {
        // ASCII text takes the byte scanner; the accented paragraph, the Unicode path.
        let tricky = "Don't PANIC: it's patients' O'Neil ``quoted'' rock'n'roll 24-hour ''x'' a''b end' 'start MiXeD"
        let accented = "Café NAÏVE über"
        let document = """
            ---
            id: tricky
            title: Tricky words
            source: test
            reviewed: 2026-01-01
            ---

            ## Tricky words {#tricky}

            \(tricky)

            \(accented)
            """
        let directory = try Fixtures.scratchKnowledgeBase(["documents/tricky.md": document])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        let matcher = ChatEngine(knowledgeBase: knowledgeBase).matcher
        let analyzer = Analyzer(stopWords: knowledgeBase.stopWords)
        let words = (analyzer.words(tricky) + analyzer.words(accented)).filter { !analyzer.isStopWord($0) }
        #expect(["oneil", "rocknroll", "patients", "mixed", "cafe", "naive"].allSatisfy(words.contains), "\(words)")
        for word in words {
            #expect(matcher.isKnownWord(word), "\(word)")
        }
        for word in ["don", "neil", "panic'", "rock'n'roll"] where !analyzer.isStopWord(word) {
            #expect(!matcher.isKnownWord(word), "\(word) is not a word of the text")
        }
    }
}
