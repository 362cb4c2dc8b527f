import Foundation
import GuideEngine
import Testing

/// The bundled safety file's nineteenth round, found by blind red-teaming
/// (five helpers wrote dangers and look-alikes first, then ran the guide:
/// topic questions, others at risk, long rambling messages, idioms, the
/// body). Probes of mine and of the helpers, not rows of the labelled sets.
struct SafetyRoundNineteenTests {
    /// A number before a unit of time is a duration (`duration-unit`), no
    /// count of tablets; a count of tablets still is one.
    @Test func aDurationIsNoCountOfTablets() throws {
        #expect(try !Fixtures.isUrgent("I've been depressed for 15 years and tried 8 different meds, nothing works"))
        #expect(try Fixtures.isUrgent("took 15 of my tablets just now"))
    }

    /// A character typed for a letter between two letters is read as it
    /// (`look-alike-letter`); a number at a word's edge is left alone.
    @Test func lookAlikeLettersAreReadAsLetters() throws {
        #expect(try Fixtures.status(of: "i wanna k1ll myself") == .crisis)
        #expect(try Fixtures.status(of: "thinking about su1c1de again") == .crisis)
        #expect(try Fixtures.status(of: "i wanna k!ll myself") == .crisis)
        #expect(try !Fixtures.isUrgent("I took 50mg of b12 at 4am, is that ok before the infusion?"))
    }

    /// A jump with the high place it is from, told as now, is a danger
    /// even with a laugh word; a jump of another kind, or one something
    /// "made me want", is not.
    @Test func aJumpFromAHighPlace() throws {
        #expect(try Fixtures.status(of: "on the balcony rn about to jump lol") == .crisis)
        #expect(try Fixtures.status(of: "I'm on the roof and I'm going to jump") == .crisis)
        #expect(try !Fixtures.isUrgent("the hold music made me want to jump out a window haha"))
        #expect(try !Fixtures.isUrgent("I'm going to jump on the call at 3"))
    }

    /// Old words for a seizure, whoever has it; not fitting in, nor a fit of temper.
    @Test func fitsWhoeverHasThem() throws {
        #expect(try Fixtures.status(of: "my aunty is fitting") == .emergency)
        #expect(try !Fixtures.isUrgent("she is fitting in well at her new school"))
        #expect(try !Fixtures.isUrgent("my mum will have a fit when she sees the bill"))
    }

    /// Someone in danger told only by the first aid given, or a scene.
    @Test func firstAidAndScenesTellAnEmergency() throws {
        try Fixtures.expect([
            "giving my friend rescue breaths", "the defib is on him now", "i cant find a pulse", "can't wake my mum",
            "my husband is under the water in the bath", "she's sniffing gas",
        ], are: .emergency)
        // Fumes in a closed garage are a way of dying: a crisis, of anyone.
        #expect(try Fixtures.status(of: "he's running the car in a closed garage") == .crisis)
        #expect(try !Fixtures.isUrgent("does ketamine affect breathing"))
        #expect(try !Fixtures.isUrgent("we practised compressions on a dummy at my first aid course"))
        #expect(try !Fixtures.isUrgent("couldn't wake my son for school this morning, teenagers eh"))
        #expect(try !Fixtures.isUrgent("my car is in the garage for a service, can I get a taxi home?"))
    }

    /// Clinical words, told of someone now; asked about, or an allergy named, they are not.
    @Test func clinicalWordsOfAnEmergency() throws {
        try Fixtures.expect(["pt apnoeic post IM ketamine", "he's post-ictal and not rousing", "angioedema after spravato"], are: .emergency)
        #expect(try !Fixtures.isUrgent("what is laryngospasm?"))
        #expect(try !Fixtures.isUrgent("I'm anaphylactic to nuts, is there anything in the infusion?"))
        #expect(try !Fixtures.isUrgent("My wife has epilepsy, well controlled. Is ketamine ok for epileptics?"))
    }

