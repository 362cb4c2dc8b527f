import Foundation
import GuideEngine
import Testing

/// The bundled safety file's fifteenth round, found by blind red-teaming
/// (seven helpers wrote dangers and look-alikes first, then ran the
/// guide). Probes of mine and of the helpers, not rows of the labelled sets.
struct SafetyRoundFifteenTests {
    /// A vital sign read out of bounds is an emergency, with or without
    /// "my … is": a phrase word that is a range of numbers (`#50-91`)
    /// after the sign's name.
    static let aReadingOutOfBoundsIsAnEmergency: [String] = [
        "sats 70%",
        "my oxygen 79",
        "dad's O2 at 84 and he's confused",
        "my mam's oxygen on the machine says 81 and she's very breathless",
        "HR 190",
        "heart rate 35 and dropping on my watch, dizzy",
        "BP 240/130",
        "BP keeps climbing - 180/110, now 200/115 twenty min later",
        "glucose 2.1 mmol, cant think straight",
        "his blood sugar is 40 and he's sweating",
    ]

    /// Readings within bounds, and numbers near a sign's name that are no
    /// reading of it.
    static let aReadingWithinBoundsIsNoEmergency: [String] = [
        "sats 97% on the monitor after my infusion, is that ok?",
        "my resting heart rate is 55",
        "my dad is on oxygen at 2 litres",
        "bp 130/85 before the spray",
        "the success rate is 70 percent",
        "my glucose is 5.6, can I have the infusion?",
    ]

    /// A dropped ending that is no single ending and full form stops the
    /// load, naming its entry and line.
    @Test func aMalformedDroppedEndingIsAnErrorWithItsLine() throws {
        let (directory, line) = try Fixtures.bundledSafety(adding: "dropped-ending: i n = ing", toGroup: "language")
        #expect(line > 0)
        #expect {
            try KnowledgeBaseLoader().load(directory: directory)
        } throws: { error in
            "\(error)".contains("safety.txt:\(line)") && "\(error)".contains("'dropped-ending: i n = ing' needs an ending")
        }
    }

    /// A phrase word that opens as a number range but is none would never
    /// match: loading fails and names the word and its line.
    @Test func aMalformedNumberRangeIsAnErrorWithItsLine() throws {
        let (directory, line) = try Fixtures.bundledSafety(adding: "say: sats #9O-", toGroup: "emergency")
        #expect(line > 0)
        #expect {
            try KnowledgeBaseLoader().load(directory: directory)
        } throws: { error in
            "\(error)".contains("safety.txt:\(line)") && "\(error)".contains("'#9O-' is no number range")
        }
    }
}

extension SafetyRoundFifteenTests {
    /// A past the sentence dates does not hide an emergency told in the
    /// present tense beside it (`present-tense`), nor a taking said to be
    /// just done with a past participle ("just taken"); a past told as a
    /// habit, with the present only inside the phrase, stays a past.
    @Test func aPastBesideAnEmergencyNowDoesNotDateIt() throws {
        #expect(try Fixtures.isUrgent("My brother has a history of overdoses and he's not breathing"))
        #expect(try Fixtures.isUrgent("my wife had an overdose years ago and she's not waking up"))
        #expect(try Fixtures.isUrgent("I overdosed years ago and I've just taken all my pills"))
        #expect(try !Fixtures.isUrgent("I used to have panic attacks where I can't breathe, is ketamine ok for anxiety?"))
        #expect(try !Fixtures.isUrgent("My dad had a heart attack five years ago, can I still have ketamine?"))
    }

    /// Pasts dated by someone else's youth, a stage of life or a season
    /// gone by are histories, as the reader's own were.
    @Test(arguments: [
        "my wife self-harmed when she was a teenager, will that matter for her assessment?",
        "my cousin tried to kill himself when we were teens, he's fine now, and he recommended I look into this",
        "my sister self-harmed in high school",
        "I was suicidal last winter but therapy pulled me through. Is ketamine worth trying for the fatigue?",
    ])
    func aPastDatedByAStageOfLifeIsAHistory(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }
}

