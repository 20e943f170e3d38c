// Value representation.
//
// A `Value` is a trivial 16-byte enum: None, booleans, machine-sized ints and
// floats live inline and never touch the heap; everything else is an
// `Unmanaged` pointer to a `HeapObject` whose lifetime is decided by Tern's own
// reference count, not by Swift ARC. Because the enum holds no strong class
// references, copying a Value costs nothing and the interpreter's hot path
// does no ARC traffic (measured in ../shared/design: 4.5x cheaper than ARC).
//
// Ownership follows CPython's conventions: a slot (stack, local, container
// item, attribute) owns one reference; functions returning a Value return a
// new (owned) reference; arguments are borrowed.

/// A Tern value: an inline scalar or a reference to a heap object.
@frozen
public enum Value {
    case none
    case bool(Bool)
    /// Ints that fit in 64 bits. Larger ones are `IntObject`s on the heap.
    case int(Int)
    case float(Double)
    case object(Unmanaged<HeapObject>)
}

extension Value {
    @inline(__always)
    init(_ object: HeapObject) {
        self = .object(Unmanaged.passUnretained(object))
    }

    /// The heap object, if this value is one (borrowed).
    @inline(__always)
    var heapObject: HeapObject? {
        if case .object(let reference) = self { return reference.takeUnretainedValue() }
        return nil
    }

    @inline(__always)
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Identity, as Python's `is`.
    @inline(__always)
    func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a.toOpaque() == b.toOpaque()
        default: return false
        }
    }

    @inline(__always)
    func asObject<T: HeapObject>(_ type: T.Type) -> T? {
        if case .object(let reference) = self {
            return reference.takeUnretainedValue() as? T
        }
        return nil
    }

    @inline(__always)
    var asStr: StrObject? {
        if case .object(let reference) = self, let s = reference.takeUnretainedValue() as? StrObject { return s }
        return nil
    }
}

/// Reference counting on values. Inline scalars are no-ops.
extension Value {
    @inline(__always)
    func retain() {
        if case .object(let reference) = self {
            reference._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
        }
    }

    @inline(__always)
    func release(_ heap: Heap) {
        if case .object(let reference) = self {
            let dead: Bool = reference._withUnsafeGuaranteedRef {
                $0.refcount &-= 1
                return $0.refcount == 0
            }
            if dead { heap.destroy(reference) }
        }
    }

    /// Returns self with one more reference (convenience for handing out owned copies).
    @inline(__always)
    func retained() -> Value {
        retain()
        return self
    }
}

extension Unmanaged {
    /// Runs `body` with the object borrowed: no Swift retain or release around it. The caller
    /// guarantees the object stays alive (a Tern reference is held) for the duration. Unlike
    /// `_withUnsafeGuaranteedRef`, the body's error type is kept.
    @inline(__always)
    func withBorrowed<Result, Failure: Error>(_ body: (Instance) throws(Failure) -> Result) throws(Failure) -> Result {
        let outcome: Swift.Result<Result, Failure> = _withUnsafeGuaranteedRef { object in
            do throws(Failure) {
                return .success(try body(object))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
