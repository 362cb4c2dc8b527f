import GuideEngine

/// One question of a latency category, with what a right answer is.
struct BenchQuestion {
    var text: String
    /// The expected intent id, or "no_match".
    var expected: String
}

/// The per-question latency categories, from the labelled set.
struct QuestionCategories {
    var inScope: [BenchQuestion] = []
    var typo: [BenchQuestion] = []
    var outOfScope: [BenchQuestion] = []
    /// 200 "words" of 999 random letters (a held-down key, pasted noise): the
    /// typo corrector must not spend time on every cut of each.
    var longWords: [BenchQuestion] = {
        var state: UInt64 = 999
        return (0..<200).map { _ in
            let letters = (0..<999).map { _ -> Character in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Character(Unicode.Scalar(UInt8(97 + (state >> 33) % 26)))
            }
            return BenchQuestion(text: String(letters), expected: "no_match")
        }
    }()
    /// Every question of the file (conversations too), for the batch runs.
    var all: [String] = []

    /// In-scope: rows labelled with an intent; out-of-scope: rows labelled
    /// `no_match`; rows of a conversation (follow-ups) are left out of both.
    /// Typo: each in-scope question with one misspelt word (see `misspell`).
    init(set: LabelledSet, matcher: IntentMatcher) {
        for row in set.rows {
            all.append(row.question)
            guard row.conversation == nil else { continue }
            if row.expected == "no_match" {
                outOfScope.append(BenchQuestion(text: row.question, expected: row.expected))
            } else if matcher.intent(id: row.expected) != nil {
                inScope.append(BenchQuestion(text: row.question, expected: row.expected))
            }
        }
        for (index, question) in inScope.enumerated() {
            if let misspelt = Self.misspell(question.text, variant: index) {
                typo.append(BenchQuestion(text: misspelt, expected: question.expected))
            }
        }
    }

    /// The question with its longest word (five letters or more) misspelt in
    /// the middle, the first letter kept: by turns two letters swapped, one
    /// dropped, one doubled, one replaced by the next letter of the alphabet.
    /// Deterministic, so every run asks the same questions.
    static func misspell(_ question: String, variant: Int) -> String? {
        var characters = Array(question)
        var best: Range<Int>?
        var start: Int?
        for index in 0...characters.count {
            let isLetter = index < characters.count && characters[index].isASCII && characters[index].isLetter
            if isLetter {
                if start == nil { start = index }
            } else if let wordStart = start {
                if index - wordStart >= 5 && index - wordStart > (best?.count ?? 0) { best = wordStart..<index }
                start = nil
            }
        }
        guard let word = best else { return nil }
        let middle = word.lowerBound + word.count / 2
        switch variant % 4 {
        case 0:
            guard characters[middle] != characters[middle + 1] || characters[middle - 1] != characters[middle] else { return nil }
            if characters[middle] != characters[middle + 1] {
                characters.swapAt(middle, middle + 1)
            } else {
                characters.swapAt(middle - 1, middle)
            }
        case 1:
            characters.remove(at: middle)
        case 2:
            characters.insert(characters[middle], at: middle)
        default:
            let scalar = characters[middle].unicodeScalars.first!.value
            let lower = scalar | 0x20
            let next = lower == 122 ? 97 : lower + 1
            characters[middle] = Character(Unicode.Scalar(scalar & 0x20 == 0 ? next - 32 : next)!)
        }
        return String(characters)
    }
}
