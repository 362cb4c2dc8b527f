import Foundation
import GuideEngine
import Testing

/// The bundled safety file's sixteenth round, found by blind red-teaming
/// (six helpers wrote dangers and look-alikes first, then ran the guide:
/// numbers, long messages, world Englishes, people writing in a role, a
/// waiting room, understated danger). Probes of mine and of the helpers,
/// not rows of the labelled sets.
struct SafetyRoundSixteenTests {
    /// Dangers the phrases now catch, each a class a helper found missed.
    static let dangers: [String] = [
        // "OD" typed short, as typed ("OD'd", not "odd": read as "oded").
        "he OD'd",
        "my mate is OD-ing",
        "pt has taken an o/d",
        "my boy od\u{2019}d",
        // Someone in front of the reader, any person and any negation.
        "a man is bleeding",
        "woman bleeding in the waiting room",
        "client is choking",
        "he's not moving",
        "he aint breathin",
        "he no breathe",
        // Spellings of other Englishes.
        "I'd be better off deid",
        "mi a go murda him",
        "he no dey breathe",
        // A recent "ago" said vaguely.
        "I took the whole packet of paracetamol not long ago",
        // A count of a medicine with drink, a time or how it feels, no verb.
        "20 diazepam and 6 beers",
        "30 paracetamol at 9pm. feel sick.",
        "40 tablets down, 20 to go.",
        // Bleeding in pregnancy, or pads soaked within hours.
        "34 weeks and bleeding bright red, quite a lot",
        "been bleeding heavy since 3pm, soaked through 6 pads in 2 hours",
        // A reported threat to someone of theirs, or to beat someone to death.
        "client says he'll kill his wife tonight",
        "pupil says his stepdad will beat him to death tonight",
        // The rest or all of what is at hand, about to be taken.
        "i'm going to take the rest of these",
        "gonna take them all tonight",
        // Days without food, drink or sleep, with the body giving way.
        "haven't eaten in 14 days and i feel dizzy",
        "havent slept in 6 days and im hearing things",
        // Readings: a bare heart rate, ketones, a BMI, breathing, a GCS.
        "heart 180",
        "ketones 5.5 and vomiting",
        "bmi 12.9",
        "respiratory rate is 6",
        "pt post infusion, GCS 8",
        "pt's pupils are pinpoint and she's very sleepy",
        // A call for help now.
        "someone help",
        "i need help right now",
    ]

    /// Look-alikes of those phrases.
    static let lookAlikes: [String] = [
        "he is an odd man",
        "I feel odd after the spray",
        "my son's nose is bleeding a bit",
        "he's not moving to London after all",
        "she's not moving out",
        "my daughter is choking up every time she talks about it",
        "the deid man walking film was good",
        "I took the whole packet of paracetamol years ago, im fine now",
        "is 5 ibuprofen with a beer ok?",
        "I get 30 sertraline a month from the pharmacy",
        "my periods are heavy, I go through 3 pads an hour on day one",
        "is some bleeding normal at 12 weeks pregnant?",
        "took 5 fish oil capsules this morning",
        "I took 7 tablets today, all prescribed, am i on too many for ketamine?",
        "how do I keep my kids from getting into my lozenges",
        "I need help now with the form",
        "can someone help me with booking",
        "I'm going to take the rest of the week off",
        "I haven't eaten for 3 days because of the flu, is it ok to have my infusion?",
        "doing a 3 day water fast, feel a bit dizzy",
        "my ketones are 0.4 this morning",
        "my bmi is 13.5",
        "resp rate 16, all normal",
        "GCS 15 after the infusion",
        "Our simulation lab is running a scenario where the mannequin isn't breathing, what would you do?",
        "I'm going to take it all in slowly",
        "my mum will beat me to death if I'm late",
        // A clinician's denial, and work with dangers told as work.
        "The patient denies suicidal ideation.",
        "I've seen many overdoses.",
        "I deal with self-harm every day as a school nurse.",
    ]

    /// The phrases alone alarm on every danger and on no look-alike.
    @Test(arguments: dangers.map { ($0, true) } + lookAlikes.map { ($0, false) })
    func thePhrasesAlarmOnDangersOnly(_ text: String, _ isDanger: Bool) throws {
        #expect(try Fixtures.phrasesAlarm(text) == isDanger, "\(text)")
    }

    /// A sentence that tells of a person and then asks in a later clause
    /// is read as the two it is: the question no longer hides what was
    /// told. One that supposes or names a topic first still asks as a whole.
    @Test func aDangerToldBeforeAQuestionInItsSentenceAlarms() throws {
        #expect(try Fixtures.isUrgent("client says he'll kill his wife tonight, is ketamine used for anger?"))
        #expect(try Fixtures.isUrgent("pupil says his stepdad will beat him to death tonight, is ketamine used for PTSD in kids?"))
        #expect(try Fixtures.isUrgent("i'm going to take the rest of these, is that ok?"))
        // Someone in front of the reader told of; the question's "if" supposes nothing of them.
        #expect(try Fixtures.status(of: "a man is bleeding, what do I do if it doesn't stop?") == .emergency)
        #expect(try !Fixtures.isUrgent("I haven't seen my brother since christmas, he lives alone, can he visit me at the clinic?"))
        #expect(try !Fixtures.isUrgent("Hypothetically, if a patient collapsed in the waiting room, what's the procedure?"))
        #expect(try !Fixtures.isUrgent("In case I have an allergic reaction, do you keep an epipen or similar?"))
        #expect(try !Fixtures.isUrgent("no chest pain or anything, but does ketamine affect blood pressure?"))
    }

