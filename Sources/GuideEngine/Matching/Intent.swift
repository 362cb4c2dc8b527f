/// Something a question can be about: a whole section, or one passage that
/// has an id of its own.
public struct Intent: Sendable, Hashable {
    public var id: String
    public var document: Int
    public var section: Int
    /// Set when the intent is a single passage of the section.
    public var passage: Int?

    /// The pseudo-intent of the topics the knowledge base does not cover.
    static let notCovered = Intent(id: "not-covered", document: -1, section: -1, passage: nil)

    public var isNotCovered: Bool { document < 0 }

    /// Whether `other` is this intent's section or one of its passages (or the reverse).
    public func isRelated(to other: Intent) -> Bool {
        document == other.document && section == other.section
    }
}
