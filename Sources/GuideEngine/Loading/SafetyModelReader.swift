/// Reads `language/safety-model-<language>.txt`, written by
/// tools/safety-model/train.py: `bias:`, `weights:` (numbers separated by
/// spaces, on one or more lines), `piece:` lines (a weight, then a word
/// piece or two adjacent ones) and `check:` lines (a probability, a tab,
/// a sentence); `#` lines are comments.
enum SafetyModelReader {
    static func model(from text: String, path: String, diagnostics: inout [Diagnostic]) -> SafetyModel? {
        var weights: [Float] = []
        var bias: Float?
        var checks: [SafetyModel.Check] = []
        var pieceWeights: [String: Float] = [:]
        var failed = false
        func fail(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(path: path, line: line, message: message))
            failed = true
        }
        for (offset, rawLine) in text.fileLines.enumerated() {
            // Thousands of piece lines: read without the general path's copies.
            if rawLine.utf8.starts(with: piecePrefix) {
                if let (feature, weight) = piece(rawLine.utf8.dropFirst(piecePrefix.count)) {
                    pieceWeights[feature] = weight
                } else {
                    fail(offset + 1, "'piece:' needs a weight, then one word piece or two separated by a space")
                }
                continue
            }
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                fail(offset + 1, "expected 'bias:', 'weights:', 'piece:' or 'check:'")
                continue
            }
            let key = line[..<colon].trimmingWhitespace()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            switch key {
            case "bias":
                guard let number = Float(value), number.isFinite else {
                    fail(offset + 1, "'bias:' needs a number")
                    continue
                }
                bias = number
            case "weights":
                let numbers = value.split(separator: " ").map { Float($0) }
                guard numbers.allSatisfy({ $0?.isFinite == true }) else {
                    fail(offset + 1, "'weights:' needs numbers separated by spaces")
                    continue
                }
                weights += numbers.compactMap { $0 }
            case "piece":
                guard let (feature, weight) = piece(value.utf8[...]) else {
                    fail(offset + 1, "'piece:' needs a weight, then one word piece or two separated by a space")
                    continue
                }
                pieceWeights[feature] = weight
            case "check":
                let parts = value.split(separator: "\t", maxSplits: 1)
                guard parts.count == 2, let probability = Float(parts[0]), (0...1).contains(probability) else {
                    fail(offset + 1, "'check:' needs a probability from 0 to 1, a tab, and a sentence")
                    continue
                }
                checks.append(SafetyModel.Check(probability: probability, sentence: parts[1].trimmingWhitespace(), line: offset + 1))
            default:
                fail(offset + 1, "unknown key '\(key)' (known: bias, weights, piece, check)")
            }
        }
        guard !failed else { return nil }
        guard let bias, !weights.isEmpty else {
            diagnostics.append(Diagnostic(path: path, line: 1, message: "a model needs 'bias:' and 'weights:'"))
            return nil
        }
        return SafetyModel(weights: weights, bias: bias, pieceWeights: pieceWeights, checks: checks)
    }

    private static let piecePrefix = Array("piece: ".utf8)

    /// A `piece:` line's value: a weight, a space, then one piece or two
    /// separated by one space ("0.41 cut again").
    private static func piece(_ value: Substring.UTF8View) -> (String, Float)? {
        let space = UInt8(ascii: " ")
        guard let gap = value.firstIndex(of: space), let weight = Float(Substring(value[..<gap])), weight.isFinite else { return nil }
        var feature = value[value.index(after: gap)...]
        while let last = feature.last, last == space || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") { feature = feature.dropLast() }
        let spaces = feature.lazy.filter { $0 == space }.count
        guard !feature.isEmpty, spaces <= 1, feature.first != space, feature.last != space else { return nil }
        return (String(Substring(feature)), weight)
    }
}
