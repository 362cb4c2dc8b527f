import GuideEngine
import Testing

/// The one command table: what the session, `/help` and completion read.
struct SlashCommandTests {
    /// Every listed command the session handles gets a `command` reply in batch mode.
    @Test func everyCommandWithAHandlerReplies() throws {
        for command in SlashCommand.all where command.handler != nil {
            var session = try Fixtures.engine().makeSession()
            let reply = session.respond(to: command.name)
            #expect(reply.status == .command, "\(command.name)")
            #expect(reply.intent == command.name)
        }
    }

    @Test func aCommandItsFrontEndHandlesSaysWhereItWorks() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "/reload")
        #expect(reply.status == .error)
        #expect(reply.answer.contains("interactive"))
    }

    /// The staff command is not advertised, and nothing but the kiosk knows it.
    @Test func theOperatorCommandIsUnlistedAndUnknownToTheSession() throws {
        #expect(!SlashCommand.help(isKiosk: true, settings: try Fixtures.engine().settings).contains("/operator"))
        #expect(!SlashCommand.available(isKiosk: true).contains { $0.name == "/operator" })
        #expect(SlashCommand.named("/OPERATOR")?.availability == .kioskOnly)
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "/operator")
        #expect(reply.status == .error)
        #expect(!reply.answer.contains("interactive"))
    }

    @Test(arguments: ["/quit", "/exit", "/QUIT"])
    func quitAndItsAliasesLeaveOutsideTheKiosk(_ typed: String) throws {
        #expect(SlashCommand.named(typed) == SlashCommand.quit)
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: typed).endsSession)
        var kiosk = try Fixtures.engine().makeSession(options: .init(isKiosk: true))
        #expect(!kiosk.respond(to: typed).endsSession)
    }

    @Test func theKioskListsOnlyWhatWorksThere() {
        let kiosk = SlashCommand.available(isKiosk: true).map(\.name)
        #expect(!kiosk.contains("/quit") && !kiosk.contains("/reload"))
        #expect(kiosk.contains("/help") && kiosk.contains("/crisis"))
    }
}
