import GuideTerminal
import Testing

/// The operator gate's rule, with the clock passed in (no waiting).
struct OperatorGateTests {
    @Test func theRightPassphraseOpensAndAWrongOneDoesNot() {
        let gate = OperatorGate(passphrase: "open sesame")
        #expect(!gate.check("open sesam", at: 0))
        #expect(!gate.check("open sesame ", at: 10))
        #expect(!gate.check("", at: 20))
        #expect(gate.check("open sesame", at: 30))
        #expect(gate.failedAttempts == 0)
    }

    @Test func eachWrongAttemptDoublesTheWaitUpToItsLongest() {
        let gate = OperatorGate(passphrase: "open sesame")
        var waits: [Double] = []
        var now = 100.0
        for _ in 0..<8 {
            _ = gate.check("guess", at: now)
            waits.append(gate.remainingWait(at: now))
            now += 1000
        }
        #expect(waits == [1, 2, 4, 8, 16, 30, 30, 30])
        #expect(OperatorGate.longestDelay == 30)
    }

    @Test func theWaitRunsOnTheClockWhateverHappensMeanwhile() {
        let gate = OperatorGate(passphrase: "open sesame")
        _ = gate.check("one", at: 0)
        _ = gate.check("two", at: 1)
        _ = gate.check("three", at: 3)  // 4 s from now
        // A cancelled prompt or an idle reset does not touch the gate: the wait is still there.
        #expect(gate.remainingWait(at: 5) == 2)
        #expect(gate.remainingWait(at: 7) == 0)
        // And the next wrong attempt doubles again rather than starting over.
        _ = gate.check("four", at: 7)
        #expect(gate.remainingWait(at: 7) == 8)
    }

    @Test func anEmptyPassphraseNeverOpens() {
        let gate = OperatorGate(passphrase: "")
        #expect(!gate.check("", at: 0))
    }
}
