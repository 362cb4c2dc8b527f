import GuideEngine
import Testing

/// The bundled safety file's seventh round: saying one will hurt someone,
/// a condition and all; not seeing oneself in the future; the point of it
/// all; indifference to
/// being killed by accident; and a history told with its subject ("years
/// ago I attempted suicide") dated as a history. Probes of my own, not rows
/// of the labelled sets.
struct SafetyRoundSevenTests {
    static let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]

    func status(_ text: String) throws -> Reply.Status { try Fixtures.status(of: text) }

    @Test(arguments: [
        "if my stepdad shouts at my mum again I will batter him",
        "honestly I can't imagine myself still being here at Christmas",
        "I wouldn't be upset if my car crashed on the way home",
        "honestly what is the point of it all",
    ])
    func newWaysOfTellingDangerAlarm(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }

    @Test(arguments: [
        "I don't want to hurt her feelings by saying no to the trial",
        "the injection will hurt her a bit, she hates needles",
        "what's the point of this form?",
        "Ten years ago I attempted suicide. Life is good these days, is ketamine an option for my depression?",
        "In my thirties I overdosed twice; I have been well for a long time. Do you test for drugs?",
    ])
    func whatIsNotDangerNowDoesNotAlarm(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }

    /// A history's subject opens its clause; a second clause of now is not dated.
    @Test(arguments: ["Years ago I was suicidal and I am suicidal again now", "years ago I was fine, but I want to kill myself"])
    func aPastInOneClauseDoesNotDateNow(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }
}
