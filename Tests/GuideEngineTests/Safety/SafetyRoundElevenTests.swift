import Foundation
import GuideEngine
import Testing

/// The bundled safety file's eleventh round: a negated recent marker says
/// no now; words that only suppose suppose any symptom; and phrases by structure
/// for sleep one does not come back from, nothing to get better for, and
/// relief at being told one is dying. Probes of my own, not rows of the
/// labelled sets.
struct SafetyRoundElevenTests {
    @Test(arguments: [
        "sometimes I wish I could fall asleep and not come back, is that something to mention at the assessment?",
        "what's the point of treatment when there's nothing to get better for",
        "honestly I'd be relieved if the doctor told me I had something terminal",
    ])
    func dangerSaidByStructureAlarms(_ text: String) throws {
        #expect(try Fixtures.isUrgent(text), "\(text)")
    }

    @Test(arguments: [
        "I was relieved when the scan showed my dad wasn't dying",
        "say I felt chest tightness on the drive home, should I ring the clinic or go to A&E?",
        "I self harmed as a teenager and I have not done it again, can I have the spray?",
        "I have nothing to worry about before the session, have I?",
    ])
    func aLookAlikeIsNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    /// A recent marker negated just before it says no now ("have not done
    /// it again"), so a past marker dates what was told; not negated, it
    /// still says now.
    @Test func aNegatedRecentMarkerSaysNoNow() throws {
        #expect(try !Fixtures.isUrgent("I took an overdose years ago, never again since. Is ketamine ok for me?"))
        #expect(try Fixtures.isUrgent("I took an overdose years ago and I did it again on Sunday"))
        #expect(try Fixtures.isUrgent("I self harmed as a teenager and I did it again last night"))
    }
}
