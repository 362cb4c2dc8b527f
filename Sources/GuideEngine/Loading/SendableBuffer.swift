/// Lets `concurrentPerform` workers write disjoint elements of one buffer:
/// each worker writes only its own index, and the buffer outlives the loop.
struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
