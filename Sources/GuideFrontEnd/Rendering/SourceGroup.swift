import GuideEngine

/// The citations of one section of one document, shown to people as one
/// source line: eight passages of a list are one source to a patient, not
/// eight copies of the same title that differ only in a line number.
struct SourceGroup: Equatable {
    var numbers: [Int]
    var title: String
    var section: String
    var reviewed: String
    var path: String
    /// The line of each cited passage, in the order of `numbers`.
    var lines: [Int]

    /// `citations` grouped by document and section, in the order each group is
    /// first cited (a comparison's two sections stay apart, each whole).
    static func grouping(_ citations: [Citation]) -> [SourceGroup] {
        var groups: [SourceGroup] = []
        var indexByKey: [String: Int] = [:]
        for citation in citations {
            // The title is part of the key: two documents may share an id only
            // in a malformed knowledge base, and then they must not merge.
            let key = citation.document + "\u{0}" + citation.title + "\u{0}" + citation.section + "\u{0}" + citation.path
            if let index = indexByKey[key] {
                groups[index].numbers.append(citation.number)
                groups[index].lines.append(citation.line)
            } else {
                indexByKey[key] = groups.count
                groups.append(
                    SourceGroup(
                        numbers: [citation.number], title: citation.title, section: citation.section,
                        reviewed: citation.reviewed, path: citation.path, lines: [citation.line]))
            }
        }
        return groups
    }

    /// The citation numbers as people write them: `[1–3, 5]`, runs of three or
    /// more joined with an en dash.
    var label: String {
        var parts: [String] = []
        var index = 0
        let sorted = numbers.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(sorted[index])–\(sorted[end])")
            } else {
                parts += sorted[index...end].map(String.init)
            }
            index = end + 1
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// `path:18, 26, 30`: where an author finds the passages.
    var location: String {
        path + ":" + lines.map(String.init).joined(separator: ", ")
    }
}
