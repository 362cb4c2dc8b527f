import Foundation
import GuideEngine
import Testing

extension Authoring {
    /// `ketaguide ingest` on the patient leaflet the bundled documents were
    /// written from (`Fixtures/Authoring/seed-leaflet.txt`, a copy of the seed)
    /// and on a small Markdown handout.
    struct DocumentIngesterTests {
        static let ingester = DocumentIngester(ignoredWords: DocumentIngester.ignoredWords(inKnowledgeBase: Fixtures.bundledDirectory))

        static func ingest(_ name: String, id: String = "leaflet") throws -> (result: DocumentIngester.Result, source: [String]) {
            let text = try String(contentsOfFile: Fixtures.fixture("Authoring/\(name)"), encoding: .utf8)
            let result = ingester.ingest(text, fileName: name, id: id, title: "Ketamine therapy leaflet", today: "2026-11-27")
            return (result, text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }

        /// A copy of the bundled knowledge base whose only document is `markdown`.
        static func knowledgeBase(onlyWith markdown: String, named name: String) throws -> String {
            let directory = try Fixtures.scratchKnowledgeBase([:])
            let documents = directory + "/documents"
            for file in try FileManager.default.contentsOfDirectory(atPath: documents) {
                try FileManager.default.removeItem(atPath: documents + "/" + file)
            }
            try markdown.write(toFile: documents + "/" + name, atomically: true, encoding: .utf8)
            return directory
        }

        @Test func theIngestedSeedLoadsValidatesAndAnswersTopicQuestions() throws {
            let (result, _) = try Self.ingest("seed-leaflet.txt")
            let directory = try Self.knowledgeBase(onlyWith: result.markdown, named: "leaflet.md")
            let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
            let report = try KnowledgeBaseValidator(today: "2026-11-27").validate(directory: directory)
            #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")

            let engine = ChatEngine(knowledgeBase: knowledgeBase)
            let topicQuestions = [
                "what is esketamine", "is ketamine addictive", "can it help ptsd", "what are the side effects",
                "does it raise blood pressure", "what conditions does it treat", "what are the benefits",
                "how does ketamine work", "what is an iv infusion", "can it help with anxiety",
            ]
            for question in topicQuestions {
                var session = engine.makeSession()
                let reply = session.respond(to: question)
                #expect(reply.status == .answered, "\(question) → \(reply.status)")
                #expect(!reply.citations.isEmpty, "\(question) is answered from cited passages")
            }
            var session = engine.makeSession()
            #expect(session.respond(to: "how much does it cost").status == .noMatch, "ingesting does not invent coverage")
            #expect(session.respond(to: "what is esketamine").intent == "types-of-ketamine-therapy.esketamine-nasal-spray")
        }

        @Test func headingsListsAndParagraphsAreFound() throws {
            let (result, _) = try Self.ingest("seed-leaflet.txt")
            let directory = try Self.knowledgeBase(onlyWith: result.markdown, named: "leaflet.md")
            let document = try #require(try KnowledgeBaseLoader().load(directory: directory).documents.first)
            #expect(document.id == "leaflet")
            #expect(document.source == "seed-leaflet.txt (ingested)")
            #expect(document.reviewed == "2026-11-27")
            #expect(document.sections.map(\.heading) == [
                "How Ketamine Works", "Types of Ketamine Therapy", "Conditions Treated with Ketamine Therapy",
                "Benefits of Ketamine Therapy", "Risks and Considerations",
            ])
            #expect(document.sections.map(\.id) == [
                "how-ketamine-works", "types-of-ketamine-therapy", "conditions-treated-with-ketamine-therapy",
                "benefits-of-ketamine-therapy", "risks-and-considerations",
            ])
            let shape = document.sections.map { section in section.passages.map { $0.isListItem ? "item" : "paragraph" } }
            #expect(shape == [
                ["paragraph", "paragraph"],
                ["paragraph", "item", "item", "paragraph"],
                ["paragraph"] + Array(repeating: "item", count: 7),
                Array(repeating: "item", count: 4),
                ["paragraph", "item", "item", "item", "item", "paragraph"],
            ])
            // Items after a sentence ending in ':' are introduced by it, as in the curated documents.
            let conditions = document.sections[2]
            #expect(conditions.passages.dropFirst().allSatisfy { $0.leadIn == 0 })
            #expect(conditions.passages[3].id == "conditions-treated-with-ketamine-therapy.post-traumatic-stress-disorder")
            #expect(document.sections[1].passages[1].text.hasPrefix("Intravenous (IV) Infusion Therapy – This is"))
            #expect(document.sections[3].passages.first?.leadIn == nil)
        }

        @Test func everyPassageNamesItsSourceLine() throws {
            let (result, source) = try Self.ingest("seed-leaflet.txt")
            let directory = try Self.knowledgeBase(onlyWith: result.markdown, named: "leaflet.md")
            let document = try #require(try KnowledgeBaseLoader().load(directory: directory).documents.first)
            let output = result.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let passages = document.sections.flatMap(\.passages)
            #expect(passages.count == 24)
            for passage in passages {
                let comment = output[passage.line - 2]
                let match = try #require(comment.firstMatch(of: /<!-- source: seed-leaflet\.txt:(\d+)(?:-\d+)? -->/), "line \(passage.line - 1): \(comment)")
                let sourceLine = try #require(Int(match.1))
                let firstWords = String(passage.text.prefix(25))
                #expect(source[sourceLine - 1].hasPrefix(firstWords), "\(firstWords) should come from line \(sourceLine)")
            }
        }

        @Test func keywordsAreDerivedPerSectionWithoutTheSubject() throws {
            let (result, _) = try Self.ingest("seed-leaflet.txt")
            let directory = try Self.knowledgeBase(onlyWith: result.markdown, named: "leaflet.md")
            let document = try #require(try KnowledgeBaseLoader().load(directory: directory).documents.first)
            for section in document.sections {
                #expect(!section.keywords.isEmpty, "\(section.id) has keywords")
                #expect(!section.keywords.contains { $0.contains("ketamine") || $0.contains("therapy") }, "\(section.keywords)")
            }
            #expect(document.sections[0].keywords.contains("synaptic plasticity"))
            // Words of one item stay with the item, so a question naming it gets the item.
            #expect(!document.sections[2].keywords.contains { $0.contains("pain") })
        }

        @Test func saysWhereItWasUnsure() throws {
            let (result, _) = try Self.ingest("seed-leaflet.txt")
            let notes = result.notes.map { "\($0.line): \($0.message)" }
            #expect(notes.contains { $0.hasPrefix("3: the paragraph starts mid-sentence ('Which plays") })
            #expect(notes.contains { $0.hasPrefix("24: read 'Benefits of Ketamine Therapy' as a heading") })
            #expect(notes.contains { $0.hasPrefix("25: a list without a lead-in") })
            #expect(result.notes.allSatisfy { $0.path == "seed-leaflet.txt" && $0.severity == .warning })
            #expect(result.notes.count == 3, "\(notes)")
        }

        @Test func readsMarkdown() throws {
            let (result, _) = try Self.ingest("handout.md", id: "handout")
            let directory = try Self.knowledgeBase(onlyWith: result.markdown, named: "handout.md")
            let document = try #require(try KnowledgeBaseLoader().load(directory: directory).documents.first)
            #expect(document.sections.map(\.id) == ["visiting-the-clinic", "parking", "parking-2", "what-to-bring"])
            #expect(document.sections[0].passages.map(\.text) == ["Welcome to the clinic. Read our map before you come."])
            #expect(document.sections[1].passages.map(\.text) == [
                "Parking is free for patients.", "The car park is behind the building.",
                "Spaces near the door are for people with a disability.",
            ])
            #expect(document.sections[2].passages.map(\.text) == ["Bicycles can be left at the front."])
            #expect(document.sections[3].passages.map(\.text) == ["Your appointment letter", "A list of your medicines"])
            let notes = result.notes.map(\.message)
            #expect(notes.contains { $0.contains("'Empty heading' has no text below it") })
            #expect(notes.contains { $0.contains("list without a lead-in") })
        }

        /// A leaflet of short headed paragraphs, its headings written in every
        /// way people write them: title case, sentence case, numbered, as a
        /// step, in capitals.
        @Test func aLeafletOfHeadedParagraphsBecomesOneSectionPerHeading() throws {
            let (result, _) = try Self.ingest("cast-care.txt", id: "cast-care")
            let document = try DocumentFormatTests.parse(result.markdown, path: "cast-care.md")
            #expect(document.sections.map(\.heading) == [
                "Caring for Your Plaster Cast", "Keeping it dry", "Getting home", "The first two days",
                "Step 3: Moving your fingers", "ITCHING UNDER THE CAST", "Signs to look out for", "Looking after the skin",
                "If the cast breaks", "Having the cast removed",
            ])
            #expect(document.sections.allSatisfy { $0.passages.count == 1 && !$0.passages[0].isListItem })
            #expect(document.sections[2].passages[0].text == "Ask someone to take you home. Keep the arm raised on a cushion for the journey.")
            let notes = result.notes.map { "\($0.line): \($0.message)" }
            #expect(notes.contains { $0.hasPrefix("9: read 'Getting home' as a heading") })
            #expect(notes.contains { $0.hasPrefix("6: read 'Keeping it dry' as a heading") })
            #expect(notes.contains { $0.hasPrefix("17: read 'Step 3: Moving your fingers' as a heading") })
            #expect(result.notes.count == 8, "\(notes)")
        }

        /// An item's or heading's `{#id}` in Markdown input is the author's: kept, not doubled.
        @Test func keepsTheAuthorsIDs() throws {
            let text = """
                ## Side effects {#effects}

                Some people feel:

                - Nausea {#n}
                - Dizziness
                - Tiredness {#n}
                """
            let result = Self.ingester.ingest(text, fileName: "effects.md", id: "effects", title: "Effects", today: "2026-11-27")
            #expect(result.markdown.contains("## Side effects {#effects}\n"))
            #expect(result.markdown.contains("- Nausea {#n}\n"))
            #expect(!result.markdown.contains("{#n} {#"))
            let document = try DocumentFormatTests.parse(result.markdown, path: "effects.md")
            #expect(document.sections[0].passages.map(\.text) == ["Some people feel:", "Nausea", "Dizziness", "Tiredness"])
            #expect(document.sections[0].passages.map(\.id) == [nil, "effects.n", "effects.dizziness", "effects.n-2"])
            #expect(result.notes.contains { $0.line == 7 && $0.message.contains("'n' is taken") })
        }

        /// What the ingester writes is what its model says, through the one writer.
        @Test func theIngestedDocumentRoundTrips() throws {
            for name in ["seed-leaflet.txt", "handout.md", "cast-care.txt"] {
                let (result, _) = try Self.ingest(name)
                let parsed = try DocumentFormatTests.parse(result.markdown, path: result.document.path)
                #expect(parsed.withoutLines == result.document.withoutLines, "\(name)")
                try DocumentFormatTests.expectRoundTrip(parsed)
            }
        }

        @Test func plainTextShapes() {
            let text = """
                Opening Hours
                The clinic opens at eight.

                What to expect
                You will meet a nurse first. Then the doctor will see you.

                Bring these:
                Your letter
                Your medicines
                """
            let result = Self.ingester.ingest(text, fileName: "visit.txt", id: "visit", title: "Visit", today: "2026-11-27")
            #expect(result.markdown.contains("## Opening Hours {#opening-hours}"))
            #expect(result.markdown.contains("## What to expect {#what-to-expect}"), "a short line followed by a paragraph is a heading")
            #expect(result.notes.contains { $0.line == 4 && $0.message.hasPrefix("read 'What to expect' as a heading") })
            #expect(result.markdown.contains("<!-- source: visit.txt:2 -->\nThe clinic opens at eight.\n"))
            #expect(result.markdown.contains("Bring these:\n\n<!-- source: visit.txt:8 -->\n- Your letter {#your-letter}\n<!-- source: visit.txt:9 -->\n- Your medicines {#your-medicines}"))
        }
    }
}
