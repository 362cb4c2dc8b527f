import GuideEngine

/// Screens what a bounded reader throws away of an overlong line, so a
/// danger told after the part kept ("…I took all 30 of my sertraline an
/// hour ago" at the end of a pasted letter) is still found and the line
/// answered as that danger, not as too long.
///
/// The dropped bytes are read in windows of about `windowBytes`, cut where
/// words end, each starting within the last `overlapBytes` of the one
/// before at the start of a sentence (or, with none there, of a word), so a
/// sentence cut by a window is read whole in the next, with its negation or
/// its date, and a word is never cut into another ("diet" into "die"). The
/// first window so starts in the kept part's last KiB. Memory stays
/// bounded: past `budgetBytes` of dropped text (more than a long pasted
/// letter; screening it takes about half a second) only the last window is
/// kept, and screened when the line ends: a danger at the very end of
/// megabytes of text is still found, one in their middle is not.
public final class DroppedTextScreen {
    /// The bytes of one window screened at a time, about.
    public static let windowBytes = 8 * 1024
    /// Bytes a window may repeat of the one before it.
    public static let overlapBytes = 1024
    /// Dropped bytes screened window by window, by default; after them, only the end of the line.
    public static let defaultBudgetBytes = 64 * 1024

    private let safety: SafetyScreen
    /// Dropped bytes of a line screened window by window (`defaultBudgetBytes`).
    public let budgetBytes: Int
    private var memo = WordMemo()
    /// The bytes of the current window: its first `screenedPrefix` were screened already.
    private var window: [UInt8] = []
    private var screenedPrefix = 0
    private var screenedBytes = 0
    /// The most urgent finding of the line so far (crisis, emergency or distress; nil when none).
    public private(set) var finding: SafetyScreen.Finding?

    public init(safety: SafetyScreen, budgetBytes: Int = defaultBudgetBytes) {
        self.safety = safety
        self.budgetBytes = budgetBytes
    }

    /// Starts a line whose kept part ends with `keptEnd` (screened already):
    /// the first window opens at a sentence in its last `overlapBytes`.
    func start(keptEnd: UnsafeRawBufferPointer) {
        finding = nil
        screenedBytes = 0
        window.removeAll(keepingCapacity: true)
        window.append(contentsOf: keptEnd.suffix(Self.overlapBytes))
        window.removeSubrange(0..<alignedStart(from: 0, to: window.count))
        screenedPrefix = window.count
    }

    /// Takes more dropped bytes of the line.
    func add(_ bytes: UnsafeRawBufferPointer) {
        window.append(contentsOf: bytes)
        while screenedBytes < budgetBytes, window.count >= Self.windowBytes + Self.overlapBytes {
            let end = wordEnd(atMost: Self.windowBytes)
            screen(window[..<end])
            screenedBytes += end
            let next = alignedStart(from: max(0, end - Self.overlapBytes), to: end)
            window.removeSubrange(0..<next)
            screenedPrefix = end - next
        }
        // Past the budget only the end is kept, for `finish`: one move a block.
        if screenedBytes >= budgetBytes, window.count > Self.windowBytes {
            let next = alignedStart(from: window.count - Self.windowBytes, to: window.count)
            window.removeSubrange(0..<next)
            screenedPrefix = 0
        }
    }

    /// Ends the line: screens what is left, if anything is new.
    func finish() {
        if window.count > screenedPrefix { screen(window[...]) }
        window.removeAll(keepingCapacity: window.count <= 2 * Self.windowBytes)
        screenedPrefix = 0
    }

    /// Where a window may end, at most `limit` bytes in: after the last end
    /// of a sentence in the `overlapBytes` before it, so the next window
    /// starts with the sentence after it; else at the last space or line
    /// break, so no word is cut; at a character's start when there is none.
    private func wordEnd(atMost limit: Int) -> Int {
        let lowest = max(1, limit - Self.overlapBytes)
        if let end = (lowest..<limit).last(where: { Self.endsASentence(window[$0 - 1]) && Self.isSpace(window[$0]) }) { return end }
        if let space = window[lowest..<limit].lastIndex(where: Self.isSpace) { return space }
        var end = limit
        while end > lowest, window[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// Where the next window starts in `window[from..<to]`: just after the
    /// first end of a sentence there (".", "?", "!" or a line break, then a
    /// space), else after the first space, else at the first character.
    private func alignedStart(from: Int, to: Int) -> Int {
        guard from < to else { return min(from, window.count) }
        var index = from
        while index + 1 < to {
            if Self.endsASentence(window[index]), Self.isSpace(window[index + 1]) { return index + 2 }
            index += 1
        }
        if let space = window[from..<to].firstIndex(where: Self.isSpace) { return space + 1 }
        var start = from
        while start < to, window[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    private static func endsASentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == 0x0A
    }

    private func screen(_ bytes: ArraySlice<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let found = safety.screen(text, memo: &memo)
        guard case .flagged(let status, _, _)? = found, status != .referral else { return }
        finding = SafetyScreen.moreUrgent(finding, found)
    }
}
