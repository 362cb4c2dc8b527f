import GuideEngine
import Testing

/// Only questions are echoed back as parts the guide cannot answer; a story,
/// an age or an opinion told beside a question is not.
struct EchoedPartsTests {
    static func partial(_ message: String) throws -> (reply: Reply, echoed: [String]) {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        let reply = session.respond(to: message)
        let lead = engine.settings.reply("partial")
        let echoed = reply.answer.split(separator: "\n").filter { $0.hasPrefix(lead) }.map(String.init)
        return (reply, echoed)
    }

    @Test(arguments: [
        ("is it addictive and my son is 19", "my son is 19"),
        ("is it addictive? sounds like hype and my son is 19", "sounds like hype"),
    ])
    func statementsAreNotEchoed(message: String, statement: String) throws {
        let (reply, echoed) = try Self.partial(message)
        #expect(reply.status == .answered)
        #expect(echoed.isEmpty, "nothing echoed: \(echoed)")
        #expect(!reply.answer.contains(statement))
    }

    @Test(arguments: [
        ("how much does it cost and is it addictive", "how much does it cost"),
        ("is it addictive and the price?", "the price"),
    ])
    func questionsStillAre(message: String, question: String) throws {
        let (reply, echoed) = try Self.partial(message)
        #expect(reply.status == .answered)
        #expect(echoed.count == 1)
        #expect(echoed.first?.hasSuffix("\"\(question)\"") == true)
    }

    @Test func onlyTheLastPartOfASentenceEndingInAQuestionMarkIsAsked() {
        let splitter = QuestionSplitter(partSeparators: ["and"], comparisonWords: ["or"])
        let parts = splitter.parts(of: "My son is 19 and the price? Is it safe. And the risks")
        #expect(parts.map(\.text) == ["my son is 19", "the price", "is it safe", "the risks"])
        #expect(parts.map(\.endsWithQuestionMark) == [false, true, false, false])
        #expect(splitter.parts(of: "the price?").map(\.endsWithQuestionMark) == [true])
    }
}
