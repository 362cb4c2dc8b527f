/// A small line-based settings format shared by the knowledge base's data
/// files: `[group]` lines, then `key: value` lines; `#` starts a comment.
///
/// Chosen over YAML so that every mistake can be reported with its exact line
/// and so that clinic staff have one simple rule to learn.
struct RecordFile {
    struct Entry {
        var key: String
        var value: String
        var line: Int
    }

    struct Group {
        var name: String
        var line: Int
        var entries: [Entry]

        func values(_ key: String) -> [String] { entries.filter { $0.key == key }.map(\.value) }
        func value(_ key: String) -> String? { entries.last { $0.key == key }?.value }
    }

    var path: String
    var groups: [Group]
    /// The number of the file's last line (1 for an empty file): where
    /// something missing at the end is reported.
    var lastLine = 1

    func group(_ name: String) -> Group? { groups.first { $0.name == name } }

    /// Parses `text`, collecting a diagnostic for each line it cannot read.
    static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> RecordFile {
        var groups: [Group] = []
        let lines = text.fileLines
        for (offset, rawLine) in lines.enumerated() {
            let line = offset + 1
            let content = rawLine.trimmingWhitespace()
            if content.isEmpty || content.hasPrefix("#") { continue }
            if content.hasPrefix("[") {
                guard content.hasSuffix("]"), content.count > 2 else {
                    diagnostics.append(Diagnostic(path: path, line: line, message: "a group line must look like [name]"))
                    continue
                }
                let name = String(content.dropFirst().dropLast()).trimmingWhitespace()
                groups.append(Group(name: name, line: line, entries: []))
                continue
            }
            guard let colon = content.firstIndex(of: ":") else {
                diagnostics.append(
                    Diagnostic(path: path, line: line, message: "expected 'key: value' or '[group]', found '\(content.prefix(40))'"))
                continue
            }
            let key = String(content[..<colon]).trimmingWhitespace()
            let value = String(content[content.index(after: colon)...]).trimmingWhitespace()
            guard !key.isEmpty, !key.contains(" ") else {
                diagnostics.append(Diagnostic(path: path, line: line, message: "expected 'key: value', the key is missing or has spaces"))
                continue
            }
            guard !groups.isEmpty else {
                diagnostics.append(Diagnostic(path: path, line: line, message: "'\(key)' comes before any [group] line"))
                continue
            }
            if value.isEmpty {
                diagnostics.append(Diagnostic(path: path, line: line, message: "'\(key)' has no value"))
                continue
            }
            groups[groups.count - 1].entries.append(Entry(key: key, value: value, line: line))
        }
        // A final newline ends the last line; it does not start another.
        let lastLine = max(1, text.hasSuffix("\n") ? lines.count - 1 : lines.count)
        return RecordFile(path: path, groups: groups, lastLine: lastLine)
    }
}

extension String {
    /// The text's lines, split on the newline byte, each without a trailing
    /// carriage return: files written on Windows (CRLF) read the same, and a
    /// Character split (where "\r\n" is one character) is avoided.
    /// (Scanned as bytes in place: the collection `split` over `utf8` took a
    /// fifth of loading a large knowledge base.)
    var fileLines: [String] {
        var text = self
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = index + 1
            }
            return lines
        }
    }
}

extension String {
    /// The text without spaces, tabs and carriage returns at either end
    /// (found in its UTF-8 bytes from both ends: a Character-by-Character
    /// search took a sixth of loading a large knowledge base).
    public func trimmingWhitespace() -> String {
        let (start, end) = utf8.innerRange()
        return String(self[start..<end])
    }
}

extension Substring {
    /// The text without spaces, tabs and carriage returns at either end.
    public func trimmingWhitespace() -> String {
        let (start, end) = utf8.innerRange()
        return String(self[start..<end])
    }
}

extension BidirectionalCollection where Element == UInt8 {
    /// Where the bytes that are not spaces, tabs or carriage returns start and end.
    fileprivate func innerRange() -> (Index, Index) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = startIndex
        var end = endIndex
        while start < end, isSpace(self[start]) { start = index(after: start) }
        while end > start, isSpace(self[index(before: end)]) { end = index(before: end) }
        return (start, end)
    }
}
