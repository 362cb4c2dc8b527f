import GuideEngine
import Testing

/// The phrase syntax of safety.txt beyond words and gaps: `#` (a large
/// count), `=form` (that form only) and `a + b` (both in one sentence), and
/// the loader's checks of groups, statuses and regions.
struct SafetyPhraseSyntaxTests {
    static let safety = """
        [crisis]
        message: crisis {emergency-number}
        say: zzcrisis
        say: sitting zzknife - butter
        [emergency]
        message: emergency
        about-me: =took # of my
        about-me: =swallowed + tablets + handful
        [language]
        first-person: i, my
        large-count-from: 5
        large-count: twenty
        """
    static let regions = "[us]\nname: Test\nemergency-number: 555\n"

    func status(_ text: String) throws -> Reply.Status {
        let directory = try Fixtures.scratchKnowledgeBase([
            "safety.txt": Self.safety, "crisis-lines.txt": Self.regions, "safety-examples.txt": nil,
        ])
        let engine = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
        var session = engine.makeSession()
        return session.respond(to: text).status
    }

    @Test func aLargeCountIsANumeralFromTheMinimumOrANumberWord() throws {
        #expect(try status("I took 20 of my pills") == .emergency)
        #expect(try status("I took twenty of my pills") == .emergency)
        #expect(try status("I took 2 of my pills") != .emergency)
    }

    @Test func anExactFormIsNotItsStem() throws {
        #expect(try status("I take 20 of my pills") != .emergency)
    }

    /// A phrase's words forgive one typo; its exceptions' do not ("butter"
    /// rules out "butter", not "better").
    @Test func anExceptionForgivesNoTypo() throws {
        #expect(try status("sitting zzknife and everyone is better off") == .crisis)
        #expect(try status("sittng zzknife") == .crisis)
        #expect(try status("sitting zzknife with the butter") != .crisis)
    }

    @Test func companionsMayComeInAnyOrderInOneSentence() throws {
        #expect(try status("I swallowed a handful of my tablets") == .emergency)
        #expect(try status("a handful of tablets, I swallowed them") == .emergency)
        #expect(try status("I swallowed a handful of sweets. The tablets are fine.") != .emergency)
    }

    @Test func aGroupNeedsAKnownStatusAndARegionForItsNumbers() throws {
        let badStatus = try Fixtures.scratchKnowledgeBase([
            "safety.txt": try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
                + "\n[panic]\nstatus: alarm\nmessage: m\nsay: x\n"
        ])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader().load(directory: badStatus) }
        let noRegion = try Fixtures.scratchKnowledgeBase(["crisis-lines.txt": nil])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader().load(directory: noRegion) }
        let unknownRegion = try Fixtures.scratchKnowledgeBase([
            "guide.conf": try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
                .replacingOccurrences(of: "region: us", with: "region: zz")
        ])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader().load(directory: unknownRegion) }
    }
}
