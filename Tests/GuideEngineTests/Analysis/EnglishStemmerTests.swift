import GuideEngine
import Testing

/// Expected stems come from the reference Snowball English stemmer (Porter2) and were
/// checked against it, so a failure here means the Swift port drifted from the algorithm.
@Suite("EnglishStemmer")
struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    /// Alphabetical runs as in Snowball's published English sample vocabulary (consign…, knack…, abandon…).
    static let sampleVocabulary: [(String, String)] = [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"),
        ("consignment", "consign"), ("consist", "consist"), ("consisted", "consist"),
        ("consistency", "consist"), ("consistent", "consist"), ("consistently", "consist"),
        ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"),
        ("consoled", "consol"), ("consoles", "consol"), ("consolidate", "consolid"),
        ("consolidated", "consolid"), ("consolidating", "consolid"), ("consoling", "consol"),
        ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"), ("consort", "consort"),
        ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"),
        ("conspiring", "conspir"), ("constable", "constabl"), ("constables", "constabl"),
        ("constance", "constanc"), ("constancy", "constanc"), ("constant", "constant"), ("knack", "knack"),
        ("knackeries", "knackeri"), ("knacks", "knack"), ("knag", "knag"), ("knave", "knave"),
        ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("kneading", "knead"),
        ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"),
        ("kneels", "kneel"), ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"),
        ("knick", "knick"), ("knife", "knife"), ("knight", "knight"), ("knightly", "knight"),
        ("knights", "knight"), ("knit", "knit"), ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"),
        ("knives", "knive"), ("knob", "knob"), ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"),
        ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"), ("knocks", "knock"),
        ("knot", "knot"), ("knots", "knot"), ("abandon", "abandon"), ("abandoned", "abandon"),
        ("abandonment", "abandon"), ("abate", "abat"), ("abated", "abat"), ("abbey", "abbey"),
        ("abbreviation", "abbrevi"), ("abilities", "abil"), ("ability", "abil"), ("able", "abl"),
        ("abnormal", "abnorm"), ("abnormalities", "abnorm"), ("abolish", "abolish"), ("abolished", "abolish"),
        ("abominable", "abomin"), ("abundance", "abund"), ("abundant", "abund"), ("abundantly", "abund"),
        ("academic", "academ"), ("accept", "accept"), ("acceptable", "accept"), ("acceptance", "accept"),
        ("accepted", "accept"), ("accident", "accid"), ("accidental", "accident"),
        ("accompanied", "accompani"), ("accompany", "accompani"), ("accomplish", "accomplish"),
        ("accomplished", "accomplish"), ("accord", "accord"), ("accordance", "accord"),
        ("according", "accord"), ("accordingly", "accord"), ("account", "account"),
        ("accountable", "account"), ("accounted", "account"), ("accuracy", "accuraci"), ("accurate", "accur"),
        ("accurately", "accur"), ("accusation", "accus"),
    ]

    /// R1 starts after these prefixes: gener, commun, arsen, emerg, inter, later, organ, past, univers.
    static let regionPrefixes: [(String, String)] = [
        ("generously", "generous"), ("generous", "generous"), ("generate", "generat"),
        ("generates", "generat"), ("generated", "generat"), ("generating", "generat"), ("general", "general"),
        ("generally", "general"), ("generic", "generic"), ("communication", "communic"),
        ("communism", "communism"), ("community", "communiti"), ("arsenic", "arsenic"),
        ("arsenal", "arsenal"), ("universe", "univers"), ("university", "universiti"),
        ("universal", "universal"), ("emergency", "emergenc"), ("emerge", "emerg"),
        ("organization", "organiz"), ("organic", "organic"), ("internal", "internal"),
        ("international", "internat"), ("lateral", "lateral"), ("later", "later"), ("past", "past"),
        ("paste", "paste"), ("pasted", "paste"), ("pasting", "paste"),
    ]

    /// One or more words per rule of steps 0, 1a, 1b, 1c, 2, 3, 4 and 5.
    static let rules: [(String, String)] = [
        ("happy", "happi"), ("happiness", "happi"), ("hopeful", "hope"), ("hopefully", "hope"),
        ("hopeless", "hopeless"), ("hopelessness", "hopeless"), ("hoped", "hope"), ("hoping", "hope"),
        ("hopping", "hop"), ("hopped", "hop"), ("sized", "size"), ("filing", "file"), ("filling", "fill"),
        ("fitted", "fit"), ("cries", "cri"), ("cried", "cri"), ("ties", "tie"), ("tied", "tie"),
        ("gas", "gas"), ("gaps", "gap"), ("kiwis", "kiwi"), ("caresses", "caress"), ("ponies", "poni"),
        ("boys", "boy"), ("says", "say"), ("cry", "cri"), ("say", "say"), ("crying", "cri"),
        ("agreed", "agre"), ("feed", "feed"), ("bleed", "bleed"), ("dog's", "dog"), ("dogs'", "dog"),
        ("dog", "dog"), ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"),
        ("valency", "valenc"), ("hesitancy", "hesit"), ("digitizer", "digit"), ("conformably", "conform"),
        ("radically", "radic"), ("differently", "differ"), ("analogously", "analog"),
        ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formality", "formal"), ("sensitivity", "sensit"),
        ("sensibility", "sensibl"), ("triplicate", "triplic"), ("formative", "format"),
        ("formalize", "formal"), ("electrical", "electr"), ("goodness", "good"), ("revival", "reviv"),
        ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"),
        ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("adoption", "adopt"), ("activate", "activ"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"),
        ("cease", "ceas"), ("roll", "roll"), ("biologist", "biolog"), ("geology", "geolog"),
        ("analogies", "analog"), ("flying", "fli"), ("studying", "studi"), ("emerged", "emerg"),
        ("interval", "interval"),
    ]

    /// The exceptional forms, and the words kept whole after step 1a.
    static let exceptionalForms: [(String, String)] = [
        ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("vying", "vie"), ("inning", "inning"),
        ("innings", "inning"), ("outing", "outing"), ("outings", "outing"), ("canning", "canning"),
        ("cannings", "canning"), ("herring", "herring"), ("herrings", "herring"), ("earring", "earring"),
        ("earrings", "earring"), ("evening", "evening"), ("skies", "sky"), ("skis", "ski"), ("sky", "sky"),
        ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
        ("singly", "singl"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"),
        ("bias", "bias"), ("andes", "andes"), ("proceed", "proceed"), ("proceeds", "proceed"),
        ("proceeding", "proceed"), ("exceed", "exceed"), ("exceeds", "exceed"), ("exceeded", "exceed"),
        ("succeed", "succeed"), ("succeeded", "succeed"), ("succeeding", "succeed"),
    ]

    /// Words from this project's knowledge base and its questions.
    static let domainWords: [(String, String)] = [
        ("risks", "risk"), ("risky", "riski"), ("risk", "risk"), ("dependence", "depend"),
        ("dependent", "depend"), ("infusions", "infus"), ("infusion", "infus"), ("dissociation", "dissoci"),
        ("dissociative", "dissoci"), ("depression", "depress"), ("depressed", "depress"),
        ("treatments", "treatment"), ("ketamine", "ketamin"), ("nausea", "nausea"), ("dizziness", "dizzi"),
        ("dizzy", "dizzi"), ("suicidal", "suicid"), ("conditions", "condit"), ("receptors", "receptor"),
        ("esketamine", "esketamin"), ("anesthetic", "anesthet"), ("hallucinations", "hallucin"),
        ("intravenous", "intraven"), ("therapies", "therapi"), ("antidepressants", "antidepress"),
        ("tolerance", "toler"), ("addiction", "addict"), ("addictive", "addict"), ("urinary", "urinari"),
        ("dissociated", "dissoci"), ("sedation", "sedat"), ("anxiety", "anxieti"), ("monitoring", "monitor"),
        ("prescribed", "prescrib"), ("doses", "dose"),
    ]

    @Test("Snowball sample vocabulary", arguments: sampleVocabulary)
    func stemsSampleVocabulary(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("R1 after the special prefixes", arguments: regionPrefixes)
    func stemsAfterRegionPrefixes(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("Rules of each step", arguments: rules)
    func stemsByRule(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("Exceptional forms", arguments: exceptionalForms)
    func stemsExceptionalForms(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("Domain words", arguments: domainWords)
    func stemsDomainWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test("Short, capitalised, numeric and non-ASCII words are returned unchanged", arguments: [
        "", "a", "by", "is", "Running", "RISKS", "covid19", "5mg", "café", "naïve", "ketamine-assisted", "über",
    ])
    func leavesUnchanged(word: String) {
        #expect(stemmer.stem(word) == word)
    }

    @Test("Inflections of one word meet in one stem")
    func inflectionsMeet() {
        #expect(Set(["risk", "risks", "risked", "risking"].map(stemmer.stem)) == ["risk"])
        #expect(Set(["depress", "depressed", "depression", "depressing"].map(stemmer.stem)) == ["depress"])
        #expect(Set(["infusion", "infusions"].map(stemmer.stem)) == ["infus"])
    }
}
