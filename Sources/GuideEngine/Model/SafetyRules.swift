/// The phrases that make the guide stop answering and send the reader to a
/// person, with the words it says then.
///
/// Kept as data so that a clinic outside the US can put its own crisis line in,
/// and so that no symptom or phrase is written into the engine's code.
public struct SafetyRules: Sendable, Equatable {
    /// The groups a knowledge base must have, each with phrases and a message:
    /// loading fails without them rather than screening nothing.
    public static let requiredStatuses: [Reply.Status] = [.crisis, .emergency]

    /// What the screen looks for, most urgent status first, then in file order.
    public var categories: [SafetyCategory]
    /// Said before an answer about a known effect when the reader describes it.
    public var symptomNote: [SafetyMessageLine] = []
    public var path: String = ""
    /// Intents that are short-term effects a reader may describe having.
    public var symptomIntents: Set<String> = []
    /// Words that open a question ("will", "can"), so "will I feel sick?" is
    /// not a report of feeling sick.
    public var questionWords: Set<String> = []
    /// Words a question may start with before its question word ("and does
    /// it help?", "so will I feel sick?").
    public var openers: Set<String> = []
    /// Words or phrases that place an emergency in the past ("a stroke
    /// years ago", "used to have fits"), so a medical history is referred,
    /// not treated as an emergency now; each is its words in order.
    public var historyMarkers: [[String]] = []
    /// Words or phrases that say an emergency told in the past tense was
    /// settled ("my son had a seizure three weeks ago, he's fine", "chest
    /// pain last Tuesday, turned out to be a pulled muscle"), each as its words.
    public var settledMarkers: [[String]] = []
    /// Words that keep an emergency told with a settled-marker a danger now
    /// ("…20 minutes ago and he's fine now", "…and he's still not right").
    public var settledUndoneBy: [[String]] = []
    /// Taking verbs that tell of anything else happening too ("had a
    /// seizure"): a phrase with only these of the taking verbs is no
    /// taking for `settled-marker`.
    public var lightTakingVerbs: Set<String> = []
    /// Words that place it now after all ("an hour ago", "tonight"): they
    /// outweigh the history markers.
    public var recentMarkers: Set<String> = []
    /// Words written out that the screen reads as their contraction ("do
    /// not" → "dont", "cannot" → "cant"), keyed by the words joined by a space.
    public var contractions: [String: String] = [:]
    /// Endings typed short of their full form (`dropped-ending: in = ing`:
    /// "breathin", "collapsin", "dyin"): a word with one counts as its
    /// full form does too.
    public var droppedEndings: [String: String] = [:]
    /// Recent markers of several words ("last night", "this morning"), each as its words.
    public var recentPhrases: [[String]] = []
    /// Words that, just after a recent marker, make it say now only of a
    /// feeling about the past ("it still haunts me", "she still grieves",
    /// "I still miss him"): no now of the danger told.
    public var recentUndoneBy: [[String]] = []
    /// Words of a story told or watched (`story-frame`: "novel", "movie",
    /// "character", "scene"): a danger in the story they open is no danger
    /// of the reader's ("in my novel a character overdoses").
    public var storyFrames: Set<String> = []
    /// Words that open the story a frame word names, just after it
    /// ("a movie where…", "a story about…") or just before it, perhaps with a
    /// determiner between ("in my novel…", "in the show…"): "during the film
    /// he collapsed" opens no story.
    public var storyOpeners: Set<String> = []
    /// Verbs of coming to a state (`becoming-verb`: "feel", "get",
    /// "become"): a question whether the reader will come to a crisis or
    /// distress ("will I feel suicidal during withdrawal?") asks about an
    /// effect, it tells none.
    public var becomingVerbs: Set<String> = []
    /// Verbs of a state's beginning (`onset-verb`: "start", "get"): after
    /// "if I" just before a crisis, in a question that asks what to do, it
    /// tells of a time to come ("if I start feeling suicidal between
    /// infusions, who do I call?"); "if I feel suicidal, who do I call?"
    /// may be asked in one and still alarms.
    public var onsetVerbs: Set<String> = []
    /// The words that suppose a crisis begins (`onset-opener`: "if"; not
    /// "when", which may tell a habit: "when I get suicidal, who can I
    /// call?").
    public var onsetOpeners: Set<String> = []
    /// Recent markers of minutes and hours (`just-now-marker`: "minutes",
    /// "hour", "tonight"): after a taking in its clause, they date the
    /// taking, also in a question ("…if I took 30 of my pills an hour ago?").
    public var justNowMarkers: Set<String> = []
    /// Words that tell an emergency as a habit (`habit-marker`: "always",
    /// "every month", "easily"): "I bleed a lot every month", "I pass out
    /// when I stand up too fast, always have" are no emergency now, unless
    /// the message says now.
    public var habitMarkers: [[String]] = []
    /// Words that turn to something else (`contrast`: "but", "yet"): a
    /// habit marker does not reach across one.
    public var contrastWords: Set<String> = []
    /// Words that say now only just before a past tense ("just took"; not
    /// "just so you know").
    public var recentBeforePast: Set<String> = []
    /// Recent markers that name a day ahead or a weekday (`treatment-day`:
    /// "tomorrow", "Thursday"): after a word of the treatment's own time in
    /// their clause ("my consult is Thursday") they date the appointment,
    /// not the danger.
    public var treatmentDays: [[String]] = []
    /// Words that make a story word a place (`not-a-story`: "on scene",
    /// "at the scene"): a paramedic on scene tells what is happening.
    public var notAStory: [[String]] = []
    /// Words that put a quoted question to the reader (`addressed-to-reader`:
    /// "are you…?"): answered yes after it, it is the reader's own.
    public var addressedToReader: Set<String> = []
    /// Words that start another event in a clause (`new-event-word`: "and
    /// then"): a past marker's longer reach stops there.
    public var newEventWords: Set<String> = []
    /// Past-marker words that name what they date after them
    /// (`names-what-follows`: "history"): "history of asthma" dates asthma,
    /// not the emergency beside it.
    public var namesWhatFollows: Set<String> = []
    /// Words of an emergency that alarm typed alone with urgency
    /// (`bare-alarm`: "seizure!!", "911??", "ambulance pls"): with only
    /// `bare-alarm-filler` words beside them (a person, "help", "please"),
    /// and an `urgent-mark` ("!", "??") or an `urgent-word` ("help", "now").
    public var bareAlarms: [[String]] = []
    public var bareAlarmFillers: Set<String> = []
    /// Words typed glued to the word before them (`glued-word`: "myself"
    /// in "killmyself", a voice-to-text artefact): a word the language does
    /// not know that is a word it knows and one of these is read as both.
    public var gluedWords: [String] = []
    public var urgentWords: Set<String> = []
    public var urgentMarks: [String] = []
    /// Where `bare-alarm` is, for the finding's citation.
    public var bareAlarmLine = 0
    /// Emoji that, sent alone, ask for a check-in (`bare-emoji`: a rope, a
    /// gun, pills, a coffin): a message of nothing else names no question to
    /// answer, and in the register of the young it may say what words do not.
    /// Kept without the emoji variation selector.
    public var bareEmoji: Set<String> = []
    /// Where `bare-emoji` is, for the finding's citation.
    public var bareEmojiLine = 0
    /// Past tenses of thinking that "just" does not make now ("just thought
    /// you should know"), unlike an act ("just took").
    public var notRecentAfter: Set<String> = []
    /// Words that open a sentence dating the one before it ("that was").
    public var datingOpeners: [[String]] = []
    /// Words or phrases that date a crisis or distress the reader names to a
    /// past that is over ("suicidal years ago", "an overdose in 2010", "as a
    /// teenager"), so a history told with a question is not a disclosure
    /// now; unlike `historyMarkers`, none is a span that reaches today ("for
    /// years"). `{year}` in one stands for a year written in digits.
    public var pastMarkers: [[String]] = []
    /// Ages and decades of life ("at {age}", "in her {decade}") that date a
    /// message for its well-markers only: alone, "at 16" may be a time.
    public var ageMarkers: [[String]] = []
    /// Ages given as now ("I'm {age} now", `age-now-marker`): they date
    /// what was told before them, and say a danger told in the past tense
    /// before them is behind.
    public var ageNowMarkers: [[String]] = []
    /// How many words may stand between a past marker and the phrase it
    /// dates ("suicidal years ago": none).
    public var pastMarkerReach = 4
    /// How far a past marker reaches when it opens the phrase's clause with
    /// its subject ("last year I was hospitalised after an overdose").
    public var pastMarkerSubjectReach = 4
    /// Words or phrases that say a danger told before them is over ("that
    /// passed", "it has lifted", "I came through it"): a crisis or distress
    /// told in the past tense before one is a history.
    public var overMarkers: [[String]] = []
    /// Words that, just after a danger in its clause, say it ended
    /// (`ended-after:` "went away", "stopped", "free": "my suicidal thoughts
    /// went away", "8 years self harm free"), whatever the tense.
    public var endedAfter: [[String]] = []
    /// Words that, just before a danger, say it ended (`ended-before:`
    /// "free from": "free from suicidal thoughts for a year").
    public var endedBefore: [[String]] = []
    /// Words that may stand between a danger and its `endedAfter` marker
    /// (`ended-gap:` "thoughts", "urges", "completely"), besides auxiliaries:
    /// "my urge to die is gone", not "I want to die and my hope is gone".
    public var endedGap: Set<String> = []
    /// First-person words that open what the reader does (`ended-subject:`
    /// "i", "im"; not "my"): after a recent marker, a relapse told after an
    /// ended danger.
    public var endedSubjects: Set<String> = []
    /// Words or phrases of being well now ("I'm fine now", "doing well"),
    /// over-markers only when a past marker dates something in the message.
    public var wellMarkers: [[String]] = []
    /// Words that tell the past ("was", "went", "thought"), besides those
    /// with a `pastEndings` ending.
    public var pastTenseWords: Set<String> = []
    /// Words that tell the present (`present-tense:`): an emergency told
    /// with one just before it ("and he's not breathing") is now, whatever
    /// past the sentence also dates ("my brother has a history of overdoses").
    public var presentTenseWords: Set<String> = []
    /// Endings of past tenses ("-ed": "wanted", "tried"), after three letters or more.
    public var pastEndings: [String] = []
    /// Question words that ask what something will do ("will", "can",
    /// "does"): with a subject that is no person and an `effectWords` verb,
    /// the question asks about an effect ("will the spray make me want to
    /// hurt myself?"), it does not tell of one.
    public var effectOpeners: Set<String> = []
    /// Verbs that say what something does to a person ("make", "cause").
    public var effectWords: Set<String> = []
    /// Verbs that ease ("reduce", "bring down"): in a statement of what
    /// something does they are effects too ("the doctor says ketamine can
    /// reduce suicidal thoughts"), in a question they ask for relief.
    public var easingWords: Set<String> = []
    /// How many words may stand between an effect word and the phrase it
    /// introduces ("make me want to hurt myself": three).
    public var effectReach = 3
    /// Words that ask for relief ("less", "stop"): a question of effect with
    /// one ("will it make me want to die less?") tells of what it asks to ease.
    public var effectRelief: Set<String> = []
    /// Subjects that say nothing eases it ("nothing helps my suicidal
    /// thoughts"): an easing verb after one tells of no effect (`nothing-word`).
    public var nothingWords: Set<String> = []
    /// Words that ask for a topic's signs or risks ("signs of"): a phrase
    /// naming a topic just after one in a question is asked about.
    public var topicOfMarkers: [[String]] = []
    /// Words that ask how an emergency is prevented, found or treated
    /// ("how to prevent", "monitor for", `emergency-topic-of`): not of a
    /// crisis ("how to prevent suicide, I'm about to").
    public var emergencyTopicOfMarkers: [[String]] = []
    /// Words that ask what something is or how common ("what is", "how
    /// rare is", `asks-what-it-is`): an emergency named just after them,
    /// past an `article`, is asked about ("what is anaphylaxis?").
    public var asksWhatItIs: [[String]] = []
    /// Words that may stand between such words and what they ask about.
    public var articles: Set<String> = []
    /// Words of a question that compares ("the same as", "the difference
    /// between", `comparing`): an emergency after one in its clause is asked about.
    public var comparing: [[String]] = []
    /// Nouns for what a treatment does ("side effects"): a question with
    /// one and no first-person word asks about a symptom in general ("is
    /// chest tightness one of the side effects?").
    public var effectNouns: Set<String> = []
    /// Words that make a sentence about the reader ("I", "my").
    public var firstPersonWords: Set<String>
    /// Words that name someone else ("he", "my son", "a friend"): the
    /// nearest person word before a phrase says whom it is about.
    public var otherPersonWords: Set<String> = []
    /// Verbs that, after a negative question word opening a sentence with
    /// no question mark, make it a statement whose "I" was left out ("can't
    /// sleep", "don't want to be here"), not a question ("can't I…").
    public var verbsWithoutSubject: Set<String> = []
    /// Endings of a verb that opens a statement without its "I" ("-ing":
    /// "cutting again"), after three letters or more.
    public var subjectlessEndings: [String] = []
    /// Words with such an ending that are no verb ("everything", "morning").
    public var subjectlessExceptions: Set<String> = []
    /// Verbs that open a statement without its "I" ("been thinking…",
    /// "want to…"), and are no noun.
    public var subjectlessVerbs: Set<String> = []
    /// Words for anyone at all ("if you get chest pain"): a symptom supposed
    /// of them in a question is asked about, not happening.
    public var genericPersonWords: Set<String> = []
    /// Words that make a person one of people in general ("one of those
    /// patients", "like the people"), and the determiners they may take.
    public var likenessWords: Set<String> = []
    public var determiners: Set<String> = []
    /// Words for people in general ("patients", "people"): a danger said of them is a topic.
    public var peopleInGeneral: Set<String> = []
    /// Words that open a clause that only supposes ("if I feel dizzy,
    /// should I…"): such a clause describes nothing the reader has.
    public var hypotheticalWords: Set<String> = []
    /// Words that, just before a hypothetical word in a question, make it
    /// suppose whoever it is of ("what if the spray makes me feel…?").
    public var supposingOpeners: Set<String> = []
    /// Words that only suppose, before an emergency in a question, of the
    /// reader too ("hypothetically", "in case", "if I ever"): unlike a plain
    /// "if I took…?", which a frightened reader may ask of what happened.
    public var onlySupposing: [[String]] = []
    /// Words that say a question about people in general is the reader's
    /// own ("does it work for people who are tired of being alive? asking
    /// for me"): the message is then about the reader wherever it asks.
    public var askingForOneself: [[String]] = []
    /// Words that ask whether it is normal to have a danger ("is it normal
    /// to want to step in front of a bus?", "is it ok to be suicidal?"):
    /// the asker's own crisis, unless the message names someone else ("…?
    /// asking for my son").
    public var askingWhetherNormal: [[String]] = []
    /// Words, in a statement after a question about people, that say the
    /// asker is one of them ("does it help people who feel suicidal? sounds
    /// like me"): the danger is told, not asked, whatever the question asks.
    public var oneOfThem: [[String]] = []
    /// Question frames that presuppose the asker has what follows ("does
    /// anyone else feel like a burden?", "am I the only one who…"): the
    /// words after the frame are judged by meaning as the asker's own
    /// statement, where a question naming no one would not be judged at all.
    public var sharedExperience: [[String]] = []
    /// The word the asker is then the subject as (`shared-experience-subject`: "I").
    public var sharedExperienceSubject = ""
    /// Pronouns for the "anyone" that stand for the asker after such a frame,
    /// each with the asker's own ("…feel like they're a burden" → "I'm").
    public var sharedExperiencePronouns: [String: String] = [:]
    /// Words that tell means at hand ("I have 90 tablets here", "I'm in the
    /// bath now"): a crisis asked as a topic in a message that tells them
    /// in another sentence is the reader's own.
    public var meansAtHand: [[String]] = []
    /// Words by which someone else asks or screens for a danger of the
    /// reader's ("the doctor asked if I have suicidal thoughts"), and words
    /// that answer yes to it ("I said yes").
    public var askedByOther: [[String]] = []
    /// Each emoji's words (`emoji:` of `[language]`, a list in the
    /// knowledge base: "💊" → "pill"), read in their place by the screen,
    /// so "💊💊💊🥃" is words to it, not an empty message.
    public var emojiWords: [String: String] = [:]
    public var askedUndoneBy: [[String]] = []
    /// Words of a question that asks whom to contact or what to do
    /// ("who would I call", "what's the plan"): after words that only
    /// suppose, a crisis so asked about is a question of safety planning.
    public var askingForHelp: Set<String> = []
    /// Words a question word may ask of besides a person ("is there", "does
    /// it"): after a sentence opened by a hypothetical word, such a pair
    /// makes it a question typed without its question mark.
    public var askedOf: Set<String> = []
    /// Words that, just after a denial word, make it doubt rather than
    /// deny ("I'm not sure I want to be here"): the sentence is still
    /// judged by meaning.
    public var denialUndoers: Set<String> = []
    /// Words with which the reader says they fear something ("I'm scared
    /// …", `fear` in `[language]`): what is feared is not wished.
    public var fearWords: Set<String> = []
    /// Words that ask or fear whether something may happen ("could I pass
    /// out…?", "I'm afraid I'll have an allergic reaction", `may-happen`):
    /// an emergency so spoken of is not happening now.
    public var mayHappenWords: Set<String> = []
    /// Words that may stand between such a word and the emergency without
    /// making it something else ("could I ever stop breathing?",
    /// `may-happen-filler`); "could I be having…" is not so filled.
    public var mayHappenFillers: Set<String> = []
    /// Words that, just before the emergency, make it done ("could I have
    /// taken too many?", `perfect-auxiliary`): a question of what happened.
    public var perfectAuxiliaries: Set<String> = []
    /// Words of a present perfect that reaches today ("I've wanted to die
    /// since…", `ongoing-perfect`): a danger so told is not in the past
    /// tense, whatever over-marker or age follows it.
    public var ongoingPerfect: [[String]] = []
    /// Words that tell that what a question asks about is happening to the
    /// reader ("I think I'm having one", `happening-now`).
    public var happeningNow: [[String]] = []
    /// Words of taking a substance ("took", "swallowed", `taking-verb`): the
    /// reader's own phrase with one, or naming the `taking-class`, is an
    /// overdose a question may tell of ("what happens if I took…?"), not
    /// only suppose.
    public var takingVerbs: Set<String> = []
    /// The word class (of [word-classes]) a phrase of taking names ("{medicine}", `taking-class`).
    public var takingClass: String?
    /// The word class of people a reader may see in front of them
    /// (`present-class`: "a man", "client"), who may be told of before a
    /// question too ("a man is bleeding, what do I do?").
    public var presentClass: String?
    /// Number words that count as a large count (`#` in a phrase), besides
    /// numerals of at least `largeCountMinimum`.
    public var largeCountWords: Set<String> = []
    /// Words for a count below a large one ("two", "a couple"), which with
    /// the large ones and numerals fill a marker's `{count}` ("well for
    /// {count} years").
    public var smallCountWords: Set<String> = []
    /// The smallest numeral `#` accepts ("took 20 of my pills").
    public var largeCountMinimum: Int = 5
    /// Named classes of words (`[word-classes]`), for `{name}` in a phrase.
    public var wordClasses: [String: SafetyWordClass] = [:]
    /// What loading found weak but not wrong (a class's missing word list),
    /// for `validate` to show; loading itself keeps only errors.
    public var warnings: [Diagnostic] = []
    /// Words that, just before a phrase, cancel it ("not", "never").
    /// How probable the model must find danger in a statement that names
    /// no person ("the blade is next to the bath"); 1 or more: never judged.
    public var modelThresholdWithoutPerson: Float = 1
    public var negations: Set<String>
    /// Words that, just after a negation, make it no negation of what
    /// follows ("can't wait to end it", "wouldn't mind never waking up").
    public var negationUndoers: Set<String> = []
    /// Words that make a sentence a denial ("I'm not going to…"), which the
    /// comparison by meaning leaves alone (it cannot tell "not" apart).
    public var denials: Set<String> = []
    /// Words that may stand between "I" and a denial word ("I am not", "I would never").
    public var auxiliaries: Set<String> = []
    /// Words that make an effect mild ("a little", "slightly"): a sentence
    /// with one is not taken for an emergency by meaning alone.
    public var mildWords: Set<String> = []
    /// Characters typed for a letter to hide a word from filters ("1" for
    /// "i" in "k1ll", "!" in "k!ll"): read as the letter between two letters.
    public var lookAlikeLetters: [Character: Character] = [:]
    /// Those of `lookAlikeLetters` read as their letter also at a word's
    /// start, before two letters or more ("$uicidal"): no digit, since
    /// "3rd" and "5th" are numbers.
    public var lookAlikeOpenings: Set<Character> = []
    /// How many single letters set apart by spaces are read as one word
    /// ("k m s", "d i e"): spellings that hide a word from filters; two
    /// ("r u ok") are left alone. 0 reads none.
    public var spacedLettersFrom = 0
    /// Units of time ("years", "hours"): a number before one is a
    /// duration, not a count of pills (`#`): "depressed for 15 years, tried
    /// 8 meds" names no 15 of anything.
    public var durationUnits: Set<String> = []
    /// The word class (`scenario-class:`, a name of [word-classes]) whose
    /// words set a question in the treatment ("during his infusion"): a
    /// danger supposed of someone else there is a scenario asked about.
    public var scenarioClass: String?
    /// Words that, before a phrase, mean the reader is asking about a topic.
    public var topicMarkers: Set<String>
    /// Replies that withdraw a flagged message ("never mind") and what the guide says then.
    public var retractions: [String]
    public var retractionReply: [SafetyMessageLine] = []
    /// A footnote for answers about a sensitive topic (the crisis line).
    public var topicFootnote: [SafetyMessageLine] = []
    /// Small-talk intents whose reply carries the footnote too (`intents:`
    /// of `[footnote]`): a plain "I need help" may be more than a question
    /// about the guide.
    public var footnoteIntents: Set<String> = []
    /// The crisis and emergency lines by region (`crisis-lines.txt`).
    public var regions: [CrisisRegion] = []
    /// Example sentences by category, for recognising messages by meaning
    /// (`safety-examples.txt`); used when the knowledge base has embeddings.
    public var examples: [SafetyExample] = []
    /// How alike (cosine, 0...1) a sentence must be to a category's nearest
    /// example to be flagged by meaning (`[by-meaning] threshold:`).
    public var meaningThreshold: Float = 0.5
    /// By how much it must be nearer to it than to the nearest harmless
    /// example (`[by-meaning] margin:`).
    public var meaningMargin: Float = 0.01
    /// Sentences shorter than this many words must be `meaningShortThreshold`
    /// alike: a short statement ("my son is 19") has too few words for its
    /// mean vector to say much (`[by-meaning] minimum-words:`).
    public var meaningMinimumWords = 5
    /// How alike a short sentence must be (`[by-meaning] short-threshold:`).
    public var meaningShortThreshold: Float = 0.7
    /// The model that tells statements of danger by meaning
    /// (`language/safety-model-<language>.txt`), if the knowledge base has one.
    public var model: SafetyModel?
    /// How probable the model must find danger to flag a statement
    /// (`[by-meaning] model-threshold:`).
    public var modelThreshold: Float = 0.8
    /// The model is not used for a sentence whose nearest harmless example
    /// is more alike than its nearest example of danger by more than this
    /// (`[by-meaning] model-harmless-lead:`).
    public var modelHarmlessLead: Float = 0.12
    /// A sentence near enough an example of danger is still let go when the
    /// model finds danger less probable than this (`[by-meaning]
    /// model-doubt:`): one near example is weaker evidence than the model,
    /// fitted on thousands of messages ("my partner takes tramadol for his
    /// back" is near "I've finished the whole pack of tramadol"). 0: never.
    public var modelDoubt: Float = 0
    /// A question with a first-person word ("is it normal not to care if I
    /// wake up?") is judged by the model alone, at this probability or more
    /// (`[by-meaning] model-threshold-question:`; 1: questions are not judged).
    public var modelThresholdForQuestions: Float = 1
    /// The model fitted on whole messages, questions among them
    /// (`language/safety-question-model-<language>.txt`): the statement
    /// model, fitted on what is told, reads nearly every question as
    /// harmless, and a question naming no one is not given to it at all.
    public var questionModel: SafetyModel?
    /// A message with a question that nothing else flags is flagged when the
    /// question model finds danger at least this probable
    /// (`[by-meaning] question-model-threshold:`; 1: never).
    public var questionModelThreshold: Float = 1
    /// A message's statements, when none alone is flagged, are judged
    /// together by the model alone, at this probability or more
    /// (`[by-meaning] model-threshold-together:`; 1: never together).
    public var modelThresholdTogether: Float = 1
    /// A statement in which the reader denies something ("I'm not going to
    /// do anything about it") is judged by the model alone, at this
    /// probability or more (`[by-meaning] model-threshold-denial:`; 1: such
    /// a statement is left to the phrases): a mean of word vectors cannot
    /// hear "not", but a denial beside a wish ("Would be a relief to just
    /// not be. I'm not going to do anything about it.") still tells of danger.
    public var modelThresholdDenial: Float = 1
    /// A statement opened by a hypothetical word ("if this doesn't work I'm
    /// done") is judged by the model alone, at this probability or more
    /// (`[by-meaning] model-threshold-supposed:`; 1: such a statement is
    /// left to the phrases, as one that only supposes).
    public var modelThresholdSupposed: Float = 1
    /// A statement in which the reader says they fear something ("I'm
    /// scared my husband will think less of me for needing this") is
    /// judged by the model alone, at this probability or more
    /// (`[by-meaning] model-threshold-fear:`; 1: such a statement is left to
    /// the phrases): a mean of word vectors hears what is feared as if it
    /// were wished.
    public var modelThresholdFear: Float = 1
    /// A statement with a word that makes it about the topic ("curious",
    /// "wondering", "read": `topic-marker`) is judged by the model alone, at
    /// this probability or more (`[by-meaning] model-threshold-topic:`; 1:
    /// such a statement is left to the phrases): "I've been wondering if
    /// anyone would notice if I disappeared" asks of no topic.
    public var modelThresholdTopic: Float = 1
    /// A statement in which a crisis or distress phrase matches but one of
    /// its vetoes rules it out ("I want to die of embarrassment", "CRPS is
    /// kicking my butt") is judged by the model alone, at this probability
    /// or more (`[by-meaning] model-threshold-vetoed:`; 1: such a statement
    /// is left to the phrases): the veto names the harmless sense its words
    /// are in, which a mean of word vectors cannot hear.
    public var modelThresholdVetoed: Float = 1

