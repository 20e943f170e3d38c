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
    /// How many values below `base` the caller's call consumed (callable and method marker).
    var handledExceptionDepth: Int
    /// Running `__init__` for a `Class(...)` call: the new instance, which the call returns.
    var constructedInstance: Unmanaged<HeapObject>? = nil

    var codeObject: CodeObject { code.takeUnretainedValue() }
}
