/// A suspended generator: its frame's slots and operand stack are saved here
/// between resumptions and copied back onto the VM stack to run.
public final class GeneratorObject: HeapObject {
    enum State { case created, suspended, running, finished }

    unowned(unsafe) let code: CodeObject
    unowned(unsafe) let function: FunctionObject
    @exclusivity(unchecked) unowned(unsafe) var globals: DictObject
    /// Fast slots followed by the operand stack while suspended, owned: `savedCount` values in a
    /// buffer sized for the frame's deepest stack, so a yield and a resume are plain copies.
    let savedValues: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) var savedCount: Int
    @exclusivity(unchecked) var resumeIndex: Int = 0
    @exclusivity(unchecked) var state: State = .created
    /// The exception being handled inside the generator when it yielded (sys.exc_info state).
    @exclusivity(unchecked) var savedHandledExceptions: ContiguousArray<Value> = []
    /// `__name__` and `__qualname__`: the function's at creation (owned).
    unowned(unsafe) let nameObject: StrObject
    unowned(unsafe) let qualifiedNameObject: StrObject

    /// Retains function (and thereby code and globals) itself; takes ownership of the `count`
    /// slot values at `slots`.
    init(type: TypeObject, function: FunctionObject, slots: UnsafeMutablePointer<Value>, count: Int) {
        self.function = function
        self.code = function.code
        self.globals = function.globals
        // A yield saves at most the slots and the deepest operand stack.
        savedValues = .allocate(capacity: function.code.slotCount + function.code.stackSize + 2)
        savedValues.initialize(from: slots, count: count)
        savedCount = count
        nameObject = function.name
        qualifiedNameObject = function.qualifiedName
        nameObject.retain()
        qualifiedNameObject.retain()
        function.retain()
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(function.asValue)
        body(nameObject.asValue)
        body(qualifiedNameObject.asValue)
        for i in 0..<savedCount { body(savedValues[i]) }
        for value in savedHandledExceptions { body(value) }
    }

    deinit { savedValues.deallocate() }

    /// At a yield: takes the frame's slots and operand stack (ownership moves here); the next
    /// resumption continues at instruction `resumeAt`.
    @inline(__always)
    func suspend(from base: UnsafeMutablePointer<Value>, count: Int, resumeAt: Int) {
        savedValues.initialize(from: base, count: count)
        savedCount = count
        resumeIndex = resumeAt
        state = .suspended
    }

    override func releaseReferences(_ heap: Heap) {
        // Nothing can reach a dead generator, so its values go in place.
        let count = savedCount
        savedCount = 0
        state = .finished
        for i in 0..<count { heap.release(savedValues[i]) }
        while let value = savedHandledExceptions.popLast() { heap.release(value) }
        heap.release(nameObject)
        heap.release(qualifiedNameObject)
        heap.release(function)
    }
}

/// Iterators over builtin containers and the lazy builtins (enumerate, zip, map, ...).
public final class IteratorObject: HeapObject {
    enum Kind {
        case list, tuple, range, str, dictKeys, dictValues, dictItems, set
        case reversedList, reversedSequence
        case enumerate, zip, map, filter
        case callable  // iter(callable, sentinel)
        case sequence  // old-style __getitem__ iteration
        case mappingProxy  // a class's read-only __dict__ (not itself an iterator)
    }

    let kind: Kind
    /// The iterated object (owned).
    @exclusivity(unchecked) var source: Value
    /// Position, count or step state.
    @exclusivity(unchecked) var index: Int = 0
    /// Extra owned values: zip's iterators, map's function and iterators, a sentinel.
    @exclusivity(unchecked) var extra: ContiguousArray<Value> = []
    /// Dict or set size at creation, to detect mutation during iteration.
    @exclusivity(unchecked) var expectedCount: Int = 0
    /// Dict iterators: entries not yet produced. Finding one more means keys were replaced
    /// while the size stayed the same ("dictionary keys changed during iteration").
    @exclusivity(unchecked) var remaining: Int = 0
    @exclusivity(unchecked) var exhausted = false

    init(type: TypeObject, kind: Kind, source: Value) {
        self.kind = kind
        self.source = source
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(source)
        for value in extra { body(value) }
    }

    override func releaseReferences(_ heap: Heap) {
        let oldSource = source
        let oldExtra = extra
        source = .none
        extra = []
        heap.release(oldSource)
        for value in oldExtra { heap.release(value) }
    }
}
