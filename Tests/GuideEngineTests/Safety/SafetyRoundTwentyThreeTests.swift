import Foundation
import GuideEngine
import Testing

/// The bundled safety file's twenty-third round, found by blind red-teaming
/// (three helpers wrote dangers and look-alikes first, then ran the guide:
/// long forum posts with the danger buried, short kiosk messages in slang
/// and text speak, and dangers asked as questions). Probes of mine, not rows
/// of the labelled sets.
struct SafetyRoundTwentyThreeTests {
    /// "$" opening a word is read as its letter (`look-alike-opening`), and a
    /// run of three or more single letters set apart by spaces as one word
    /// (`spaced-letters-from`); prices, initials and "r u ok" stay as typed.
    @Test func spellingsThatHideAWord() throws {
        try Fixtures.expect(["$uicidal again tonight", "i wanna k m s", "i want to d i e"], are: .crisis)
        try Fixtures.expectNoAlarm(["the I C U nurse was lovely", "it costs $500 per infusion", "r u ok", "My initials are K M S, will they be on the label?"])
    }

    /// A digit as a look-alike opening would read "3rd" as "erd": the
    /// settings reader refuses it, naming the line.
    @Test func aDigitIsNoLookAlikeOpening() throws {
        let added = try Fixtures.bundledSafety(adding: "look-alike-opening: 3", toGroup: "language")
        do {
            _ = try KnowledgeBaseLoader().load(directory: added.directory)
            Issue.record("loaded")
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            #expect(diagnostics.contains { $0.line == added.line && $0.message.contains("look-alike-opening: 3") }, "\(diagnostics)")
        }
    }

    /// "Sui" as a noun of thoughts, its voice-typed spellings, death as the
    /// "permanent solution", leaving "permanently", the left-behind pictured
    /// as moving on; the same words about treatment or an app are no alarm.
    @Test func ideationInShorthand() throws {
        try Fixtures.expect([
            "sui thoughts really bad today", "having sewer slide thoughts again", "permanent solution looking real good rn",
            "dipping out permanently, yall wont miss me", "they'd cry for a week and then move on",
            "hiding my pills so i can take them all at once", "by the time you read this im gone, sorry mum",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "is ketamine a permanent solution for depression?", "gonna log out forever from facebook, too much drama",
            "by the time you read this I'll have landed in Spain",
        ])
    }

    /// Holding on, no point in oneself, waking up: distress; the queue and a
    /// Sunday lie-in are not.
    @Test func distressInFewWords() throws {
        try Fixtures.expect(["idk how much longer i can hold on", "no point in me", "what's the point of waking up", "empty numb done"], are: .distress)
        try Fixtures.expectNoAlarm(["how much longer can i hold on, the queue is massive", "what's the point of waking up early on a sunday"])
    }

    /// A relative's weapon taken to school or work; to the range it is none.
    @Test func aRelativesWeaponTakenWherePeopleAre() throws {
        try Fixtures.expect(["bringing my uncle's rifle to school tomorrow, they'll see"], are: .crisis)
        try Fixtures.expectNoAlarm(["bringing my dad's gun to the range on saturday"])
    }

    /// Dangers told inside questions: cutting still, fresh cuts, how much
    /// to make sure, a voice telling one to harm, a goodbye then silence.
    @Test func dangersToldInQuestions() throws {
        try Fixtures.expect([
            "why am i still cutting", "can i get ketamine with fresh cuts on my arms", "how much would it take to make sure",
            "the voice tells me to hurt the baby", "my son texted goodbye and now his phone is off",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "how much ketamine would it take to make sure it works",
            "How many sessions will it take to make sure the depression doesn't come back?",
            "Will someone be able to bring me back home after the infusion?",
            "My sister can't bring me back from the infusion, so I need a taxi",
            "I keep cutting my tablets with a pill splitter, is that ok?",
            "Please tell my mum I'm sorry I missed her call, my phone died",
        ])
        try Fixtures.expect(["how long after the last dose would nobody be able to bring me back?", "I keep cutting, I'm fed up with myself"], are: .crisis)
    }

    /// Emergencies in plain words: a barbecue lit in a tent, a swollen calf
    /// with breath that hurts, fever with a stiff neck, bleeding through
    /// towels; a stiff neck from sleeping is none.
    @Test func emergenciesInPlainWords() throws {
        try Fixtures.expect([
            "the charcoal bbq is lit in the tent and she's inside asleep", "my calf is swollen and hot and it hurts to breathe",
            "temp of 40 and a stiff neck", "it's soaking through the towels",
        ], are: .emergency)
        try Fixtures.expectNoAlarm([
            "stiff neck from sleeping funny, have a headache", "The rain soaked through my shirt on the way to the clinic",
            "We've got the bbq going, come round and park the car on the drive", "My phone crashed and I'm stuck on the login screen",
            "After my first spin class my calves are sore and I was so out of breath",
        ])
    }

