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
    @Test(arguments: [
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
    ])
    func aReadingOutOfBoundsIsAnEmergency(_ text: String) throws {
        #expect(try Fixtures.phrasesAlarm(text), "\(text)")
    }

    /// Readings within bounds, and numbers near a sign's name that are no
    /// reading of it.
    @Test(arguments: [
        "sats 97% on the monitor after my infusion, is that ok?",
        "my resting heart rate is 55",
        "my dad is on oxygen at 2 litres",
        "bp 130/85 before the spray",
        "the success rate is 70 percent",
        "my glucose is 5.6, can I have the infusion?",
    ])
    func aReadingWithinBoundsIsNoEmergency(_ text: String) throws {
        #expect(try !Fixtures.phrasesAlarm(text), "\(text)")
    }

    /// A phrase word that opens as a number range but is none would never
    /// match: loading fails and names the word and its line.
    @Test func aMalformedNumberRangeIsAnErrorWithItsLine() throws {
        let bundled = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
        let phrase = "say: sats #9O-"
        let text = bundled.replacingOccurrences(of: "[emergency]\n", with: "[emergency]\n" + phrase + "\n")
        let line = (text.components(separatedBy: "\n").firstIndex { $0 == phrase } ?? -1) + 1
        let directory = try Fixtures.scratchKnowledgeBase(["safety.txt": text])
        #expect(line > 0)
        #expect {
            try KnowledgeBaseLoader().load(directory: directory)
        } throws: { error in
            "\(error)".contains("safety.txt:\(line)") && "\(error)".contains("'#9O-' is no number range")
        }
    }
}
