import GuideEngine
import Testing

/// The safety model by meaning (language/safety-model-en.txt): the guide
/// computes what the fitting tool computed, the model flags only the
/// statements the screen gives it, and a broken file is named with its line.
struct SafetyModelTests {
    static let modelPath = "language/safety-model-en.txt"

    /// A model that reads every sentence the same way: `bias` decides.
    static func constantModel(bias: Float) -> String {
        "bias: \(bias)\nweights: " + Array(repeating: "0", count: 256).joined(separator: " ") + "\n"
    }

    @Test func theGuideComputesTheProbabilitiesTheFittingToolWrote() throws {
        let knowledgeBase = try Fixtures.engine().knowledgeBase
        let model = try #require(knowledgeBase.safety.model, "the bundled knowledge base has a safety model")
        try Self.expectChecks(of: model, atLeast: 20, in: knowledgeBase)
    }

    /// Expects `model` to fit the embeddings and the guide to compute each
    /// of its (at least `count`) `check:` lines as the fitting tool wrote it.
    static func expectChecks(of model: SafetyModel, atLeast count: Int, in knowledgeBase: KnowledgeBase) throws {
        let embeddings = try #require(knowledgeBase.embeddings)
        #expect(model.weights.count == embeddings.dimensions)
        #expect(model.checks.count >= count)
        for check in model.checks {
            let encoded = try #require(embeddings.vectorAndPieces(of: check.sentence))
            let probability = model.probability(of: encoded.vector, pieces: encoded.pieces)
            #expect(
                abs(probability - check.probability) < SafetyModel.checkTolerance,
                "\(check.sentence): \(probability), the tool \(check.probability)")
        }
    }

    @Test func aStatementTheModelReadsAsDangerIsFlaggedAndNamedInWhy() throws {
        let sure = try Fixtures.scratchKnowledgeBase([Self.modelPath: Self.constantModel(bias: 10)])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: sure)).makeSession()
        let text = "My sister has a small garden with roses in it"
        #expect(session.respond(to: text).isUrgent)
        let why = session.respond(to: "/why").answer
        #expect(why.contains("the safety model reads danger (1.00)"), "\(why)")

        // The control: the same message with a model that never flags is no alarm.
        let never = try Fixtures.scratchKnowledgeBase([Self.modelPath: Self.constantModel(bias: -10)])
        var plain = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: never)).makeSession()
        #expect(!plain.respond(to: text).isUrgent)
    }

    @Test(arguments: [
        "Are relatives allowed to drive patients to the clinic on Tuesday?",  // a question no one asks of themselves
        "tell me more",  // a statement too short to judge
    ])
    func theModelJudgesOnlyStatementsAboutAPerson(_ text: String) throws {
        let sure = try Fixtures.scratchKnowledgeBase([Self.modelPath: Self.constantModel(bias: 10)])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: sure)).makeSession()
        #expect(!session.respond(to: text).isUrgent, "\(text)")
    }

    @Test func aMalformedModelIsNamedWithFileAndLine() throws {
        let diagnostics = try Fixtures.loadDiagnostics([Self.modelPath: "bias: 0.5\nweights: 0.1 zero 0.3\n"])
        #expect(diagnostics.contains { $0.path.hasSuffix(Self.modelPath) && $0.line == 2 }, "\(diagnostics)")
        let missing = try Fixtures.loadDiagnostics([Self.modelPath: "# no numbers\n"])
        #expect(missing.contains { $0.path.hasSuffix(Self.modelPath) && $0.message.contains("bias") }, "\(missing)")
    }
}

extension SafetyModelTests {
    @Test func aModelFittedToOtherEmbeddingsIsRefused() throws {
        let diagnostics = try Fixtures.loadDiagnostics([Self.modelPath: "bias: 0\nweights: 0.1 0.2 0.3\n"])
        #expect(diagnostics.contains { $0.path.hasSuffix(Self.modelPath) && $0.message.contains("3 weights") }, "\(diagnostics)")
    }
}