    /// What ketamine does for suicidal thoughts, or a warning about them, is
    /// the topic; the reader's own still alarm, also after "would reduce" or
    /// "monitoring for" (so watching for them, asked of a carer, still
    /// alarms: a veto there hid "I'm monitoring for suicidal feelings… and
    /// they're really strong today").
    @Test func suicidalThoughtsAsTheTopic() throws {
        try Fixtures.expectNoAlarm([
            "ketamine reduces suicidal thoughts, my psychiatrist said",
            "The Spravato leaflet has a boxed warning about suicidal thoughts and behaviours in young adults.",
        ])
        try Fixtures.expect([
            "i am suicidal, nothing treats it", "the signs of suicidal thinking are all there in me right now",
            "The doctor said ketamine would reduce suicidal thoughts but I'm having them worse than ever tonight",
            "The meds were meant to prevent suicide for me but I'm planning it now",
            "I'm monitoring for suicidal feelings like my nurse asked and they're really strong today",
        ], are: .crisis)
    }
}

extension SafetyRoundTwentyThreeTests {
    /// A "|" at a step's edge ("sofa| model": a space after the bar began a
    /// new step) or two side by side is an empty alternative: loading warns,
    /// with its line; the same list written whole loads clean.
    @Test(arguments: ["- couch|sofa| model|toy", "- couch||sofa", "- couch|sofa |toy"])
    func anEmptyAlternativeIsWarnedOf(veto: String) throws {
        let loaded = try Fixtures.loadWarnings(adding: "say: frobnicate the widget \(veto)", toGroup: "crisis", saying: "empty alternative")
        #expect(loaded.atTheLine, "\(loaded.all)")
        let fixed = try Fixtures.bundledSafety(adding: "say: frobnicate the widget - couch|sofa|model|toy", toGroup: "crisis")
        #expect(try KnowledgeBaseLoader().load(directory: fixed.directory).loadWarnings.isEmpty)
    }
}

extension SafetyRoundTwentyThreeTests {
    /// Asking how to make a danger go away has it now (a phrase of its own:
    /// "go away" inside a phrase is no ending); told as made to go away by
    /// the treatment it is an ending, and the treatment's effect the topic.
    @Test func wishingItAwayIsNoEnding() throws {
        try Fixtures.expect(["how do i make the suicidal thoughts go away?", "how do i make the urge to cut go away?"], are: .crisis)
        try Fixtures.expectNoAlarm([
            "will the suicidal thoughts go away with ketamine?", "can ketamine make suicidal thoughts go away?",
            "Ketamine made my suicidal thoughts go away within hours.", "The suicidal feelings finally go away after my sixth infusion, so grateful.",
        ])
        #expect(try !Fixtures.isUrgent("My suicidal thoughts went away after the third infusion."))
    }
}

extension SafetyRoundTwentyThreeTests {
    /// Wave sixteen: a supply used on oneself tonight, a note found, using
    /// until one does not come round, biting till it bruises, not leaving
    /// the children behind; a shopping note is no note.
    @Test func meansAndLeavingSaidPlainly() throws {
        try Fixtures.expect([
            "I've got access to the ward supply and tonight I'm using it on myself", "my sister found my note",
            "i want to use it until i dont come round", "I keep biting my arm till it bruises",
            "cant see the point in breathing anymore", "I can't leave them behind, I'm taking the kids with me",
        ], are: .crisis)
        try Fixtures.expectNoAlarm(["my mum found my shopping note"])
    }

    /// Hope given up, no self left, pretending to be fine: distress.
    @Test func hopeGivenUp() throws {
        try Fixtures.expect(["I've stopped believing anything will change", "there's no me left", "tired of pretending i'm fine"], are: .distress)
    }

    /// A crowd driven into is harm meant, unless it is the news; someone
    /// fitting now, sick while unconscious, a poison found to be what one
    /// drank are emergencies; kitchen units fitting are not.
    @Test func harmAndEmergenciesOfWaveSixteen() throws {
        try Fixtures.expect(["i keep thinking about driving into a crowd"], are: .crisis)
        try Fixtures.expect([
            "my wife has started fitting", "he's being sick while he's unconscious",
            "Drank what was in the bottle in the garage, turns out it was antifreeze",
        ], are: .emergency)
        try Fixtures.expectNoAlarm([
            "the news about the man who drove into a crowd", "the kitchen units have started fitting nicely",
            "Worried sick that I'll embarrass myself while I'm out of it",
        ])
    }

