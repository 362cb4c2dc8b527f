import Foundation
import GuideEngine
import GuideFrontEnd
import Testing

struct RendererTests {
    static let wording = ReplyWording(
        sources: "Sources:", reviewed: "reviewed {date}", note: "Note:", suggestionsIntro: "Questions I can answer:")
    let reply = Reply(
        input: "is it \"safe\"?\u{1B}", status: .answered, intent: "safety", confidence: 0.875,
        answer: "It is generally safe. [1]",
        citations: [
            Citation(
                number: 1, document: "risks", title: "Risks", section: "Safety", path: "KnowledgeBase/documents/r.md",
                line: 12, reviewed: "2026-11-26", text: "It is generally safe.")
        ],
        notice: "Education, not advice.")

    @Test func jsonIsOneValidLineWithTheContractsFields() throws {
        let line = JSONRenderer().render(reply)
        #expect(!line.contains("\n"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["input"] as? String == "is it \"safe\"?\u{1B}")
        #expect(object["status"] as? String == "answered")
        #expect(object["intent"] as? String == "safety")
        #expect(object["confidence"] as? Double == 0.88)
        let citation = try #require((object["citations"] as? [[String: Any]])?.first)
        #expect(citation["n"] as? Int == 1)
        #expect(citation["line"] as? Int == 12)
        #expect(citation["path"] as? String == "KnowledgeBase/documents/r.md")
        #expect(object["suggestions"] as? [String] == [])
    }

    /// The structured fields appear when there is something in them, so no
    /// script needs to parse the answer's prose.
    @Test func jsonCarriesOptionsUnansweredPartsAndTheCrisisFootnote() throws {
        var clarify = Reply(
            input: "tell me about it", status: .clarify, answer: "Did you mean \"A?\" or \"B?\"?", suggestions: ["A?", "B?"],
            options: ["A?", "B?"], unansweredParts: ["How much is it"])
        clarify.crisisFootnote = "Call 988 now."
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(JSONRenderer().render(clarify).utf8)) as? [String: Any])
        #expect(object["status"] as? String == "clarify")
        #expect(object["options"] as? [String] == ["A?", "B?"])
        #expect(object["unanswered"] as? [String] == ["How much is it"])
        #expect(object["crisis_footnote"] as? String == "Call 988 now.")
        let plain = try #require(JSONSerialization.jsonObject(with: Data(JSONRenderer().render(reply).utf8)) as? [String: Any])
        #expect(plain["options"] == nil && plain["unanswered"] == nil && plain["crisis_footnote"] == nil)
        #expect(plain["general_for"] == nil && plain["no_information_about"] == nil)
    }

    /// A decline by name and an answer in general say so in fields of their own.
    @Test func jsonCarriesWhatIsNotCoveredAndWhatIsAnsweredInGeneral() throws {
        var declined = Reply(input: "how much is it", status: .noMatch, answer: "I have no information about the cost.")
        declined.notAbout = "the cost"
        var general = Reply(input: "risks of infusions?", status: .answered, answer: "In general: the risks. [1]")
        general.generalFor = "Intravenous (IV) infusion therapy"
        let first = try #require(JSONSerialization.jsonObject(with: Data(JSONRenderer().render(declined).utf8)) as? [String: Any])
        let second = try #require(JSONSerialization.jsonObject(with: Data(JSONRenderer().render(general).utf8)) as? [String: Any])
        #expect(first["no_information_about"] as? String == "the cost")
        #expect(second["general_for"] as? String == "Intravenous (IV) infusion therapy")
    }

    /// Every character that could break the line or the terminal is escaped;
    /// everything else, multi-byte text included, comes back unchanged.
    @Test(arguments: [
        "plain text", "quote \" backslash \\ slash /", "new\nline\r\ttab", "bell \u{07} escape \u{1B}[31m del \u{7F}",
        "C1 \u{85} \u{9B}31m", "separators \u{2028} and \u{2029}", "accents é ü, euro € (E2 82 AC), dash – (E2 80 93)",
        "emoji 👍🏽 and CJK 漢字", "", "\\\"\n",
    ])
    func jsonStringsRoundTripAndStayOnOneSafeLine(_ text: String) throws {
        var reply = self.reply
        reply.answer = text
        let line = JSONRenderer().render(reply)
        let raw = Array(line.utf8)
        #expect(!raw.contains { $0 < 0x20 || $0 == 0x7F }, "no raw C0 control or DEL")
        #expect(!line.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 })
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["answer"] as? String == text)
    }

    @Test func textShowsAnswerSourcesAndNotice() {
        let text = TextRenderer(wording: Self.wording).render(reply)
        #expect(text == """
            It is generally safe. [1]
            Sources: [1] Risks › Safety, reviewed 2026-11-26
            Note: Education, not advice.
            """)
    }

    @Test func colourMarksCitationsOnlyWhenAllowed() {
        let coloured = TextRenderer(wording: Self.wording, style: TextStyle(usesColor: true)).render(reply)
        #expect(coloured.contains("\u{1B}[1m[1]\u{1B}[0m"))
        #expect(!TextRenderer(wording: Self.wording).render(reply).contains("\u{1B}"))
    }

    @Test func noColorEnvironmentTurnsColourOff() {
        #expect(!TextStyle.decide(isTerminal: true, noColorFlag: false, environment: ["NO_COLOR": "1"]).usesColor)
        #expect(!TextStyle.decide(isTerminal: true, noColorFlag: true, environment: [:]).usesColor)
        #expect(!TextStyle.decide(isTerminal: false, noColorFlag: false, environment: [:]).usesColor)
        #expect(TextStyle.decide(isTerminal: true, noColorFlag: false, environment: ["TERM": "xterm"]).usesColor)
    }

    @Test func kiosksHidePaths() {
        #expect(!TextRenderer(wording: Self.wording, showsPaths: false).render(reply).contains("r.md"))
    }

    @Test func urgentRepliesStandOut() {
        let urgent = Reply(input: "x", status: .crisis, answer: "Tell a staff member now.\nCall 988.")
        #expect(TextRenderer(wording: Self.wording).render(urgent).hasPrefix("!! Tell a staff member now."))
    }
}