extension SafetyRoundFifteenTests {
    /// Dangers the blind red-teaming found missed, told by their structure:
    /// endings typed short and other Englishes' spellings, slang for ending
    /// one's life, "I will" threats with a condition or a time, someone
    /// armed coming for people, a person gone limp or unresponsive, cold,
    /// ice, fire and water, and someone's own act of harm just done.
    static let dangerSaidByStructureIsAPhrase: [String] = [
        "he's droppin, he's stoppin breathin",
        "Me da's after collapsin in the garden",
        "i waan die",
        "she cyaan breathe",
        "reckon I'm gonna top meself",
        "ctb tonight",
        "when he gets home I will kill him",
        "I'll shoot him",
        "My brother-in-law is following us with a shotgun.",
        "he's waiting outside with a rifle",
        "she's limp",
        "dude my bro is blue",
        "she's not responsive",
        "my father is lying in the snow outside and won't get up",
        "buddy fell through the ice",
        "the house is on fire and my mum is still inside",
        "my little one went under in the bath, I pulled him out, he's coughing and limp",
        "she hanged herself, I got her down, she's breathing a bit",
        "my mum shot herself this morning, the ambulance hasn't come",
        "my son just jumped out the window, we're on the 3rd floor",
    ]

    /// Look-alikes of this round's phrases.
    static let lookAlikesOfThePhrasesRaiseNoAlarm: [String] = [
        "I'll shoot him a text after my session",
        "my uncle shot himself in 1995, does ketamine help grief?",
        "my friend shot himself in the foot with that job offer",
        "does the drip make you lose consciousness?",
        "I walk with a limp, is the clinic step free?",
        "my dad goes hunting with a rifle every autumn",
        "the curry was on fire, so spicy, I stayed inside all day after",
        "I'm goin to the clinic in the mornin, can I eat before?",
    ]
}

extension SafetyRoundFifteenTests {
    /// Suicide or self-harm naming a field of work or a statistic is no
    /// danger of the reader's ("a suicide prevention charity"); the word
    /// said again of the reader still alarms.
    @Test func aFieldOfWorkOrAStatisticIsNoDanger() throws {
        #expect(try !Fixtures.isUrgent("I work at a suicide prevention charity"))
        #expect(try !Fixtures.isUrgent("I'm a crisis counsellor, I talk to suicidal people every day"))
        #expect(try !Fixtures.isUrgent("I'm a nurse on a self-harm ward, can I have ketamine for my own depression?"))
        #expect(try Fixtures.isUrgent("I'm suicidal and I called the suicide helpline"))
    }
}

extension SafetyRoundFifteenTests {
    /// From the second wave of blind red-teaming: a count with "x" and a
    /// strength, everything taken said bare, slang for ending one's life,
    /// blood thrown up, foaming at the mouth, a low blood pressure and a
    /// temperature out of bounds, a reading told with "has dropped to".
    static let dangerOfTheSecondWaveIsAPhrase: [String] = [
        "14 x 50mg quetiapine, 10 mins ago",
        "took everything. sorry",
        "im gonna off myself",
        "just threw up blood lol that's new",
        "my cousin is foaming at the mouth and twitching",
        "The reading on my oximeter has dropped to 79",
        "Blood pressure 82/50 and I have a fever and shivering",
        "Temperature 41.",
        "My temperature is 34.0 and I'm so cold and confused.",
    ]

    static let lookAlikesOfTheSecondWaveRaiseNoAlarm: [String] = [
        "my temp is 36.8 after the infusion, normal?",
        "my bp is 110/70, fine?",
        "we took everything home after the session",
        "my dog was foaming at the mouth after the vet",
        "Had a bad patch years back, nearly did myself in, got help and I'm right as rain now.",
    ]
}

