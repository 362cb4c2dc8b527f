import Foundation
import Testing

@testable import GuideEngine

/// What a question asks (its kind) and what it is asked about: found from the
/// language's cue phrases, answered by the section that answers the kind,
/// declined by name when none does.
@Suite struct QuestionKindTests {
    private static let analyzer = Analyzer(stopWords: ["is", "it", "the", "of", "does", "a"])

    private static func finder(_ kinds: [QuestionKind]) -> QuestionKindFinder {
        QuestionKindFinder(kinds: kinds, analyzer: analyzer)
    }

    private static func kinds(_ question: String, _ finder: QuestionKindFinder) -> [String] {
        let words = analyzer.words(question).map { QuestionKindFinder.Word(folded: $0, stem: analyzer.stem($0)) }
        return finder.find(words).map { finder.kinds[$0.kind].id }
    }

    // MARK: - Finding kinds

    @Test func cuesMatchAnyFormOfTheirWordsAndStarSkipsWords() {
        let finder = Self.finder([
            QuestionKind(id: "side-effects", name: "side effects", cues: ["risks"]),
            QuestionKind(id: "administration", name: "how it is given", cues: ["how * given"]),
        ])
        #expect(Self.kinds("what are the risks, is there a risk", finder) == ["side-effects", "side-effects"])
        #expect(Self.kinds("how is the nasal spray given", finder) == ["administration"])
        #expect(Self.kinds("how given", finder) == ["administration"], "a star may stand for no word")
        #expect(Self.kinds("how are you today, i was given a leaflet", finder) == [], "no more than four words between")
    }

    @Test func anExactWordIsNotStemmed() {
        let finder = Self.finder([QuestionKind(id: "preparation", name: "how to prepare", cues: ["=fasting"])])
        #expect(Self.kinds("do i need fasting", finder) == ["preparation"])
        #expect(Self.kinds("does it work fast", finder) == [], "'fast' is not 'fasting'")
    }

    @Test func overlappingCuesGiveTheOneWithMoreWordsOfItsOwnThenTheTighter() {
        let finder = Self.finder([
            QuestionKind(id: "effectiveness", name: "how well it works", cues: ["does * work"]),
            QuestionKind(id: "how-it-works", name: "how it works", cues: ["how * work", "how does * work"]),
            QuestionKind(id: "onset", name: "how soon", cues: ["how fast"]),
        ])
        #expect(Self.kinds("how does ketamine work", finder) == ["how-it-works"])
        #expect(Self.kinds("does ketamine work", finder) == ["effectiveness"])
        // "how fast" is tighter than "how * work"; "does it work" does not overlap it.
        #expect(Self.kinds("how fast does it work", finder) == ["onset", "effectiveness"])
    }

    @Test func aCueInsideAnothersStarIsKeptWithIt() {
        let finder = Self.finder([
            QuestionKind(id: "lasting", name: "how long it lasts", cues: ["how long * last"]),
            QuestionKind(id: "side-effects", name: "side effects", cues: ["side effects"]),
        ])
        #expect(Self.kinds("how long do the side effects last", finder) == ["lasting", "side-effects"])
    }

    @Test func aKindNotAskedOfTheSubjectIgnoresACueWhoseStarIsOnlyTheSubject() {
        let finder = QuestionKindFinder(
            kinds: [QuestionKind(id: "provider", name: "who offers it", cues: ["does * provide"], ofSubject: false)],
            analyzer: Self.analyzer, subjectTerms: [Self.analyzer.stem("ketamine")])
        #expect(Self.kinds("does ketamine provide fast relief", finder) == [], "what the treatment does")
        #expect(Self.kinds("does the ketamine provide relief", finder) == [], "stop words beside the subject too")
        #expect(Self.kinds("does your clinic provide ketamine", finder) == ["provider"])
    }

    // MARK: - Reading the file

    @Test func aMalformedKindsFileNamesFileAndLine() throws {
        let text = """
            [cost]
            name: the cost
            cue: price
            colour: red
            [cost]
            name: again
            cue: fee
            [Bad Kind]
            name: x
            cue: y
            [empty]
            name: nothing
            [dose]
            name: the dose
            refer: perhaps
            cue: dose
            [provider]
            name: who offers it
            of-subject: never
            cue: provide
            """
        let found = try Fixtures.loadDiagnostics(["language/question-kinds-en.txt": text]).map(\.description)
        for (line, message) in [
            (4, "unknown key 'colour'"), (5, "defined twice"), (8, "may use only lowercase"), (11, "needs a 'name:' and 'cue:'"),
            (13, "'refer:' is yes or no"), (17, "'of-subject:' is yes or no"),
        ] {
            #expect(found.contains { $0.contains("question-kinds-en.txt:\(line)") && $0.contains(message) }, "\(line): \(found)")
        }
    }

