import GuideEngine
import Testing

/// The bundled safety file's fifth round: a burden said of oneself to the
/// people close, their lives lighter without one, a way to die named by a
/// place, harm meant with "will" or "swear", self-harm in short ("sh"), and
/// a danger said outright but dated to a past that is over. Probes of my
/// own, not rows of the labelled sets.
struct SafetyRoundFiveTests {
    static let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]

    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "I'm nothing but a nuisance to my parents",
        "honestly i'm just a drain on my husband",
        "my kids would be happier if I was not around anymore",
        "everyone would have less stress if i was gone",
        "I'm going to walk in front of a train tonight",
        "want to jump off the motorway bridge after work",
        "my children deserve a father who isn't a mess",
        "they deserve better than me",
        "if a car hit me i wouldnt really care",
        "i'll strangle my flatmate if he does that again",
        "I swear I'm going to stab my stepdad",
        "the urge to cut is so strong",
        "having bad sh cravings after the session",
        "I tried to end my life last month and I still feel the same",  // now said: not over
        "I tried to kill myself years ago and I want to again",
        "grandad had his morning pills twice and now he's really confused",
    ])
    func newWaysOfTellingDangerAlarm(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }

    @Test(arguments: [
        "I had suicidal thoughts as a teenager, will the clinic still treat me?",
        "I tried to kill myself when I was a teen, can I still get the spray",
        "I wanted to end my life years ago, is that a problem for the infusions?",
        "I only have trouble for a few hours after the spray",
        "my family would be happier if I was not at the clinic every week",
        "I'll hurt my back if I sit in the chair too long",
        "I'm going to drive over the bridge to the clinic",
        "my kids deserve a break from hospital visits",
        "I deserve a treatment that actually works",
        "I am always a bother to the nurses with my questions, sorry",
        "my boss will kill me if I'm late, how long does it take",
        "I'm worried the needle will hurt, does it",
        "I had a seizure once as a child, can I still have the infusion",  // "still" asks, it does not date
        "can too much ketamine make you stop breathing",  // "stop" is the effect, not a relief asked for
        "i felt hopeless before treatment but now i'm much better",
        "I had my doses twice a week for a month, is that normal",
    ])
    func lookAlikesAndAHistoryOverAreNoAlarm(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }
}
