import GuideEngine
import Testing

/// The bundled safety file's third round: overdoses told by a medicine's
/// name ({medicine}), a child or sibling who swallowed someone's medicine,
/// harm to a named stranger, and look-alikes that must stay silent.
struct SafetyRoundThreeTests {
    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "I took 40 of my quetiapine an hour ago",  // a name by its ending
        "took 30 of my sertraline",  // a name from WordNet, no subject
        "swallowed the whole bottle of my nan's oxycodone",
        "my toddler ate some of my gummies",
        "my nephew drank some of my methadone",
        "I've finished the packet of zopiclone",
        "I took 12 ketamine troches last night",
        "I OD'd on my meds last night",
        "I took my whole stash",
        "my little one ate my pills",
    ])
    func anOverdoseByAMedicinesNameIsAnEmergency(_ text: String) throws {
        #expect(try status(text) == .emergency, "\(text)")
    }

    @Test func harmToAStrangerIsACrisisAfterANegatedFigureOfSpeech() throws {
        #expect(try status("not gonna lie I want to strangle the man next door") == .crisis)
    }

    @Test(arguments: [
        ("I've run out of reasons to keep going", Reply.Status.crisis),
        ("If he comes near me again I'll kill him", .crisis),
        ("To be honest I'm not sure I'll be around for the next appointment anyway.", .crisis),
        ("The only thing keeping me here is my dog", .crisis),
        ("My elderly neighbour is lying in her garden and isn't moving", .emergency),
        ("I keep blacking out", .emergency),
        ("My partner keeps threatening to kill me when he's drunk, does ketamine interact with alcohol?", .crisis),
        ("Sometimes I feel like I could really hurt my husband when he gets like that", .crisis),
        ("My sister told me she's got pills saved up, what should I do?", .crisis),
        ("I've stopped taking my meds because what's the point", .distress),
        ("idk how much longer i can do this", .distress),
        ("i wish i'd never been born", .crisis),
        ("I'm beyond help at this point", .distress),
        ("cant be arsed with life anymore", .distress),  // "can't" with its "I" left out: a statement
    ])
    func indirectDangerIsAnAlarm(_ text: String, _ expected: Reply.Status) throws {
        #expect(try status(text) == expected, "\(text)")
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
        "I took 6 of my usual tablets today like normal",  // as prescribed
        "I ate a whole pack of biscuits after my session",  // food
        "I blacked out the dates I can't do on the form",  // an object
        "The only thing stopping me from booking is the cost",
        "I want to say goodbye to everyone at the clinic when my treatment ends, can I bring cake?",
        "I feel odd on my meds",  // "OD'd" is "odd" to the tokenizer
        "My son ate some of my sweets",
        "I want to hit the gym after my session",
        "How much longer will I need to keep taking the spray?",
        "my room feels dark in the evening",
        "isnt it hopeless trying to get insurance to pay for ketamine",  // a question without its mark
        "doesnt ketamine help people who feel hopeless",
    ])
    func lookAlikesRaiseNoAlarm(_ text: String) throws {
        #expect(try ![.crisis, .emergency, .distress].contains(status(text)), "\(text)")
    }
}