    @Test func aSectionSaysWhatItAnswersOnlyBelowItsHeading() throws {
        var parser = DocumentParser(path: "documents/x.md")
        let document = parser.parse("""
            ---
            id: x
            title: X
            source: here
            reviewed: 2026-01-01
            ---
            ## Risks {#risks}
            > answers: side-effects, safety
            The risks are small.
            > answers: cost
            """)
        #expect(document?.sections.first?.answers == ["side-effects", "safety"])
        #expect(parser.diagnostics.contains { $0.line == 10 && $0.message.contains("directly below a section's heading") })
    }

    @Test func validateWarnsOfAnAnswersLineNamingNoKind() throws {
        let path = Fixtures.bundledDirectory + "/documents/risks-and-safety.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "> answers: side-effects, experience", with: "> answers: side-efects, experience")
        let directory = try Fixtures.scratchKnowledgeBase(["documents/risks-and-safety.md": text])
        let report = try KnowledgeBaseValidator(today: "2026-11-27").validate(directory: directory)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("side-efects") }.map { $0 + 1 } ?? 0
        #expect(report.diagnostics.contains {
            $0.description.contains("risks-and-safety.md:\(line)") && $0.message.contains("'answers: side-efects' names no kind")
        })
    }

    // MARK: - Answering the kind asked

    @Test func theKindAskedOutweighsTheSubjectAndSaysWhenItIsGeneral() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "What are the risks for the infusions?")
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks")
        #expect(reply.generalFor == "Intravenous (IV) infusion therapy")
        #expect(reply.answer.hasPrefix("I have nothing specific to Intravenous (IV) infusion therapy"))
        // Asked about the subject itself, the subject's own section answers, with no such line.
        let direct = session.respond(to: "what is an iv infusion")
        #expect(direct.intent == "forms.iv-infusion")
        #expect(direct.generalFor == nil)
    }

    @Test func aKindNoSectionAnswersIsDeclinedByName() throws {
        let engine = try Fixtures.engine()
        for (question, name) in [
            ("Do you provide financing?", "the cost"), ("What will Spravato taste like?", "what it looks, tastes or smells like"),
            ("how long is each session", "how long a session takes"),
            ("Does your clinic provide IV ketamine?", "who offers it and where"),
            ("Has anyone here tried the nasal spray?", "other people's experiences"),
        ] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.status == .noMatch, "\(question)")
            #expect(reply.notAbout == name, "\(question)")
            #expect(reply.answer.contains("no information about \(name)"), "\(question)")
            #expect(reply.citations.isEmpty)
        }
    }

    @Test func aKnowledgeBaseWithoutTheNewRepliesSaysItsNoMatchAndNoKey() throws {
        let conf = try String(contentsOfFile: Fixtures.bundledDirectory + "/guide.conf", encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("no-information:") && !$0.hasPrefix("general-answer:") }
            .joined(separator: "\n")
        let directory = try Fixtures.scratchKnowledgeBase(["guide.conf": conf])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        let declined = session.respond(to: "how much does it cost")
        #expect(declined.status == .noMatch)
        #expect(declined.answer.hasPrefix("I don't have information about that"), "\(declined.answer)")
        let general = session.respond(to: "What are the risks for the infusions?")
        #expect(general.generalFor != nil)
        #expect(general.answer.hasPrefix("The risks of ketamine therapy include"), "\(general.answer)")
    }

    @Test func theAskersOwnDoseAndMedicinesAreReferred() throws {
        let engine = try Fixtures.engine()
        for question in ["how much ket would they give me", "Can I take ketamine while on SSRIs?"] {
            var session = engine.makeSession()
            #expect(session.respond(to: question).status == .referral, "\(question)")
        }
    }

    @Test func withoutKindsTheMatcherWorksAsBefore() throws {
        let directory = try Fixtures.scratchKnowledgeBase(["language/question-kinds-en.txt": nil])
        let engine = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
        let match = engine.matcher.match("What are the risks for the infusions?")
        #expect(match.askedKinds.isEmpty)
        #expect(match.intent?.id == "forms.iv-infusion", "the subject's words win without kinds: what they change")
    }
}
