import Foundation
import GuideEngine
import Testing

/// The bundled safety file's twelfth round: words that only suppose ("say
/// I…") open a supposed statement for the comparison by meaning too; a
/// history named as such, "all in the past", a worst time told in the past
/// tense or a time of life looked back on ("back at uni") dates a danger,
/// and an age given as now ("I'm 52 now") dates one for a well-marker; a household poison
/// someone threatens to drink, sleep for good, who would find the reader
/// ("rather the police than my sister found me"), and a place to be burnt
/// said with the means, alarm. Probes of my
/// own, not rows of the labelled sets.
struct SafetyRoundTwelveTests {
    @Test(arguments: [
        "my flatmate keeps saying she's going to drink the bleach, she has the bottle in her hand",
        "my brother said he'd drink the weedkiller if she leaves him",
        "honestly it would be lovely to just sleep for good",
        "I just want to sleep for ever tbh",
        "I'd rather my sister heard it from the police than found me herself",
        "I don't want my kids to be the ones who find me",
        "I'm going to burn the house down with petrol tonight while he sleeps",
    ])
    func dangerSaidByStructureIsAPhrase(_ text: String) throws {
        #expect(try Fixtures.phrasesAlarm(text), "\(text)")
    }

    @Test(arguments: [
        "Say I get a bit lightheaded after, do I just sit there until it passes?",
        "Back at uni I took an overdose of paracetamol. I'm 41 now and doing okay. Does that rule me out?",
        "Self harm history, all in the past, 5 years clean. Will the clinic need my records?",
        "I overdosed on my tablets in my first year of college. I'm 52 now and doing fine. Can I have ketamine?",
        "When my depression was at its worst I wanted to die, these days I'm doing well. Is ketamine for me?",
        "I'm worried my toddler could get into the bleach under the sink while I'm at my appointment",
        "I'd rather the nurse found me a quieter room than sit in the waiting area",
        "my mum found me crying in the car, is that normal after the spray?",
        "seriously the clinic building is a maze, I'm going to get lost",
    ])
    func ordinaryMessagesRaiseNoAlarm(_ text: String) throws {
        #expect(try !Fixtures.isUrgent(text), "\(text)")
    }

    /// Look-alikes a phrase's exception rules out (rounds eight and nine);
    /// the model refitted in round twelve alarms on them alone (0.81 and
    /// 0.87: docs/safety-rounds.md, "Round twelve"), so only the phrases are checked here.
    @Test(arguments: [
        "the old sofa is just taking up space in the garage",
        "what's the point in me being here if the doctor is late",
    ])
    func anExceptionStillRulesOutItsPhrase(_ text: String) throws {
        #expect(try !Fixtures.phrasesAlarm(text), "\(text)")
    }

    /// A recent marker by a word of being well says now of being well, not
    /// of the danger: a dated past stays a history; said apart from it, or
    /// with the well-marker negated, it is now.
    @Test func nowSaidOfBeingWellKeepsAPastAHistory() throws {
        #expect(try !Fixtures.isUrgent("I tried to kill myself in 2015 and I'm still doing well, can I have ketamine?"))
        #expect(try !Fixtures.isUrgent("I overdosed years ago. Currently stable. Is the spray ok?"))
        #expect(try Fixtures.isUrgent("I tried to kill myself in 2015 and I'm still not doing well"))
        #expect(try Fixtures.isUrgent("I self harmed as a teen and I'm fine now but I cut again last night"))
    }

    /// A dated past said of now again is a danger now.
    @Test func aDatedPastSaidAgainOfNowAlarms() throws {
        #expect(try Fixtures.isUrgent("Self harm history, all in the past, but I cut again last night"))
        #expect(try Fixtures.isUrgent("Back at uni I took an overdose and I've been thinking about doing it again this week"))
        #expect(try Fixtures.isUrgent("I overdosed last week. I'm 52 now and doing fine apparently"))
        #expect(try Fixtures.isUrgent("my depression is at its worst and I want to die"))
        // Years clean say how long it held, not that it is over: a relapse after them is now.
        #expect(try Fixtures.isUrgent("Relapsed on self harm after 3 years clean, there is blood on the floor"))
    }
}
