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
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
