import Foundation

/// A value worked out the first time it is needed, once, from any thread.
///
/// The comparison by meaning needs a 7 MB table and a thousand example
/// vectors, but only for statements about a person: most questions never
/// need them, so a start-up does not pay for them.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made now if this is the first call.
    var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
