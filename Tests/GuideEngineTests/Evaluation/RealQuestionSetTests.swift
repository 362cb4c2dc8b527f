import GuideEngine
import Testing

/// `eval-real` reads the real-question format and judges replies as the
/// shared scorer does: helpful on covered rows, honest on uncovered ones.
struct RealQuestionSetTests {
    @Test func helpfulAndHonestAreCountedApart() throws {
        let path = Fixtures.fixture("real-sample.tsv")
        let set = try RealQuestionSet.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(set.rows.count == 3)
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(set)
        #expect(report.helpful == (1, 2))
        #expect(report.honest == (1, 1))
        let failing = report.results.filter { !$0.reasons.isEmpty }.map(\.row.id)
        #expect(failing == ["x3"])
        #expect(report.summary(name: "sample", verbose: true).contains("FAIL x3"))
    }

    @Test func aMissingColumnOrABadExpressionIsNamed() throws {
        #expect(throws: KnowledgeBaseError.self) { try RealQuestionSet.parse("id\tquestion\n", path: "a.tsv") }
        let bad = "id\tconv\tquestion\tstatuses\tmust\tmust_not\tclass\nx\t\tq\tanswered\t([\t\tcovered\n"
        #expect(throws: KnowledgeBaseError.self) { try RealQuestionSet.parse(bad, path: "b.tsv") }
    }

    /// A set written blind in session 6 (160 questions in the real-question
    /// format, by a helper given only the leaflet and kinds of askers; it saw
    /// neither the guide nor the real set), split by id: the odd half was
    /// looked at for classes of failure, the even half kept apart (its floor
    /// only catches a collapse). Figures at the start of that session: 78.8%
    /// helpful, 82.1% honest (odd half); 73.1%, 78.6% (even half).
    ///
    /// A second, set C, written blind in session 7 by another helper (140
    /// questions, more forum voices and more the leaflet does not cover),
    /// split by id the same way. Figures at the start of that session: 79.2%
    /// helpful, 63.6% honest (odd half, looked at); 83.7%, 92.6% (even half,
    /// kept apart but for one row, read to find why a change lost it).
    @Test(arguments: [
        ("questions-blind.tsv", 0.84, 0.89, 80), ("questions-blind-heldout.tsv", 0.75, 0.78, 80),
        ("questions-blind-c.tsv", 0.79, 0.72, 70), ("questions-blind-c-heldout.tsv", 0.83, 0.92, 70),
    ])
    func theBlindSetsHoldTheirFloors(_ name: String, _ helpful: Double, _ honest: Double, _ rows: Int) throws {
        let path = Fixtures.fixture(name)
        let set = try RealQuestionSet.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(set.rows.count == rows)
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(set)
        print(report.summary(name: name, verbose: false))
        #expect(Double(report.helpful.0) / Double(max(report.helpful.1, 1)) >= helpful)
        #expect(Double(report.honest.0) / Double(max(report.honest.1, 1)) >= honest)
    }
}