    public init(
        categories: [SafetyCategory] = [], firstPersonWords: Set<String> = [], negations: Set<String> = [],
        topicMarkers: Set<String> = [], retractions: [String] = []
    ) {
        self.categories = categories
        self.firstPersonWords = firstPersonWords
        self.negations = negations
        self.topicMarkers = topicMarkers
        self.retractions = retractions
    }

    /// The first category with `status`, in checking order.
    public func category(_ status: Reply.Status) -> SafetyCategory? {
        categories.first { $0.status == status }
    }

    /// The category named `name` (its `[group]` in the safety file).
    public func category(named name: String) -> SafetyCategory? {
        categories.first { $0.name == name }
    }
}

/// One kind of message the screen catches: a `[group]` of the safety file
/// (crisis, harm to others, emergency, distress, referral), with its status.
public struct SafetyCategory: Sendable, Equatable {
    /// The group's name in the safety file.
    public var name: String
    public var status: Reply.Status
    /// What the guide says, line by line, each for its audience and place.
    public var lines: [SafetyMessageLine]
    public var patterns: [SafetyPattern]

    public init(name: String, status: Reply.Status, lines: [SafetyMessageLine], patterns: [SafetyPattern]) {
        self.name = name
        self.status = status
        self.lines = lines
        self.patterns = patterns
    }
}

