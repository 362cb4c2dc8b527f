import GuideEngine

/// Renders a reply as one JSON object on one line (JSON Lines), the contract
/// scripts rely on: `input`, `status`, `intent`, `confidence`, `answer`,
/// `citations`, `suggestions` (and `notice` when there is one).
///
/// Written by hand rather than with `JSONEncoder`: the field order stays
/// fixed for people reading the output, and batch throughput stays high.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ reply: Reply) -> String {
        var out = "{\"input\":"
        out.reserveCapacity(reply.answer.utf8.count + reply.citations.count * 200 + 300)
        Self.appendString(reply.input, to: &out)
        out += ",\"status\":\"\(reply.status.rawValue)\",\"intent\":"
        if let intent = reply.intent { Self.appendString(intent, to: &out) } else { out += "null" }
        out += ",\"confidence\":\(Self.number(reply.confidence)),\"answer\":"
        Self.appendString(reply.answer, to: &out)
        out += ",\"citations\":["
        for (index, citation) in reply.citations.enumerated() {
            if index > 0 { out += "," }
            out += "{\"n\":\(citation.number),\"document\":"
            Self.appendString(citation.document, to: &out)
            out += ",\"title\":"
            Self.appendString(citation.title, to: &out)
            out += ",\"section\":"
            Self.appendString(citation.section, to: &out)
            out += ",\"path\":"
            Self.appendString(citation.path, to: &out)
            out += ",\"line\":\(citation.line),\"reviewed\":"
            Self.appendString(citation.reviewed, to: &out)
            out += "}"
        }
        out += "],\"suggestions\":["
        for (index, suggestion) in reply.suggestions.enumerated() {
            if index > 0 { out += "," }
            Self.appendString(suggestion, to: &out)
        }
        out += "]"
        if let notice = reply.notice {
            out += ",\"notice\":"
            Self.appendString(notice, to: &out)
        }
        out += "}"
        return out
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// Appends `text` as a JSON string; control characters, quotes and
    /// backslashes are escaped, so the output is always one valid line.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func appendString(_ text: String, to out: inout String) {
        // Most strings are printable ASCII with nothing to escape: copied as they are.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        let hex = Self.hexDigits
        func escape(_ value: UInt32) {
            bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case 0x5C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: escape(value)
            case 0x20..<0x7F: bytes.append(UInt8(value))
            default: bytes += Array(String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        out += String(decoding: bytes, as: UTF8.self)
    }
}
