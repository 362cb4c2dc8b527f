import Foundation
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
        "I will batter him if he goes near the kids again",  // "kids" is no "kidding"
        "honestly I can't imagine myself still being here at Christmas",
        "I wouldn't be upset if I crashed the car on the way home",
        "honestly what is the point of it all",
        "whats the point of any of this tbh",
        "wrote letters for everyone, they're in the drawer",
        "sometimes I imagine driving into oncoming traffic",
        "I keep thinking about how I'd do it",
        "I'm not going to be around much longer, I've made sure of that",
        "if my boss says one more thing I'll end up stabbing him",  // "one" here is no person
        "my partner has started talking about where he'd like to be buried, he's 32",
        "what's even the point of trying anymore",
        "it would be easier to just not exist",
        "life has lost all its colour",
    ])
    func newWaysOfTellingDangerAlarm(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }

    /// More of a medicine than one should have, or one given by mistake.
    @Test(arguments: [
        "I've taken way more of my antidepressants than I should have",
        "accidentally gave my toddler adult paracetamol, quite a lot",
        "my wife gave me my meds twice by mistake",
    ])
    func tooMuchOfAMedicineIsAnEmergency(_ text: String) throws {
        #expect(try status(text) == .emergency, "\(text)")
    }

    @Test(arguments: [
        "I have taken my pills as prescribed",
        "I'm scared of needles and might faint",
        "I fell off my bike last week and my knee still hurts",
        "my grandmother died peacefully in her sleep last month",
        "I've been feeling down since my divorce but I'm coping",
        "I'm not going to be around for long today, I have to pick up the kids",
        "I was thinking about how I would do it if I booked the infusion",
        "I'm planning my mum's funeral next week, can I postpone my infusion?",
        "I'll end up killing time in the cafe before my session",
        "what's the point of trying the spray if IV works better?",
        "my food has lost its flavour since the infusion",
        "is it better not to eat before the infusion?",
        "I gave my son his tablets this morning, can he still have the infusion?",
        "the injection will hurt her a bit, she hates needles",
        "I'm scared the drip will hurt her",
        "I'll beat her at tennis once this is over",
        "What's the point of any of this paperwork?",
        "I wouldn't be upset if my laptop crashed during the session",
        "Ten years ago I attempted suicide. Life is good these days, is ketamine an option for my depression?",
        "In my thirties I overdosed twice; I have been well for a long time. Do you test for drugs?",
    ])
    func whatIsNotDangerNowDoesNotAlarm(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }

    /// A history's subject may open its clause after the past marker, but
    /// what is said after the phrase, in a second clause, or this year is now.
    @Test(arguments: [
        "Years ago I wanted to die and I think about it every day",
        "I was fine years ago, I want to die",
        "In \(Calendar(identifier: .gregorian).component(.year, from: Date())) I tried to kill myself twice",
    ])
    func aPastMarkerDoesNotDateNow(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }

    /// Said of people in general, a danger is a topic: a question about
    /// those who feel it, a professional speaking of patients.
    @Test(arguments: [
        "Can ketamine help people who want to kill themselves?",
        "does ketamine help people who want to die?",
        "I'm a nurse and sometimes patients become suicidal, how do you screen them?",
    ])
    func dangerSaidOfPeopleInGeneralIsATopic(_ text: String) throws {
        #expect(try !Self.alarms.contains(status(text)), "\(text)")
    }

    /// ...but not when the reader or someone they tell of is nearer.
    @Test(arguments: [
        "my son is like those patients who become suicidal, he is talking about it tonight",
        "I'm one of those people who want to die, can ketamine help me?",
        "I'm one of those patients who become suicidal, can ketamine help me",
    ])
    func dangerOfTheReaderBesidePeopleInGeneralAlarms(_ text: String) throws {
        #expect(try Self.alarms.contains(status(text)), "\(text)")
    }
}
