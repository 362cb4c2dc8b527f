import GuideEngine
import Testing

struct TokenizerTests {
    @Test func splitsWordsWithOffsetsAndPositions() {
        let tokens = Tokenizer().tokenize("Is it addictive?")
        #expect(tokens.map(\.term) == ["is", "it", "addictive"])
        #expect(tokens.map(\.start) == [0, 3, 6])
        #expect(tokens.map(\.end) == [2, 5, 15])
        #expect(tokens.map(\.position) == [0, 1, 2])
    }

    @Test func foldsCaseAndDiacritics() {
        #expect(Tokenizer().tokenize("CAFÉ Naïve Ｆｕｌｌ").map(\.term) == ["cafe", "naive", "full"])
    }

    @Test func joinsApostrophesStraightAndCurly() {
        #expect(Tokenizer().tokenize("don't don’t I'm").map(\.term) == ["dont", "dont", "im"])
    }

    @Test func hyphensAndEmojiSeparateWords() {
        #expect(Tokenizer().tokenize("out-of-body 😬 trip").map(\.term) == ["out", "of", "body", "trip"])
    }

    @Test func offsetsCountScalarsInNonASCIIText() {
        let tokens = Tokenizer().tokenize("“Spravato” ok")
        #expect(tokens.first?.start == 1)
        #expect(tokens.first?.end == 9)
    }
}

struct AnalyzerTests {
    @Test func dropsStopWordsAndStems() {
        let analyzer = Analyzer(stopWords: ["is", "it", "the"])
        #expect(analyzer.terms("Is it the infusions?") == ["infus"])
        #expect(analyzer.terms("risks") == analyzer.terms("risk"))
    }

    @Test func synonymsExpandPhrases() {
        let analyzer = Analyzer(stopWords: [])
        let table = SynonymTable(groups: [SynonymGroup(terms: ["side effects", "risks"], line: 1)], analyzer: analyzer)
        let expansions = table.expansions(of: analyzer.terms("what side-effects"))
        #expect(expansions.map(\.terms) == [analyzer.terms("risks")])
        #expect(expansions.first?.range == 1..<3)
    }
}