    /// "Not responding" to a treatment or a letter is no emergency; a person not responding is.
    @Test func notRespondingToATreatment() throws {
        #expect(try !Fixtures.isUrgent("she's not responding to SSRIs"))
        #expect(try Fixtures.status(of: "she's not responding") == .emergency)
    }

    /// "Suicide" naming a thing ("career suicide", "suicides at practice") is no crisis.
    @Test func suicideNamingAThing() throws {
        #expect(try !Fixtures.isUrgent("coach made us do suicides at practice"))
        #expect(try !Fixtures.isUrgent("that would be career suicide"))
        #expect(try !Fixtures.isUrgent("bit of a suicide mission driving across London at rush hour"))
    }

    /// Going to a dangerous place and not coming back; a trip away is not.
    @Test func goingSomewhereAndNotComingBack() throws {
        #expect(try Fixtures.status(of: "heading to the river, not coming back") == .crisis)
        #expect(try !Fixtures.isUrgent("heading to the lake for the weekend, not coming back till Sunday"))
        #expect(try Fixtures.status(of: "sewerslide tonight") == .crisis)
        #expect(try Fixtures.status(of: "slitting my wrists later lol") == .crisis)
        #expect(try !Fixtures.isUrgent("I cut myself in the past. can I still have ketamine?"))
    }

    /// Breath fought for now; after the stairs, a question.
    @Test func breathFoughtFor() throws {
        #expect(try Fixtures.status(of: "struggling for breath") == .emergency)
        #expect(try !Fixtures.isUrgent("struggling for breath after running up the stairs, is that normal?"))
    }
}

extension SafetyRoundNineteenTests {
    /// A look-alike must be one character for one letter: anything else is
    /// an error naming the line, not a rule that silently never applies.
    @Test func aLookAlikeOfSeveralCharactersIsAnError() throws {
        let added = try Fixtures.bundledSafety(adding: "look-alike-letter: ph = f", toGroup: "language")
        do {
            _ = try KnowledgeBaseLoader().load(directory: added.directory)
            Issue.record("loaded")
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            #expect(diagnostics.contains { $0.line == added.line && $0.message.contains("look-alike-letter: ph = f") }, "\(diagnostics)")
        }
    }
}

extension SafetyRoundNineteenTests {
    /// A story's opener may come a few words of when after its word ("a
    /// film last night where…"), and a danger told in a story is judged by
    /// the model as surely as a topic; one's own after a story is not a story.
    @Test func aStoryOpenedAfterWordsOfWhen() throws {
        #expect(try !Fixtures.isUrgent("I watched a film last night where the main character jumps off a building at the end."))
        #expect(try Fixtures.status(of: "I watched a film last night and now I want to jump off a building") == .crisis)
        #expect(try Fixtures.status(of: "scrolling tiktok while deciding which way to kms") == .crisis)
    }

    /// A form or a person asking about a danger (`asked-by-other`: "asks about") is no telling of it.
    @Test func aFormAskingAboutADanger() throws {
        #expect(try !Fixtures.isUrgent("Also the form asks about previous overdoses, I had an accidental lithium toxicity in 2015."))
        #expect(try Fixtures.status(of: "the nurse asked about my overdose and yes I took 30 of them an hour ago") == .emergency)
    }
}

extension SafetyRoundNineteenTests {
    /// An episode told as settled after a contrast word ("…but I'm fine
    /// now") is over; a contrast after the settling, or a substance taken, undoes it.
    @Test func anEpisodeSettledAfterAContrastWord() throws {
        #expect(try !Fixtures.isUrgent("I fainted after the spray but I'm fine now"))
        #expect(try !Fixtures.isUrgent("yesterday my husband fainted after his session but he's absolutely fine now"))
        #expect(try !Fixtures.isUrgent("this morning my mum had chest pain but it was indigestion"))
        #expect(try Fixtures.status(of: "I fainted but I'm fine now but now I can't breathe") == .emergency)
        #expect(try Fixtures.status(of: "I took 30 tablets but I'm fine now") == .emergency)
    }

