/// Who is told, instead of (or besides) a Python callback, when a weak reference's referent dies.
enum WeakReferenceObserver: UInt8 {
    case none
    /// A WeakKeyDictionary, WeakValueDictionary or WeakSet whose entry this reference is.
    case container
    /// A WeakMethod watching its object (the reference itself) or its function.
    case weakMethod
    /// A `weakref.finalize` whose object this reference watches.
    case finalizer
}

/// A weak reference: an instance of `weakref.ref`, `proxy`, `KeyedRef`, `WeakMethod` or a
/// subclass. It does not count as a reference to its referent; it sits in the referent's
/// list of weak references (`HeapObject.weakrefs`) until either of them dies.
public final class WeakReferenceObject: HeapObject {
    /// The object referred to, not counted; nil once it died (or was never set).
    @exclusivity(unchecked) var referent: Unmanaged<HeapObject>?
    /// Called with this reference when the referent dies (owned); `.none` for none.
    @exclusivity(unchecked) var callback: Value = .none
    /// What else to notify when the referent dies, and whom (not counted: an observer clears
    /// this field before it dies).
    @exclusivity(unchecked) var observerKind: WeakReferenceObserver = .none
    @exclusivity(unchecked) var observer: Unmanaged<HeapObject>?
    /// `KeyedRef.key`: the WeakValueDictionary key this reference's value is stored under (owned).
    @exclusivity(unchecked) var key: Value = .none
    /// `del keyed.key` emptied the slot: reading it raises AttributeError until it is assigned again.
    @exclusivity(unchecked) var keyDeleted = false
    /// The referent's hash, kept after it dies.
    @exclusivity(unchecked) var cachedHash: Int?
    /// Neighbours in the referent's list (see `WeakReferenceLists.swift` for its shape).
    @exclusivity(unchecked) var previous: Unmanaged<WeakReferenceObject>?
    @exclusivity(unchecked) var next: Unmanaged<WeakReferenceObject>?
    /// Attribute dict of a subclass instance (`class ExtendedRef(weakref.ref)`).
    var instanceAttributes: DictObject? {
        get { instanceAttributesReference?.takeUnretainedValue() }
        set { instanceAttributesReference = newValue.map(Unmanaged.passUnretained) }
    }
    @exclusivity(unchecked) private var instanceAttributesReference: Unmanaged<DictObject>? = nil
    /// WeakMethod: a reference to the method's function (owned; it notifies this object),
    /// the method's type (owned), and whether neither part has died yet.
    var methodFunction: WeakReferenceObject? {
        get { methodFunctionReference?.takeUnretainedValue() }
        set { methodFunctionReference = newValue.map(Unmanaged.passUnretained) }
    }
    /// Unmanaged storage: releasing a dead reference's parts is on the weakref churn hot path,
    /// and an unowned or strong field costs Swift retains there.
    @exclusivity(unchecked) private var methodFunctionReference: Unmanaged<WeakReferenceObject>? = nil
    @exclusivity(unchecked) var methodType: Value = .none
    @exclusivity(unchecked) var methodAlive = false
    /// A proxy (ProxyType or CallableProxyType) rather than a callable reference.
    @exclusivity(unchecked) var isProxy: Bool

    init(type: TypeObject, isProxy: Bool) {
        self.isProxy = isProxy
        super.init(type: type)
    }

    /// The referent while it lives (borrowed).
    @inline(__always)
    var target: HeapObject? { referent?.takeUnretainedValue() }

    /// Resets the plain fields of a dead reference kept for reuse (its references are released).
    func clearForReuse() {
        referent = nil
        cachedHash = nil
        previous = nil
        next = nil
        methodAlive = false
        keyDeleted = false
        isProxy = false
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(callback)
        body(key)
        body(methodType)
        if let methodFunction { body(methodFunction.asValue) }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        heap.unlinkWeakReference(self)
        observer = nil
        observerKind = .none
        let oldCallback = callback, oldKey = key, oldType = methodType
        callback = .none
        key = .none
        methodType = .none
        let function = methodFunctionReference
        methodFunctionReference = nil
        let attributes = instanceAttributesReference
        instanceAttributesReference = nil
        if let function {
            function._withUnsafeGuaranteedRef {
                $0.observer = nil
                $0.observerKind = .none
            }
            heap.release(function)
        }
        oldCallback.release(heap)
        oldKey.release(heap)
        oldType.release(heap)
        if let attributes { heap.release(attributes) }
    }
}
