/// Placeholder until the safety screen lands.
public struct SafetyScreen: Sendable {
    public struct Finding: Sendable, Equatable {
        public var status: Reply.Status
        public var pattern: SafetyPattern
    }

    let rules: SafetyRules

    public init(rules: SafetyRules, analyzer: Analyzer) {
        self.rules = rules
    }

    public func screen(_ text: String) -> Finding? { nil }
}
