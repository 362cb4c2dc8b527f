/// Everything the guide knows, loaded from a knowledge-base folder.
///
/// The engine holds no medical facts of its own: documents, synonyms, stop
/// words, small talk, safety phrases and the guide's own wording all come from
/// here, so a clinic can swap the folder without touching code.
public final class KnowledgeBase: Sendable {
    /// The folder's name as shown in citations (for example `KnowledgeBase`).
    public let displayName: String
    /// The folder on disk.
    public let directory: String
    public let documents: [KnowledgeDocument]
    public let settings: GuideSettings
    public let synonyms: [SynonymGroup]
    public let stopWords: Set<String>
    public let smalltalk: [SmalltalkIntent]
    public let safety: SafetyRules
    /// Topics the knowledge base deliberately does not cover (cost, insurance…).
    public let notCovered: NotCoveredTopics
    /// Stems the stemmer gets wrong for matching (`language/stems-<language>.txt`).
    public let stemExceptions: [String: String]
    /// The stemmer of the knowledge base's language (`guide.conf`'s `language:`).
    public let stemmer: any Stemmer
    /// What the loader found that does not stop it (a missing file of the
    /// set language, no stemmer for it): `validate` reports them.
    public let loadWarnings: [Diagnostic]
    /// A hash of every source file's name and bytes, set by the loader; an
    /// index cache is valid only for the same fingerprint. Nil when built in memory.
    public let sourceFingerprint: UInt64?
    /// Static word-piece vectors (`language/embeddings-<language>.bin`), for
    /// comparing sentences by meaning; nil when the folder has none.
    public let embeddings: StaticEmbeddings?
    /// Kinds of question and the phrases that ask for them
    /// (`language/question-kinds-<language>.txt`); empty when the folder has none.
    public let questionKinds: [QuestionKind]

    public init(
        displayName: String,
        directory: String,
        documents: [KnowledgeDocument],
        settings: GuideSettings,
        synonyms: [SynonymGroup],
        stopWords: Set<String>,
        smalltalk: [SmalltalkIntent],
        safety: SafetyRules,
        notCovered: NotCoveredTopics = NotCoveredTopics(),
        stemExceptions: [String: String] = [:],
        sourceFingerprint: UInt64? = nil,
        embeddings: StaticEmbeddings? = nil,
        questionKinds: [QuestionKind] = [],
        stemmer: any Stemmer = EnglishStemmer(),
        loadWarnings: [Diagnostic] = []
    ) {
        self.displayName = displayName
        self.directory = directory
        self.documents = documents
        self.settings = settings
        self.synonyms = synonyms
        self.stopWords = stopWords
        self.smalltalk = smalltalk
        self.safety = safety
        self.notCovered = notCovered
        self.stemExceptions = stemExceptions
        self.sourceFingerprint = sourceFingerprint
        self.embeddings = embeddings
        self.questionKinds = questionKinds
        self.stemmer = stemmer
        self.loadWarnings = loadWarnings
    }

    /// The analyser its language describes (stop words, stem exceptions, stemmer).
    public var analyzer: Analyzer { Analyzer(stopWords: stopWords, stemExceptions: stemExceptions, stemmer: stemmer) }

    /// Every section of every document, in file order.
    public var sections: [Section] { documents.flatMap(\.sections) }
}

/// A group of words and phrases that mean the same thing to a patient.
public struct SynonymGroup: Sendable, Equatable {
    public let terms: [String]
    public let line: Int
    /// The file it came from, relative to the knowledge base
    /// (`synonyms.txt`, or `language/paraphrases-<language>.txt` for everyday paraphrases).
    public let file: String

    public init(terms: [String], line: Int, file: String = "synonyms.txt") {
        self.terms = terms
        self.line = line
        self.file = file
    }
}

/// A canned reply to a greeting, a thank-you and the like, kept as data so a
/// clinic can reword it.
public struct SmalltalkIntent: Sendable, Equatable {
    public let name: String
    public let phrasings: [String]
    public let reply: String

    public init(name: String, phrasings: [String], reply: String) {
        self.name = name
        self.phrasings = phrasings
        self.reply = reply
    }
}

/// Questions the knowledge base does not answer, described like an intent so
/// that "how long do the effects last?" is recognised as not covered rather
/// than matched to "how long does it take to work?".
public struct NotCoveredTopics: Sendable, Equatable {
    public var keywords: [String]
    public var questions: [String]
    /// The line of not-covered.txt each keyword is on (empty when unknown).
    public var keywordLines: [Int]

    public init(keywords: [String] = [], questions: [String] = [], keywordLines: [Int] = []) {
        self.keywords = keywords
        self.questions = questions
        self.keywordLines = keywordLines
    }

    public var isEmpty: Bool { keywords.isEmpty && questions.isEmpty }
}
