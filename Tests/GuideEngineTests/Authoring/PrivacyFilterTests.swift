import Foundation
import GuideEngine
import Testing

extension Authoring {
    /// What the unanswered log may keep of a question: never a name, phone
    /// number, e-mail address, date, street address, age or record number.
    struct PrivacyFilterTests {
        static func filter() throws -> PrivacyFilter {
            try PrivacyFilter.load(knowledgeBaseDirectory: Fixtures.bundledDirectory)
        }

        /// The lines of issue 14, and what is left of each (nil: not written at all).
        @Test(arguments: [
            ("my name is John Smith and I live at 12 Oak Street, how much is it", "how much is it"),
            ("call me on 555-123-4567 about the price", nil),
            ("my email is jane.doe@example.com, does insurance pay", "does insurance pay"),
            ("I am Maria Garcia born 04/05/1980, what does an infusion cost", "what does an infusion cost"),
        ] as [(String, String?)])
        func theIssuesLinesKeepOnlyTheQuestion(line: String, kept: String?) throws {
            #expect(try Self.filter().redacted(line) == kept)
        }

        @Test(arguments: [
            ("I'm John, what does it cost", "what does it cost"),                  // a name after "I'm"
            ("this is Dr. Patel's patient, is there parking", "is there parking"),  // a title and a name
            ("my MRN is 44A, is my appointment on", "is my appointment on"),       // a record number
            ("my number is 07700 900123 what are the hours", nil),                 // a phone number
            ("text me at 55 12 34 56 78", nil),                                    // a phone number in pairs
            ("I am 45 years old is it covered", nil),                              // an age
            ("I'm 67 is that too old", nil),                                       // an age after "I'm"
            ("my son turned 12 last week can he have it", nil),                    // an age
            ("my appointment is on May 5th will it hurt", nil),                    // a date with a month
            ("is it open on 12/03", nil),                                          // a date in digits
            ("we live on Elm Road near the clinic", nil),                          // an address
            ("contact me jane@example.org", nil),                                  // an e-mail address
        ] as [(String, String?)])
        func identifyingClausesAreLeftOut(line: String, kept: String?) throws {
            #expect(try Self.filter().redacted(line) == kept, "\(line)")
        }

        @Test(arguments: [
            "I am worried about the cost",
            "i'm scared of needles, is it painful",
            "how much does it cost and does insurance pay",
            "can I have 2 sessions a week",
            "may I drive home afterwards",
            "Is it covered by Medicare?",
        ])
        func questionsWithoutPersonalDetailsAreKeptAsTyped(line: String) throws {
            #expect(try Self.filter().redacted(line) == line)
        }

        @Test func aLowerCaseNameAfterMyNameIsIsStillAName() throws {
            #expect(try Self.filter().redacted("my name is tom, how long does a session take") == "how long does a session take")
        }

        @Test func aMalformedWordListIsReportedWithItsLine() {
            #expect(throws: KnowledgeBaseError.self) {
                try PrivacyFilter(text: "[names]\nintroduces: my name is\nnickname: bob\n", path: "privacy-en.txt")
            }
            do {
                _ = try PrivacyFilter(text: "[names]\nnickname: bob\n", path: "privacy-en.txt")
            } catch KnowledgeBaseError.malformed(let diagnostics) {
                #expect(diagnostics.map(\.line) == [2])
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }

        @Test func aMissingWordListIsNotFound() {
            #expect(throws: KnowledgeBaseError.self) {
                try PrivacyFilter.load(knowledgeBaseDirectory: "/nonexistent-ketaguide-kb")
            }
        }
    }
}
