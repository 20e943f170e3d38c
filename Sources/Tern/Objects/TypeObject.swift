/// What Swift class the instances of a type are made of. A Python subclass
/// inherits its base's layout, so `class L(list)` instances are `ListObject`s.
enum ObjectLayout {
    case object, type, int, float, bool, none, str, list, tuple, dict, set, frozenset
    case function, nativeFunction, boundMethod, code, cell, module, range, slice
    case exception, generator, iterator, property, staticMethod, classMethod, superObject
    case notImplemented, ellipsis, file, other
    case weakReference, weakKeyDictionary, weakValueDictionary, weakSet, finalizer
}

/// A Python class: builtin (immortal while the interpreter lives) or made by a `class` statement.
public final class TypeObject: HeapObject {
    @exclusivity(unchecked) var name: String
    @exclusivity(unchecked) var qualifiedName: String
    @exclusivity(unchecked) var moduleName: String = "builtins"
    @exclusivity(unchecked) var bases: [TypeObject] = []
    @exclusivity(unchecked) var mro: [TypeObject] = [] {
        didSet {
            mroPointers = ContiguousArray(mro.map { Unmanaged.passUnretained($0) })
            exceptionLayoutCache = nil
        }
    }
    /// `Interpreter.exceptionLayoutClass` for this type, once computed (outer nil: not yet).
    @exclusivity(unchecked) var exceptionLayoutCache: String?? = nil
    /// `mro` as unmanaged references: attribute lookup walks it without Swift retains.
    @exclusivity(unchecked) private(set) var mroPointers: ContiguousArray<Unmanaged<TypeObject>> = []
    @exclusivity(unchecked) unowned(unsafe) var dict: DictObject!
    let layout: ObjectLayout
    let isHeapType: Bool
    /// Set when `__del__` is found along the MRO.
    @exclusivity(unchecked) var hasFinalizer = false
    /// Instances may not get new attributes (builtins, or `__slots__` without `__dict__`).
    @exclusivity(unchecked) var instancesHaveDict = false
    /// How many attributes instances' dicts have grown to (capped): new instance dicts reserve
    /// that much room, so `__init__` filling them in doesn't regrow the entry array each time.
    @exclusivity(unchecked) var instanceAttributeHint = 0
    @exclusivity(unchecked) var slotNames: [String] = []
    /// Which of the heap's free lists takes this type's dead instances (`Heap.FreeListKind`),
    /// decided at the first death: `free` then skips the chain of class tests.
    @exclusivity(unchecked) var freeListKind: UInt8 = 0
    /// Whether the layout can be subclassed by a `class` statement.
    @exclusivity(unchecked) var isBaseType = true
    /// Whether instances of a class made by a `class` statement can be weakly referenced (they
    /// can unless `__slots__` leaves out `__weakref__`, or the layout is int's or tuple's).
    @exclusivity(unchecked) var instancesAllowWeakReferences = false
    /// Identifies this type's current attributes: unique within the interpreter and replaced by a
    /// new number whenever this type's or a base's attributes change, so inline caches key on it.
    @exclusivity(unchecked) var version: Int = 0
    /// The `version` at which `__hash__` was found to be object's (instances hash by identity).
    @exclusivity(unchecked) var identityHashVersion: Int = -1
    /// The `version` at which `__eq__` was found to be object's (equal only to itself).
    @exclusivity(unchecked) var identityEqualityVersion: Int = -1
    /// How many collections had run when a class statement made this type: CPython untracks a
    /// __bases__ tuple of builtin types in the first collection the class survives, and
    /// gc.collect() counts it only before then.
    @exclusivity(unchecked) var collectionsBeforeCreation = 0
    /// Weakly held subclasses (to invalidate caches and answer __subclasses__).
    @exclusivity(unchecked) var subclasses: [Unmanaged<TypeObject>] = []
    /// Cached special-method lookups for the hot dunders, valid for `version`.
    @exclusivity(unchecked) var specialCache: [Int: Value?] = [:]
    @exclusivity(unchecked) var specialCacheVersion: Int = -1

    init(metatypeNamed name: String) {
        self.name = name
        self.qualifiedName = name
        self.layout = .type
        self.isHeapType = false
        super.init(uninitializedType: ())
        typeRef = Unmanaged.passUnretained(self)
    }

