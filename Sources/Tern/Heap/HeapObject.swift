// The object header.
//
// Every Tern object is a Swift class instance derived from `HeapObject`, kept
// alive by exactly one Swift retain that the heap owns (taken in
// `Heap.register`, dropped in `Heap.free`). Its real lifetime is `refcount`,
// which the VM and native code adjust explicitly; Swift ARC never decides when
// a Tern object dies.
//
// Header fields, after Swift's own 16-byte class header:
//   refcount   Tern's reference count (Int, as Py_ssize_t)
//   typeRef    the object's Python type (unretained for builtin types; a heap
//              type is increfed by each instance, as in CPython)
//   gcSlot     index in the heap's tracked-object table, or -1 (collector)
//   flags      finalized bit (PEP 442: __del__ runs at most once), tracked bit,
//              weakly-referenced bit
// The head of an object's weak reference list is not in this header: as CPython gives only
// weakly referenceable types a slot for it, class instances (the usual referents) hold it in
// their own field and the few other kinds in the heap's side table (`Heap.weakList(of:)`), so
// ints, strs, tuples, lists and dicts carry nothing for it.
// Hot fields are `@exclusivity(unchecked)`: they are touched on every incref
// and decref, and dynamic exclusivity checks would double their cost.

/// Base class of every object on Tern's heap.
public class HeapObject {
    @exclusivity(unchecked) final var refcount: Int = 1
    @exclusivity(unchecked) final var typeRef: Unmanaged<TypeObject>
    @exclusivity(unchecked) final var gcSlot: Int32 = -1
    @exclusivity(unchecked) final var flags: UInt32 = 0

    init(type: TypeObject) {
        typeRef = Unmanaged.passUnretained(type)
    }

    /// Only for bootstrapping `type`, whose type is itself.
    init(uninitializedType: ()) {
        typeRef = Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: 0x10)!)
    }

    @inline(__always)
    final var type: TypeObject { typeRef.takeUnretainedValue() }

    /// Calls `body` with every reference this object owns (the collector's traverse).
    func forEachReference(_ body: (Value) -> Void) {}

    /// Drops every reference this object owns, leaving it empty but memory-safe.
    func releaseReferences(_ heap: Heap) {}
}

struct ObjectFlags {
    static let finalized: UInt32 = 1 << 0
    static let tracked: UInt32 = 1 << 1
    /// The cycle collector has released this object's references; destruction must not release them again.
    static let referencesReleased: UInt32 = 1 << 2
    /// Which collector list holds a tracked object (bits 3-5; see Generations.swift).
    static let listShift: UInt32 = 3
    static let listMask: UInt32 = 7 << 3
    /// Found unreachable by the running collection (its weak references must not call back).
    static let unreachable: UInt32 = 1 << 6
    /// The object's weak reference list is not empty (its head is in `Heap.weakList(of:)`).
    static let weaklyReferenced: UInt32 = 1 << 7
}

extension HeapObject {
    @inline(__always)
    final func retain() { refcount &+= 1 }

    @inline(__always)
    final var asValue: Value { .object(Unmanaged.passUnretained(self)) }

    /// A new reference to this object as a value.
    @inline(__always)
    final var retainedValue: Value {
        refcount &+= 1
        return .object(Unmanaged.passUnretained(self))
    }

    /// This object with one more reference.
    @inline(__always)
    final var retainedObject: Self {
        refcount &+= 1
        return self
    }

    final var isFinalized: Bool {
        get { flags & ObjectFlags.finalized != 0 }
        set { if newValue { flags |= ObjectFlags.finalized } else { flags &= ~ObjectFlags.finalized } }
    }
}
