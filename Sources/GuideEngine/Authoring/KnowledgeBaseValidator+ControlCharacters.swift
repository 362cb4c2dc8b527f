import Foundation

/// Control characters in knowledge-base files: everything the guide says or
/// prints (its name, answers, headings, file names in citations) comes from
/// these files, and an escape sequence or a bidi override in them could
/// retitle, clear or disguise the reader's terminal. They are errors, found
/// in the raw files, so they are reported even when the rest does not load.
extension KnowledgeBaseValidator {
    /// The files the loader reads, besides the documents and the language's
    /// own (`LanguageFiles.textFiles`).
    static let dataFiles = ["guide.conf", "synonyms.txt", "smalltalk.txt", "safety.txt", "not-covered.txt"]

    /// Every control character in the knowledge base's files and document
    /// names, one error per line (or name) with the first one found.
    func controlCharacters(inFolder directory: String) -> [Diagnostic] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let displayName = root.lastPathComponent
        let documentNames =
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("documents").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        var diagnostics: [Diagnostic] = []
        for name in documentNames {
            guard let scalar = name.unicodeScalars.first(where: Self.isControl) else { continue }
            diagnostics.append(
                Diagnostic(
                    path: displayName + "/documents/" + Self.escaped(name), line: 1,
                    message: "the file name has the control character \(Self.name(of: scalar)); rename the file"))
        }
        let languageFiles = LanguageFiles.inKnowledgeBase(directory).textFiles
        for relative in Self.dataFiles + languageFiles + documentNames.map({ "documents/" + $0 }) {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { continue }
            let shown = displayName + "/" + Self.escaped(relative)
            // Invalid UTF-8 is the loader's error; the rest is read as U+FFFD.
            let text = String(decoding: data, as: UTF8.self)
            for (offset, line) in text.fileLines.enumerated() {
                guard let index = line.unicodeScalars.firstIndex(where: Self.isControl) else { continue }
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: index) + 1
                diagnostics.append(
                    Diagnostic(
                        path: shown, line: offset + 1,
                        message: "control character \(Self.name(of: line.unicodeScalars[index])) at column \(column); "
                            + "remove it (escape sequences and direction overrides can take over the reader's terminal)"))
            }
        }
        return diagnostics
    }

    /// C0 controls but tab (line ends are split off before this is asked),
    /// DEL, C1 controls, and the bidirectional embeddings, overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `U+001B` for a message: never the character itself.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with each control character written as `\u{1B}`, so a name that
    /// holds one can be printed safely.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