    init(type: TypeObject, name: String, layout: ObjectLayout, isHeapType: Bool) {
        self.name = name
        self.qualifiedName = name
        self.layout = layout
        self.isHeapType = isHeapType
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let dict { body(dict.asValue) }
        for base in bases { body(base.asValue) }
        // A class made by a class statement holds itself (see makeClass); builtin types do not.
        for entry in mro where entry !== self || isHeapType { body(entry.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let oldDict = dict
        let oldBases = bases
        let oldMro = mro
        dict = nil
        bases = []
        mro = []
        for base in oldBases {
            base.subclasses.removeAll { $0.toOpaque() == Unmanaged.passUnretained(self).toOpaque() }
        }
        if let oldDict { heap.release(oldDict) }
        if isHeapType {
            for base in oldBases { heap.release(base) }
            for entry in oldMro { heap.release(entry) }
        }
    }

    /// Finds an attribute along the MRO (borrowed), as `_PyType_Lookup`.
    @inline(__always)
    func lookup(_ name: StrObject) -> Value? {
        // Interned names live until shutdown, so their address is a safe key for the per-type cache.
        guard name.isInterned else { return lookupUncached(name) }
        if lookupCacheVersion != version {
            if lookupCacheKeys == nil {
                lookupCacheKeys = .allocate(capacity: TypeObject.lookupCacheSize)
                lookupCacheValues = .allocate(capacity: TypeObject.lookupCacheSize)
                lookupCacheValues!.initialize(repeating: nil, count: TypeObject.lookupCacheSize)
            }
            lookupCacheKeys!.initialize(repeating: 0, count: TypeObject.lookupCacheSize)
            lookupCacheVersion = version
        }
        let key = UInt(bitPattern: Unmanaged.passUnretained(name).toOpaque())
        let slot = Int(truncatingIfNeeded: (key >> 4) ^ (key >> 10)) & (TypeObject.lookupCacheSize - 1)
        if lookupCacheKeys.unsafelyUnwrapped[slot] == key { return lookupCacheValues.unsafelyUnwrapped[slot] }
        let found = lookupUncached(name)
        lookupCacheKeys.unsafelyUnwrapped[slot] = key
        lookupCacheValues.unsafelyUnwrapped[slot] = found
        return found
    }

    /// The MRO walk behind `lookup`.
    func lookupUncached(_ name: StrObject) -> Value? {
        for type in mroPointers {
            if let found = type._withUnsafeGuaranteedRef({ $0.dict.getString(name) }) { return found }
        }
        return nil
    }

    static let lookupCacheSize = 64
    /// Recent `lookup` results (borrowed from the dicts along the MRO), valid for `lookupCacheVersion`.
    @exclusivity(unchecked) private var lookupCacheVersion = -1
    @exclusivity(unchecked) private var lookupCacheKeys: UnsafeMutablePointer<UInt>? = nil
    @exclusivity(unchecked) private var lookupCacheValues: UnsafeMutablePointer<Value?>? = nil

    deinit {
        lookupCacheKeys?.deallocate()
        lookupCacheValues?.deallocate()
    }

    func isSubtype(of other: TypeObject) -> Bool {
        let target = Unmanaged.passUnretained(other).toOpaque()
        for entry in mroPointers where entry.toOpaque() == target { return true }
        return self === other
    }

    /// Invalidates caches of this type and every subclass after an attribute change.
    func attributesChanged(_ heap: Heap) {
        var pending: [TypeObject] = [self]
        while let type = pending.popLast() {
            type.version = heap.newTypeVersion()
            for sub in type.subclasses { pending.append(sub.takeUnretainedValue()) }
        }
    }

    /// Builtin types whose item access, in-place operators and conversions are their own native
    /// special methods (weak containers, proxies), found through the dict as for classes.
    var dispatchesThroughSpecialMethods: Bool {
        switch layout {
        case .weakReference, .weakKeyDictionary, .weakValueDictionary, .weakSet: return true
        default: return false
        }
    }

    /// The nearest builtin (non-heap) type, whose layout instances use.
    var builtinBase: TypeObject {
        var type = self
        while type.isHeapType, let base = type.bases.first(where: { $0.layout == layout }) ?? type.bases.first {
            type = base
        }
        return type
    }
}