/// One line of a safety message, and to whom and where it is said.
///
/// A message about the reader ("I want to die") and one about someone else
/// ("my brother says he wants to die") differ in their opening; a kiosk in
/// a waiting room has staff to tell, a terminal at home does not.
public struct SafetyMessageLine: Sendable, Equatable {
    public enum Audience: String, Sendable, CaseIterable {
        /// Always said (the key `message:` or `note:`/`reply:`/`text:`).
        case everyone = "message"
        /// Only when the message is about the reader.
        case reader = "to-reader"
        /// Only when the message is about someone else.
        case other = "to-other"
        /// Only where staff are on site (the kiosk, a clinic terminal).
        case staff = "staff"
        /// Only where there are no staff (at home).
        case noStaff = "no-staff"
    }

    public var audience: Audience
    /// The wording, with `{emergency-number}`, `{crisis-line}` or (alone on
    /// its line) `{crisis-lines}` filled from the reader's region.
    public var text: String

    public init(audience: Audience, text: String) {
        self.audience = audience
        self.text = text
    }
}

/// A phrase to look for, as written in the safety file.
public struct SafetyPattern: Sendable, Equatable {
    /// Words separated by spaces; `a|b` is either word, `*` is up to four
    /// words of any kind, `#` a large count ("20", "fifty"), `{name}` any
    /// word of a word class; `a + b` both in one sentence, `a - c` not in a
    /// sentence where `c` is (see safety.txt).
    public var text: String
    /// When true the phrase counts only in a sentence about the reader.
    public var needsFirstPerson: Bool
    /// The name of the category the phrase belongs to.
    public var category: String = ""
    public var path: String
    public var line: Int
    /// For a finding by meaning, how it was found; `/why` shows it.
    public var meaning: MeaningScore?

