/// Something a question can be about: a whole section, or one passage that
/// has an id of its own.
public struct Intent: Sendable, Equatable {
    public var id: String
    public var document: Int
    public var section: Int
    /// Set when the intent is a single passage of the section.
    public var passage: Int?

    /// Whether `other` is this intent's section or one of its passages (or the reverse).
    public func isRelated(to other: Intent) -> Bool {
        document == other.document && section == other.section
    }
}
