/// Where interactive history is kept: `$XDG_STATE_HOME/ketaguide/history`,
/// or `~/.local/state/ketaguide/history` (the XDG base-directory default).
public enum HistoryLocation {
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/ketaguide/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/ketaguide/history"
    }
}
