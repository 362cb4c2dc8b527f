import Foundation
import GuideEngine
import Testing

extension Authoring {
    /// One test per check of `ketaguide validate`, each on the bundled knowledge
    /// base plus one broken document from `Fixtures/Authoring/`.
    struct KnowledgeBaseValidatorTests {
        static let today = "2026-11-27"

        /// The bundled knowledge base with the fixture document `name` added.
        static func report(adding name: String, today: String = today, edits: [String: String?] = [:]) throws -> ValidationReport {
            let fixture = try String(contentsOfFile: Fixtures.fixture("Authoring/\(name)"), encoding: .utf8)
            var allEdits = edits
            allEdits["documents/\(name)"] = fixture
            let directory = try Fixtures.scratchKnowledgeBase(allEdits)
            return try KnowledgeBaseValidator(today: today).validate(directory: directory)
        }

        static func findings(_ report: ValidationReport, at place: String) -> [Diagnostic] {
            report.diagnostics.filter { "\($0.path):\($0.line)" == place }
        }

        @Test func theBundledKnowledgeBaseHasNoError() throws {
            let report = try KnowledgeBaseValidator(today: Self.today).validate(directory: Fixtures.bundledDirectory)
            #expect(!report.stoppedAtLoading)
            #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
            #expect(report.summary.hasPrefix("0 errors, "))
        }

        @Test func everyLoadErrorIsReportedAndTheOtherChecksWait() throws {
            let report = try Self.report(adding: "load-errors.md")
            #expect(report.stoppedAtLoading)
            #expect(report.hasErrors)
            let path = "KnowledgeBase/documents/load-errors.md"
            #expect(Self.findings(report, at: "\(path):6").contains { $0.message.contains("not a date") })
            #expect(Self.findings(report, at: "\(path):8").contains { $0.message.contains("needs a stable id") })
            #expect(Self.findings(report, at: "\(path):10").contains { $0.message.contains("text outside a section") })
            #expect(report.warnings.isEmpty, "no other check runs on a knowledge base that does not load")
            #expect(report.summary == "4 errors, 0 warnings")
        }

