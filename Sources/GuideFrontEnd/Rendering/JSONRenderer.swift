import GuideEngine

/// Renders a reply as one JSON object on one line (JSON Lines), the contract
/// scripts rely on: `input`, `status`, `intent`, `confidence`, `answer`,
/// `citations`, `suggestions` (and `options`, `unanswered`, `symptom_note`,
/// `notice` and `crisis_footnote` when there are).
///
/// Written by hand rather than with `JSONEncoder`: the field order stays
/// fixed for people reading the output, and batch throughput stays high
/// (bytes are appended straight to the output buffer).
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ reply: Reply) -> String {
        var out: [UInt8] = []
        render(reply, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the reply's JSON (without a newline) to `out`.
    public func render(_ reply: Reply, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + reply.answer.utf8.count + reply.citations.count * 200 + 300)
        Self.raw("{\"input\":", to: &out)
        Self.appendString(reply.input, to: &out)
        Self.raw(",\"status\":\"" + reply.status.rawValue + "\",\"intent\":", to: &out)
        if let intent = reply.intent { Self.appendString(intent, to: &out) } else { Self.raw("null", to: &out) }
        Self.raw(",\"confidence\":" + Self.number(reply.confidence) + ",\"answer\":", to: &out)
        Self.appendString(reply.answer, to: &out)
        Self.raw(",\"citations\":[", to: &out)
        for (index, citation) in reply.citations.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.raw("{\"n\":" + String(citation.number) + ",\"document\":", to: &out)
            Self.appendString(citation.document, to: &out)
            Self.raw(",\"title\":", to: &out)
            Self.appendString(citation.title, to: &out)
            Self.raw(",\"section\":", to: &out)
            Self.appendString(citation.section, to: &out)
            Self.raw(",\"path\":", to: &out)
            Self.appendString(citation.path, to: &out)
            Self.raw(",\"line\":" + String(citation.line) + ",\"reviewed\":", to: &out)
            Self.appendString(citation.reviewed, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        Self.raw("],\"suggestions\":[", to: &out)
        for (index, suggestion) in reply.suggestions.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendString(suggestion, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        if !reply.options.isEmpty { Self.appendArray("options", reply.options, to: &out) }
        if !reply.unansweredParts.isEmpty { Self.appendArray("unanswered", reply.unansweredParts, to: &out) }
        for (name, value) in [
            ("general_for", reply.generalFor), ("no_information_about", reply.notAbout), ("symptom_note", reply.symptomNote),
            ("notice", reply.notice), ("crisis_footnote", reply.crisisFootnote),
        ] {
            guard let value else { continue }
            Self.raw(",\"" + name + "\":", to: &out)
            Self.appendString(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `,"name":[…]`, an array of strings.
    private static func appendArray(_ name: String, _ strings: [String], to out: inout [UInt8]) {
        raw(",\"" + name + "\":[", to: &out)
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(string, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// JSON syntax written by this renderer (never user text).
    private static func raw(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string; control characters (C0, DEL, C1),
    /// quotes, backslashes and the line separators U+2028/U+2029 are escaped,
    /// so the output is always one valid line.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escaping are copied whole. A String's
            // UTF-8 is always valid, so a multi-byte sequence is copied as it is
            // unless it is C1 (C2 80-9F) or U+2028/9 (E2 80 A8/A9).
            var run = 0
            var index = 0
            func copyRun(to end: Int) {
                if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
            }
            func escape(_ value: UInt32) {
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "u"))
                for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xC2 && byte != 0xE2 {
                    index += 1
                    continue
                }
                var length = 1
                switch byte {
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    copyRun(to: index)
                    escape(UInt32(bytes[index + 1]))
                    length = 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    copyRun(to: index)
                    escape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    length = 3
                case 0xC2, 0xE2:  // the start of another character: copied as it is
                    index += 1
                    continue
                default:
                    copyRun(to: index)
                    switch byte {
                    case 0x22: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
                    case 0x5C: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
                    case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
                    case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
                    case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
                    default: escape(UInt32(byte))  // other C0 controls and DEL
                    }
                }
                index += length
                run = index
            }
            copyRun(to: bytes.count)
        }
        out.append(UInt8(ascii: "\""))
    }
}