    /// "If my son ever…" only supposes, as "if I ever" does (`{person}` in a language phrase).
    @Test func ifSomeoneEverOnlySupposes() throws {
        #expect(try !Fixtures.isUrgent("if my son ever tells me he's suicidal, who do I call?"))
        #expect(try Fixtures.status(of: "my son tells me he's suicidal, who do I call?") == .crisis)
    }

    /// The news is a story; seeing suicides is a job.
    @Test func theNewsAndAJob() throws {
        #expect(try !Fixtures.isUrgent("on the news a man threatened to kill his neighbour"))
        #expect(try !Fixtures.isUrgent("my husband is a firefighter and sees a lot of suicides"))
        #expect(try Fixtures.status(of: "he sees suicide as the only way out now") == .crisis)
    }
}

extension SafetyRoundNineteenTests {
    /// A person's state in other words (floppy, gone blue, won't wake or
    /// come round), a seizure or stroke told as happening, and the signs
    /// that go with a head injury or sudden confusion are emergencies; the
    /// same words of a room, hair, a visit, a worry or a bill are not.
    @Test func aPersonsStateInOtherWords() throws {
        try Fixtures.expect([
            "my dad is getting fits", "my dad is floppy", "she's gone blue", "wont wake", "seizure happening now",
            "he's having an epileptic fit", "head injury, vomiting, very sleepy", "knocked out, won't come round",
            "extremely confused, doesn't recognise me, hot to touch", "Query CVA, left sided weakness onset 15 min ago",
        ], are: .emergency)
        try Fixtures.expectNoAlarm([
            "the heat in here is suffocating, can they open a window", "my hair's gone blue after the dye, will that matter for the infusion?",
            "I'm worried about having another seizure during the infusion", "what is status epilepticus?",
            "I had a head injury as a kid, is ketamine ok for me?", "I'm so confused about the billing, it's giving me a headache",
            "my friend won't come round to visit anymore since I started treatment",
        ])
        // A wish not to wake is no emergency, but still an alarm.
        #expect(try Fixtures.status(of: "I hope I simply won't wake in the morning") == .crisis)
    }
}

extension SafetyRoundNineteenTests {
    /// Someone who won't respond, first aid given, a ligature, a fall told
    /// bare, and tablets working after a count taken; not a reply awaited,
    /// hyperbole, a scarf, nor a medicine asked about.
    @Test func someoneWhoWontRespond() throws {
        try Fixtures.expect(["my mum won't respond", "I've put my mate in the recovery position, he's snoring funny", "the pills are kicking in, took 20"], are: .emergency)
        #expect(try Fixtures.status(of: "a patient on the ward has tied something round her neck") == .crisis)
        #expect(try Fixtures.status(of: "throwing myself off the balcony later lmao") == .crisis)
        try Fixtures.expectNoAlarm([
            "my dad won't respond to my texts since the argument", "he won't answer me about whether he wants to come to the appointment",
            "felt like throwing myself off a bridge after that phone call with insurance lol",
            "does ketamine take weeks to kick in like prozac did for me",
        ])
    }
}

extension SafetyRoundNineteenTests {
    /// "When" after a story word tells a time, not a story: "watching a
    /// film when my husband collapsed" is now.
    @Test func whenTellsATimeNotAStory() throws {
        #expect(try Fixtures.status(of: "we were playing a game when the baby stopped breathing") == .emergency)
        #expect(try Fixtures.status(of: "I was watching the news when grandad collapsed and he's not breathing") == .emergency)
        #expect(try !Fixtures.isUrgent("in the game the character overdoses on pills"))
    }

    /// Look-alikes need letters on both sides, as typed.
    @Test func lookAlikesBesideNumbersAreLeftAlone() throws {
        #expect(try !Fixtures.isUrgent("my dog m10s got into the bin, anyway what time is my appointment"))
    }
}
