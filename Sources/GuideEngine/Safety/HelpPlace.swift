import Foundation

/// Where the reader is, for the words of a safety message: which region's
/// numbers to give, and whether there are staff to tell.
///
/// "Tell a staff member" is only said where staff are on site (the kiosk, a
/// clinic terminal); at home the message points to the care team instead.
public struct HelpPlace: Sendable, Equatable {
    public var region: CrisisRegion
    public var staffOnSite: Bool

    public init(region: CrisisRegion, staffOnSite: Bool) {
        self.region = region
        self.staffOnSite = staffOnSite
    }

    /// The lines of a message said here, about the reader or about someone
    /// else, with the region's numbers filled in, one sentence a line.
    ///
    /// A message with no `to-other` lines says its `to-reader` lines about
    /// anyone; one with them says either, never both.
    public func text(of lines: [SafetyMessageLine], aboutOther: Bool = false) -> String {
        let hasOtherWording = lines.contains { $0.audience == .other }
        let said = lines.filter { line in
            switch line.audience {
            case .everyone: return true
            case .reader: return !(aboutOther && hasOtherWording)
            case .other: return aboutOther
            case .staff: return staffOnSite
            case .noStaff: return !staffOnSite
            }
        }
        return said.flatMap { fill($0.text) }.joined(separator: "\n")
    }

    /// `template` with `{emergency-number}` and `{crisis-line}` filled; a line
    /// that is only `{crisis-lines}` becomes the region's lines, then what to
    /// do outside it.
    public func fill(_ template: String) -> [String] {
        if template.trimmingWhitespace() == "{crisis-lines}" {
            return region.crisisLines.map(fillInline) + (region.elsewhere.map { [fillInline($0)] } ?? [])
        }
        return [fillInline(template)]
    }

    private func fillInline(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "{emergency-number}", with: region.emergencyNumber)
        if text.contains("{crisis-line}") {
            text = text.replacingOccurrences(of: "{crisis-line}", with: region.crisisLines.first ?? "")
        }
        return text
    }
}

extension ChatEngine {
    /// The place a session with `options` runs in: its region (the option,
    /// else guide.conf's, else the first of crisis-lines.txt) and its staff.
    public func place(for options: ChatSession.Options) -> HelpPlace {
        let regions = knowledgeBase.safety.regions
        let wanted = options.region ?? settings.region
        let region = regions.first { $0.key == wanted } ?? regions.first
            ?? CrisisRegion(key: "", name: "", emergencyNumber: "", crisisLines: [])
        return HelpPlace(region: region, staffOnSite: options.isKiosk || options.staffOnSite || settings.staffOnSite)
    }

    /// The banner's line on how to get help, for a session with `options`.
    public func helpLine(for options: ChatSession.Options) -> String {
        let place = place(for: options)
        let template = place.staffOnSite ? settings.getHelpStaff ?? settings.getHelp : settings.getHelp
        return place.fill(template).joined(separator: " ")
    }
}
