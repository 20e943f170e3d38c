/// Asks a running interpreter to raise `KeyboardInterrupt`, as Ctrl-C does in CPython.
///
/// The request is a single store to memory the interpreter owns, so it is safe from a signal
/// handler or another thread. The running program sees it at its next loop iteration or function
/// return; `time.sleep()` within 50 ms; `input()` at once when the signal interrupted its read
/// (a request alone waits for the read to end). A handle must not be used after its interpreter
/// is gone.
public struct TernInterruptHandle: @unchecked Sendable {
    let attention: UnsafeMutableRawPointer

    /// Requests a KeyboardInterrupt in the interpreter.
    public func requestInterrupt() {
        attention.storeBytes(of: 1, toByteOffset: 1, as: UInt8.self)
    }

    /// Withdraws a request the program has not seen yet; returns whether there was one.
    @discardableResult
    public func takeRequest() -> Bool {
        let pending = attention.load(fromByteOffset: 1, as: UInt8.self) != 0
        attention.storeBytes(of: 0, toByteOffset: 1, as: UInt8.self)
        return pending
    }
}

extension TernInterpreter {
    /// The handle a host (a SIGINT handler, say) uses to interrupt this interpreter's program.
    public var interruptHandle: TernInterruptHandle { TernInterruptHandle(attention: interpreter.heap.attention) }
}
