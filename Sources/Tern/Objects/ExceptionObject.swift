/// An instance of BaseException or a subclass.
public final class ExceptionObject: HeapObject {
    @exclusivity(unchecked) unowned(unsafe) var arguments: TupleObject
    @exclusivity(unchecked) unowned(unsafe) var traceback: TracebackObject? = nil
    @exclusivity(unchecked) var cause: Value = .none
    @exclusivity(unchecked) var context: Value = .none
    @exclusivity(unchecked) var suppressContext = false
    /// The instance dict (owned), unmanaged so the attribute fast path reads it without Swift retains.
    @exclusivity(unchecked) var attributesReference: Unmanaged<DictObject>? = nil
    var attributes: DictObject? {
        get { attributesReference?.takeUnretainedValue() }
        set { attributesReference = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// The members CPython keeps in the C struct of some exception classes
    /// (`errno`, `lineno`, `name`, `code`, ...), kept out of `__dict__`.
    @exclusivity(unchecked) unowned(unsafe) var fields: DictObject? = nil

    /// Takes ownership of `arguments`.
    init(type: TypeObject, arguments: TupleObject) {
        self.arguments = arguments
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(arguments.asValue)
        if let traceback { body(traceback.asValue) }
        body(cause)
        body(context)
        if let attributes { body(attributes.asValue) }
        if let fields { body(fields.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let oldTraceback = traceback, oldCause = cause, oldContext = context, oldAttributes = attributes, oldFields = fields
        traceback = nil
        cause = .none
        context = .none
        attributes = nil
        fields = nil
        if let oldFields { heap.release(oldFields) }
        if let oldTraceback { heap.release(oldTraceback) }
        heap.release(oldCause)
        heap.release(oldContext)
        if let oldAttributes { heap.release(oldAttributes) }
        heap.release(arguments)
    }
}

/// One entry of an exception's traceback: a frame's code and the line it was at.
public final class TracebackObject: HeapObject {
    @exclusivity(unchecked) unowned(unsafe) var next: TracebackObject?
    @exclusivity(unchecked) unowned(unsafe) private(set) var code: CodeObject
    @exclusivity(unchecked) private(set) var instructionIndex: Int
    @exclusivity(unchecked) private(set) var line: Int
    /// The frame's globals, where NameError suggestions look for similar names.
    @exclusivity(unchecked) unowned(unsafe) private(set) var globals: DictObject?
    /// The local variables of the frame the exception left (owned): like CPython's frame object,
    /// the traceback keeps them alive until the exception is dropped.
    @exclusivity(unchecked) var frameLocals: ContiguousArray<Value> = []
    /// Where the frame sat on the interpreter's frame stack, to find it again while it still runs.
    @exclusivity(unchecked) var frameDepth: Int = -1
    @exclusivity(unchecked) var frameBase: UnsafeMutablePointer<Value>? = nil
    /// The caller's first slot then, to link `tb_frame.f_back` to the caller while it runs.
    @exclusivity(unchecked) var callerBase: UnsafeMutablePointer<Value>? = nil
    /// The entry's index in the interpreter's `runningEntries` while its activation runs, else -1.
    @exclusivity(unchecked) var runningSlot: Int = -1
    /// `tb_frame`, once asked for (owned).
    @exclusivity(unchecked) unowned(unsafe) var frameObject: FrameObject? = nil

    /// Takes ownership of `next`; retains `code` and `globals` itself.
    init(type: TypeObject, next: TracebackObject?, code: CodeObject, instructionIndex: Int, globals: DictObject? = nil) {
        self.next = next
        self.code = code
        self.instructionIndex = instructionIndex
        self.line = code.line(at: instructionIndex)
        self.globals = globals
        code.retain()
        globals?.retain()
        super.init(type: type)
    }

    /// Gives an entry from the heap's free list (released, empty) the fields `init` sets.
    func reuse(next: TracebackObject?, code: CodeObject, instructionIndex: Int, globals: DictObject?) {
        self.next = next
        self.code = code
        self.instructionIndex = instructionIndex
        self.line = code.line(at: instructionIndex)
        self.globals = globals
        code.retain()
        globals?.retain()
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let next { body(next.asValue) }
        body(code.asValue)
        if let globals { body(globals.asValue) }
        for value in frameLocals { body(value) }
        if let frameObject { body(frameObject.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        if runningSlot >= 0 {
            let slot = runningSlot
            runningSlot = -1
            heap.withInterpreter { $0.runningEntries.forget(at: slot) }
        }
        // Nothing can reach a dead entry, so the locals go in place, first to last as CPython clears
        // a frame, and the emptied buffer stays for an entry reused from the heap's free list.
        var i = 0
        while i < frameLocals.count {
            heap.release(frameLocals[i])
            i += 1
        }
        frameLocals.removeAll(keepingCapacity: true)
        if let old = frameObject {
            frameObject = nil
            heap.release(old)
        }
        if let old = next {
            next = nil
            heap.release(old)
        }
        heap.release(code)
        if let globals { heap.release(globals) }
    }
}

/// Raising a Tern exception through Swift code: the error carries an owned
/// reference to the exception object. A trivial struct, so throwing allocates nothing.
public struct ScriptError: Error {
    let exception: Unmanaged<ExceptionObject>

    init(_ exception: ExceptionObject) {
        self.exception = Unmanaged.passUnretained(exception)
    }

    var object: ExceptionObject { exception.takeUnretainedValue() }
}
