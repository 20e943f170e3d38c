/// An activation record on the interpreter's frame stack.
///
/// Frames are plain structs of unmanaged pointers, so pushing and popping
/// them costs no Swift ARC traffic. A frame's fast slots (locals, cells,
/// free variables) are followed by its operand stack, all inside the
/// interpreter's one contiguous value stack. Arguments of a Python-to-Python
/// call are left where the caller pushed them and become the callee's first
/// slots, so a call copies nothing.
struct Frame {
    var code: Unmanaged<CodeObject>
    /// The function being run (nil for module and class bodies run directly).
    var function: Unmanaged<FunctionObject>?
    var globals: Unmanaged<DictObject>
    /// The namespace of module and class bodies (owned).
    var locals: Unmanaged<DictObject>?
    /// First fast slot.
    var base: UnsafeMutablePointer<Value>
    /// Saved operand stack pointer while this frame is not running.
    var stackPointer: UnsafeMutablePointer<Value>
    var pc: Int
    /// Running a generator: its object (owned by the generator's caller).
    var generator: Unmanaged<GeneratorObject>?
    /// Returning from this frame leaves the eval loop (a native caller is waiting).
    var isEntry: Bool
    /// The slot that receives the return value (the callee's callable slot), or nil.
    var resultSlot: UnsafeMutablePointer<Value>?
    /// A generator frame resumed in the dispatch loop by the frame below it: by a `for` loop
    /// (FOR_ITER), the loop's exit, taken when the generator ends; `resumedByYieldFrom` when the
    /// frame below delegates to it; `resumedByCall` for next() and send(); `notResumedInLoop`
    /// for every other frame.
    var loopExit: Int
    /// For a generator frame resumed in the loop: the exception its resumer was handling,
    /// restored when the generator leaves.
    var resumerHandled: Value = .none

    static let notResumedInLoop = -1
    static let resumedByYieldFrom = -2
    /// Resumed by `next(generator)` or `generator.send(value)`: a yield is the call's result, a
    /// return raises StopIteration at the call.
    static let resumedByCall = -3

    var isResumedInLoop: Bool { loopExit != Frame.notResumedInLoop }
    /// Running `__init__` for a `Class(...)` call: the new instance, which the call returns.
    var constructedInstance: Unmanaged<HeapObject>? = nil
    /// The frame's Python-visible object, once something asked for it (one reference held here).
    var frameObject: Unmanaged<FrameObject>? = nil

    var codeObject: CodeObject { code.takeUnretainedValue() }
}

/// The interpreter's frame stack: frames live in one buffer that only grows, so pushing,
/// popping and updating a frame in place are plain memory accesses, without the uniqueness
/// checks and bounds checks of an Array. The interpreter deallocates it.
struct FrameStack {
    private var storage: UnsafeMutablePointer<Frame>
    private var capacity: Int
    /// Number of frames on the stack.
    private(set) var count = 0

    init(capacity: Int = 256) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    /// The frame at `index` (0 is the bottom), read and written in place.
    subscript(index: Int) -> Frame {
        @inline(__always) unsafeAddress { UnsafePointer(storage + index) }
        @inline(__always) nonmutating unsafeMutableAddress { storage + index }
    }

    var last: Frame? { count > 0 ? storage[count - 1] : nil }

    @inline(__always)
    mutating func append(_ frame: Frame) {
        if count == capacity { grow() }
        (storage + count).initialize(to: frame)
        count &+= 1
    }

    @inline(__always) @discardableResult
    mutating func removeLast() -> Frame {
        count &-= 1
        return (storage + count).move()
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Frame>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// Frees the buffer; the stack must not be used afterwards.
    func deallocate() { storage.deallocate() }
}
