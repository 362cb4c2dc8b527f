import Foundation
import GuideEngine
import Testing

/// The bundled safety file's twentieth round, found by blind red-teaming
/// (five helpers wrote dangers and look-alikes first, then ran the guide:
/// very short messages, appointments beside histories, English as another
/// language, dark humour, clinical shorthand). Probes of mine and of the
/// helpers, not rows of the labelled sets.
struct SafetyRoundTwentyTests {
    /// A day after a word of the appointment in its clause dates the
    /// appointment (`treatment-day`), not an old history told elsewhere; a
    /// day told of the danger itself, or "today", still says now.
    @Test func anAppointmentDayDatesTheAppointment() throws {
        #expect(try !Fixtures.isUrgent("I had a suicide attempt 15 years ago and have been well since. My consult is Thursday."))
        #expect(try !Fixtures.isUrgent("I overdosed in 2012. Is ketamine safe for me? My first infusion is tomorrow."))
        #expect(try !Fixtures.isUrgent("my sister attempted suicide last year. i'm booked for ketamine myself on tuesday."))
        #expect(try Fixtures.status(of: "I tried to kill myself years ago and I did it again on Thursday") == .crisis)
        #expect(try Fixtures.status(of: "after my last infusion I had a seizure today before my session") == .emergency)
    }

    /// A yes asked about answers no screening question; one given does.
    @Test func aYesAskedAboutIsNoAnswer() throws {
        #expect(try !Fixtures.isUrgent("The form asks about suicide attempts. Should I say yes?"))
        #expect(try Fixtures.status(of: "The form asks about suicide attempts. I said yes.") == .crisis)
    }

    /// A screening question the reader quotes and answers yes after it is
    /// their own (`addressed-to-reader`); "no", "yes or no", or a first
    /// clause that only begins like a yes, is not.
    @Test func aQuotedScreeningQuestionAnsweredYes() throws {
        #expect(try Fixtures.status(of: "Are you having thoughts of suicide? yes") == .crisis)
        #expect(try !Fixtures.isUrgent("Are you having thoughts of suicide? no"))
        #expect(try !Fixtures.isUrgent("do you treat people with suicidal thoughts? yes or no"))
        #expect(try !Fixtures.isUrgent("Are you having thoughts of suicide? I have been asked this at every appointment."))
    }

    /// A past marker that opens the clause with its subject reaches further
    /// (`past-marker-subject-reach`); a now said after it still counts.
    @Test func aPastMarkerOpeningTheClauseReachesFurther() throws {
        #expect(try !Fixtures.isUrgent("Last year I was hospitalized after an overdose."))
        #expect(try Fixtures.status(of: "years ago I wanted to die and I think about it every day") == .crisis)
        #expect(try Fixtures.status(of: "last year I lost everything and want to kill myself") == .crisis)
    }

    /// A resuscitation and other emergencies in the words of those at work.
    @Test func clinicalShorthandOfAnEmergencyNow() throws {
        try Fixtures.expect([
            "apnoeic. no output. compressions going. what now", "pupils fixed n dilated, no resp effort, CPR ongoing",
            "cx pain radiating L arm, diaphoretic, 68M, slumped in the day room chair",
            "BM 1.9 and dropping, type 1, v drowsy and wont take the lucozade", "asystole on the monitor",
            "home visit - pt opened door with both forearms fresh slashed, says shes fine, refusing ambulance",
            "foaming at mouth, shaking",
        ], are: .emergency)
        #expect(try !Fixtures.isUrgent("how do you recognise asystole on the monitor?"))
        #expect(try !Fixtures.isUrgent("we did CPR training, compressions started at 30:2"))
    }

    /// Words that settle an emergency: resolved; not a claim of being fine.
    @Test func settledOrNot() throws {
        #expect(try !Fixtures.isUrgent("had a seizure last night, resolved"))
        #expect(try !Fixtures.isUrgent("My son had a seizure three weeks ago, he says he's fine."))
        #expect(try Fixtures.status(of: "my grandad had a heart attack this morning, hes 80 now") == .emergency)
    }

    /// "On scene" is a place (`not-a-story`), not a story.
    @Test func onSceneIsAPlace() throws {
        #expect(try Fixtures.status(of: "on scene, pt not breathing") == .emergency)
        #expect(try Fixtures.status(of: "first on scene at an RTC, driver not breathing") == .emergency)
    }

