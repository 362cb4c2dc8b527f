import GuideEngine
import Testing

/// The bundled safety file's third round: overdoses told by a medicine's
/// name ({medicine}), a child or sibling who swallowed someone's medicine,
/// harm to a named stranger, and look-alikes that must stay silent.
struct SafetyRoundThreeTests {
    func status(_ text: String) throws -> Reply.Status {
        var session = try Fixtures.engine().makeSession()
        return session.respond(to: text).status
    }

    @Test(arguments: [
        "I took 40 of my quetiapine an hour ago",  // a name by its ending
        "took 30 of my sertraline",  // a name from WordNet, no subject
        "swallowed the whole bottle of my nan's oxycodone",
        "my toddler ate some of my gummies",
        "my nephew drank some of my methadone",
        "I've finished the packet of zopiclone",
        "I took 12 ketamine troches last night",
    ])
    func anOverdoseByAMedicinesNameIsAnEmergency(_ text: String) throws {
        #expect(try status(text) == .emergency, "\(text)")
    }

    @Test func harmToAStrangerIsACrisisAfterANegatedFigureOfSpeech() throws {
        #expect(try status("not gonna lie I want to strangle the man next door") == .crisis)
    }

    @Test(arguments: [
        "I took 50 mg of sertraline this morning, can I still have my infusion?",  // a dose
        "I've had 6 ketamine infusions so far, when will I feel better?",  // a course
        "What should I do if I get chest pain during the infusion?",  // supposed
        "I'm hopeless at maths, can you explain it in plain words?",  // a skill
        "I can't cope with the drive to the clinic, is there a spray I can use at home?",  // one thing
        "can ketamine hurt my liver",
        "what happens if someone takes too much ketamine",
        "ketamine for pain that's killing me",
        "does ketamine help people who feel hopeless",
    ])
    func lookAlikesRaiseNoAlarm(_ text: String) throws {
        #expect(try ![.crisis, .emergency, .distress].contains(status(text)), "\(text)")
    }
}