    /// The safety file's keys for a phrase: one that counts whoever it is
    /// about, and one that counts only in a sentence about the reader.
    public static let anyoneKey = "say"
    public static let aboutReaderKey = "about-me"

    /// Starts the text of a finding by meaning: "~ " then the example it was nearest.
    public static let meaningMark = "~ "

    /// Whether the finding came from the comparison by meaning, not a phrase.
    public var isByMeaning: Bool { text.hasPrefix(Self.meaningMark) }

    /// The example a finding by meaning was nearest (nil for a phrase).
    public var nearestExample: String? { isByMeaning ? String(text.dropFirst(Self.meaningMark.count)) : nil }

    public init(text: String, needsFirstPerson: Bool, category: String = "", path: String, line: Int) {
        self.text = text
        self.needsFirstPerson = needsFirstPerson
        self.category = category
        self.path = path
        self.line = line
    }
}

/// How a sentence was judged by meaning.
public struct MeaningScore: Sendable, Equatable {
    /// How alike (cosine) its nearest example of danger is.
    public var similarity: Float
    /// How alike its nearest harmless example is.
    public var harmlessSimilarity: Float
    /// The safety model's probability, when the model flagged it (not the examples).
    public var probability: Float?

    public init(similarity: Float, harmlessSimilarity: Float, probability: Float? = nil) {
        self.similarity = similarity
        self.harmlessSimilarity = harmlessSimilarity
        self.probability = probability
    }
}
