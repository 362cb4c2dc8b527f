import Foundation
import Testing

@testable import GuideEngine

/// What a kind is asked about: every subject the question names lets the
/// therapy's general section answer it, a word that only turns up in some
/// passage's text does not, and a kind nobody answers shows what bears on it.
@Suite struct KindSubjectsTests {
    @Test func aGeneralAnswerCoversEverySubjectTheQuestionNames() throws {
        var session = try Fixtures.engine().makeSession()
        // Two subjects, a form and a condition, neither with a safety section of its own.
        let reply = session.respond(to: "is the nasal spray safe for PTSD")
        #expect(reply.status == .answered)
        #expect(reply.intent == "safety")
        #expect(reply.generalFor == "Esketamine (Spravato) nasal spray")
    }

    @Test func aWordOnlyInAnotherPassagesTextIsNoSubject() throws {
        var session = try Fixtures.engine().makeSession()
        // "hours" is in the onset passage's text, not what it is about.
        let reply = session.respond(to: "what are the risks of waiting two hours")
        #expect(reply.status != .answered, "\(reply.answer)")
    }

    /// Who should not have it is weighed against the risks, who can have it
    /// against what it is used for; the safety screen refers some of these
    /// first ("eligible"), and what bears on them follows all the same.
    /// "right for me" is stop words only, and still a cue.
    @Test(arguments: [
        ("who should not have the nasal spray", "the side effects and risks", "blood pressure"),
        ("which conditions would stop me from having the infusions", "the side effects and risks", "blood pressure"),
        ("who is not a candidate for ketamine", "the side effects and risks", "blood pressure"),
        ("who is eligible for the nasal spray", "what it is used for", "Treatment-resistant depression"),
        ("is ketamine therapy right for me", "what it is used for", "Treatment-resistant depression"),
    ])
    func whoCanOrShouldNotHaveItIsReferredWithWhatBearsOnIt(_ question: String, _ bearing: String, _ quoted: String) throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: question)
        #expect(reply.status == .referral)
        #expect(reply.answer.contains("What I know about \(bearing), which bears on it:"), "\(reply.answer)")
        #expect(reply.answer.contains(quoted), "\(reply.answer)")
        #expect(!reply.citations.isEmpty)
    }

    @Test func aPersonalDecisionAskedWithAnotherKindIsStillReferred() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "what are the side effects and can I mix it with my meds")
        #expect(reply.status == .referral)
    }

    @Test func aSeeLineNamingNoKindIsAnErrorWithItsLine() throws {
        let text = """
            [candidacy]
            name: who can have it
            see: side-efects
            cue: candidate
            [side-effects]
            name: the risks
            cue: risks
            """
        let diagnostics = try Fixtures.loadDiagnostics(["language/question-kinds-en.txt": text])
        #expect(diagnostics.contains {
            $0.description.contains("question-kinds-en.txt:1") && $0.message.contains("'see: side-efects' names no kind")
        }, "\(diagnostics)")
    }

    @Test func aKindAskedOfWhatOnlyAnotherKindsSectionNamesIsDeclined() throws {
        let engine = try Fixtures.engine()
        // Addiction and nausea are named only among the risks: not something it helps.
        for question in ["does ketamine help addiction", "can ketamine help with nausea"] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.status == .noMatch, "\(question): \(reply.answer)")
            #expect(reply.notAbout == "how well it works", "\(question)")
        }
        // Named in passing by the mechanism's text, depression is no such subject.
        var session = engine.makeSession()
        #expect(session.respond(to: "why does ketamine help with depression, what is going on biologically").intent == "mechanism")
    }

    @Test func ofAPartOfTheTherapyAnythingIsAnsweredInGeneralOfAConditionOnlyWhatItDoesToIt() throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        let spray = session.respond(to: "how does the nasal spray work")
        #expect(spray.intent == "mechanism")
        #expect(spray.generalFor == "Esketamine (Spravato) nasal spray")
        session = engine.makeSession()
        let ocd = session.respond(to: "how does ketamine treat OCD")
        #expect(ocd.intent == "mechanism")
        #expect(ocd.generalFor == "Obsessive-compulsive disorder (OCD)")
        session = engine.makeSession()
        let types = session.respond(to: "what are the types of OCD")
        #expect(types.status == .noMatch, "the forms of the therapy are not types of OCD: \(types.answer)")
    }

    @Test func aSubjectsLineIsYesPartOrNo() throws {
        let text = """
            [forms]
            name: the forms
            subjects: maybe
            cue: types
            """
        let diagnostics = try Fixtures.loadDiagnostics(["language/question-kinds-en.txt": text])
        #expect(diagnostics.contains { $0.description.contains("question-kinds-en.txt:1") && $0.message.contains("'subjects:' is yes, part or no") })
    }

    @Test func aKindNobodyAnswersAskedOfOneSomeoneDoesIsNamedBeforeTheAnswer() throws {
        let engine = try Fixtures.engine()
        var session = engine.makeSession()
        let reply = session.respond(to: "How long do the side effects last?")
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks")
        #expect(reply.notAbout == "how long the effects last")
        #expect(reply.answer.hasPrefix("I have no information about how long the effects last"), "\(reply.answer)")
        // The other way round, what is asked about is not covered.
        session = engine.makeSession()
        #expect(session.respond(to: "does ketamine help drinking").status != .answered)
        session = engine.makeSession()
        #expect(session.respond(to: "how long does the relief last").status == .noMatch)
    }

    @Test func chosenForAnotherKindTheMainKindsAnswerGoesWithIt() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "How does ketamine work in treating mental health conditions?")
        #expect(reply.status == .answered)
        let sections = Set(reply.citations.map(\.section))
        #expect(sections.contains("What ketamine does in the brain"), "how it works was asked: \(sections)")
        // Chosen for the main kind, nothing is added.
        session = try Fixtures.engine().makeSession()
        #expect(Set(session.respond(to: "How does ketamine work?").citations.map(\.section)).count == 1)
    }

    @Test func askedPlainlyForTheMainKindBesideAnotherItsAnswerGoesWithLessCoverage() throws {
        var session = try Fixtures.engine().makeSession()
        // "why * proven" asks how it works; the benefits answer "where other antidepressants failed".
        let reply = session.respond(to: "why have infusions proven effective where other antidepressants failed")
        let sections = Set(reply.citations.map(\.section))
        #expect(sections.contains("What ketamine does in the brain"), "\(sections)")
        #expect(sections.contains("Benefits"), "\(sections)")
    }

    @Test func whatAKindIsAskedOfEndsWhereAClauseBegins() throws {
        var session = try Fixtures.engine().makeSession()
        // "conventional" is named only by a benefit: asked of it, how it works would be declined.
        let reply = session.respond(to: "why would ketamine be effective when conventional treatments failed")
        #expect(reply.status == .answered, "\(reply.answer)")
        #expect(reply.notAbout == nil)
    }

    @Test func aSubjectFoundByAWordItHasInPassingIsNotSaidToBeAnsweredInGeneral() throws {
        var session = try Fixtures.engine().makeSession()
        // "people" and "work" are words the IV passage has, not its name.
        let reply = session.respond(to: "how fast does ketamine actually work for most people")
        #expect(reply.intent == "onset")
        #expect(reply.generalFor == nil, "\(reply.answer)")
    }
}