    /// An emergency told in the past tense and said after it to be settled
    /// is a history; not when words keep it now, nor an overdose, which
    /// may harm hours after the reader feels fine.
    @Test func anEmergencyToldAsSettledIsAHistory() throws {
        #expect(try !Fixtures.isUrgent("My son had a seizure three weeks ago, he's fine."))
        #expect(try !Fixtures.isUrgent("I had a seizure two weeks ago, neurologist says it was a one-off"))
        #expect(try !Fixtures.isUrgent("my sister collapsed at my last appointment, they said it was low blood sugar"))
        #expect(try Fixtures.isUrgent("my son had a seizure 20 minutes ago and he's fine now"))
        #expect(try Fixtures.isUrgent("my son had a seizure last week and he's still not right"))
        #expect(try Fixtures.isUrgent("took an OD of para 3 hrs ago, feels fine now"))
    }

    /// A question of how much is deadly is the reader's own when another
    /// sentence tells means at hand (`means-at-hand`); alone, or with
    /// something else told, it stays a question.
    @Test func aQuestionOfMeansWithMeansAtHandAlarms() throws {
        #expect(try Fixtures.isUrgent("How much propranolol is lethal? I have 90 tablets here."))
        #expect(try Fixtures.isUrgent("Does it hurt to bleed out? I'm in the bath now."))
        #expect(try Fixtures.isUrgent("Which floor would be high enough? I live on the 15th."))
        #expect(try !Fixtures.isUrgent("How much ketamine is lethal? I have my first infusion tomorrow."))
        #expect(try !Fixtures.isUrgent("I have 2 questions. How much ketamine is lethal?"))
    }

    /// A danger in a programme, or in a story named after it, is the story's.
    @Test func aDangerOnTheTVIsTheStorys() throws {
        #expect(try !Fixtures.isUrgent("the TV is showing someone having a heart attack in a film"))
        #expect(try !Fixtures.isUrgent("in a tv show someone collapsed after an infusion"))
        #expect(try Fixtures.isUrgent("my dad collapsed while watching tv, he's not breathing"))
        #expect(try Fixtures.isUrgent("I watched a film and now I want to die"))
    }

    /// A bare "help" stays small talk with the crisis footnote; a call for
    /// help now is a check-in, and someone calling out an emergency.
    @Test func aCallForHelpNowAlarms() throws {
        #expect(try Fixtures.status(of: "I need help") == .smalltalk)
        #expect(try Fixtures.status(of: "i need help now") == .distress)
        #expect(try Fixtures.status(of: "someone help") == .emergency)
    }

    /// Someone else asking or screening for a danger of the reader's is a
    /// question put to them (`asked-by-other`), unless the message answers
    /// yes (`asked-undone-by`).
    @Test func aDangerAskedAboutBySomeoneElseIsNoAlarm() throws {
        #expect(try !Fixtures.isUrgent("the doctor asked if I have suicidal thoughts"))
        #expect(try Fixtures.isUrgent("she asked if I was suicidal and I am"))
        #expect(try Fixtures.isUrgent("My therapist asked if I want to hurt myself. I said yes."))
    }

    /// Emoji are read as their words (`emoji:`, the CLDR short names of
    /// `language/emoji-en.txt`) by the phrases: danger told in emoji alarms,
    /// an emoji of everyday talk does not, and an emoji alone is no longer
    /// an empty message when it tells a danger.
    @Test func dangerToldInEmojiAlarms() throws {
        #expect(try Fixtures.status(of: "💊💊💊💊💊🥃") == .crisis)
        #expect(try Fixtures.isUrgent("🔪🩸"))
        #expect(try Fixtures.isUrgent("😵💊💊💊 help"))
        #expect(try !Fixtures.isUrgent("💊 reminder to take my meds 🙂"))
        #expect(try !Fixtures.isUrgent("cooking dinner 🔪🥕"))
        #expect(try !Fixtures.isUrgent("I'm so happy 😭😭"))
    }

    /// A line of the emoji list without its tab and words stops the load,
    /// naming the list and the line.
    @Test func aMalformedEmojiLineIsAnErrorWithItsLine() throws {
        let directory = try Fixtures.scratchKnowledgeBase(["language/emoji-en.txt": "💊\tpill\n🔪 kitchen knife\n"])
        #expect {
            try KnowledgeBaseLoader().load(directory: directory)
        } throws: { error in
            "\(error)".contains("emoji-en.txt:2") && "\(error)".contains("expected an emoji, a tab and its words")
        }
    }
}
