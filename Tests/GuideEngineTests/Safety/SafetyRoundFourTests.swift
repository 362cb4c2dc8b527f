import GuideEngine
import Testing

/// The bundled safety file's fourth round: a history that is over, a
/// question about what a treatment does, and new ways of telling danger
/// now (a drug by its street name, someone who cannot be woken, a goodbye
/// and then silence). Probes of my own, not rows of the labelled sets.
struct SafetyRoundFourTests {
    static let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]

    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "I self-harmed as a teen, I'm 40 now. Can I have the spray?",
        "I overdosed in 2012, is ketamine still an option for me?",
        "I was suicidal a few years ago but I'm much better these days.",
        "Used to think about suicide a lot in my twenties, does that matter for treatment?",
        "can the infusion give me a seizure?",
        "will the treatment make me feel like I'm dying?",
        "Is shortness of breath one of the side effects people get?",
        "What are the warning signs of overdose I need to know about?",
        "What happens at the clinic if a patient collapses during a session?",
        "I overdosed on birthday cake lol",
    ])
    func aHistoryOrAQuestionAboutAnEffectIsNoAlarm(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }

    @Test(arguments: [
        ("I tried years ago and I'm going to do it again tonight", Reply.Status.crisis),
        ("I was suicidal years ago and I'm suicidal again now", .crisis),
        ("I used to be happy but now I'm suicidal", .crisis),
        ("I've been suicidal for years", .crisis),
        ("I had a suicide attempt in 2019 and I'm planning another one", .crisis),
        ("I overdosed a week ago and I still feel awful", .crisis),
        ("If the spray doesn't help I'm going to end my life", .crisis),  // a new subject ends the negation
        ("will ketamine make me want to die less?", .crisis),  // relief asked for: the wish is now
        ("is chest pain a side effect? I have it right now", .emergency),  // no one else's effect named
        ("What should I do if someone has a seizure?", .emergency),  // someone, not anyone
        ("I can't wake my brother up", .emergency),
        ("she's out cold on the bathroom floor", .emergency),
        ("I overdid it on the ket last night and my breathing is shallow", .emergency),
        ("my sister messaged me goodbye and now she isn't answering", .crisis),
        ("I was suicidal in 2019 and I'm suicidal now", .crisis),  // the second is not dated
        ("As a teenager I thought about suicide a lot. I still do.", .crisis),  // now, in another sentence
        ("will it make the voices telling me to kill myself worse?", .crisis),  // the effect is not the phrase
        ("will the 30 pills I took make me die?", .emergency),
    ])
    func dangerNowIsStillAnAlarm(_ text: String, _ expected: Reply.Status) throws {
        #expect(try status(text) == expected, "\(text)")
    }
}
