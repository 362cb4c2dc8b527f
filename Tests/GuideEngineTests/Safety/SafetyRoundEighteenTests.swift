import Foundation
import GuideEngine
import Testing

/// The bundled safety file's eighteenth round, found by blind red-teaming
/// (five helpers wrote dangers and look-alikes first, then ran the guide:
/// short fragments, world Englishes, substances and counts, look-alikes,
/// time and relapse). Probes of mine and of the helpers, not rows of the
/// labelled sets.
struct SafetyRoundEighteenTests {
    /// A word of the language is read as written, never as a typo of a
    /// phrase word one letter away: "nose" is not "noose", "there" not
    /// "theyre". A misspelling that is no word still is.
    @Test func aWordOfTheLanguageIsNoTypo() throws {
        #expect(try !Fixtures.isUrgent("the spray made my nose bleed a little, is that normal"))
        #expect(try !Fixtures.isUrgent("is there a bleeding risk"))
        #expect(try Fixtures.isUrgent("i made a noose"))
        #expect(try Fixtures.isUrgent("i made a nooose"))
    }

    /// An irregular form counts as its verb (WordNet's, in
    /// `language/inflections-en.txt`): "bled" is "bleed".
    @Test func anIrregularFormCountsAsItsVerb() throws {
        #expect(try Fixtures.isUrgent("I scratched my legs till they bled"))
        let knowledgeBase = try #require(Fixtures.knowledgeBase)
        #expect(knowledgeBase.analyzer.stem("bled") == knowledgeBase.analyzer.stem("bleed"))
        #expect(knowledgeBase.analyzer.stem("took") == knowledgeBase.analyzer.stem("taking"))
    }
}

extension SafetyRoundEighteenTests {
    /// A veto written as a list that runs on into a word and another list
    /// ("- homework|…|sketch lines of|code|queue") is one sequence, so it
    /// almost never stands: loading warns, with its line. The bundled file
    /// has none left (the loader's own test says it loads without warnings).
    @Test func aVetoListThatRunsOnIntoWordsIsWarnedOf() throws {
        let added = try Fixtures.bundledSafety(
            adding: "say: frobnicate the widget - homework|jobs|work|exam|tests|shifts lines of|code|queue|queues|lawn|lol",
            toGroup: "crisis")
        let knowledgeBase = try KnowledgeBaseLoader().load(directory: added.directory)
        #expect(knowledgeBase.loadWarnings.contains {
            $0.description.contains("safety.txt:\(added.line)") && $0.message.contains("one sequence of three steps")
        }, "\(knowledgeBase.loadWarnings)")
        let fixed = try Fixtures.bundledSafety(
            adding: "say: frobnicate the widget - homework|jobs|work|exam|tests|shifts|code|queue|queues|lawn|lol - lines of code",
            toGroup: "crisis")
        #expect(try KnowledgeBaseLoader().load(directory: fixed.directory).loadWarnings.isEmpty)
    }
}