extension SafetyRoundFifteenTests {
    /// "Still" after a dated past says now only of the danger, not of a
    /// feeling about it (`recent-undone-by`): grief for someone lost long
    /// ago is a history told; thinking about the act now is not.
    @Test func stillGrievingADatedLossIsAHistory() throws {
        #expect(try !Fixtures.isUrgent("my sister jumped off a bridge in 2015. it still haunts me, that's part of why im seeking treatment"))
        #expect(try !Fixtures.isUrgent("My father took his own life in 1962 and I still think about him."))
        #expect(try !Fixtures.isUrgent("his brother killed himself years ago and he still hasn't got over it"))
        #expect(try Fixtures.isUrgent("I tried to kill myself in 2015 and I still think about it every day"))
        #expect(try Fixtures.isUrgent("I tried to kill myself years ago and I still want to"))
    }
}

extension SafetyRoundFifteenTests {
    /// A danger in a story the message opens (`story-frame`, `story-opener`)
    /// is the story's; one told beside a film watched, or the reader's own
    /// after a story word, still alarms.
    @Test func aDangerInAStoryIsTheStorys() throws {
        #expect(try !Fixtures.isUrgent("I'm writing a story where a character overdoses on ketamine, what would realistically happen"))
        #expect(try !Fixtures.isUrgent("in the show the character stops breathing after ketamine, is that real"))
        #expect(try !Fixtures.isUrgent("In my novel a character overdoses"))
        #expect(try Fixtures.isUrgent("during the film he collapsed and isn't breathing"))
        #expect(try Fixtures.isUrgent("we were watching a movie and he stopped breathing"))
        #expect(try Fixtures.isUrgent("I'm writing a story about my life because I want to end it"))
    }
}

extension SafetyRoundFifteenTests {
    /// A question whether the reader will come to a crisis asks about an
    /// effect (`becoming-verb`); an act asked of, a state asked to last, or
    /// a statement of it still alarms.
    @Test func askingWhetherACrisisWillComeIsAQuestion() throws {
        #expect(try !Fixtures.isUrgent("Will I feel suicidal during withdrawal if I stop?"))
        #expect(try !Fixtures.isUrgent("could I become suicidal on ketamine?"))
        #expect(try Fixtures.isUrgent("could I kill myself with 20 of these?"))
        #expect(try Fixtures.isUrgent("will I be suicidal forever?"))
        #expect(try Fixtures.isUrgent("I will feel suicidal if this doesn't work"))
    }
}

extension SafetyRoundFifteenTests {
    /// A danger told in fragments ("40 pills. 15 min ago."): runs of short
    /// sentences are read as one by the phrases too, so a phrase's parts
    /// meet across the full stops.
    static let aDangerToldInFragmentsIsAPhrase: [String] = ["40 pills. 15 min ago", "20 tylenol. 2 hrs ago.", "4yo + drain cleaner. screaming."]
}

extension SafetyRoundFifteenTests {
    /// Carers' reports the second wave found missed: a child into someone's
    /// medicines or taking one by another way than swallowing, a supply
    /// taken at once, a heartbeat out of rhythm with feeling unwell, hurt by
    /// another or by a car, a fall that broke a hip, someone frail unseen for
    /// days or lost.
    static let carersReportsAreAPhrase: [String] = [
        "Our 3yo got into grandmas tablets, we dont know how many",
        "my nephew sprayed my esketamine up his nose, he's 6",
        "my daughter licked my fentanyl patch",
        "My husband has had all his tablets at once.",
        "palpitations and dizzy, cant sit up",
        "my husband was shot",
        "my son was hit by a car",
        "my mum's had a bad fall and I think she's broken her hip, she's in agony",
        "our lodger hasn't come out of his room since friday and there's a smell",
        "my dad has dementia and went out in his pyjamas, it's snowing and we can't find him",
    ]