        @Test func duplicateIDsAreErrors() throws {
            let report = try Self.report(adding: "duplicate-id.md")
            // Reported at the later file (documents load in name order), naming the other place.
            #expect(report.errors.contains {
                $0.path == "KnowledgeBase/documents/risks-and-safety.md"
                    && $0.message.contains("id 'risks' is also used at KnowledgeBase/documents/duplicate-id.md:8")
            })
        }

        @Test func emptySectionsAreErrors() throws {
            let report = try Self.report(adding: "empty-section.md")
            let findings = Self.findings(report, at: "KnowledgeBase/documents/empty-section.md:8")
            #expect(findings.contains { $0.severity == .error && $0.message.contains("'nothing-here' has no text") })
        }

        @Test func synonymGroupsThatLeadNowhereAreWarnings() throws {
            let synonyms = try String(contentsOfFile: Fixtures.bundledDirectory + "/synonyms.txt", encoding: .utf8)
            let lines = synonyms.split(separator: "\n", omittingEmptySubsequences: false)
            let edited = synonyms + (synonyms.hasSuffix("\n") ? "" : "\n") + "zebra, okapi, striped horse\n"
            let addedLine = lines.count + (synonyms.hasSuffix("\n") ? 0 : 1)
            // The same group among the everyday paraphrases is no finding: those hold for any subject.
            let directory = try Fixtures.scratchKnowledgeBase([
                "synonyms.txt": edited, "language/paraphrases-en.txt": "zebra, okapi, striped horse\n",
            ])
            let report = try KnowledgeBaseValidator(today: Self.today).validate(directory: directory)
            #expect(!report.diagnostics.contains { $0.path.hasSuffix("paraphrases-en.txt") })
            let findings = Self.findings(report, at: "KnowledgeBase/synonyms.txt:\(addedLine)")
            #expect(findings.count == 1)
            #expect(findings.first?.severity == .warning)
            #expect(findings.first?.message.contains("'zebra, okapi, striped horse'") == true)
            // The bundled groups all lead somewhere.
            #expect(!report.diagnostics.contains { $0.path.hasSuffix("synonyms.txt") && $0.line != addedLine })
        }

        @Test func uncoveredPhrasesThatStopWordsCutToOneWordAreWarnings() throws {
            let notCovered = try String(contentsOfFile: Fixtures.bundledDirectory + "/not-covered.txt", encoding: .utf8)
            let addedLine = notCovered.split(separator: "\n", omittingEmptySubsequences: false).count
            let directory = try Fixtures.scratchKnowledgeBase([
                "not-covered.txt": notCovered + "keywords: each infusion, parking fees, the\n"
            ])
            let report = try KnowledgeBaseValidator(today: Self.today).validate(directory: directory)
            let findings = Self.findings(report, at: "KnowledgeBase/not-covered.txt:\(addedLine)")
            #expect(findings.count == 1, "\(findings.map(\.message))")
            #expect(findings.first?.message.contains("'each infusion' keeps only 'infus'") == true)
            // The bundled list has none.
            #expect(!report.diagnostics.contains { $0.path.hasSuffix("not-covered.txt") && $0.line != addedLine })
        }

        @Test func exampleQuestionsTheSafetyScreenCatchesNameBothLines() throws {
            let report = try Self.report(adding: "safety-question.md")
            let path = "KnowledgeBase/documents/safety-question.md"
            let emergency = try #require(Self.findings(report, at: "\(path):10").first { $0.message.contains("safety screen") })
            #expect(emergency.severity == .error)
            #expect(emergency.message.contains("as emergency"))
            #expect(emergency.message.range(of: #"KnowledgeBase/safety\.txt:\d+ 'say: chest pain"#, options: .regularExpression) != nil)
            // A referral still quotes the answer after the care-team message: a warning.
            let referral = try #require(Self.findings(report, at: "\(path):11").first { $0.message.contains("safety screen") })
            #expect(referral.severity == .warning)
            #expect(referral.message.contains("as referral"))
            #expect(referral.message.range(of: #"KnowledgeBase/safety\.txt:\d+ 'say: "#, options: .regularExpression) != nil)
        }

        @Test func exampleQuestionsMatchingAnUnrelatedIntentAreWarnings() throws {
            let report = try Self.report(adding: "competing-question.md")
            let path = "KnowledgeBase/documents/competing-question.md"
            let finding = try #require(Self.findings(report, at: "\(path):10").first)
            #expect(finding.severity == .warning)
            #expect(finding.message.contains("of parking (\(path):8)"))
            #expect(finding.message.contains("best matches risks (KnowledgeBase/documents/risks-and-safety.md:"))
            // A section's question answered by one of its own items is fine.
            #expect(!report.diagnostics.contains { $0.path == path && $0.message.contains("mango sweet") })
        }

        @Test func passagesNothingReachesAreWarnings() throws {
            let report = try Self.report(adding: "unreached-passage.md")
            let path = "KnowledgeBase/documents/unreached-passage.md"
            let finding = try #require(Self.findings(report, at: "\(path):10").first)
            #expect(finding.severity == .warning)
            #expect(finding.message.contains("no example question or keyword reaches this passage of parking"))
            // The section with keywords is reached.
            #expect(Self.findings(report, at: "\(path):15").isEmpty)
        }

        @Test func documentsPastTheirReviewDayAreWarnings() throws {
            let path = "KnowledgeBase/documents/overdue-review.md"
            let late = try Self.report(adding: "overdue-review.md", today: "2026-01-02")
            let finding = try #require(Self.findings(late, at: "\(path):6").first)
            #expect(finding.severity == .warning)
            #expect(finding.message.contains("was due for review on 2026-01-01 (today is 2026-01-02)"))
            let onTime = try Self.report(adding: "overdue-review.md", today: "2026-01-01")
            #expect(Self.findings(onTime, at: "\(path):6").isEmpty, "a document due today is not overdue yet")
        }

        @Test func passagesAboveGradeEightAreWarningsWithTheirGrade() throws {
            let report = try Self.report(adding: "hard-passage.md")
            let path = "KnowledgeBase/documents/hard-passage.md"
            let finding = try #require(Self.findings(report, at: "\(path):11").first)
            #expect(finding.severity == .warning)
            #expect(finding.message.range(of: #"reading level grade \d+\.\d"#, options: .regularExpression) != nil)
            #expect(Self.findings(report, at: "\(path):13").isEmpty, "short sentences of short words pass")
        }

        @Test func theSummaryCountsErrorsAndWarnings() {
            let report = ValidationReport(diagnostics: [
                Diagnostic(path: "b.md", line: 3, severity: .warning, message: "w"),
                Diagnostic(path: "a.md", line: 9, message: "e"),
                Diagnostic(path: "a.md", line: 2, severity: .warning, message: "w"),
            ])
            #expect(report.summary == "1 error, 2 warnings")
            #expect(report.diagnostics.map { "\($0.path):\($0.line)" } == ["a.md:2", "a.md:9", "b.md:3"])
        }
    }
}
