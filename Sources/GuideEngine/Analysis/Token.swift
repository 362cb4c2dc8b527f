/// One word of analysed text: the term the index uses, where it came from,
/// and its position (synonyms share the position of the words they stand for).
public struct Token: Sendable, Equatable {
    public var term: String
    /// Offsets in Unicode scalars into the analysed text.
    public var start: Int
    public var end: Int
    public var position: Int

    public init(term: String, start: Int, end: Int, position: Int) {
        self.term = term
        self.start = start
        self.end = end
        self.position = position
    }
}