    /// Questions about the topic that name a danger: a licence, a danger in
    /// overdose, a job that deals with suicides, a dose in rats, old scars.
    @Test func topicQuestionsOfWaveSixteen() throws {
        try Fixtures.expectNoAlarm([
            "My GP said esketamine is licensed for depression with suicidal ideation as well as TRD",
            "Which is more dangerous in overdose, ketamine or the antidepressants I'm on now?",
            "My partner's a firefighter and deals with suicides at work. Could ketamine help his trauma?",
            "For my A-level chemistry project, what's the lethal dose of ketamine in rats compared to the clinical dose in humans?",
            "Got a tattoo on my wrist last week covering my old self-harm scars. Will that mess up a fresh tattoo?",
            "I run a DBT group and a few members who self-harm asked whether ketamine might help them.",
        ])
        try Fixtures.expect(["I'm licensed to drive and I have suicidal thoughts tonight", "i self harm every night"], are: .crisis)
    }
}

extension SafetyRoundTwentyThreeTests {
    /// "Does anyone else…" asks whether others share what the reader has
    /// (`asking-for-oneself`): the reader's own, not a topic question.
    @Test func askingWhetherAnyoneElseDoesIt() throws {
        try Fixtures.expect([
            "does anyone else stand on the platform and think how easy it would be?",
            "does anyone else get suicidal thoughts after the infusion?",
        ], are: .crisis)
        try Fixtures.expectNoAlarm(["does anyone else get nauseous after?"])
    }
}

extension SafetyRoundTwentyThreeTests {
    /// The second review's mends: a veto of a high dose is a sequence, so
    /// someone not breathing after one is still an emergency; a licence or
    /// approval vetoes only when the treatment is its subject; driving,
    /// feeling sick and breathing exercises are no alarm.
    @Test func theSecondReviewsMends() throws {
        try Fixtures.expect(["My mate took a huge dose and he's not moving.", "He's stopped breathing after a high dose."], are: .emergency)
        try Fixtures.expect([
            "I'm waiting for approval for ketamine and I'm suicidal.",
            "Is ketamine toxic in overdose, asking because I want to take all of mine.", "I'm one of those people who self harm.",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "Is it safe to drive into town to see people after my infusion?", "I felt sick during the infusion but it passed quickly.",
            "What's the point of breathing exercises before the infusion?",
            "In my pharmacology lecture they said ketamine can stop breathing at very high doses.",
        ])
    }
}

extension SafetyRoundTwentyThreeTests {
    /// Wave seventeen, crisis: doses pocketed, a hose bought, the ones who
    /// find me, heights researched, the least painful way to go, someone on
    /// the wrong side of a railing, walking into the sea, saying he'll jump;
    /// a garden hose, the painless way to the clinic and jumping at a
    /// chance are none.
    @Test func crisisOfWaveSeventeen() throws {
        try Fixtures.expect([
            "I've been pocketing my take-home lozenges for a month", "bought a length of hose today",
            "tips for making sure the kids aren't the ones who find me", "I've been researching heights",
            "what's the least painful way to go", "my friend is on the wrong side of the railing on the bridge",
            "my dad is walking into the sea with his clothes on", "my lodger says he'll jump if they evict him",
        ], are: .crisis)
        try Fixtures.expectNoAlarm([
            "bought a new garden hose for watering the plants", "what's the most painless way to go to the clinic from the station?",
            "he says he'll jump at the chance to try ketamine", "I'm a lost cause with forms, can someone help me",
        ])
        try Fixtures.expect(["honestly I'm a lost cause"], are: .distress)
    }

    /// Wave seventeen, emergencies in plain words; a description of a
    /// disorder's signs is none.
    @Test func emergenciesOfWaveSeventeen() throws {
        try Fixtures.expect([
            "used the epipen 10 minutes ago and the swelling is coming back", "blue inhaler does nothing",
            "my chest is tight and the pain is going into my left arm", "my newborn is hot and really sleepy and won't feed",
            "peeing blood with clots and in agony", "pregnant and seeing spots", "I drank a little of the bleach",
            "mum has fallen and her hip is at a weird angle",
        ], are: .emergency)
        try Fixtures.expectNoAlarm(["Weakness or change in feeling on one side of the body.", "i used an epipen once years ago for a bee sting, can i have ketamine?"])
    }
}
