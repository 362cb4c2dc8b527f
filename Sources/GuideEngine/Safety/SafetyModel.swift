import Foundation

/// A linear model over sentence embeddings that scores how likely a
/// statement tells of danger now (`language/safety-model-<language>.txt`).
///
/// Nearest examples recognise the phrasings the examples were written in;
/// a model fitted on all of them and on labelled look-alikes weighs what
/// those phrasings share, so it carries to words no example uses (measured
/// on sets kept apart from its fitting; see tools/safety-model/train.py).
/// It only says whether; the nearest example of a category still says which.
///
/// Besides the vector it weighs the sentence's word pieces and pairs of
/// adjacent pieces ("cut again"): an average of a whole sentence blurs what
/// a word or two says.
public struct SafetyModel: Sendable, Equatable {
    /// One weight per embedding dimension.
    public var weights: [Float]
    public var bias: Float
    /// Weights of word pieces ("tonight") and of two adjacent pieces joined
    /// by a space ("cut again"), counted once each however often they occur.
    public var pieceWeights: [String: Float]
    /// Sentences and the probability the fitting tool gave each: `validate`
    /// and a test check the guide computes the same, so the tool's word
    /// pieces and the guide's cannot drift apart unnoticed.
    public var checks: [Check]

    /// One `check:` line.
    public struct Check: Sendable, Equatable {
        public var probability: Float
        public var sentence: String
        public var line: Int

        public init(probability: Float, sentence: String, line: Int) {
            self.probability = probability
            self.sentence = sentence
            self.line = line
        }
    }

    /// How far the guide's probability may be from the tool's: their sums
    /// differ only in float rounding and the file's six decimals.
    public static let checkTolerance: Float = 0.01

    public init(weights: [Float], bias: Float, pieceWeights: [String: Float] = [:], checks: [Check] = []) {
        self.weights = weights
        self.bias = bias
        self.pieceWeights = pieceWeights
        self.checks = checks
    }

    /// The probability (0...1) that the sentence with unit `vector` and word
    /// `pieces` (in order) tells of danger.
    public func probability(of vector: [Float], pieces: [String]) -> Float {
        guard vector.count == weights.count else { return 0 }
        var sum = Double(bias)
        for index in weights.indices { sum += Double(weights[index]) * Double(vector[index]) }
        var features = Set(pieces)
        for (first, second) in zip(pieces, pieces.dropFirst()) { features.insert(first + " " + second) }
        for feature in features { sum += Double(pieceWeights[feature] ?? 0) }
        // A weight the reader let through as huge cannot make a NaN an alarm.
        guard sum.isFinite else { return 0 }
        return Float(1 / (1 + Foundation.exp(-sum)))
    }
}
