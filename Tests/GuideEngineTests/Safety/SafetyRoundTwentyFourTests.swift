import Foundation
import GuideEngine
import Testing

/// The bundled safety file's twenty-fourth round: questions that are the
/// asker's own by their frame, not by a person word (blind waves 18a and
/// 18b: dangers asked as questions, and the border between asking what the
/// treatment does and telling of oneself). Probes of mine, not rows of the
/// labelled sets or of the waves.
struct SafetyRoundTwentyFourTests {
    /// Asking whether what one wants or feels is normal, bad or wrong asks
    /// about oneself (`asking-whether-normal`); how common it is, or whether
    /// it is normal for patients, asks about people; with the treatment
    /// named, it asks about the treatment's effect.
    @Test func askingWhetherItIsNormalIsTheAskersOwn() throws {
        try Fixtures.expect(["is it normal to want to jump every time the train comes in?"], are: .crisis)
        try Fixtures.expect(["is it bad to feel this trapped?"], are: .distress)
        try Fixtures.expectNoAlarm([
            "is it common to feel suicidal after ketamine?", "is it normal for patients to feel suicidal after ketamine?",
            "is it normal to feel floaty after the spray?", "is it normal to think about death more philosophically after a session?",
            // The treatment named: its effect asked about.
            "is it normal to feel empty and flat for a few hours after each session?",
        ])
    }

    /// A message that names someone else asks for them ("…? asking for my
    /// son"); "them" may be the cuts (`pronoun-of-things`) and names no one.
    @Test func someoneElseNamedButNotByAPronounOfThings() throws {
        try Fixtures.expectNoAlarm(["is it normal to have suicidal thoughts during treatment? asking for my son"])
        try Fixtures.expect(["is it ok to still come in with fresh cuts on the arm? did them this morning"], are: .crisis)
    }

    /// Words after a question about people that say the asker is one of
    /// them (`asking-for-oneself`); the same about a relative, or about what
    /// one read, are no alarm.
    @Test func sayingOneIsOneOfThePeopleAskedAbout() throws {
        try Fixtures.expect(["Does it work for people who feel like a burden to everyone? because thats all i am lately"], are: .crisis)
        try Fixtures.expect(["does it help with feeling hopeless? sounds like me"], are: .distress)
        try Fixtures.expectNoAlarm([
            "does ketamine help people who feel hopeless? my mum is like that", "can ketamine help suicidal thoughts? I read that it can",
        ])
    }
}

/// Whether a means is enough or quick, asked with no person word: which
/// place is highest near the asker or has no fence, whether a number of
/// floors is enough, which way to cut is quicker, how far is far enough to
/// fall. A view, a record, the stairs, a cannula and a taxi are none.
struct SafetyRoundTwentyFourMeansTests {
    @Test func whetherAMeansIsEnoughAskedWithoutAPerson() throws {
        try Fixtures.expect([
            "which cliff is highest near here?", "would 12 storeys be enough?", "which is quicker, the wrist or the throat?",
            "highest multi-storey round here without cameras?", "how high enough to fall and not wake up",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "which bridge near the clinic has the best view?", "is the IV in the wrist faster than the arm?",
            "is climbing 3 floors enough to count as exercise?", "how far is the clinic, is it far enough that I need a taxi?",
            "what is the tallest building in the world?", "is the cliff walk near the clinic the highest in the area? lovely views",
        ])
    }

    /// "Someone who's had" an emergency, in a question, is anyone who has
    /// (`indefinite-person`, `relative-word`), as is "you've had"
    /// (`generic-person`); someone here now who has is not, nor someone
    /// who wants to die (a crisis may be of a person the reader knows).
    @Test func anEmergencyHadByAnyoneAskedAbout() throws {
        try Fixtures.expectNoAlarm([
            "can ketamine be dangerous for someone who's had a heart attack?", "is ketamine ok for somebody who has had a seizure before?",
            "can you get ketamine if you've had a stroke?",
        ])
        try Fixtures.expect(["someone who just took a handful of pills is here, what do i do?"], are: .emergency)
        try Fixtures.expect(["can ketamine help someone who wants to die?"], are: .crisis)
    }
}
