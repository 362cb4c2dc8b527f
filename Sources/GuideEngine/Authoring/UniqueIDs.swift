/// Ids handed out once each: `id`, then `id-2`, `id-3`… when it is taken.
/// Used wherever a document is made from someone else's text (the ingester,
/// the importer), so two sections never share an id.
public struct UniqueIDs: Sendable {
    private var taken: Set<String> = []

    public init() {}

    /// `id`, or the first of `id-2`, `id-3`… not handed out yet.
    public mutating func claim(_ id: String) -> String {
        var candidate = id
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