    /// Dangers said as writers of English as another language say them.
    @Test func dangersInTheWordsOfAnotherLanguage() throws {
        #expect(try Fixtures.status(of: "my letter for my family is on the table") == .crisis)
        #expect(try Fixtures.status(of: "I leave the letter for my wife explaining why") == .crisis)
        #expect(try Fixtures.status(of: "I take the poison for the rats, is sweet taste") == .emergency)
        #expect(try Fixtures.status(of: "she take the poison") == .emergency)
        #expect(try Fixtures.status(of: "I will hang me") == .crisis)
        #expect(try !Fixtures.isUrgent("my coffee's gone stone cold, shoot me now haha. how long till I'm called in?"))
        #expect(try Fixtures.isUrgent("cut too deep"))
    }

    /// A bare emergency word typed with urgency alarms (`bare-alarm`); alone
    /// and calm it may ask about the topic.
    @Test func aBareEmergencyWordWithUrgency() throws {
        try Fixtures.expect(["seizure!!", "911??", "mom seizure!!", "ambulance pls"], are: .emergency)
        try Fixtures.expectNoAlarm(["seizure?", "seizure", "stroke risk?", "no seizures!", "er!"])
    }

    /// Feeling like dying asked of the treatment's effect is a question; told, it alarms.
    @Test func feelingLikeDyingAskedOfTheTreatment() throws {
        #expect(try !Fixtures.isUrgent("will I feel like im dying?"))
        #expect(try !Fixtures.isUrgent("Ketamine makes me feel like I'm dying during the session, is that normal?"))
        #expect(try Fixtures.isUrgent("I feel like I'm dying, my chest is so tight"))
    }

    /// A question opened by the emergency itself asks whether it is an
    /// effect; the emergency told in a clause before the question does not.
    @Test func anEffectAskedWithoutItsIs() throws {
        #expect(try !Fixtures.isUrgent("chest pain a side effect?"))
        #expect(try Fixtures.status(of: "chest pain, is that a side effect?") == .emergency)
    }

    /// A history dates only what it names (`names-what-follows`), and
    /// clinical shorthand for one ("hx") reads as one.
    @Test func aHistoryDatesWhatItNames() throws {
        #expect(try Fixtures.status(of: "he can't breathe, history of asthma") == .emergency)
        #expect(try Fixtures.status(of: "c/o SOB, RR 40, talking in words only, hx PE") == .emergency)
        #expect(try Fixtures.status(of: "history of asthma, he cant breathe") == .emergency)
        #expect(try Fixtures.status(of: "dad having a stroke, history of stroke") == .emergency)
        #expect(try !Fixtures.isUrgent("my uncle had a stroke in his 60s, does family history of stroke matter for ketamine"))
        #expect(try !Fixtures.isUrgent("pt hx OD x2 (2015, 2019), now stable on sertraline, referred for esketamine. any contraindications from that hx?"))
                #expect(try !Fixtures.isUrgent("was suicidal last yr, better now"))
        #expect(try Fixtures.status(of: "friend at uni posted a livestream, she's on a balcony saying goodbye") == .crisis)
    }

    /// Words that only suppose make an emergency supposed, the question in
    /// the next sentence; a taking so supposed may still tell.
    @Test func onlySupposingAcrossSentences() throws {
        #expect(try !Fixtures.isUrgent("lets say i had a seizure at home the day after treatment. would that be from the ketamine?"))
        #expect(try !Fixtures.isUrgent("suppose I faint on the way home. is that dangerous?"))
        #expect(try Fixtures.status(of: "hypothetically I took 30 pills an hour ago") == .emergency)
        #expect(try Fixtures.status(of: "just in case you need to know my husband is not breathing") == .emergency)
    }

    /// An electrical appliance in the bath with the reader.
    @Test func anApplianceInTheBath() throws {
        #expect(try Fixtures.status(of: "haha plot twist: im in the bath with the toaster") == .crisis)
        #expect(try !Fixtures.isUrgent("why shouldnt you use a hairdryer in the bath?"))
    }

    /// A seizure with the person's 's typed onto them; not fitting a kitchen.
    @Test func aSeizureWithThePossessiveTypedOn() throws {
        #expect(try Fixtures.status(of: "my mum's fitting") == .emergency)
        #expect(try !Fixtures.isUrgent("my dad's fitting the kitchen"))
    }

