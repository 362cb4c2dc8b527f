import Foundation

/// Checks a knowledge base the way an author needs before publishing it: the
/// loader's errors, then what loads but would answer badly.
///
/// The loader already refuses malformed files, duplicate ids and empty
/// sections; when it succeeds the validator runs the checks that need a
/// loaded knowledge base and the engine that answers from it:
/// - synonym groups none of whose terms occurs in any document (warning);
/// - example questions the safety screen catches as crisis or emergency,
///   which readers could never get answered (error), or as a referral,
///   which they get only after the care-team message (warning);
/// - example questions whose best match is an unrelated intent (warning);
/// - example questions that use words their passage never uses (warning);
/// - passages that no example question or keyword of the knowledge base
///   brings into an answer (warning);
/// - documents past their `review-due` day (warning);
/// - passages above a plain-language reading level (warning);
/// - a safety model whose `check:` sentences the guide scores otherwise
///   than the tool that fitted it (error);
/// - control characters and direction overrides in any file or document
///   name (error, checked even when the knowledge base does not load).
///
/// Errors make `ketaguide validate` exit 65; warnings are advice.
public struct KnowledgeBaseValidator: Sendable {
    /// The day review dates are checked against (`YYYY-MM-DD`).
    public var today: String
    /// Passages above this Flesch-Kincaid grade get a warning.
    public var maximumGrade: Double = 8
    /// Passages shorter than this are names and labels (a condition's
    /// name in a list), not prose: the formula would grade a two-word name as
    /// a university text, so they are not graded.
    public var minimumGradedWords = 5

    /// - Parameter today: the day to check review dates against, `YYYY-MM-DD`
    ///   (tests pass a fixed day; the command passes the current one).
    public init(today: String) {
        self.today = today
    }

    /// Loads the knowledge base at `directory` and checks it.
    ///
    /// - Returns: the loader's errors when it does not load, otherwise the
    ///   findings of every check.
    /// - Throws: `KnowledgeBaseError.notFound` when the folder, its settings
    ///   or its documents are missing.
    public func validate(directory: String) throws -> ValidationReport {
        do {
            let knowledgeBase = try KnowledgeBaseLoader().load(directory: directory)
            // The embedding table is read on first use; validating reads it now.
            try knowledgeBase.embeddings?.verify()
            return ValidationReport(diagnostics: controlCharacters(inFolder: directory) + check(knowledgeBase))
        } catch KnowledgeBaseError.malformed(let diagnostics) {
            return ValidationReport(diagnostics: controlCharacters(inFolder: directory) + diagnostics, stoppedAtLoading: true)
        }
    }

    /// The findings of every check that needs a loaded knowledge base.
    public func check(_ knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        let engine = ChatEngine(knowledgeBase: knowledgeBase)
        var diagnostics = knowledgeBase.loadWarnings
        diagnostics += unusedSynonyms(in: knowledgeBase, analyzer: engine.matcher.analyzer)
        diagnostics += uncoveredPhrasesLeftOneWord(in: knowledgeBase, analyzer: engine.matcher.analyzer)
        diagnostics += questionsCaughtBySafetyScreen(engine: engine)
        diagnostics += questionsMatchingOtherIntents(engine: engine)
        diagnostics += questionsBeyondTheirPassage(engine: engine)
        diagnostics += unreachedPassages(engine: engine)
        diagnostics += overdueReviews(in: knowledgeBase)
        diagnostics += hardPassages(in: knowledgeBase)
        diagnostics += unknownAnswerKinds(in: knowledgeBase)
        diagnostics += unknownOverviewSections(engine: engine)
        diagnostics += missingStrings(in: knowledgeBase)
        diagnostics += safetyModelMismatches(in: knowledgeBase)
        return diagnostics
    }

    /// `path:line` of an intent's heading or passage, for messages that name
    /// a second place.
    static func place(of intent: Intent, in knowledgeBase: KnowledgeBase) -> String {
        let document = knowledgeBase.documents[intent.document]
        let section = document.sections[intent.section]
        let line = intent.passage.map { section.passages[$0].line } ?? section.line
        return "\(document.path):\(line)"
    }

    /// The intent a question written at `site` belongs to: its passage's when
    /// the passage has an id, otherwise its section's.
    static func intent(of site: ExampleQuestion, document: Int, in knowledgeBase: KnowledgeBase) -> Intent {
        let section = knowledgeBase.documents[document].sections[site.section]
        if let passage = site.passage, let id = section.passages[passage].id {
            return Intent(id: id, document: document, section: site.section, passage: passage)
        }
        return Intent(id: section.id, document: document, section: site.section, passage: nil)
    }

    /// Short enough to quote in a one-line message.
    static func excerpt(_ text: String, words: Int = 8) -> String {
        let all = text.split(separator: " ")
        return all.prefix(words).joined(separator: " ") + (all.count > words ? " …" : "")
    }
}
