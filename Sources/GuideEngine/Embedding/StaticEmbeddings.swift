import Foundation

/// A table of static word-piece vectors (distilled offline from a sentence
/// model by `tools/embeddings/build.py`): a sentence's vector is the mean of
/// its pieces' vectors, so two sentences can be compared by meaning in
/// microseconds, with no model at run time.
///
/// Loading checks the header and size only; the 7 MB table is read the
/// first time a vector is asked for (most runs never ask), and `verify()`
/// reads it at once to report a damaged file (`validate` does).
public final class StaticEmbeddings: Sendable {
    /// Length of every vector.
    public let dimensions: Int
    private let rows: Int
    private let binaryPath: String
    private let vocabularyPath: String
    private let displayName: String
    private let table: LazyValue<Result<Table, KnowledgeBaseError>>
    /// At most this many word pieces of a text are read (as the model's own limit).
    static let maximumPieces = 512
    static let magic = Array("KGEMB001".utf8)
    static let headerSize = 16

    /// The vectors themselves, once read.
    struct Table: Sendable {
        var tokenizer: WordPieceTokenizer
        /// Per row, the factor that turns its int8 values into floats.
        var scales: [Float]
        var values: [Int8]
    }

    private init(dimensions: Int, rows: Int, binaryPath: String, vocabularyPath: String, displayName: String) {
        self.dimensions = dimensions
        self.rows = rows
        self.binaryPath = binaryPath
        self.vocabularyPath = vocabularyPath
        self.displayName = displayName
        self.table = LazyValue {
            Result { try Self.readTable(binaryPath, vocabularyPath, rows: rows, dimensions: dimensions, displayName: displayName) }
                .mapError { $0 as? KnowledgeBaseError ?? Self.failure("\($0)", displayName + ".bin") }
        }
    }

    /// The table at `binaryPath` with its word pieces at `vocabularyPath`.
    ///
    /// - Throws: `KnowledgeBaseError.malformed` naming the file when its
    ///   header is not this format's or its size does not match the header.
    public static func load(binaryPath: String, vocabularyPath: String, displayName: String) throws -> StaticEmbeddings {
        guard let handle = FileHandle(forReadingAtPath: binaryPath) else { throw failure("cannot read the file", displayName + ".bin") }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: headerSize)) ?? Data())
        guard header.count == headerSize, Array(header[0..<8]) == magic else {
            throw failure("not an embedding table (no KGEMB001 header)", displayName + ".bin")
        }
        let rows = Int(littleEndian32(header, at: 8))
        let dimensions = Int(littleEndian32(header, at: 12))
        let size = (try? FileManager.default.attributesOfItem(atPath: binaryPath)[.size] as? Int) ?? -1
        guard dimensions > 0, dimensions <= 4096, rows > 0, rows <= 1_000_000, size == headerSize + rows * (4 + dimensions) else {
            throw failure("the table's size does not match its header (\(rows) rows of \(dimensions))", displayName + ".bin")
        }
        guard FileManager.default.isReadableFile(atPath: vocabularyPath) else {
            throw failure("cannot read the word pieces", displayName + ".vocab")
        }
        return StaticEmbeddings(
            dimensions: dimensions, rows: rows, binaryPath: binaryPath, vocabularyPath: vocabularyPath, displayName: displayName)
    }

    /// Reads the whole table now.
    ///
    /// - Throws: `KnowledgeBaseError.malformed` naming the file and what is wrong.
    public func verify() throws {
        _ = try table.get.get()
    }

    /// Whether `word` (lower-case) is a whole word of the table's vocabulary,
    /// not pieced together: a word of the language ("remember"), not a
    /// misspelling ("hlep"). False when the table cannot be read.
    public func isWholeWord(_ word: String) -> Bool {
        guard case .success(let table) = table.get, !word.hasPrefix(WordPieceTokenizer.continuationPrefix) else { return false }
        return table.tokenizer.ids[word] != nil
    }

    /// `text`'s vector (as `vector(of:)`) and its word pieces as text
    /// ("##ing"), in order, from one pass of the tokenizer: the safety model
    /// weighs the pieces beside the vector.
    public func vectorAndPieces(of text: String) -> (vector: [Float], pieces: [String])? {
        guard case .success(let table) = table.get else { return nil }
        let pieces = table.tokenizer.pieces(of: text, limit: Self.maximumPieces)
        return meanVector(of: pieces.map(\.id), in: table).map { ($0, pieces.map(\.piece)) }
    }

    /// The unit-length mean vector of `text`'s word pieces; nil when it has
    /// none, or the table cannot be read (`verify()` says why).
    public func vector(of text: String) -> [Float]? {
        guard case .success(let table) = table.get else { return nil }
        return meanVector(of: table.tokenizer.pieceIDs(of: text, limit: Self.maximumPieces), in: table)
    }

    private func meanVector(of ids: [Int32], in table: Table) -> [Float]? {
        guard !ids.isEmpty else { return nil }
        var sum = [Float](repeating: 0, count: dimensions)
        let dimensions = self.dimensions
        table.values.withUnsafeBufferPointer { values in
            sum.withUnsafeMutableBufferPointer { sum in
                for id in ids {
                    let row = Int(id)
                    let scale = table.scales[row]
                    let base = row * dimensions
                    for column in 0..<dimensions { sum[column] += scale * Float(values[base + column]) }
                }
            }
        }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return nil }
        return sum.map { $0 / norm }
    }

    private static func readTable(
        _ binaryPath: String, _ vocabularyPath: String, rows: Int, dimensions: Int, displayName: String
    ) throws -> Table {
        guard let data = FileManager.default.contents(atPath: binaryPath), data.count == headerSize + rows * (4 + dimensions) else {
            throw failure("cannot read the table, or it changed size", displayName + ".bin")
        }
        var scales = [Float](repeating: 0, count: rows)
        var values = [Int8](repeating: 0, count: rows * dimensions)
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            try values.withUnsafeMutableBytes { destination in
                guard let base = destination.baseAddress, let source = bytes.baseAddress else { return }
                for row in 0..<rows {
                    let offset = headerSize + row * (4 + dimensions)
                    let scale = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                    guard scale.isFinite else { throw failure("row \(row) has a scale that is not a number", displayName + ".bin") }
                    scales[row] = scale
                    (base + row * dimensions).copyMemory(from: source + offset + 4, byteCount: dimensions)
                }
            }
        }
        guard let vocabulary = FileManager.default.contents(atPath: vocabularyPath) else {
            throw failure("cannot read the word pieces", displayName + ".vocab")
        }
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(rows)
        var index: Int32 = 0
        for line in vocabulary.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) where Int(index) < rows {
            ids[String(decoding: line, as: UTF8.self)] = index
            index += 1
        }
        guard ids.count > rows / 2 else { throw failure("\(ids.count) word pieces for a table of \(rows) rows", displayName + ".vocab") }
        return Table(tokenizer: WordPieceTokenizer(ids: ids), scales: scales, values: values)
    }

    private static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    private static func failure(_ message: String, _ path: String) -> KnowledgeBaseError {
        .malformed([Diagnostic(path: path, line: 1, message: message)])
    }
}
