import Foundation
import GuideEngine
import Testing

/// The bundled safety file's twenty-fourth round: questions that are the
/// asker's own by their frame, not by a person word (blind waves 18a and
/// 18b: dangers asked as questions, and the border between asking what the
/// treatment does and telling of oneself). Probes of mine, not rows of the
/// labelled sets or of the waves.
struct SafetyRoundTwentyFourTests {
    /// Asking whether it is normal to have a crisis, the crisis at most two
    /// words after the frame, asks about oneself (`asking-whether-normal`),
    /// also after the treatment; how common it is, whether it is normal for
    /// patients, what something is for, a side effect, fewer of them, a fear
    /// or a warning ask about the topic, and distress so asked is mostly of
    /// the treatment's effect.
    @Test func askingWhetherItIsNormalIsTheAskersOwn() throws {
        try Fixtures.expect([
            "is it normal to want to jump every time the train comes in?", "is it ok to always be suicidal?",
            "is it alright to want to cut again after every infusion?",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "is it common to feel suicidal after ketamine?", "is it normal for patients to feel suicidal after ketamine?",
            "is it normal to feel floaty after the spray?", "is it normal to think about death more philosophically after a session?",
            "is it ok to have ketamine for suicidal thoughts?", "is it normal to have suicidal thoughts as a side effect?",
            "is it normal to have fewer suicidal thoughts after the first week?", "is it normal to feel empty after ketamine?",
            "is it normal to be nervous about the suicide warning on the box?", "is it weird that the leaflet mentions suicidal thoughts?",
        ])
        // The philosophical sense rules out only its own match.
        try Fixtures.expect(["I think about death every day, it's more than philosophical now"], are: .crisis)
    }

    /// A message that names someone else asks for them ("…? asking for my son").
    @Test func someoneElseNamed() throws {
        try Fixtures.expectNoAlarm(["is it normal to be suicidal during treatment? asking for my son"])
        try Fixtures.expect(["is it normal to be suicidal during treatment?"], are: .crisis)
    }

    /// Words after a question about people that say the asker is one of
    /// them (`one-of-them`: told, not asked, even of what the treatment
    /// does); the same about a relative, what one read, or "this is me
    /// doing my research", are no alarm.
    @Test func sayingOneIsOneOfThePeopleAskedAbout() throws {
        try Fixtures.expect(["Does it work for people who feel like a burden to everyone? because thats all i am lately"], are: .crisis)
        try Fixtures.expect(["does it help with feeling hopeless? sounds like me"], are: .distress)
        // Said so, the danger is told whatever the question asks (`one-of-them`).
        try Fixtures.expect(["can ketamine help people who feel suicidal? i feel like that", "does ketamine help people who feel suicidal? that's me"], are: .crisis)
        try Fixtures.expectNoAlarm([
            "does ketamine help people who feel hopeless? my mum is like that", "can ketamine help suicidal thoughts? I read that it can",
            "how common are suicidal thoughts on ketamine? this is me doing my research first",
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
            "what's the highest cliff round here?", "is it quicker to slit along or across?", "highest bridge near here with no fence?",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "which bridge near the clinic has the best view?", "is the IV in the wrist faster than the arm?",
            "is climbing 3 floors enough to count as exercise?", "how far is the clinic, is it far enough that I need a taxi?",
            "what is the tallest building in the world?", "is the cliff walk near the clinic the highest in the area? lovely views",
            "I've heard enough horror stories about ketamine, is it safe?", "our house has three floors, is there enough room for the equipment?",
            "if the spray runs down my throat, will it work faster?", "is 0.5mg/kg high enough to drop my blood pressure?",
            "which bus route has the highest frequency near the clinic?", "which tower is the tallest in the city?",
            "what's the highest rated rooftop bar near here?", "highest bridge near here with a fence?",
            "is it quicker to cut across town or go round?", "how do you find a pulse on the wrist or neck, which is quicker?",
        ])
        // The throat is in no line of cutting: its swelling stays an emergency.
        try Fixtures.expect(["my throat is closing up and it's getting worse faster"], are: .emergency)
    }

    /// A bystander asking how to help someone who has taken or swallowed
    /// something is in an emergency now (a rule reading "someone who has…"
    /// as anyone was tried this round and dropped for these).
    @Test func aBystanderAskingHowToHelpIsAnEmergency() throws {
        try Fixtures.expect([
            "how do I help someone who has taken too many pills?", "what do you do for someone who has swallowed bleach?",
            "what do you do for someone who's having a seizure?",
        ], are: .emergency)
    }
}
