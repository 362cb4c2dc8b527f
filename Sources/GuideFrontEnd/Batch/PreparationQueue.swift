import Foundation
import GuideEngine

/// The preparing thread's word memo; only that thread touches it while a
/// block runs, and the answering thread waits for it to finish before the next.
final class HelperMemo: @unchecked Sendable {
    var memo = WordMemo()
}

/// The messages of one block, prepared in order by whichever thread claims
/// each first: the helper thread runs ahead, and the answering thread
/// prepares a message itself rather than wait when the helper is behind.
final class PreparationQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [AnalysedMessage?]
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next unclaimed index, for the helper; nil when all are claimed.
    func claimNext() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Claims `index` for the caller when no one has yet (indices go in order).
    func claim(_ index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard next == index else { return false }
        next += 1
        return true
    }

    func store(_ message: AnalysedMessage, at index: Int) {
        condition.lock()
        slots[index] = message
        condition.broadcast()
        condition.unlock()
    }

    /// The message at `index` if it is prepared already.
    func ready(_ index: Int) -> AnalysedMessage? {
        condition.lock()
        defer { condition.unlock() }
        return slots[index]
    }

    /// The message at a claimed `index`, once its preparer has stored it.
    func wait(for index: Int) -> AnalysedMessage {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let message = slots[index] { return message }
            condition.wait()
        }
    }

    /// Stops the helper after the message it is preparing.
    func cancel() {
        condition.lock()
        next = slots.count
        condition.unlock()
    }
}
