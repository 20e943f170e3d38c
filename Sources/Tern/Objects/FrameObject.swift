/// A Python-visible frame (`sys._getframe()`, `traceback.tb_frame`), made only when asked for.
///
/// While its activation is on the interpreter's frame stack the object reads the live frame
/// (`liveIndex`); when the activation ends while someone still holds the object, it keeps a
/// copy of the frame's slots, its last line and its caller's frame object, as CPython's frame
/// objects take ownership of a finished frame.
public final class FrameObject: HeapObject {
    unowned(unsafe) let code: CodeObject
    unowned(unsafe) let globals: DictObject
    /// The namespace of a module or class body (owned), nil for function frames.
    @exclusivity(unchecked) unowned(unsafe) var namespace: DictObject?
    /// Index on the interpreter's frame stack while the activation runs, -1 once it has ended.
    @exclusivity(unchecked) var liveIndex: Int
    /// After the activation ended: the line it was at and its fast slots (owned).
    @exclusivity(unchecked) var finishedLine: Int = 0
    @exclusivity(unchecked) var finishedInstruction: Int = 0
    @exclusivity(unchecked) var finishedSlots: ContiguousArray<Value> = []
    /// After the activation ended: the caller's frame object (owned), as `f_back`.
    @exclusivity(unchecked) unowned(unsafe) var back: FrameObject?

    /// Retains code, globals and namespace itself.
    init(type: TypeObject, code: CodeObject, globals: DictObject, namespace: DictObject?, liveIndex: Int) {
        self.code = code
        self.globals = globals
        self.namespace = namespace
        self.liveIndex = liveIndex
        code.retain()
        globals.retain()
        namespace?.retain()
        super.init(type: type)
    }

    var isLive: Bool { liveIndex >= 0 }

    override func forEachReference(_ body: (Value) -> Void) {
        body(code.asValue)
        body(globals.asValue)
        if let namespace { body(namespace.asValue) }
        for value in finishedSlots { body(value) }
        if let back { body(back.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let slots = finishedSlots
        finishedSlots = []
        for value in slots { heap.release(value) }
        if let old = back {
            back = nil
            heap.release(old)
        }
        if let old = namespace {
            namespace = nil
            heap.release(old)
        }
        heap.release(globals)
        heap.release(code)
    }
}
