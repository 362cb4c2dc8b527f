import GuideEngine
import Testing

/// The bundled safety file's sixth round: hurting oneself told as it
/// happens (a wall punched till it bleeds, skin bitten till it bleeds, a
/// pain deserved), the means got ready without a word of intent, a deadline
/// with a place that kills, being done with trying, all of a medicine
/// swallowed, fresh cuts seen on someone close; and what is not danger now:
/// self-harm in remission, being useless with a skill, a heart that races
/// with nerves, a seizure supposed of someone during the treatment. Probes
/// of my own, not rows of the labelled sets.
struct SafetyRoundSixTests {
    static let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]

    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "I keep punching the door and my hand is bleeding, I can't stop",
        "been biting my wrist till it bleeds tonight",
        "the burn hurts but I deserve this",
        "got a rope from the hardware shop this afternoon",
        "if nothing changes after this course I'm going to the cliff",
        "I'm done fighting, tried everything",
        "I swallowed all of my dad's tramadol",
        "noticed deep cuts on my daughter's arm when she got out of the shower",
    ])
    func newWaysOfTellingDangerAlarm(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }

    @Test(arguments: [
        "my self-harm has been in remission for six years, do I have to tell the clinic?",
        "I'm useless with computers, can someone fill in the form for me?",
        "my heart pounds like crazy when I'm anxious, will that stop me having the infusion?",
        "what happens if my mum has a seizure during her session?",
        "I bought a climbing rope for my son's birthday",
        "I take all my tablets every morning as prescribed",
    ])
    func whatIsNotDangerNowDoesNotAlarm(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }
}