    static let lookAlikesOfCarersReportsRaiseNoAlarm: [String] = [
        "my son got his flu shot yesterday, can he come to my infusion?",
        "I get palpitations when I'm anxious, is ketamine ok?",
        "I broke my hip in a fall years ago, is the infusion chair ok?",
        "I haven't seen my brother since christmas, he lives alone, can he visit me at the clinic?",
        "My son is 16 with OCD, is he old enough for the nasal spray?",
    ]
}

extension SafetyRoundFifteenTests {
    /// A plan's means made ready, told with a laugh by the young
    /// (red-teaming of the second wave): the laugh hides nothing.
    static let meansMadeReadyWithALaughIsAPhrase: [String] = [
        "i have the pills ready haha",
        "tied a noose today lol",
        "been looking at methods all night lol",
        "searched how many tylenol to die lol",
    ]

    static let lookAlikesOfMeansMadeReadyRaiseNoAlarm: [String] = [
        "we tied a noose knot at scouts",
        "I was reading about methods of pain relief all night",
        "I've got my meds all sorted in the dosette for the week",
    ]
}

extension SafetyRoundFifteenTests {
    /// The first wave's misses, told by their structure: attempts counted,
    /// thoughts of before an attempt come back, a heart hoped to stop, a
    /// medicine made deadly, a life brought to a close in formal words,
    /// lips gone blue, a fit on the floor, a weapon taken to a school,
    /// pills eaten in other Englishes' tenses, a taking counted and just
    /// done, a count typed onto its unit, Spanish.
    static let theFirstWavesMissesAreAPhrase: [String] = [
        "survivor of two attempts, about to make it three",
        "the same thoughts as before my attempt, word for word. theyre back and theyre loud",
        "Hoping the ketamine stops my heart honestly, two birds one stone",
        "Is there a way to make ketamine lethal? asking because I'm done",
        "I intend to bring my life to a close on my own terms",
        "mate's k-holed for like 2 hrs now and going blue round the lips",
        "bro's fitting on the floor after a bump",
        "if that teacher gives my son one more detention I'll bring my gun to the school",
        "pls help my frend eat many pill we dont no what",
        "how long does it take to die from paracetamol? I took 30 this morning",
        "20 x 50mg quetiapine 1hr ago",
        "mi hermano tomo muchas pastillas y no despierta",
    ]

    static let lookAlikesOfTheFirstWavesMissesRaiseNoAlarm: [String] = [
        "hoping the infusion doesn't stop my heart lol",
        "Is there anything that could make the ketamine lethal, like mixing with other meds?",
        "I take many pills every day for my heart",
        "I'll bring my knife to the cooking class",
        "the kitchen fitting is done, can I come in tomorrow",
        "Say my kid found my lozenges and ate one, what would I do?",
        "I took an overdose 10yrs ago, I'm fine now",
    ]
}

extension SafetyRoundFifteenTests {
    /// An emergency told as a habit, near its marker in its clause, is no
    /// emergency now (`habit-marker`); one beyond a "but" (`contrast`), or in
    /// a message that says now, still alarms.
    @Test func anEmergencyToldAsAHabitIsNoneNow() throws {
        #expect(try !Fixtures.isUrgent("I get chest pains from anxiety sometimes, is ketamine ok?"))
        #expect(try Fixtures.isUrgent("I always carry my inhaler but I can't breathe and it's not working"))
        #expect(try Fixtures.isUrgent("my dad has seizures sometimes and he's having one now"))
        #expect(try Fixtures.isUrgent("I always get chest pain at night and right now it's crushing"))
    }
}

