/// What changed between two loads of a knowledge base, for `/reload`: the
/// documents and passages added, removed and changed.
public struct KnowledgeBaseDiff: Sendable, Equatable {
    public var addedDocuments: [String] = []
    public var removedDocuments: [String] = []
    public var changedDocuments: [String] = []
    public var addedPassages = 0
    public var removedPassages = 0
    public var changedPassages = 0

    public init(from old: KnowledgeBase, to new: KnowledgeBase) {
        let oldDocuments = Dictionary(old.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newDocuments = Dictionary(new.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        addedDocuments = new.documents.map(\.id).filter { oldDocuments[$0] == nil }
        removedDocuments = old.documents.map(\.id).filter { newDocuments[$0] == nil }
        for document in new.documents {
            guard let before = oldDocuments[document.id] else {
                addedPassages += document.sections.reduce(0) { $0 + $1.passages.count }
                continue
            }
            let counts = Self.comparePassages(before, document)
            addedPassages += counts.added
            removedPassages += counts.removed
            changedPassages += counts.changed
            if counts != (0, 0, 0) || before.title != document.title || before.sections.map(\.heading) != document.sections.map(\.heading) {
                changedDocuments.append(document.id)
            }
        }
        for id in removedDocuments {
            removedPassages += oldDocuments[id]?.sections.reduce(0) { $0 + $1.passages.count } ?? 0
        }
    }

    /// Passages are matched by section id and position (or their own id).
    private static func comparePassages(_ old: KnowledgeDocument, _ new: KnowledgeDocument) -> (added: Int, removed: Int, changed: Int) {
        func keyed(_ document: KnowledgeDocument) -> [String: String] {
            var result: [String: String] = [:]
            for section in document.sections {
                for (index, passage) in section.passages.enumerated() {
                    result[passage.id ?? "\(section.id)#\(index)"] = passage.text
                }
            }
            return result
        }
        let before = keyed(old)
        let after = keyed(new)
        let added = after.keys.filter { before[$0] == nil }.count
        let removed = before.keys.filter { after[$0] == nil }.count
        let changed = after.filter { key, text in before[key].map { $0 != text } ?? false }.count
        return (added, removed, changed)
    }

    public var isEmpty: Bool {
        addedDocuments.isEmpty && removedDocuments.isEmpty && changedDocuments.isEmpty
            && addedPassages == 0 && removedPassages == 0 && changedPassages == 0
    }

    /// One or two lines for the person who asked for the reload.
    public var summary: String {
        if isEmpty { return "Reloaded the knowledge base: nothing changed." }
        var parts: [String] = []
        if !addedDocuments.isEmpty { parts.append("documents added: " + addedDocuments.joined(separator: ", ")) }
        if !removedDocuments.isEmpty { parts.append("documents removed: " + removedDocuments.joined(separator: ", ")) }
        if !changedDocuments.isEmpty { parts.append("documents changed: " + changedDocuments.joined(separator: ", ")) }
        parts.append("passages added \(addedPassages), removed \(removedPassages), changed \(changedPassages)")
        return "Reloaded the knowledge base: " + parts.joined(separator: "; ") + "."
    }
}
