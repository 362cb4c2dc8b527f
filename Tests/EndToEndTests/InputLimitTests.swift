import Foundation
import Testing

/// Overlong and odd input lines through the built binary: memory stays bounded, an overlong
/// line gets one short too-long reply, and the next line is answered as usual.
@Suite(.serialized) struct InputLimitTests {
    /// The bound for `ketaguide < /dev/zero`.
    static let peakMemoryLimit = 100 << 20
    /// More than `peakMemoryLimit`: a reader that keeps the whole line cannot stay under it.
    static let hugeLineBytes = 128 << 20
    /// The chat's question limit, in characters (`ChatSession.Options.maxInputLength`).
    static let characterLimit = 1000

    func json(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line.prefix(200))")
    }

    @Test func aHugeLineOfNulBytesKeepsMemoryBoundedAndTheNextLineIsAnswered() throws {
        let program = try RunningBinary(["--format", "json"])
        program.write(byte: 0, count: Self.hugeLineBytes)
        program.write(Data("\nwhat is spravato\n".utf8))
        let replies = program.readLines(2)
        let peak = try program.peakMemory()
        let end = program.finish()
        #expect(end.status == 0)
        #expect(peak < Self.peakMemoryLimit, "peak memory \(peak >> 20) MB")
        #expect(replies.count == 2)
        let tooLong = try json(replies[0])
        #expect(tooLong["status"] as? String == "error")
        #expect((tooLong["answer"] as? String)?.contains("too long") == true)
        #expect(((tooLong["input"] as? String)?.unicodeScalars.count ?? .max) <= Self.characterLimit)
        #expect(try json(replies[1])["intent"] as? String == "forms.nasal-spray")
    }

    @Test func endlessInputWithoutANewlineIsOneLineWithOneReply() throws {
        let program = try RunningBinary(["--format", "json"])
        program.write(byte: 0, count: 3 << 20)
        let end = program.finish()
        #expect(end.status == 0)
        let replies = end.output.split(separator: "\n")
        #expect(replies.count == 1)
        #expect(try json(String(replies.first ?? "")).count > 0)
        #expect(end.output.contains("\"status\":\"error\""))
    }

    @Test func anOverlongLineStartingWithAReferralIsTooLongNotAReferral() throws {
        let line = "I have high blood pressure, can I have ketamine? " + String(repeating: "a", count: 2_000_000)
        let result = try Binary.run(["--format", "json"], lines: [line, "hi"])
        let replies = result.output.split(separator: "\n").map(String.init)
        #expect(replies.count == 2)
        let reply = try json(replies[0])
        #expect(reply["status"] as? String == "error")
        #expect((reply["answer"] as? String)?.contains("2000049 characters") == true, "the real length is said")
        #expect(((reply["input"] as? String)?.unicodeScalars.count ?? .max) <= Self.characterLimit)
        #expect(try json(replies[1])["status"] as? String == "smalltalk")
    }

    @Test func aCrisisAtTheStartOfAnOverlongLineIsStillCaught() throws {
        let line = "I want to end my life " + String(repeating: "x", count: 100_000)
        let result = try Binary.run(["--format", "json"], lines: [line])
        let reply = try json(result.output.split(separator: "\n").first.map(String.init) ?? "")
        #expect(reply["status"] as? String == "crisis")
        #expect(((reply["input"] as? String)?.unicodeScalars.count ?? .max) <= Self.characterLimit)
    }

    /// A pasted letter, then the danger: what the reader throws away is screened too.
    @Test func aDangerAtTheEndOfAnOverlongLineIsCaught() throws {
        let letter = String(repeating: "Could you tell me whether the car park is free on Thursdays? ", count: 200)
        let line = letter + "I took all 30 of my sertraline an hour ago and I'm starting to shake."
        let result = try Binary.run(["--format", "json"], lines: [line, letter, "hi"])
        let replies = try result.output.split(separator: "\n").map { try json(String($0)) }
        #expect(replies.map { $0["status"] as? String } == ["emergency", "error", "smalltalk"])
        #expect(((replies.first?["input"] as? String)?.unicodeScalars.count ?? .max) <= Self.characterLimit)
    }

    /// The kiosk reads a pipe with the same bounded reader: the dropped end is screened, and
    /// a harmless overlong line says its real length.
    @Test func theKioskScreensTheDroppedEndOfAnOverlongLine() throws {
        let letter = String(repeating: "Could you tell me whether the car park is free on Thursdays? ", count: 200)
        let result = try Binary.run(["--kiosk"], lines: [letter + "I took all 30 of my sertraline an hour ago and I'm starting to shake.", letter])
        #expect(result.output.contains("This could be a medical emergency."))
        #expect(result.output.contains("(\(letter.unicodeScalars.count - 1) characters"), "the real length, not the part kept")
    }

    /// What the kept part says cannot hide a danger past it: a welcome number, a quit word, a
    /// command, or nothing but spaces.
    @Test func aDangerPastTheKeptPartOutranksWhatItSays() throws {
        let padding = String(repeating: " ", count: 5000)
        let danger = "I took 40 of my sertraline an hour ago."
        let kiosk = try Binary.run(["--kiosk"], lines: ["1" + padding + danger, "exit" + padding + danger, padding + danger])
        #expect(kiosk.output.components(separatedBy: "This could be a medical emergency.").count == 4, "\(kiosk.output.suffix(800))")
        let batch = try Binary.run(["--format", "json"], lines: ["/help" + padding + danger])
        #expect(batch.output.contains("\"status\":\"emergency\""))
    }

    /// One grapheme of a million combining marks is one Character: an echo cut by characters
    /// would hold all of it.
    @Test func theTooLongReplyNeverEchoesAHugeGrapheme() throws {
        let grapheme = "e" + String(repeating: "\u{301}", count: 1_000_000)
        for format in ["json", "text"] {
            let result = try Binary.run(["--format", format], lines: [grapheme])
            #expect(result.status == 0)
            #expect(result.stdout.count < 10_000, "\(format): \(result.stdout.count) bytes")
            #expect(result.output.contains("too long"))
        }
    }

    @Test func aByteOrderMarkBeforeACommandIsIgnored() throws {
        let result = try Binary.run(["--format", "json"], input: Data([0xEF, 0xBB, 0xBF]) + Data("/help\nhi\n".utf8))
        let replies = try result.output.split(separator: "\n").map { try json(String($0)) }
        #expect(replies.map { $0["status"] as? String } == ["command", "smalltalk"])
        #expect(replies.first?["input"] as? String == "/help")
    }

    /// Text replies are separated by a blank line, so none may hold one.
    @Test func aSourceReplyHoldsNoBlankLine() throws {
        let result = try Binary.run([], lines: ["what is spravato", "/source 1", "hi"])
        let replies = result.output.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(replies.count == 3)
        #expect(replies[1].hasPrefix("[1] "))
        #expect(replies[1].contains("Esketamine (Spravato)"))
    }
}
