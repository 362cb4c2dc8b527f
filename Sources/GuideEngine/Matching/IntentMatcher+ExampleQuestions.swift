import Dispatch

extension IntentMatcher {
    /// Each example question (`ask:` line) that belongs to one intent only,
    /// as folded words joined by spaces. Tokenising every question of a large
    /// knowledge base takes a tenth of its start-up on one core, so the
    /// questions are tokenised on two.
    static func exampleQuestions(of intents: [Intent], in knowledgeBase: KnowledgeBase) -> [String: Intent] {
        @Sendable func questions(of intent: Intent) -> [String] {
            if intent.isNotCovered { return knowledgeBase.notCovered.questions }
            let section = knowledgeBase.documents[intent.document].sections[intent.section]
            return intent.passage.map { section.passages[$0].questions } ?? section.questions
        }
        var keys = [[String]](repeating: [], count: intents.count)
        let halves = intents.count >= 1_000 ? 2 : 1
        keys.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: halves) { half in
                let tokenizer = Tokenizer()
                let range = (intents.count * half / halves)..<(intents.count * (half + 1) / halves)
                for index in range {
                    slots.buffer[index] = questions(of: intents[index]).map {
                        tokenizer.tokenize($0).map(\.term).joined(separator: " ")
                    }
                }
            }
        }
        var result: [String: Intent] = [:]
        var ambiguous = Set<String>()
        for (intent, intentKeys) in zip(intents, keys) {
            for key in intentKeys where !key.isEmpty && !ambiguous.contains(key) {
                if let other = result[key], other != intent {
                    result[key] = nil
                    ambiguous.insert(key)
                } else {
                    result[key] = intent
                }
            }
        }
        return result
    }
}