extension SafetyRoundFifteenTests {
    /// The third wave's misses, told by their structure: everything taken
    /// with no noun, someone found hanging, fear of harming one's baby, no
    /// longer a worry to anyone, a first-aider's words, bleeding that
    /// gushes, choking told with what it does, a rigid belly, a hypo and a
    /// meter's HI, fever in a baby under three months (NICE NG143), a poison
    /// drunk in other tenses, Irish English's perfect, a blood pressure told
    /// with "over".
    static let theThirdWavesMissesAreAPhrase: [String] = [
        "took the lot",
        "popped like 30",
        "Dad's hanging in the garage",
        "I'm scared I'll shake the baby, she won't stop crying and I'm losing it",
        "soon you won't have to worry about me",
        "my dad is in cardiac arrest",
        "doing CPR on my wife",
        "it's gushing blood",
        "choking, help",
        "excruciating stomach pain, can't stand up, belly rigid",
        "I'm having a hypo",
        "glucose reading HI",
        "my baby has a fever of 39, she's 6 weeks old",
        "my brother drink gramoxone",
        "I'm after taking all me tablets",
        "bp 75 over 40",
    ]

    /// A question whether a symptom is a side effect, naming no person,
    /// asks about it; told of oneself, it alarms.
    @Test func askingWhetherASymptomIsASideEffectIsAQuestion() throws {
        #expect(try !Fixtures.isUrgent("is chest pain a side effect?"))
        #expect(try !Fixtures.isUrgent("is fainting a side effect of the infusion?"))
        #expect(try Fixtures.isUrgent("my chest hurts, is that a side effect?"))
    }

    static let lookAlikesOfTheThirdWavesMissesRaiseNoAlarm: [String] = [
        "the picture is hanging in the garage",
        "I did a CPR course last year",
        "I have period cramps, worst stomach pain ever every month",
        "My great-grandmother took poison during the war, it's a family story. Does depression run in families?",
    ]
}

extension SafetyRoundFifteenTests {
    /// Every danger of the round's phrases...
    static let dangers = [
        aReadingOutOfBoundsIsAnEmergency, dangerSaidByStructureIsAPhrase, dangerOfTheSecondWaveIsAPhrase,
        aDangerToldInFragmentsIsAPhrase, carersReportsAreAPhrase, meansMadeReadyWithALaughIsAPhrase,
        theFirstWavesMissesAreAPhrase, theThirdWavesMissesAreAPhrase,
    ].flatMap { $0 }
    /// ...and every look-alike of them, each list above with what it shows.
    static let lookAlikes = [
        aReadingWithinBoundsIsNoEmergency, lookAlikesOfThePhrasesRaiseNoAlarm, lookAlikesOfTheSecondWaveRaiseNoAlarm,
        lookAlikesOfCarersReportsRaiseNoAlarm, lookAlikesOfMeansMadeReadyRaiseNoAlarm,
        lookAlikesOfTheFirstWavesMissesRaiseNoAlarm, lookAlikesOfTheThirdWavesMissesRaiseNoAlarm,
    ].flatMap { $0 }

    /// The phrases alone alarm on every danger and on no look-alike.
    @Test(arguments: dangers.map { ($0, true) } + lookAlikes.map { ($0, false) })
    func thePhrasesAlarmOnDangersOnly(_ text: String, _ isDanger: Bool) throws {
        #expect(try Fixtures.phrasesAlarm(text) == isDanger, "\(text)")
    }
}

extension SafetyRoundFifteenTests {
    /// A question of means asked in general is a topic; said to be the
    /// reader's own ("asking for me", `asking-for-oneself`), it alarms,
    /// even one asking what something is.
    @Test func aQuestionOfMeansSaidToBeTheReadersAlarms() throws {
        #expect(try Fixtures.isUrgent("Whats the lethal dose of ketamine? asking for me"))
        #expect(try Fixtures.isUrgent("Which is the painless way? Asking for myself."))
        #expect(try !Fixtures.isUrgent("Whats the lethal dose of ketamine?"))
        #expect(try !Fixtures.isUrgent("what's the quickest way to get to the clinic? asking for me"))
    }
}
