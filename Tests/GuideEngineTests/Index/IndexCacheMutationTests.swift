import Foundation
import GuideEngine
import Testing

/// Thousands of random, reproducible mutations of a real index cache: each
/// one is either refused (so the caller rebuilds) or gives an index that
/// answers questions; none may crash the process.
///
/// Half the mutations reseal the body's hash, as a careful forger (or an
/// unlucky disk) would, so the decoder's own checks are the only defence.
struct IndexCacheMutationTests {
    /// The header before the body: magic, version, byte order (4 bytes each),
    /// source fingerprint, settings key and the body's hash (8 bytes each).
    private static let headerSize = 36
    private static let hashOffset = 28
    private static let mutationCount = 3_000

    /// SplitMix64: a tiny generator with a fixed seed, so a failure replays.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// The cache's body hash (FNV-1a over 8-byte words, then the tail), as
    /// the file format defines it; the test checks below that it agrees
    /// with the engine's by resealing an unchanged file.
    private static func bodyHash(_ body: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(body.count)
        let words = body.count / 8
        for word in 0..<words {
            var value: UInt64 = 0
            for byte in 0..<8 { value |= UInt64(body[word * 8 + byte]) << (8 * UInt64(byte)) }
            hash = (hash ^ value) &* 0x100_0000_01b3
            hash ^= hash >> 29
        }
        for offset in (words * 8)..<body.count {
            hash = (hash ^ UInt64(body[offset])) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func resealed(_ file: [UInt8]) -> [UInt8] {
        guard file.count >= headerSize else { return file }
        var file = file
        let hash = bodyHash(Array(file[headerSize...]))
        for byte in 0..<8 { file[hashOffset + byte] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(byte))) }
        return file
    }

    /// One random damage: flipped bits, a number overwritten with a value
    /// likely to break a bound, a cut, extra bytes, bytes removed or repeated.
    private static func mutate(_ original: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var file = original
        let interesting: [UInt64] = [0, 1, 2, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000, UInt64.max, 0x7FC0_0000, 0x7F80_0000]
        let rounds = Int.random(in: 1...3, using: &random)
        for _ in 0..<rounds where !file.isEmpty {
            let position = Int.random(in: 0..<file.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                file[position] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            case 1:
                file[position] = UInt8.random(in: 0...255, using: &random)
            case 2, 3:
                // A 4- or 8-byte number (a count, an offset, a float) replaced.
                let width = Bool.random(using: &random) ? 4 : 8
                let start = position - position % width
                let value =
                    Bool.random(using: &random)
                    ? interesting.randomElement(using: &random) ?? 0
                    : UInt64.random(in: 0...UInt64(file.count + 2), using: &random)
                for byte in 0..<width where start + byte < file.count {
                    file[start + byte] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(byte)))
                }
            case 4:
                file.removeSubrange(position...)
            case 5:
                file += (0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            case 6:
                let end = min(file.count, position + Int.random(in: 1...16, using: &random))
                file.removeSubrange(position..<end)
            default:
                let end = min(file.count, position + Int.random(in: 1...16, using: &random))
                file.insert(contentsOf: file[position..<end], at: position)
            }
        }
        return file
    }

    @Test func everyMutationIsRefusedOrGivesAWorkingIndex() throws {
        // A small knowledge base: one document, so a mutation often lands in the structure.
        let directory = try Fixtures.scratchKnowledgeBase([
            "documents/conditions-treated.md": nil, "documents/forms-of-therapy.md": nil,
            "documents/how-ketamine-works.md": nil, "documents/risks-and-safety.md": nil,
        ])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        #expect(ChatEngine.load(knowledgeBase, cache: .always).cache == .built(saved: true))
        let cache = IndexCache(knowledgeBaseDirectory: directory)
        let url = URL(fileURLWithPath: cache.path)
        let original = [UInt8](try Data(contentsOf: url))
        // The resealing agrees with the engine's hash: an unchanged body resealed still loads.
        try Data(Self.resealed(original)).write(to: url)
        #expect(cache.engine(for: knowledgeBase) != nil)

        let questions = ["what are the benefits", "is it fast", "sideeffects of nasalspray", "zzzz qqqq", "benefit"]
        var random = SeededGenerator(state: 18)
        var loaded = 0
        var refused = 0
        for _ in 0..<Self.mutationCount {
            var file = Self.mutate(original, &random)
            if Bool.random(using: &random) { file = Self.resealed(file) }
            try Data(file).write(to: url)
            guard let engine = cache.engine(for: knowledgeBase) else {
                refused += 1
                continue
            }
            loaded += 1
            var session = engine.makeSession()
            for question in questions {
                let reply = session.respond(to: question)
                #expect(reply.confidence.isFinite)
            }
        }
        #expect(loaded + refused == Self.mutationCount)
        #expect(refused > Self.mutationCount / 2)
        // Mutations the checks cannot tell from real data (a weight nudged,
        // a word's spelling changed) do load; they show the checks ran past the hash.
        #expect(loaded > 0)

        // And a refused file is rebuilt and rewritten by the normal start-up.
        try Data(Self.mutate(original, &random).prefix(original.count / 2)).write(to: url)
        #expect(ChatEngine.load(knowledgeBase, cache: .always).cache == .built(saved: true))
        #expect(cache.engine(for: knowledgeBase) != nil)
    }

    /// The crash the fuzzing campaign found: one offset made smaller than the
    /// one before it (a range whose end is before its start).
    @Test func anOffsetBelowItsPredecessorIsRefused() throws {
        let directory = try Fixtures.scratchKnowledgeBase([:])
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
        _ = ChatEngine.load(knowledgeBase, cache: .always)
        let cache = IndexCache(knowledgeBaseDirectory: directory)
        let url = URL(fileURLWithPath: cache.path)
        var file = [UInt8](try Data(contentsOf: url))
        // Body: words (ends, bytes), word ids, phrase keys, phrase values, then offsets.
        var position = Self.headerSize
        func skipArray(stride: Int) -> (count: Int, start: Int) {
            var count = 0
            for byte in 0..<8 { count |= Int(file[position + byte]) << (8 * byte) }
            let start = position + 8
            position = start + count * stride
            return (count, start)
        }
        _ = skipArray(stride: 4)
        _ = skipArray(stride: 1)
        _ = skipArray(stride: 4)
        _ = skipArray(stride: 8)
        _ = skipArray(stride: 4)
        let offsets = skipArray(stride: 4)
        #expect(offsets.count > 3)
        // offsets[2] = 0, below offsets[1].
        for byte in 0..<4 { file[offsets.start + 8 + byte] = 0 }
        file = Self.resealed(file)
        try Data(file).write(to: url)
        #expect(cache.engine(for: knowledgeBase) == nil)
        #expect(ChatEngine.load(knowledgeBase, cache: .always).cache == .built(saved: true))
    }
}
