/// The safety screen's second net: a sentence is compared by meaning with
/// example sentences of each category (`safety-examples.txt`) and of
/// harmless messages that share their words (`[safe]`), so distress said in
/// words no phrase lists ("I've been giving my things away") is still caught.
///
/// A sentence is flagged when its nearest example of a category is at least
/// `threshold` alike (cosine of static embeddings) and beats the nearest
/// harmless example by `margin`: both are settings of the safety file. Or
/// when the knowledge base's safety model (`SafetyModel`) gives it at least
/// the model threshold: the nearest example of a category then names which.
/// A sentence near an example is still let go when the model doubts it
/// (`doubt`).
final class SemanticSafetyNet: Sendable {
    /// The name of the example group of harmless messages.
    static let safeGroup = "safe"

    private let embeddings: StaticEmbeddings
    /// Unit vectors of the examples, one after another.
    private let vectors: [Float]
    /// Per example, the category it illustrates (nil for a harmless one).
    private let categories: [String?]
    /// Per example, the example itself (its text, file and line).
    private let examples: [SafetyExample]
    private let threshold: Float
    private let margin: Float
    /// The model and how probable it must find danger (nil: nearest examples only).
    private let model: (model: SafetyModel, threshold: Float)?
    /// The model does not overrule a harmless example more alike than the
    /// nearest example of danger by more than this: the sentence is then
    /// nearly one the examples call harmless ("my feet are killing me").
    private let harmlessLead: Float
    /// A sentence near an example of danger is let go when the model finds
    /// danger less probable than this (0: the model is not asked).
    private let doubt: Float
    /// The model for whole messages that ask, and how probable it must find danger.
    private let questionModel: (model: SafetyModel, threshold: Float)?

    init(
        embeddings: StaticEmbeddings, examples: [SafetyExample], threshold: Float, margin: Float,
        model: (model: SafetyModel, threshold: Float)?, harmlessLead: Float, doubt: Float = 0,
        questionModel: (model: SafetyModel, threshold: Float)? = nil
    ) {
        self.embeddings = embeddings
        var vectors: [Float] = []
        var categories: [String?] = []
        var kept: [SafetyExample] = []
        for example in examples {
            guard let vector = embeddings.vector(of: example.text) else { continue }
            vectors += vector
            categories.append(example.group == Self.safeGroup ? nil : example.group)
            kept.append(example)
        }
        self.vectors = vectors
        self.categories = categories
        self.examples = kept
        self.threshold = threshold
        self.margin = margin
        self.harmlessLead = harmlessLead
        self.doubt = doubt
        self.model = model.flatMap { $0.model.weights.count == embeddings.dimensions ? $0 : nil }
        self.questionModel = questionModel.flatMap { $0.model.weights.count == embeddings.dimensions && $0.threshold < 1 ? $0 : nil }
    }

    /// What a flagged sentence is nearest to.
    struct Finding: Equatable {
        var category: String
        /// How alike it is to the examples, and the model's probability.
        var score: MeaningScore
        /// The example it is most like, for `/why` and the JSON's pattern.
        var example: String
        /// Where that example is written (safety-examples.txt and its line).
        var path: String = ""
        var line: Int = 0
    }

    /// The category `sentence` means, if it is near enough to one and nearer
    /// to it than to any harmless example.
    /// - Parameter threshold: how alike it must be, when not the net's own.
    /// - Parameter useModel: whether the model may flag it too.
    /// - Parameter modelOnly: when set, only the model may flag it, and at
    ///   this probability or more (a statement that names no person).
    func classify(_ sentence: String, threshold wanted: Float? = nil, useModel: Bool = true, modelOnly: Float? = nil) -> Finding? {
        let threshold = wanted ?? self.threshold
        guard !categories.isEmpty, let (vector, pieces) = embeddings.vectorAndPieces(of: sentence) else { return nil }
        let (bestAlarm, bestSafe) = nearest(to: vector)
        guard let alarm = bestAlarm, let category = categories[alarm.index] else { return nil }
        var probability: Float?
        if modelOnly != nil || alarm.similarity < threshold || alarm.similarity - bestSafe < margin {
            guard useModel, let model, bestSafe - alarm.similarity <= harmlessLead,
                case let found = model.model.probability(of: vector, pieces: pieces),
                found >= max(model.threshold, modelOnly ?? 0)
            else { return nil }
            probability = found
        } else if doubt > 0, let model, model.model.probability(of: vector, pieces: pieces) < doubt {
            return nil
        }
        let example = examples[alarm.index]
        return Finding(
            category: category,
            score: MeaningScore(similarity: alarm.similarity, harmlessSimilarity: bestSafe, probability: probability),
            example: example.text, path: example.path, line: example.line)
    }

    /// The category a whole message that asks means, when the question
    /// model finds danger in it at its threshold or more; the nearest
    /// example of danger names which. Nil without a question model.
    func classifyAsked(_ message: String) -> Finding? {
        guard let questionModel, !categories.isEmpty, let (vector, pieces) = embeddings.vectorAndPieces(of: message) else { return nil }
        let probability = questionModel.model.probability(of: vector, pieces: pieces)
        guard probability >= questionModel.threshold else { return nil }
        let (bestAlarm, bestSafe) = nearest(to: vector)
        guard let alarm = bestAlarm, let category = categories[alarm.index] else { return nil }
        let example = examples[alarm.index]
        return Finding(
            category: category,
            score: MeaningScore(similarity: alarm.similarity, harmlessSimilarity: bestSafe, probability: probability),
            example: example.text, path: example.path, line: example.line)
    }

    /// The nearest example of danger (its index and how alike) and how alike the nearest harmless one is.
    private func nearest(to vector: [Float]) -> (alarm: (index: Int, similarity: Float)?, safe: Float) {
        let dimensions = embeddings.dimensions
        var bestAlarm: (index: Int, similarity: Float)?
        var bestSafe: Float = -1
        vectors.withUnsafeBufferPointer { vectors in
            vector.withUnsafeBufferPointer { query in
                for index in categories.indices {
                    let base = index * dimensions
                    var dot: Float = 0
                    for column in 0..<dimensions { dot += vectors[base + column] * query[column] }
                    if categories[index] == nil {
                        bestSafe = max(bestSafe, dot)
                    } else if dot > (bestAlarm?.similarity ?? -1) {
                        bestAlarm = (index, dot)
                    }
                }
            }
        }
        return (bestAlarm, bestSafe)
    }
}

/// One example sentence of `safety-examples.txt` and its group.
public struct SafetyExample: Sendable, Equatable {
    public var group: String
    public var text: String
    public var line: Int
    /// The file it was read from (empty for a harmless question of the knowledge base).
    public var path: String

    public init(group: String, text: String, line: Int, path: String = "") {
        self.group = group
        self.text = text
        self.line = line
        self.path = path
    }
}
