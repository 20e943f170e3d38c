#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The heap: allocation bookkeeping, reference-count death, and the live-object audit.
//
// An object dies the instant its count reaches zero: `destroy` runs `__del__`
// (once, PEP 442's finalized bit), clears its weak references, then releases
// what it owns, which may cascade. The cascade recurses natively only up to
// `maximumDestroyDepth` levels (like CPython's trashcan); deeper objects are
// parked on `deferred` and destroyed when the outermost destroy unwinds, so a
// million-node chain never overflows the native stack while shallow structures
// die in exactly CPython's order.

/// Per-interpreter heap state.
public final class Heap {
    /// `InstanceObject`'s Swift class, kept: its metadata is initialized at run time, so naming
    /// the class on a hot path would call its metadata accessor every time.
    let instanceClass = ObjectIdentifier(InstanceObject.self)

    /// Objects currently alive on this heap (registered and not yet freed).
    @exclusivity(unchecked) public internal(set) var liveObjects: Int = 0

    @exclusivity(unchecked) var destroyDepth: Int = 0
    @exclusivity(unchecked) var deferred: [Unmanaged<HeapObject>] = []
    let maximumDestroyDepth = 64

    /// The last type version handed out (see `TypeObject.version`).
    private var typeVersionCounter = 0

    /// A type version never used before in this interpreter.
    func newTypeVersion() -> Int {
        typeVersionCounter &+= 1
        return typeVersionCounter
    }

    /// Set while the cycle collector runs: no collection starts inside a collection.
    @exclusivity(unchecked) var isCollecting = false

    /// Tracked objects (those that can hold references), by collector list (see Generations.swift).
    /// A raw buffer: tracking is on the allocation hot path.
    let lists: UnsafeMutablePointer<TrackedList> = {
        let lists = UnsafeMutablePointer<TrackedList>.allocate(capacity: CollectorState.listCount)
        for i in 0..<CollectorState.listCount { (lists + i).initialize(to: TrackedList()) }
        return lists
    }()
    /// The collector's settings and statistics.
    @exclusivity(unchecked) var collector = CollectorState()
    /// Generation 0's count (kept apart from `collector` because every allocation touches it).
    @exclusivity(unchecked) var youngCount = 0
    /// The young count above which a collection is due (Int.max while automatic collection is off).
    @exclusivity(unchecked) var youngTrigger = 700
    /// Two bytes the dispatch loop checks together at jumps: byte 0 is set when an allocation
    /// found a collection due (run there or at a function start, where no native code is midway
    /// through changing an object), byte 1 when a host asked for a KeyboardInterrupt (raised there
    /// or at a return, in input() and in time.sleep()). Separate
    /// bytes, so a signal handler setting one never loses a write to the other; raw memory, so a
    /// signal handler may write it.
    let attention: UnsafeMutableRawPointer = {
        let bytes = UnsafeMutableRawPointer.allocate(byteCount: 2, alignment: 2)
        bytes.storeBytes(of: 0, as: UInt16.self)
        return bytes
    }()

    /// Whether a collection is due (attention byte 0).
    var collectionRequested: Bool {
        @inline(__always) get { attention.load(as: UInt8.self) != 0 }
        @inline(__always) set { attention.storeBytes(of: newValue ? 1 : 0, as: UInt8.self) }
    }

    /// Whether a KeyboardInterrupt was requested (attention byte 1).
    var interruptRequested: Bool {
        @inline(__always) get { attention.load(fromByteOffset: 1, as: UInt8.self) != 0 }
        @inline(__always) set { attention.storeBytes(of: newValue ? 1 : 0, toByteOffset: 1, as: UInt8.self) }
    }

    /// Whether either needs the dispatch loop's attention.
    var needsAttention: Bool {
        @inline(__always) get { attention.load(as: UInt16.self) != 0 }
    }

    /// Every tracked object outside the permanent generation, oldest generation first.
    var tracked: ContiguousArray<Unmanaged<HeapObject>> {
        var all = lists[2].objects()
        all.append(contentsOf: lists[1].objects())
        all.append(contentsOf: lists[0].objects())
        return all
    }

    /// Recomputes `youngTrigger` after the settings change.
    func updateCollectionTrigger() {
        let threshold = collector.thresholds[0]
        if collectorStress {
            youngTrigger = -1
        } else {
            youngTrigger = collector.isEnabled && threshold != 0 ? threshold : Int.max
        }
    }

