/// What a converted collection says about itself: its name, licence, where
/// it comes from and when it was reviewed. Every converted document cites it
/// in its `source`, and the converted guide's settings name it.
///
/// It comes from the command's options (`ketaguide import --collection-name
/// … --licence …`); `import-medquad` passes `medQuAD`.
public struct CollectionDescription: Sendable, Equatable {
    /// The collection's name ("MedQuAD").
    public var name: String
    /// Its licence ("CC BY 4.0"); empty when it has none to state.
    public var licence: String
    /// Where it is published; a pair without a URL of its own cites this one.
    public var sourceURL: String
    /// How to cite it (authors, publication, year); may be empty.
    public var citation: String
    /// The `reviewed:` day (`YYYY-MM-DD`) of every document: when the
    /// collection's answers were last checked, usually its publication.
    public var reviewed: String
    /// The `review-due:` day of every document, if any.
    public var reviewDue: String?

    public init(
        name: String, licence: String, sourceURL: String = "", citation: String = "", reviewed: String,
        reviewDue: String? = nil
    ) {
        self.name = name
        self.licence = licence
        self.sourceURL = sourceURL
        self.citation = citation
        self.reviewed = reviewed
        self.reviewDue = reviewDue
    }

    /// MedQuAD: Asma Ben Abacha and Dina Demner-Fushman, "A Question-Entailment
    /// Approach to Question Answering", BMC Bioinformatics 20:511 (2019), CC BY 4.0.
    public static let medQuAD = CollectionDescription(
        name: "MedQuAD", licence: "CC BY 4.0", sourceURL: "https://github.com/abachaa/MedQuAD",
        citation: "Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511, 2019", reviewed: "2019-10-22")

    /// The start of every converted document's `source`: "MedQuAD, CC BY 4.0".
    public var attribution: String {
        [name, licence].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The collection named in full, for the converted guide's settings:
    /// "MedQuAD (Ben Abacha and …, 2019; CC BY 4.0; https://…)".
    public var fullAttribution: String {
        let details = [citation, licence, sourceURL].filter { !$0.isEmpty }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: "; ")))"
    }
}
