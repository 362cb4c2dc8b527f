import GuideEngine

/// Screens what a bounded reader throws away of an overlong line, so a
/// danger told at the end of a pasted letter ("…I took all 30 of my
/// sertraline an hour ago") is still caught: the line gets the too-long
/// reply only when nothing urgent is in it, wherever it is.
///
/// The dropped bytes are read in windows of `windowBytes`, each starting
/// `overlapBytes` before the last one ended, so a sentence cut by a window's
/// end is whole in the next. Memory stays bounded: past `defaultBudgetBytes` of
/// dropped text (more than a long pasted letter; screening it takes about a
/// second) only the last window or so is kept, and screened when the line
/// ends, so a danger at the very end of megabytes of text is still caught
/// without screening all of them (in the middle of them, it is not).
public final class DroppedTextScreen {
    /// The bytes of one window screened at a time.
    public static let windowBytes = 8 * 1024
    /// Bytes a window repeats of the one before it.
    public static let overlapBytes = 1024
    /// Dropped bytes screened window by window, by default; after them, only the end of the line.
    public static let defaultBudgetBytes = 64 * 1024

    private let safety: SafetyScreen
    /// Dropped bytes of a line screened window by window (`defaultBudgetBytes`).
    public let budgetBytes: Int
    private var memo = WordMemo()
    /// Bytes not screened yet (with the overlap of the window before them at their start).
    private var window: [UInt8] = []
    private var screenedBytes = 0
    /// The most urgent finding of the line so far (crisis, emergency or distress; nil when none).
    public private(set) var finding: SafetyScreen.Finding?

    public init(safety: SafetyScreen, budgetBytes: Int = defaultBudgetBytes) {
        self.safety = safety
        self.budgetBytes = budgetBytes
    }

    /// Starts a line whose kept part ends with `keptEnd`: its last
    /// `overlapBytes` open the first window, so a sentence cut at the
    /// reader's limit is read whole.
    func start(keptEnd: UnsafeRawBufferPointer) {
        finding = nil
        screenedBytes = 0
        window.removeAll(keepingCapacity: true)
        window.append(contentsOf: keptEnd.suffix(Self.overlapBytes))
    }

    /// Takes more dropped bytes of the line.
    func add(_ bytes: UnsafeRawBufferPointer) {
        window.append(contentsOf: bytes)
        while screenedBytes < budgetBytes, window.count >= Self.windowBytes + Self.overlapBytes {
            screen(window[..<Self.windowBytes])
            screenedBytes += Self.windowBytes
            dropFront(Self.windowBytes - Self.overlapBytes)
        }
        // Past the budget only the end is kept, for `finish`: one move a block.
        if screenedBytes >= budgetBytes, window.count > Self.windowBytes {
            dropFront(window.count - Self.windowBytes)
        }
    }

    /// Ends the line: screens what is left.
    func finish() {
        if window.count > Self.overlapBytes || screenedBytes == 0 { screen(window[...]) }
        window.removeAll(keepingCapacity: window.count <= 2 * Self.windowBytes)
    }

    /// Drops the first `count` bytes of `window`, and any continuation bytes after them,
    /// so it starts with a character.
    private func dropFront(_ count: Int) {
        var start = min(count, window.count)
        while start < window.count, window[start] & 0xC0 == 0x80 { start += 1 }
        window.removeSubrange(0..<start)
    }

    private func screen(_ bytes: ArraySlice<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let found = safety.screen(text, memo: &memo)
        guard case .flagged(let status, _, _)? = found, status != .referral else { return }
        finding = SafetyScreen.moreUrgent(finding, found)
    }
}