    /// Under GC stress, the tracked objects one check may cover per allocation (see `verifyReferenceCounts`).
    static let stressCheckBudget = 1_024
    /// Under GC stress, the work allowed before the next check.
    @exclusivity(unchecked) var stressCredit = 0
    /// Set by the TERN_GC_STRESS environment variable: after every allocation of a tracked object,
    /// the next point where a collection may run checks every tracked object's count against the
    /// references other tracked objects hold (see `verifyReferenceCounts`).
    let collectorStress = getenv("TERN_GC_STRESS").map { $0.pointee != 0 && $0.pointee != 0x30 } ?? false

    deinit {
        attention.deallocate()
        for i in 0..<CollectorState.listCount { lists[i].deallocate() }
        lists.deallocate()
        for list in [freeTuples, freeLists, freeStrs, freeDicts, freeInstances, freeExceptions, freeTracebacks, freeSupers, freeBoundMethods,
                     freeSlices, freeWeakReferences] {
            list.deallocate()
        }
    }

    /// Heads of the weak reference lists of weakly referenced objects other than class instances
    /// (see `weakList(of:)`), by object identity.
    @exclusivity(unchecked) var sideWeakLists: [ObjectIdentifier: Unmanaged<WeakReferenceObject>] = [:]

    // MARK: Free lists

    // Dead exact tuples, lists, strs and dicts and plain class instances are kept for
    // reuse, as CPython keeps free lists: a new one then costs no Swift allocation, and a tuple
    // keeps its emptied item buffer. They are not live objects: `free` counts them out and the
    // `reusable…` functions back in. A str gives up its text when it is kept.
    @exclusivity(unchecked) private var freeTuples = FreeList()
    @exclusivity(unchecked) private var freeLists = FreeList(capacity: Heap.collectedFreeListLength)
    @exclusivity(unchecked) private var freeStrs = FreeList()
    @exclusivity(unchecked) private var freeDicts = FreeList()
    @exclusivity(unchecked) private var freeInstances = FreeList(capacity: Heap.collectedFreeListLength)
    // Swift classes whose objects serve every Python type of their layout: an exception of any
    // class, traceback entries, `super()` objects, bound methods, slices.
    @exclusivity(unchecked) private var freeExceptions = FreeList()
    @exclusivity(unchecked) private var freeTracebacks = FreeList()
    @exclusivity(unchecked) private var freeSupers = FreeList()
    @exclusivity(unchecked) private var freeBoundMethods = FreeList()
    @exclusivity(unchecked) private var freeSlices = FreeList()
    @exclusivity(unchecked) private var freeWeakReferences = FreeList()
    /// The exact tuple, str and dict types, which `free` recognises (set by the interpreter).
    @exclusivity(unchecked) var tupleType: UnsafeMutableRawPointer? = nil
    @exclusivity(unchecked) var strType: UnsafeMutableRawPointer? = nil
    @exclusivity(unchecked) var dictType: UnsafeMutableRawPointer? = nil
    @exclusivity(unchecked) var listType: UnsafeMutableRawPointer? = nil
    /// Small on purpose: short-lived objects churn through a few hot entries, while long lists
    /// would hand out scattered objects to code that builds many at once (sort keys), losing the
    /// locality fresh allocations have.
    static let maximumFreeListLength = 64
    /// Lists and instances, the usual members of cyclic garbage, die a young collection's worth
    /// at a time (up to the 700 allocations of its threshold); kept, they make the next batch.
    static let collectedFreeListLength = 1024

    /// An empty tuple from the free list (refcount 1, untracked), or nil. Unmanaged, so taking
    /// one costs no Swift retain.
    @inline(__always)
    func reusableTuple() -> Unmanaged<TupleObject>? {
        guard let reference = freeTuples.pop() else { return nil }
        countIn(reference)
        return unsafeBitCast(reference, to: Unmanaged<TupleObject>.self)
    }

    /// An empty list from the free list (refcount 1, untracked), or nil.
    @inline(__always)
    func reusableList() -> Unmanaged<ListObject>? {
        guard let reference = freeLists.pop() else { return nil }
        countIn(reference)
        return unsafeBitCast(reference, to: Unmanaged<ListObject>.self)
    }

    /// An exact str from the free list holding `text` (count -1: not measured yet), or nil.
    @inline(__always)
    func reusableStr(_ text: String, count: Int, isASCII: Bool) -> StrObject? {
        guard let reference = freeStrs.pop() else { return nil }
        countIn(reference)
        let str = unsafeDowncast(reference.takeUnretainedValue(), to: StrObject.self)
        str.reuse(text, count: count, isASCII: isASCII)
        return str
    }

