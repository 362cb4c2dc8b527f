import GuideFrontEnd
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The bounded line reader: an overlong line is cut before a character, never inside one,
/// the rest is counted, and reading goes on with the next line.
struct PlainLineReaderTests {
    /// A reader over a pipe that already holds `bytes` and is closed (at most 64 KB).
    func reader(_ bytes: [UInt8], maximumLineBytes: Int) throws -> PlainLineReader {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        let written = bytes.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        close(descriptors[1])
        return PlainLineReader(descriptor: descriptors[0], maximumLineBytes: maximumLineBytes)
    }

    @Test func anOverlongLineIsCutBeforeACharacterAndTheRestCounted() throws {
        let line = String(repeating: "é", count: 5000)  // two bytes each
        let input = try reader(Array((line + "\r\nnext\n").utf8), maximumLineBytes: 9)
        #expect(input.readLine(prompt: "") == .line("éééé"))
        #expect(input.droppedCharactersOfLastLine == 4996)
        #expect(input.readLine(prompt: "") == .line("next"))
        #expect(input.droppedCharactersOfLastLine == 0)
        #expect(input.readLine(prompt: "") == .endOfInput)
    }

    @Test func anOverlongLastLineWithoutANewlineIsReturnedOnce() throws {
        let input = try reader([UInt8](repeating: 0, count: 50_000), maximumLineBytes: 100)
        guard case .line(let text) = input.readLine(prompt: "") else {
            Issue.record("no line")
            return
        }
        #expect(text.utf8.count == 100)
        #expect(input.droppedCharactersOfLastLine == 49_900)
        #expect(input.readLine(prompt: "") == .endOfInput)
    }

    @Test func theDefaultKeepsOneCharacterMoreThanTheQuestionLimitAtFourBytesEach() {
        #expect(PlainLineReader.maximumLineBytes(forCharacterLimit: 1000) == 4004)
        #expect(PlainLineReader().maximumLineBytes == 4004)
    }

    @Test func aReadErrorIsKept() throws {
        let folder = open("/", O_RDONLY | O_DIRECTORY)
        try #require(folder >= 0)
        defer { close(folder) }
        let input = PlainLineReader(descriptor: folder)
        #expect(input.readLine(prompt: "") == .endOfInput)
        #expect(input.readError == EISDIR)
    }
}
