import GuideEngine
import Testing

struct ChatSessionTests {
    @Test func theFirstAnswerCarriesTheNoticeOnlyOnce() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "is ketamine addictive").notice?.contains("not medical advice") == true)
        #expect(session.respond(to: "what is spravato").notice == nil)
        _ = session.respond(to: "/reset")
        #expect(session.respond(to: "what is spravato").notice != nil)
    }

    @Test(arguments: ["/help", "/topics", "/sources", "/reset", "/crisis"])
    func commandsReply(_ command: String) throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: command)
        #expect(reply.status == .command)
        #expect(!reply.answer.isEmpty)
        #expect(!reply.endsSession)
    }

    @Test func quitEndsTheSessionExceptInAKiosk() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "/quit").endsSession)
        var kiosk = try Fixtures.engine().makeSession(options: .init(isKiosk: true))
        #expect(!kiosk.respond(to: "/quit").endsSession)
    }

    @Test func anUnknownCommandIsAnError() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "/fly")
        #expect(reply.status == .error)
        #expect(reply.answer.contains("/help"))
    }

    @Test func sourceShowsTheFullPassageWithFileAndLine() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: "is it addictive?")
        let source = session.respond(to: "/source 2")
        #expect(source.answer.contains("Potential for abuse and dependence"))
        #expect(source.answer.contains("KnowledgeBase/documents/risks-and-safety.md:"))
        #expect(session.respond(to: "/source 9").answer.contains("from 1 to"))
    }

    @Test func whyExplainsTheLastMatch() throws {
        var session = try Fixtures.engine().makeSession()
        _ = session.respond(to: "is ketamin adictive")
        let why = session.respond(to: "/why").answer
        #expect(why.contains("adictive → addictive"))
        #expect(why.contains("risks.dependence"))
    }

    @Test func tooLongAndEmptyInputsGetAClearError() throws {
        var session = try Fixtures.engine().makeSession()
        let long = session.respond(to: String(repeating: "why ", count: 400))
        #expect(long.status == .error)
        #expect(long.answer.contains("characters; the limit is 1000"))
        #expect(session.respond(to: "   ").status == .error)
    }

    @Test func aFollowUpKeepsTheTopic() throws {
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "What is esketamine?").intent == "forms.nasal-spray")
        #expect(session.respond(to: "is it approved by the fda?").intent == "forms.nasal-spray")
    }
}