    /// An empty exact dict from the free list (refcount 1, untracked), or nil.
    @inline(__always)
    func reusableDict() -> Unmanaged<DictObject>? {
        guard let reference = freeDicts.pop() else { return nil }
        countIn(reference)
        return unsafeBitCast(reference, to: Unmanaged<DictObject>.self)
    }

    /// A plain instance of `type` from the free list (refcount 1, untracked, empty), or nil.
    @inline(__always)
    func reusableInstance(of type: TypeObject) -> Unmanaged<InstanceObject>? {
        guard let reference = freeInstances.pop() else { return nil }
        reference._withUnsafeGuaranteedRef { $0.typeRef = Unmanaged.passUnretained(type) }
        countIn(reference)
        type.refcount &+= 1  // instances of heap types hold their class
        return unsafeBitCast(reference, to: Unmanaged<InstanceObject>.self)
    }

    /// An exception object for `type` from the free list (refcount 1, untracked, released), or nil.
    @inline(__always)
    func reusableException(of type: TypeObject) -> ExceptionObject? {
        reusable(from: &freeExceptions, as: ExceptionObject.self, type: type)
    }

    /// A traceback entry from the free list (refcount 1, untracked, released), or nil.
    @inline(__always)
    func reusableTraceback(of type: TypeObject) -> TracebackObject? {
        reusable(from: &freeTracebacks, as: TracebackObject.self, type: type)
    }

    /// A `super()` object from the free list (refcount 1, untracked, released), or nil.
    @inline(__always)
    func reusableSuper(of type: TypeObject) -> SuperObject? {
        reusable(from: &freeSupers, as: SuperObject.self, type: type)
    }

    /// A bound method from the free list (refcount 1, untracked, released), or nil.
    @inline(__always)
    func reusableBoundMethod(of type: TypeObject) -> BoundMethodObject? {
        reusable(from: &freeBoundMethods, as: BoundMethodObject.self, type: type)
    }

    /// A slice from the free list (refcount 1, released), or nil.
    @inline(__always)
    func reusableSlice(of type: TypeObject) -> SliceObject? {
        reusable(from: &freeSlices, as: SliceObject.self, type: type)
    }

    /// A weak reference object from the free list (refcount 1, untracked, emptied), or nil.
    @inline(__always)
    func reusableWeakReference(of type: TypeObject) -> Unmanaged<WeakReferenceObject>? {
        guard let reference = freeWeakReferences.pop() else { return nil }
        countIn(reference)
        let isHeapType = reference._withUnsafeGuaranteedRef { object -> Bool in
            object.typeRef = Unmanaged.passUnretained(type)
            return type.isHeapType
        }
        if isHeapType { type.refcount &+= 1 }
        return unsafeBitCast(reference, to: Unmanaged<WeakReferenceObject>.self)
    }

    @inline(__always)
    private func reusable<T: HeapObject>(from list: inout FreeList, as: T.Type,
                                         type: TypeObject) -> T? {
        guard let reference = list.pop() else { return nil }
        countIn(reference)
        let object = unsafeDowncast(reference.takeUnretainedValue(), to: T.self)
        object.typeRef = Unmanaged.passUnretained(type)
        if type.isHeapType { type.refcount &+= 1 }
        return object
    }

    @inline(__always)
    private func countIn(_ reference: Unmanaged<HeapObject>) {
        liveObjects &+= 1
        #if DEBUG
        if liveRegistry != nil { liveRegistry![ObjectIdentifier(reference.takeUnretainedValue())] = reference }
        #endif
    }

