import GuideEngine
import Testing

extension Authoring {
    struct ReadingLevelTests {
        static let syllables: [(word: String, count: Int)] = [
            ("cat", 1), ("the", 1), ("rate", 1), ("simple", 2), ("people", 2), ("whole", 1), ("used", 1),
            ("needed", 2), ("increased", 2), ("takes", 1), ("causes", 2), ("studies", 2), ("free", 1),
            ("ketamine", 3), ("depression", 3), ("pressure", 2), ("you", 1), ("yellow", 2), ("PTSD", 4), ("IV", 2),
            ("988", 3), ("I", 1),
        ]

        @Test(arguments: syllables)
        func countsSyllablesByTheDocumentedHeuristic(_ testCase: (word: String, count: Int)) {
            #expect(ReadingLevel.syllables(in: testCase.word) == testCase.count, "\(testCase.word)")
        }

        @Test func gradesAKnownSentence() {
            // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59.
            let level = ReadingLevel(text: "The cat sat on the mat.")
            #expect(level.words == 6)
            #expect(level.sentences == 1)
            #expect(level.syllables == 6)
            #expect(abs(level.grade - (0.39 * 6 + 11.8 - 15.59)) < 0.0001)
        }

        @Test func hyphenatedWordsAreOneWordAndDashesNone() {
            let level = ReadingLevel(text: "Rapid relief – many patients feel better. It is FDA-approved")
            #expect(level.words == 9)
            #expect(level.sentences == 2)
        }

        @Test func longWordsAndSentencesGradeHigher() {
            let plain = ReadingLevel(text: "You get the drug in a vein. It takes an hour. A nurse stays with you.")
            let dense = ReadingLevel(
                text: "Intravenous administration necessitates continuous cardiovascular monitoring by appropriately qualified professionals.")
            #expect(plain.grade < 4)
            #expect(dense.grade > 16)
        }
    }
}
