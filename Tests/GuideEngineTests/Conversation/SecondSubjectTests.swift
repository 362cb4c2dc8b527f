import Foundation
import Testing

@testable import GuideEngine

/// The engine knows no medicine: given a knowledge base on another subject
/// (physiotherapy for back pain, written for this test, with no `> answers:`
/// lines), it finds, answers, declines and screens the same way.
@Suite struct SecondSubjectTests {
    static let document = """
        ---
        id: physio
        title: Physiotherapy for low back pain
        source: A test fixture written for the engine's tests
        reviewed: 2026-01-01
        ---

        # Physiotherapy for low back pain

        ## What physiotherapy involves {#involves}
        A physiotherapist assesses your back and teaches you exercises to do at home.

        ## Side effects of exercise therapy {#side-effects}
        Exercise therapy can cause:

        - Muscle soreness for a day or two after a new exercise {#soreness}
        - Tiredness after the first sessions {#tiredness}

        ## How soon physiotherapy helps {#onset}
        Many people notice less pain within a few weeks of regular exercise.

        """

    static func engine() throws -> ChatEngine {
        let bundled = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
        var edits: [String: String?] = [
            "documents/physio.md": document, "not-covered.txt": nil, "synonyms.txt": nil,
            "guide.conf": bundled.replacingOccurrences(of: "ketamine therapy", with: "physiotherapy")
                .replacingOccurrences(of: "subject: ketamine\n", with: "subject: physiotherapy\nsubject: physio\n"),
        ]
        let documents = try FileManager.default.contentsOfDirectory(atPath: Fixtures.bundledDirectory + "/documents")
        for name in documents where name.hasSuffix(".md") { edits["documents/" + name] = .some(nil) }
        let directory = try Fixtures.scratchKnowledgeBase(edits)
        return ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
    }

    @Test func headingsSayWhatSectionsAnswer() throws {
        let engine = try Self.engine()
        #expect(engine.matcher.match("what are the risks of physiotherapy?").intent?.id == "side-effects")
        #expect(engine.matcher.match("how quickly does it work?").intent?.id == "onset")
        #expect(engine.matcher.match("what does physiotherapy involve").intent?.id == "involves")
        #expect(engine.matcher.match("will i get sore muscles").intent?.id == "side-effects.soreness")
    }

    @Test func whatNoSectionAnswersIsDeclinedByNameAndCrisisComesFirst() throws {
        var session = try Self.engine().makeSession()
        let cost = session.respond(to: "how much does physio cost?")
        #expect(cost.status == .noMatch)
        #expect(cost.notAbout == "the cost")
        #expect(session.respond(to: "I want to kill myself").status == .crisis)
        let answer = session.respond(to: "what are the side effects of exercise therapy")
        #expect(answer.status == .answered)
        #expect(answer.citations.first?.document == "physio")
    }
}
