import GuideEngine
import Testing

/// The deliberate decisions of the safety screen, one test each.
struct SafetyScreenTests {
    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "I want to end it all",
        "i want to kil myslef",
        "kms",
        "thinking about how to unalive myself",
        "I'm going to take the whole bottle of pills",
        "Everyone would be better off without me",
        "feeling suicidel tonight",
        "My friend says she wants to die",  // third persons count in a waiting room
        "The song goes 'I want to die'",  // quotes count: the screen errs towards safety
        "Can ketamine help my suicidal thoughts?",  // a disclosure inside a question
    ])
    func crisis(_ text: String) throws {
        #expect(try status(text) == .crisis)
    }

    @Test(arguments: [
        "Can ketamine lower suicidal ideation?",  // a topic question
        "I'm not suicidal, just curious how it works",  // negated
        "I'd die for a coffee",
        "this traffic is killing me",
        "I have a killer headache",  // decided: not a crisis, not an emergency
        "what happens if someone overdoses on ketamine?",  // a topic, not an intent
    ])
    func notCrisis(_ text: String) throws {
        let result = try status(text)
        #expect(result != .crisis && result != .emergency, "\(text) → \(result)")
    }

    @Test(arguments: ["I have chest pain", "my dad passed out and won't wake up", "I can't breathe", "her face is drooping"])
    func emergency(_ text: String) throws {
        #expect(try status(text) == .emergency)
    }

    @Test func aStrokeYearsAgoIsHistoryForTheCareTeam() throws {
        #expect(try status("I had a stroke two years ago, would ketamine be safe for me") == .referral)
    }

    @Test func aReferralQuotesWhatTheKnowledgeBaseSays() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "I have hypertension, is that a problem?")
        #expect(reply.status == .referral)
        #expect(reply.answer.contains("care team"))
        #expect(reply.answer.contains("Increased blood pressure and heart rate"))
        #expect(!reply.citations.isEmpty)
    }

    @Test func aSymptomStatementGetsTheNoteBeforeThePassage() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "I'm lightheaded since the treatment")
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks.nausea-dizziness")
        #expect(reply.symptomNote?.contains("care team") == true)
        #expect(!reply.answer.contains("care team"), "the note is a field of its own, not in the quoted answer")
        // A question about the same effect is not a statement: no note.
        var other = try Fixtures.engine().makeSession()
        #expect(other.respond(to: "will ketamine make me dizzy?").symptomNote == nil)
        var supposing = try Fixtures.engine().makeSession()
        #expect(supposing.respond(to: "if I feel dizzy after it, is that normal?").symptomNote == nil)
    }

    @Test func aSymptomFollowedByAQuestionKeepsTheNote() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "I feel dizzy since the treatment, is that normal?")
        #expect(reply.intent == "risks.nausea-dizziness")
        #expect(reply.symptomNote != nil)
    }

    @Test func theSymptomNoteNamesStaffOnlyWhereThereAreStaff() throws {
        var home = try Fixtures.engine().makeSession()
        var kiosk = try Fixtures.engine().makeSession(options: ChatSession.Options(isKiosk: true))
        let text = "I feel sick since my infusion"
        #expect(home.respond(to: text).symptomNote?.contains("staff") == false)
        #expect(kiosk.respond(to: text).symptomNote?.contains("tell a staff member") == true)
    }

    @Test func theCrisisMessageComesBeforeAnyAnswerAndStaysOneCommandAway() throws {
        var session = try Fixtures.engine().makeSession()
        let crisis = session.respond(to: "How fast does it work? honestly I want to die")
        #expect(crisis.status == .crisis)
        #expect(crisis.answer.contains("988"))
        #expect(crisis.citations.isEmpty)
        let retraction = session.respond(to: "never mind")
        #expect(retraction.status == .smalltalk)
        #expect(retraction.answer.contains("/crisis"))
        #expect(retraction.answer.contains("988"), "the resources stay one line away")
        #expect(!retraction.answer.lowercased().contains("sorry"), "an explicit statement is not apologised for")
        #expect(session.respond(to: "/crisis").answer.contains("988"))
        #expect(session.respond(to: "how fast does it work").status == .answered)
    }

    @Test func aVeryLongMessageIsStillScreened() throws {
        let padding = String(repeating: "I have a question about my appointment. ", count: 500)
        #expect(try status(padding + "I want to kill myself. " + padding) == .crisis)
    }
}
