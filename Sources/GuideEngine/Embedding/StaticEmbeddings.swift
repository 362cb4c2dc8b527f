import Foundation

/// A table of static word-piece vectors (distilled offline from a sentence
/// model by `tools/embeddings/build.py`): a sentence's vector is the mean of
/// its pieces' vectors, so two sentences can be compared by meaning in
/// microseconds, with no model at run time.
public final class StaticEmbeddings: Sendable {
    /// Length of every vector.
    public let dimensions: Int
    private let tokenizer: WordPieceTokenizer
    /// Per row, the factor that turns its int8 values into floats.
    private let scales: [Float]
    private let values: [Int8]
    /// At most this many word pieces of a text are read (as the model's own limit).
    static let maximumPieces = 512
    static let magic = Array("KGEMB001".utf8)

    init(dimensions: Int, ids: [String: Int32], scales: [Float], values: [Int8]) {
        self.dimensions = dimensions
        self.tokenizer = WordPieceTokenizer(ids: ids)
        self.scales = scales
        self.values = values
    }

    /// Reads the table at `binaryPath` and its word pieces at `vocabularyPath`.
    ///
    /// - Throws: `KnowledgeBaseError.malformed` naming the file when it is not
    ///   a table of this format, or the two files disagree.
    public static func load(binaryPath: String, vocabularyPath: String, displayName: String) throws -> StaticEmbeddings {
        func failure(_ message: String, _ path: String = displayName + ".bin") -> KnowledgeBaseError {
            .malformed([Diagnostic(path: path, line: 1, message: message)])
        }
        guard let data = FileManager.default.contents(atPath: binaryPath) else { throw failure("cannot read the file") }
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<8]) == magic else { throw failure("not an embedding table (no KGEMB001 header)") }
        func u32(_ offset: Int) -> Int {
            Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        let rows = u32(8)
        let dimensions = u32(12)
        guard dimensions > 0, dimensions <= 4096, rows > 0, rows <= 1_000_000,
            bytes.count == 16 + rows * (4 + dimensions)
        else { throw failure("the table's size does not match its header (\(rows) rows of \(dimensions))") }
        var scales = [Float](repeating: 0, count: rows)
        var values = [Int8](repeating: 0, count: rows * dimensions)
        var offset = 16
        for row in 0..<rows {
            let bits = UInt32(u32(offset))
            let scale = Float(bitPattern: bits)
            guard scale.isFinite else { throw failure("row \(row) has a scale that is not a number") }
            scales[row] = scale
            offset += 4
            for column in 0..<dimensions { values[row * dimensions + column] = Int8(bitPattern: bytes[offset + column]) }
            offset += dimensions
        }
        guard let vocabulary = FileManager.default.contents(atPath: vocabularyPath),
            let text = String(data: vocabulary, encoding: .utf8)
        else { throw failure("cannot read the word pieces", displayName + ".vocab") }
        var ids: [String: Int32] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index < rows {
            ids[String(line)] = Int32(index)
        }
        guard ids.count > rows / 2 else {
            throw failure("\(ids.count) word pieces for a table of \(rows) rows", displayName + ".vocab")
        }
        return StaticEmbeddings(dimensions: dimensions, ids: ids, scales: scales, values: values)
    }

    /// The unit-length mean vector of `text`'s word pieces; nil when it has none.
    public func vector(of text: String) -> [Float]? {
        let ids = tokenizer.pieceIDs(of: text, limit: Self.maximumPieces)
        guard !ids.isEmpty else { return nil }
        var sum = [Float](repeating: 0, count: dimensions)
        values.withUnsafeBufferPointer { values in
            sum.withUnsafeMutableBufferPointer { sum in
                for id in ids {
                    let row = Int(id)
                    let scale = scales[row]
                    let base = row * dimensions
                    for column in 0..<dimensions { sum[column] += scale * Float(values[base + column]) }
                }
            }
        }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return nil }
        return sum.map { $0 / norm }
    }
}
