import GuideEngine
import Testing

/// The phrase syntax added for overdoses told by a medicine's name:
/// `{class}` (any word of a word class: its words, their forms, one typo,
/// its endings; inline or from a word list) and `a - c` (not in a sentence
/// where `c` is).
struct SafetyWordClassTests {
    static let safety = """
        [crisis]
        message: crisis
        say: zzcrisis
        [emergency]
        message: emergency
        about-me: =took * # * {medicine} - # {unit}
        [distress]
        message: distress
        about-me: cant cope - cope with
        [word-classes]
        medicine: language/test-medicines.txt, pills
        unit: mg
        [language]
        first-person: i, my
        negation: not
        large-count-from: 5
        """
    static let medicines = """
        # a comment
        sertraline
        -olol
        """

    func status(_ text: String, safety: String = Self.safety) throws -> Reply.Status {
        let directory = try Fixtures.scratchKnowledgeBase([
            "safety.txt": safety, "language/test-medicines.txt": Self.medicines, "safety-examples.txt": nil,
        ])
        let engine = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory))
        var session = engine.makeSession()
        return session.respond(to: text).status
    }

    @Test(arguments: [
        "I took 30 of my sertraline",  // a word of the list
        "I took 30 sertralines",  // another form of it
        "I took 30 of my setraline",  // one typo
        "I took 30 of my propranolol",  // an ending
        "I took 30 pills",  // an inline word
    ])
    func aWordOfTheClassIsAnyOfItsWordsFormsOrEndings(_ text: String) throws {
        #expect(try status(text) == .emergency, "\(text)")
    }

    @Test(arguments: [
        "I took 30 of my vitamins",  // not in the class
        "I took 30 of my olol",  // too short before the ending
    ])
    func aWordOutsideTheClassIsNotOne(_ text: String) throws {
        #expect(try status(text) != .emergency, "\(text)")
    }

    @Test func aVetoCancelsThePhraseInItsSentenceOnly() throws {
        #expect(try status("I took 50 mg of sertraline") != .emergency)
        #expect(try status("I took 50 of my sertraline. The dose was 50 mg.") == .emergency)
        #expect(try status("I can't cope with needles") != .distress)
        #expect(try status("I can't cope anymore") == .distress)
    }

    @Test func aNegationBeforeOneMatchDoesNotHideALaterOne() throws {
        // "not" cancels a match that starts at the first "took", not the second.
        #expect(try status("not that I took it but I took 30 sertraline") == .emergency)
    }

    @Test func anUnknownClassIsAnError() throws {
        let unknown = try Fixtures.scratchKnowledgeBase([
            "safety.txt": Self.safety.replacingOccurrences(of: "{unit}", with: "{units}"), "safety-examples.txt": nil,
        ])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader().load(directory: unknown) }
    }

    /// A knowledge base made from another with its safety.txt alone (as
    /// import-medquad makes one) still loads: the class keeps its other words.
    @Test func aMissingListIsAWarningAndTheClassKeepsItsOtherWords() throws {
        let missing = try Fixtures.scratchKnowledgeBase(["safety.txt": Self.safety, "safety-examples.txt": nil])
        let rules = try KnowledgeBaseLoader().load(directory: missing).safety
        #expect(rules.warnings.map(\.severity) == [.warning])
        #expect(rules.warnings.first?.message.contains("language/test-medicines.txt") == true)
        #expect(rules.wordClasses["medicine"]?.words == ["pills"])
    }

    @Test func theBundledMedicinesNameMedicinesNotEverydayWords() throws {
        let rules = try #require(Fixtures.knowledgeBase?.safety)
        let medicine = try #require(rules.wordClasses["medicine"])
        for name in ["sertraline", "diazepam", "xanax", "valium", "benadryl", "morphine", "lithium", "seroquel"] {
            #expect(medicine.words.contains(name), "\(name)")
        }
        for name in ["citalopram", "oxycodone", "propranolol", "zopiclone", "quetiapine"] {
            #expect(medicine.hasEnding(name), "\(name)")
        }
        for word in ["beer", "wine", "coffee", "speed", "pot", "ice", "dose", "cure", "april", "magazine", "cholesterol"] {
            #expect(!medicine.words.contains(word) && !medicine.hasEnding(word), "\(word)")
        }
    }
}
