import Foundation
import GuideEngine
import Testing

/// The bundled safety file's eighth round: a danger told in the past tense
/// and then said to be over ("That passed.", "it has lifted") is a history;
/// being well now ("I'm ok now") says so only when something in the message
/// is dated to the past; "just" says now only before a past tense ("just
/// took"), not in "just so you know"; a statement that leaves its "I" out
/// ("planning how to do it") is judged by meaning as the writer's. Probes
/// of my own, not rows of the labelled sets.
struct SafetyRoundEightTests {
    @Test(arguments: [
        "After my mum died I went through a stretch where I didn't want to be here. That passed. Is ketamine used for migraines?",
        "I was suicidal before the course started but that has lifted now, when would I need a top-up?",
        "I thought about ending it a lot at uni but I came through it with good support. How long is an infusion?",
        "Years ago I tried to take my own life, I've been doing well for a long time now. Is the spray right for me?",
        "just so you know, I attempted suicide about ten years ago. I'm ok now. Does that go on the form?",
        // An age or a decade of life dates a message for its well-markers.
        "My dad tried to end his life in his 40s and he's doing well now, can he have ketamine?",
        "I self-harmed at 15 but I'm much better now, does that rule me out?",
        "I have a history of self harm, is ketamine safe for me?",
        // "for a week" is how long, not when: no recent marker.
        "I spent a week in hospital after I tried to kill myself. That passed long ago, can I still have the spray?",
    ])
    func aHistoryToldAsOverIsNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    /// The footnote still offers the crisis line beside the answer.
    @Test func aHistoryToldAsOverKeepsTheCrisisLineOneLineAway() throws {
        #expect(try Fixtures.missesTheCrisisFootnote("I wanted to die when I was at school. That passed. How long does an infusion take?") == nil)
    }

