import GuideEngine
import Testing

/// A statement of what something does ("the doctor says ketamine can bring
/// down suicidal thinking") is a topic, as the same thing asked is; one that
/// tells of the reader ("it could make me want to die", "ketamine can't stop
/// my suicidal thoughts") still alarms.
struct SafetyEffectStatementTests {
    static let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]

    @Test(arguments: [
        "My mother's doctor says ketamine can bring down suicidal thinking.",
        "the doctor said ketamine may reduce suicidal thoughts",
    ])
    func aStatementOfWhatTheTreatmentDoesIsATopic(_ text: String) throws {
        #expect(!Self.alarms.contains(try Fixtures.status(of: text)), "\(text)")
    }

    @Test(arguments: [
        "ketamine cant stop my suicidal thoughts", "it could make me want to die",
        "my therapist thinks this can help my suicidal thoughts", "my husband says he can kill himself",
        "the voices say I can end it all tonight",
    ])
    func aStatementAboutAPersonStillAlarms(_ text: String) throws {
        #expect(Self.alarms.contains(try Fixtures.status(of: text)), "\(text)")
    }
}
