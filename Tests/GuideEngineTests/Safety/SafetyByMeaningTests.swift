import GuideEngine
import Testing

/// The comparison by meaning behind the phrases: statements no phrase lists
/// are still caught; questions, denials and mild effects are left alone.
struct SafetyByMeaningTests {
    func reply(_ text: String) throws -> Reply {
        var session = try Fixtures.engine().makeSession()
        return session.respond(to: text)
    }

    @Test func aStatementNoPhraseListsIsCaughtByMeaning() throws {
        let text = "I keep looking at the train tracks near my house"
        let reply = try reply(text)
        #expect(reply.isUrgent, "\(reply.status)")
        // Without the examples the phrases alone miss it: this is the net's catch.
        let directory = try Fixtures.scratchKnowledgeBase(["safety-examples.txt": nil])
        var plain = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        #expect(!plain.respond(to: text).isUrgent)
    }

    @Test(arguments: [
        "I'm not going to hurt myself, I just want to know if ketamine helps OCD",
        "my heart feels like it's pounding a little after treatment",
        "will I feel better after the first infusion?",
        "I could kill for a coffee after my session",
        "my son is 19. is it safe and how much does it cost",  // a short statement must be nearer
        "Give me a straight answer",  // a request to the guide, once as near "can't think straight" as an emergency
        "My husband takes lithium. Can he have ketamine alongside it?",  // once nearest "I took triple my usual dose of lithium"
    ])
    func questionsDenialsAndMildEffectsAreNotAlarms(_ text: String) throws {
        #expect(try !reply(text).isUrgent, "\(text)")
    }
}