extension SafetyModelTests {
    /// A model fitted to other word pieces scores its own check sentences
    /// otherwise: `validate` names the line, so a clinic's IT person learns
    /// it before visitors meet a screen that was never measured.
    @Test func validateNamesACheckTheGuideComputesOtherwise() throws {
        let bundled = try String(contentsOfFile: Fixtures.bundledDirectory + "/" + Self.modelPath, encoding: .utf8)
        var lines = bundled.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("check: ") })
        let sentence = try #require(lines[index].split(separator: "\t", maxSplits: 1).last)
        lines[index] = "check: 0.5000\t" + sentence
        let directory = try Fixtures.scratchKnowledgeBase([Self.modelPath: lines.joined(separator: "\n")])
        let report = try KnowledgeBaseValidator(today: "2026-12-05").validate(directory: directory)
        let found = report.diagnostics.filter { $0.path.hasSuffix(Self.modelPath) }
        #expect(found.map(\.line) == [index + 1], "\(found)")
        #expect(found.first?.severity == .error)
        let untouched = try KnowledgeBaseValidator(today: "2026-12-05").validate(directory: Fixtures.bundledDirectory)
        #expect(!untouched.diagnostics.contains { $0.path.hasSuffix(Self.modelPath) })
    }
}

extension SafetyModelTests {
    /// What the fitting tool is given (`ketaguide safety-sentences`) is what
    /// the screen gives the model: statements about a person, long enough,
    /// not questions, each as written; denials and suppositions too, which
    /// it judges alone (`model-threshold-denial`, `model-threshold-supposed`).
    @Test func theModelIsGivenStatementsAboutAPersonAsWritten() throws {
        let screen = try Fixtures.engine().safety
        let text = "Is it going to work? Because I am running out of reasons to keep going. tell me more. "
            + "I'm not going to hurt myself, I promise. If I get chest pain what do I do. The clinic opens at nine on Tuesday."
        #expect(
            screen.sentencesForTheModel(text) == [
                "Because I am running out of reasons to keep going", "I'm not going to hurt myself, I promise",
                "If I get chest pain what do I do", "The clinic opens at nine on Tuesday",
            ])
    }

    /// A statement that names no person is judged by the model alone, at
    /// `model-threshold-without-person`; at 1 it is not judged at all.
    @Test func aStatementThatNamesNoPersonIsJudgedByTheModelAtItsOwnThreshold() throws {
        let text = "The garden is full of roses and tall sunflowers"
        let sure = try Fixtures.scratchKnowledgeBase([Self.modelPath: Self.constantModel(bias: 10)])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: sure)).makeSession()
        #expect(session.respond(to: text).isUrgent)

        let safety = try String(contentsOfFile: Fixtures.bundledDirectory + "/safety.txt", encoding: .utf8)
        let never = safety.replacingOccurrences(
            of: "\nmodel-threshold-without-person: ", with: "\nmodel-threshold-without-person: 1\n# was: ")
        #expect(never != safety)
        let off = try Fixtures.scratchKnowledgeBase([Self.modelPath: Self.constantModel(bias: 10), "safety.txt": never])
        session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: off)).makeSession()
        #expect(!session.respond(to: text).isUrgent)
    }
}

extension SafetyModelTests {
    /// The model weighs word pieces and adjacent pairs of them besides the
    /// vector: a pair's weight alone decides here, and only where the pair is.
    @Test func pieceAndPairWeightsMoveTheProbability() throws {
        let model = Self.constantModel(bias: -10) + "piece: 20 cut again\n"
        let directory = try Fixtures.scratchKnowledgeBase([Self.modelPath: model])
        var session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        #expect(session.respond(to: "My sister said her hair was cut again by the barber on Tuesday").isUrgent)
        session = ChatEngine(knowledgeBase: try KnowledgeBaseLoader().load(directory: directory)).makeSession()
        #expect(!session.respond(to: "My sister said the barber cut her hair again on Tuesday").isUrgent)
    }

    @Test func aMalformedPieceLineIsNamedWithItsLine() throws {
        let diagnostics = try Fixtures.loadDiagnostics([Self.modelPath: Self.constantModel(bias: 0) + "piece: heavy tonight\n"])
        #expect(diagnostics.contains { $0.path.hasSuffix(Self.modelPath) && $0.line == 3 && $0.message.contains("piece") }, "\(diagnostics)")
    }
}