    @Test(arguments: [
        // Present tense: not told of the past.
        "I want to die. That passed, I thought, but it is back.",
        "I want to die. That passed.",
        // Now, after all.
        "I wanted to die last night, it passed",
        "I tried to kill myself on Sunday, I'm fine now, it passed",
        "I wanted to die, it passed, but I just took all my pills",
        "I just tried to hang myself",
        // Well now, but nothing dated.
        "I tried to kill myself but I'm fine now",
        // Another event, not the dated one.
        "I was diagnosed in 2019. I tried to kill myself after my last session.",
        "I tried to kill myself in 2015 and I cut myself badly on Sunday.",
        // An age alone dates nothing: it may be a time, or now.
        "I tried to kill myself at 14:30",
        "I tried to hang myself at 16",
        "In my 20s I want to die every day",
        // A negated over-marker.
        "I wanted to die most days. I never really got through that.",
    ])
    func aDangerNowStillAlarms(_ text: String) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)")
    }

    /// An emergency is never read as over: a large amount taken, then "I'm fine now".
    @Test func anEmergencyToldAsOverStillAlarms() throws {
        #expect(try Fixtures.status(of: "I took thirty of my sleeping tablets in 2010 and again tonight, it passed") == .emergency)
        #expect(try Fixtures.status(of: "I swallowed the whole packet of my pills. That passed.") == .emergency)
    }

    /// Typed in a hurry, without "I": judged by meaning as about the writer.
    @Test(arguments: [
        "Planning how to do it",
        "Looking up how many tablets it would take",
    ])
    func aStatementWithoutItsSubjectAlarms(_ text: String) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)")
    }

    /// Opened by a verb without "I", or by a word that only looks like one, and harmless.
    @Test(arguments: [
        "Sitting in the waiting room now, a bit nervous",
        "Thinking about booking a second course of infusions",
        "Been feeling much better since my third infusion",
        "Looking forward to my first infusion",
        "Everything feels weird and dreamlike",
        "Sleep deprivation is common before treatment",
        "Face masks are required in the clinic",
    ])
    func aHarmlessStatementWithoutItsSubjectIsNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    /// A spaced dash ends a clause as a comma does, so the question after
    /// it dates nothing told before it ("still" asks, it does not say now);
    /// a hyphen inside a word ("self-harm") ends nothing.
    @Test func aSpacedDashEndsAClause() throws {
        #expect(try Fixtures.status(of: "My grandad had a heart attack years back - can he still have the spray?") != .emergency)
        #expect(try Fixtures.status(of: "I self-harm most days - is ketamine ok for me?") == .crisis)
    }

    /// Written out as a formal writer or a learner of English would, a
    /// negation is heard as its contraction ("do not" as "don't").
    @Test(arguments: [
        "I do not want to be here anymore",
        "I do not want to wake up tomorrow",
        "I cannot go on",
        "I will not be around much longer",
    ])
    func aNegationWrittenOutAlarmsAsItsContraction(_ text: String) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)")
    }

    /// And a denial written out stays a denial.
    @Test(arguments: [
        "I am not suicidal, just curious about the research",
        "I would not hurt anyone, I just want to know about side effects",
        "I do not want to die, I am just scared of the needle",
    ])
    func aDenialWrittenOutIsNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    @Test func aContractionWithoutItsEqualsSignIsAnErrorWithItsLine() throws {
        let bundled = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
        let text = bundled.replacingOccurrences(of: "contraction: do not = dont,", with: "contraction: do not dont,")
        let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("contraction: do not dont,") } ?? -1) + 1
        let diagnostics = try Fixtures.loadDiagnostics(["safety.txt": text])
        #expect(diagnostics.contains {
            $0.description.contains("safety.txt:\(line)") && $0.message.contains("'contraction: do not dont'")
        }, "\(diagnostics)")
    }

    /// Wounds one gave oneself, told of the wounds; more of a medicine than
    /// one's dose, told as counts.
    @Test func woundsGivenToOneselfAndCountsInsteadOfOneAlarm() throws {
        #expect(try Fixtures.status(of: "the cuts I made myself are healing badly, can I still have my infusion") == .crisis)
        #expect(try Fixtures.status(of: "by mistake I used three of my patches instead of one") == .emergency)
        #expect(try !Fixtures.isUrgent("should I use two sprays instead of one?"))
    }

    /// An after-effect told as over ("then it wore off"), numbness after an
    /// infusion told as it was, and the idiom of a partner who "will kill
    /// me if I'm late" raise nothing; a threat of the same shape still does.
    @Test func afterEffectsToldAsOverAndIdiomsOfLatenessAreNoAlarm() throws {
        #expect(try !Fixtures.isUrgent("I felt hopeless for a day after the infusion, then it wore off. Is that normal?"))
        #expect(try !Fixtures.isUrgent("I felt numb for a few hours after my infusion"))
        #expect(try !Fixtures.isUrgent("My husband will kill me if I'm late picking up the kids after my session"))
        #expect(try Fixtures.isUrgent("my husband said he will kill me if I leave him"))
        #expect(try Fixtures.isUrgent("I feel hopeless and it never wore off"))
    }

    /// A last sentence that asks ("Is that ok?") is no closing small talk:
    /// the reader is not thanked for a question.
    @Test func aQuestionAtTheEndIsNoClosingSmallTalk() throws {
        #expect(try Fixtures.status(of: "I felt numb for a day after my second infusion. Is that ok?") != .smalltalk)
    }

    /// A child named by age as typed ("my 3 yo", "my 2yo") who swallowed a medicine.
    @Test(arguments: ["my 3 yo ate some of my sleeping pills", "my 2yo has swallowed the tablets I left out"])
    func aChildByAgeWhoSwallowedAMedicineIsAnEmergency(_ text: String) throws {
        #expect(try Fixtures.status(of: text) == .emergency, "\(text)")
    }

    /// Passive ideation in everyday words, from probes written by structure:
    /// life itself not worth it, the point of one's own being here, doubting
    /// one can go on much longer (a check-in: it is said of work too).
    @Test(arguments: [
        "what's the point in me even being here",
        "life isn't worth it anymore",
        "life is not worth it",
        "I don't think I can do this much longer",
    ])
    func passiveIdeationInEverydayWordsAlarms(_ text: String) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)")
    }

    @Test(arguments: [
        "the drive isn't worth it, is there a closer clinic?",
        "is ketamine worth it for anxiety?",
    ])
    func thePointOfAnErrandIsNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    /// Self-harm and overdoses in everyday words, from probes written by
    /// structure: carving into oneself, skin broken by one's own biting,
    /// starving oneself as a punishment, "OD'd" as typed.
    @Test func selfHarmAndOverdosesInEverydayWordsAlarm() throws {
        #expect(try Fixtures.status(of: "I carved into my leg yesterday") == .crisis)
        #expect(try Fixtures.status(of: "I keep biting my arm till I break the skin") == .crisis)
        #expect(try Fixtures.status(of: "I've been starving myself as a punishment") == .crisis)
        #expect(try Fixtures.status(of: "I think I've OD'd on my pills") == .emergency)
        // "my dog bit my arm and broke the skin" the model reads as danger since round ten: see
        // SafetyRoundNineTests.lookAlikesOnlyTheModelFlagsAreRuledOutByThePhrases.
        for harmless in ["the surgeon cut into my stomach years ago", "he's odd but nice"] {
            #expect(try !Fixtures.isUrgent(harmless), "\(harmless)")
        }
    }

    /// Fear of the treatment itself is harmless; fear of what one might do
    /// to oneself is a crisis.
    @Test func fearOfTheTreatmentIsNoAlarmButFearOfOneselfIs() throws {
        #expect(try !Fixtures.isUrgent("I'm terrified of losing control on the drip."))
        #expect(try Fixtures.status(of: "I'm scared of what I might do to myself tonight") == .crisis)
        #expect(try Fixtures.status(of: "I'm scared I'll do something to myself after the session") == .crisis)
        #expect(try !Fixtures.isUrgent("can I do the injection to myself at home?"))
    }
}
