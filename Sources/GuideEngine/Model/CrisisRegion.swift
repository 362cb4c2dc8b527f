/// The crisis and emergency lines of one country or area, from
/// `crisis-lines.txt`, so a clinic anywhere shows numbers its patients can call.
public struct CrisisRegion: Sendable, Equatable {
    /// The region's key (`us`, `uk`): what `region:` and `--region` name.
    public var key: String
    /// Its name for people ("United States").
    public var name: String
    /// What to call in an emergency, as it reads after "call" ("911",
    /// "your local emergency number").
    public var emergencyNumber: String
    /// One sentence per line to call or text, most general first.
    public var crisisLines: [String]
    /// A sentence for readers outside the region ("Outside the US, …").
    public var elsewhere: String?

    public init(key: String, name: String, emergencyNumber: String, crisisLines: [String], elsewhere: String? = nil) {
        self.key = key
        self.name = name
        self.emergencyNumber = emergencyNumber
        self.crisisLines = crisisLines
        self.elsewhere = elsewhere
    }
}