    /// Keeps a dead object, whose references are already released, on its class's free list if
    /// there is one with room. Returns false when it must be deallocated.
    @inline(__always)
    private func recycle(_ reference: Unmanaged<HeapObject>, typeReference: Unmanaged<TypeObject>) -> Bool {
        var kind = typeReference._withUnsafeGuaranteedRef { $0.freeListKind }
        if kind == FreeListKind.undecided {
            kind = freeListKind(of: reference, typeReference: typeReference)
            typeReference._withUnsafeGuaranteedRef { $0.freeListKind = kind }
        }
        switch kind {
        case FreeListKind.instance:
            guard reference._withUnsafeGuaranteedRef({ ObjectIdentifier(Swift.type(of: $0)) }) == instanceClass else { return false }
            return keep(reference, in: &freeInstances)
        case FreeListKind.weakReference:
            guard isSwiftClass(reference, WeakReferenceObject.self) else { return false }
            reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: WeakReferenceObject.self).clearForReuse() }
            return keep(reference, in: &freeWeakReferences)
        case FreeListKind.tuple:
            guard !freeTuples.isFull else { return false }
            reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: TupleObject.self).cachedHash = nil }
            return keep(reference, in: &freeTuples)
        case FreeListKind.str:
            guard !freeStrs.isFull,
                  reference._withUnsafeGuaranteedRef({ !unsafeDowncast($0, to: StrObject.self).isInterned }) else { return false }
            reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: StrObject.self).reuse("", count: 0, isASCII: true) }
            return keep(reference, in: &freeStrs)
        case FreeListKind.dict:
            return keep(reference, in: &freeDicts)
        case FreeListKind.list:
            return keep(reference, in: &freeLists)
        case FreeListKind.exception:
            guard isSwiftClass(reference, ExceptionObject.self) else { return false }
            reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: ExceptionObject.self).suppressContext = false }
            return keep(reference, in: &freeExceptions)
        case FreeListKind.traceback:
            return isSwiftClass(reference, TracebackObject.self) && keep(reference, in: &freeTracebacks)
        case FreeListKind.superObject:
            return isSwiftClass(reference, SuperObject.self) && keep(reference, in: &freeSupers)
        case FreeListKind.boundMethod:
            return isSwiftClass(reference, BoundMethodObject.self) && keep(reference, in: &freeBoundMethods)
        case FreeListKind.slice:
            return isSwiftClass(reference, SliceObject.self) && keep(reference, in: &freeSlices)
        default:
            return false
        }
    }

    /// The free lists a type's dead instances go to (`TypeObject.freeListKind`).
    enum FreeListKind {
        static let undecided: UInt8 = 0
        static let none: UInt8 = 1
        static let tuple: UInt8 = 2
        static let str: UInt8 = 3
        static let dict: UInt8 = 4
        static let exception: UInt8 = 5
        static let traceback: UInt8 = 6
        static let superObject: UInt8 = 7
        static let boundMethod: UInt8 = 8
        static let slice: UInt8 = 9
        static let weakReference: UInt8 = 10
        static let instance: UInt8 = 11
        static let list: UInt8 = 12
    }

    /// Decides a type's free list from one of its instances. The exact tuple, str and dict types
    /// are known by identity; the rest by Swift class, which `recycle` checks again on each death
    /// (cheaply) so an instance of an unexpected class is never kept on the wrong list.
    private func freeListKind(of reference: Unmanaged<HeapObject>, typeReference: Unmanaged<TypeObject>) -> UInt8 {
        let opaque = typeReference.toOpaque()
        if opaque == tupleType { return FreeListKind.tuple }
        if opaque == strType { return FreeListKind.str }
        if opaque == dictType { return FreeListKind.dict }
        if opaque == listType { return FreeListKind.list }
        let swiftClass = reference._withUnsafeGuaranteedRef { ObjectIdentifier(Swift.type(of: $0)) }
        if swiftClass == ObjectIdentifier(ExceptionObject.self) { return FreeListKind.exception }
        if swiftClass == ObjectIdentifier(TracebackObject.self) { return FreeListKind.traceback }
        if swiftClass == ObjectIdentifier(SuperObject.self) { return FreeListKind.superObject }
        if swiftClass == ObjectIdentifier(BoundMethodObject.self) { return FreeListKind.boundMethod }
        if swiftClass == ObjectIdentifier(SliceObject.self) { return FreeListKind.slice }
        if swiftClass == ObjectIdentifier(WeakReferenceObject.self) { return FreeListKind.weakReference }
        let isPlainInstance = swiftClass == ObjectIdentifier(InstanceObject.self) && typeReference._withUnsafeGuaranteedRef {
            $0.isHeapType && $0.layout == .object
        }
        return isPlainInstance ? FreeListKind.instance : FreeListKind.none
    }

    @inline(__always)
    private func isSwiftClass<T: HeapObject>(_ reference: Unmanaged<HeapObject>, _ swiftClass: T.Type) -> Bool {
        reference._withUnsafeGuaranteedRef { ObjectIdentifier(Swift.type(of: $0)) == ObjectIdentifier(swiftClass) }
    }

    @inline(__always)
    private func keep(_ reference: Unmanaged<HeapObject>, in list: inout FreeList) -> Bool {
        guard !list.isFull else { return false }
        resetHeader(reference)
        list.push(reference)
        return true
    }

    /// A recycled object's header as a new object's: count 1, untracked, not finalized.
    @inline(__always)
    private func resetHeader(_ reference: Unmanaged<HeapObject>) {
        reference._withUnsafeGuaranteedRef { object in
            untrack(object)
            object.refcount = 1
            object.flags = 0
        }
    }

    /// Runs `__del__` and weakref callbacks; set by the interpreter that owns this heap.
    /// Unmanaged: the interpreter owns the heap, and a strong load would cost a retain per death.
    var owner: Unmanaged<Interpreter>? = nil

    /// Runs `body` with the owning interpreter, borrowed.
    @inline(__always)
    func withInterpreter<R>(_ body: (Interpreter) -> R) -> R {
        owner.unsafelyUnwrapped._withUnsafeGuaranteedRef(body)
    }

    /// The owning interpreter (a strong reference; for paths that are not hot).
    var interpreter: Interpreter { owner.unsafelyUnwrapped.takeUnretainedValue() }

    #if DEBUG
    /// Debug builds with TERN_TRACE_LIVE_OBJECTS set remember every live object, to name leaks.
    @exclusivity(unchecked) var liveRegistry: [ObjectIdentifier: Unmanaged<HeapObject>]? = nil
    #endif

    init() {
        updateCollectionTrigger()
        #if DEBUG
        if getenv("TERN_TRACE_LIVE_OBJECTS") != nil { liveRegistry = [:] }
        #endif
    }

    /// Descriptions of the objects still alive (debug builds with TERN_TRACE_LIVE_OBJECTS only).
    public func describeLiveObjects() -> [String] {
        #if DEBUG
        guard let registry = liveRegistry else { return [] }
        return registry.values.map { reference in
            let object = reference.takeUnretainedValue()
            var text = "\(Swift.type(of: object)) refcount=\(object.refcount)"
            if let s = object as? StrObject { text += " '\(s.value)'" }
            if let t = object as? TypeObject { text += " type \(t.name)" }
            return text
        }
        #else
        return []
        #endif
    }

    /// Takes ownership of a freshly made object (refcount 1) and counts it live.
    @inline(__always)
    @discardableResult
    func register<T: HeapObject>(_ object: T) -> T {
        let reference = Unmanaged.passRetained(object as HeapObject)
        liveObjects &+= 1
        #if DEBUG
        if liveRegistry != nil { liveRegistry![ObjectIdentifier(object)] = reference }
        #endif
        let isHeapType = object.typeRef._withUnsafeGuaranteedRef { type -> Bool in
            if type.isHeapType { type.refcount &+= 1 }
            return type.isHeapType
        }
        // An instance of a class statement's class holds its class, which can close a cycle
        // (as CPython, such instances are always tracked, str and int subclasses included).
        if isHeapType { track(object) }
        return object
    }

    /// Registers an object that owns references, so the collector can find it.
    @inline(__always)
    @discardableResult
    func registerTracked<T: HeapObject>(_ object: T) -> T {
        register(object)
        track(object)
        return object
    }

    @inline(__always)
    func track(_ object: HeapObject) {
        if object.gcSlot >= 0 { return }
        lists[0].append(object, list: 0)
        youngCount &+= 1
        if youngCount > youngTrigger && !isCollecting { collectionRequested = true }
    }

    @inline(__always)
    func untrack(_ object: HeapObject) {
        let slot = Int(object.gcSlot)
        if slot < 0 { return }
        lists[Int((object.flags & ObjectFlags.listMask) >> ObjectFlags.listShift)].remove(at: slot)
        object.gcSlot = -1
        if youngCount > 0 { youngCount &-= 1 }
    }

    @inline(__always)
    func release(_ object: HeapObject) {
        object.refcount &-= 1
        if object.refcount == 0 { destroy(Unmanaged.passUnretained(object)) }
    }

    /// `release` through an unmanaged reference (no Swift retain).
    @inline(__always)
    func release<T: HeapObject>(_ reference: Unmanaged<T>) {
        let dead = reference._withUnsafeGuaranteedRef { object -> Bool in
            object.refcount &-= 1
            return object.refcount == 0
        }
        if dead { destroy(unsafeBitCast(reference, to: Unmanaged<HeapObject>.self)) }
    }

    @inline(__always)
    func release(_ value: Value) { value.release(self) }

    /// Destroys an object whose count reached zero.
    func destroy(_ reference: Unmanaged<HeapObject>) {
        if destroyDepth >= maximumDestroyDepth {
            deferred.append(reference)
            return
        }
        destroyDepth &+= 1
        destroyNow(reference)
        destroyDepth &-= 1
        if destroyDepth == 0 && !deferred.isEmpty { drainDeferred() }
    }

    private func drainDeferred() {
        destroyDepth = 1
        while let next = deferred.popLast() {
            destroyNow(next)
        }
        destroyDepth = 0
    }

    private func destroyNow(_ reference: Unmanaged<HeapObject>) {
        // Borrowed access throughout: the heap's Swift retain keeps the object valid until `free`.
        let (hasFinalizer, isFinalized, hasWeakReferences) = reference._withUnsafeGuaranteedRef { object in
            (object.typeRef._withUnsafeGuaranteedRef { $0.hasFinalizer }, object.isFinalized,
             object.flags & ObjectFlags.weaklyReferenced != 0)
        }
        // A generator's weak references die before it is closed (CPython's gen_dealloc order).
        if hasWeakReferences, reference._withUnsafeGuaranteedRef({ $0 is GeneratorObject }), clearWeakReferencesResurrects(reference) {
            return
        }
        if hasFinalizer && !isFinalized {
            let object = reference.takeUnretainedValue()
            object.refcount = 1
            // Marked after `__del__` returns, as CPython's PyObject_CallFinalizer (gc.is_finalized
            // is False inside it); the collector marks before, as finalize_garbage does.
            withInterpreter { $0.runFinalizer(object) }
            object.isFinalized = true
            object.refcount &-= 1
            if object.refcount > 0 { return }  // resurrected
        }
        // Read again: `__del__` may have made the first weak reference to the object, and those
        // die (their callbacks running) like any other, as in CPython's subtype_dealloc.
        let isWeaklyReferenced = hasFinalizer
            ? reference._withUnsafeGuaranteedRef { $0.flags & ObjectFlags.weaklyReferenced != 0 } : hasWeakReferences
        if isWeaklyReferenced, clearWeakReferencesResurrects(reference) { return }
        let type = reference._withUnsafeGuaranteedRef { object -> Unmanaged<TypeObject> in
            untrack(object)
            // The cycle collector may already have cleared it.
            if object.flags & ObjectFlags.referencesReleased == 0 { object.releaseReferences(self) }
            return object.typeRef
        }
        free(reference, typeReference: type)
    }


    /// Clears a dying object's weak references (callbacks run while it is held once more);
    /// whether a callback resurrected it.
    private func clearWeakReferencesResurrects(_ reference: Unmanaged<HeapObject>) -> Bool {
        reference._withUnsafeGuaranteedRef { object -> Bool in
            object.refcount = 1
            withInterpreter { $0.clearWeakReferences(object) }
            object.refcount &-= 1
            return object.refcount > 0
        }
    }

    /// Returns the memory of an object whose references are already released.
    func free(_ reference: Unmanaged<HeapObject>, type: TypeObject) {
        free(reference, typeReference: Unmanaged.passUnretained(type))
    }

    /// Frees an object's memory and drops the reference it held to its class (for heap types).
    func free(_ reference: Unmanaged<HeapObject>, typeReference: Unmanaged<TypeObject>) {
        liveObjects &-= 1
        #if DEBUG
        if liveRegistry != nil { liveRegistry![ObjectIdentifier(reference.takeUnretainedValue())] = nil }
        #endif
        if !recycle(reference, typeReference: typeReference) { reference.release() }
        let isHeapType = typeReference._withUnsafeGuaranteedRef { $0.isHeapType }
        if isHeapType { release(typeReference) }
    }
}

/// A fixed-capacity stack of dead objects kept for reuse (see Heap's free lists): plain memory,
/// without an Array's uniqueness checks on every push and pop.
struct FreeList {
    private let capacity: Int
    private let storage: UnsafeMutablePointer<Unmanaged<HeapObject>>
    private var count = 0

    init(capacity: Int = Heap.maximumFreeListLength) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    var isFull: Bool { count == capacity }

    @inline(__always)
    mutating func push(_ reference: Unmanaged<HeapObject>) {
        storage[count] = reference
        count &+= 1
    }

    @inline(__always)
    mutating func pop() -> Unmanaged<HeapObject>? {
        if count == 0 { return nil }
        count &-= 1
        return storage[count]
    }

    /// Frees the kept objects and the storage; the list must not be used afterwards.
    func deallocate() {
        for i in 0..<count { storage[i].release() }
        storage.deallocate()
    }
}