    /// A stranger, a child or people attacked now; not beaten at chess.
    @Test func someoneAttackedNow() throws {
        #expect(try Fixtures.status(of: "there's a man attacking a woman") == .crisis)
        #expect(try Fixtures.status(of: "my neighbour is beating a kid") == .crisis)
        #expect(try !Fixtures.isUrgent("my son is beating a kid at chess"))
    }

    /// A young child swallowing what is no food, or someone else's medicine.
    @Test func aChildSwallowingInAnyFormOfTheVerb() throws {
        #expect(try Fixtures.status(of: "my son is drinking mouthwash") == .emergency)
        #expect(try Fixtures.status(of: "my son has taken my pills") == .emergency)
        #expect(try !Fixtures.isUrgent("my son has taken my pills back to the pharmacy"))
        #expect(try !Fixtures.isUrgent("I take the mouthwash after brushing"))
    }

    /// A gun's way of dying in its slang, also under a condition; not music, nor a past.
    @Test func aGunsWayOfDyingInItsSlang() throws {
        #expect(try Fixtures.status(of: "if this fails I'm going to blow my brains out") == .crisis)
        #expect(try Fixtures.status(of: "if the VA delays again I want to put a bullet in my head") == .crisis)
        #expect(try Fixtures.status(of: "going to eat my gun") == .crisis)
        #expect(try !Fixtures.isUrgent("the drummer blew my head off with that solo"))
        #expect(try !Fixtures.isUrgent(
            "ex-army, had some bad years after coming home, nearly ate my gun once. Sorted now with proper help. Mate says ketamine helped his PTSD, worth a go?"))
        #expect(try Fixtures.status(of: "gonna shoot up the school") == .crisis)
        #expect(try !Fixtures.isUrgent("the film where they shoot up the school"))
        #expect(try Fixtures.status(of: "if he bullies me again I'm going to shoot up the school") == .crisis)
    }

    /// An overdose told by what is seen: naloxone not working, breathing by its sound, waking only to pain.
    @Test func anOverdoseToldByWhatIsSeen() throws {
        try Fixtures.expect([
            "narcan didnt work", "he's snoring really loud after the fent", "she only opens her eyes when i pinch her",
            "my brother taking loads of pills",
        ], are: .emergency)
        #expect(try !Fixtures.isUrgent("the narcan didn't work on my friend years ago, is ketamine different?"))
        #expect(try !Fixtures.isUrgent("what if narcan doesnt work?"))
        #expect(try Fixtures.status(of: "narcan didnt work what do i do") == .emergency)
        #expect(try !Fixtures.isUrgent("my mum takes loads of tablets for her heart"))
    }

    /// Stuck, trapped or shot: an emergency told by how it happened.
    @Test func anEmergencyToldByHowItHappened() throws {
        try Fixtures.expect(["my toddler has a grape stuck", "he's pinned under the tractor", "the round went through my hand"], are: .emergency)
        #expect(try !Fixtures.isUrgent("my car is stuck in the mud behind a tractor"))
        #expect(try Fixtures.status(of: "my toddler has a grape stuck what do i do") == .emergency)
        #expect(try Fixtures.status(of: "found grandad on the bathroom floor") == .emergency)
    }

    /// Grief for one lost to an overdose, and an emergency settled by an age given as now.
    @Test func griefAndAgesGivenAsNow() throws {
        #expect(try !Fixtures.isUrgent("lost my brother to an overdose"))
        #expect(try Fixtures.isUrgent("my brother nearly died of an overdose last night"))
        #expect(try !Fixtures.isUrgent("my brother had a heart attack at 45, he's 52 now"))
        #expect(try !Fixtures.isUrgent("my sister had a seizure at age 8 and never again"))
        #expect(try Fixtures.status(of: "he had a seizure and never recovered, he's still fitting") == .emergency)
    }

    /// Dangers said in other languages, or with the verb in one.
    @Test func dangersInOtherLanguages() throws {
        try Fixtures.expect(["nie chcę żyć", "mujhe mar jana hai", "gusto ko nang mamatay", "meri behen ne rat poison kha liya"], are: .crisis)
        try Fixtures.expect(["mama jest nieprzytomna", "er hat Gift getrunken"], are: .emergency)
    }
}
