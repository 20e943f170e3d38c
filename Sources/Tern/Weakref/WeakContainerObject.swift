// The weak containers' shared machinery: the table, iteration guards and pending removals.
//
// WeakKeyDictionary and WeakSet keep a table from weak references (observing the container) to
// values (None for sets), looked up by the referent's hash and `==`. WeakValueDictionary keeps
// key → KeyedRef. When an entry's referent dies, the container removes the entry at once,
// unless an iteration is running: then the removal waits in `pendingRemovals` until the last
// iteration ends, so a dying entry never changes the table under a running loop (CPython's
// _IterationGuard protocol, with its `len()` rules).

/// A WeakKeyDictionary, WeakValueDictionary or WeakSet (or a subclass instance).
public final class WeakContainerObject: HeapObject {
    enum Kind { case keyDictionary, valueDictionary, set }
    let kind: Kind
    /// The entries (owned; see the comment above for what keys and values are). Read through an
    /// unowned reference so lookups carry no ARC traffic; `tableStorage` keeps the Swift object
    /// itself in memory even after the container released it while dying.
    @exclusivity(unchecked) unowned(unsafe) let table: DictObject
    private let tableStorage: DictObject
    /// Iterations in progress (started and not yet finished or dropped).
    @exclusivity(unchecked) var iterationGuards = 0
    /// Removals waiting for the iterations to end (owned): dead references for keyed tables,
    /// keys for WeakValueDictionary.
    @exclusivity(unchecked) var pendingRemovals: [Value] = []
    /// Attribute dict of a subclass instance.
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil

    init(type: TypeObject, kind: Kind, table: DictObject) {
        self.kind = kind
        self.table = table
        self.tableStorage = table
        super.init(type: type)
    }

    /// The table, unmanaged: hot paths borrow it through this without ARC traffic.
    @inline(__always)
    var tableReference: Unmanaged<DictObject> { Unmanaged.passUnretained(table) }

    /// Whether the table's references point at its referents (keyed tables) rather than values.
    var isKeyed: Bool { kind != .valueDictionary }

    override func forEachReference(_ body: (Value) -> Void) {
        body(table.asValue)
        for pending in pendingRemovals { body(pending) }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        // References that outlive the container (kept from keyrefs()) must not call back into it.
        for entry in table.entries {
            guard let key = entry.key else { continue }
            let reference = isKeyed ? key.asObject(WeakReferenceObject.self) : entry.value.asObject(WeakReferenceObject.self)
            reference?.observer = nil
            reference?.observerKind = .none
        }
        let pending = pendingRemovals
        pendingRemovals = []
        let attributes = instanceAttributes
        instanceAttributes = nil
        table.removeAll(heap)
        // The emptied table stays in place (memory-safe for anything still looking) but is no longer owned.
        heap.release(table)
        for value in pending { value.release(heap) }
        if let attributes { heap.release(attributes) }
    }
}

extension Interpreter {
    /// A new empty container of `type` (WeakKeyDictionary, WeakValueDictionary, WeakSet or a subclass).
    func makeWeakContainer(type: TypeObject) -> WeakContainerObject {
        let kind: WeakContainerObject.Kind
        switch type.layout {
        case .weakKeyDictionary: kind = .keyDictionary
        case .weakValueDictionary: kind = .valueDictionary
        default: kind = .set
        }
        let container = WeakContainerObject(type: type, kind: kind, table: makeDict())
        return heap.registerTracked(container)
    }

    /// The receiver of a container method, or CPython-style descriptor error.
    @inline(__always)
    func weakContainerReceiver(_ args: Arguments, _ method: @autoclosure () -> String,
                               _ kind: WeakContainerObject.Kind) throws(ScriptError) -> WeakContainerObject {
        if args.values.count > 0, case .object(let r) = args[0],
           r._withUnsafeGuaranteedRef({ o in
               o.typeRef._withUnsafeGuaranteedRef { t in
                   t.layout == .weakKeyDictionary || t.layout == .weakValueDictionary || t.layout == .weakSet
               } && unsafeDowncast(o, to: WeakContainerObject.self).kind == kind
           }) {
            return unsafeDowncast(r.takeUnretainedValue(), to: WeakContainerObject.self)
        }
        let owner = kind == .keyDictionary ? "WeakKeyDictionary" : kind == .valueDictionary ? "WeakValueDictionary" : "WeakSet"
        throw makeError("TypeError", "descriptor '\(method())' requires a '\(owner)' object")
    }

    /// Whether a subclass replaced `name`, a method CPython's Python-level container calls on
    /// itself (WeakSet.update calls `self.add`): then the native code must call it too.
    func weakContainerOverrides(_ container: WeakContainerObject, _ name: String) -> Bool {
        let type = container.type
        guard type.isHeapType else { return false }
        let base: TypeObject = container.kind == .set ? weakrefTypes.weakSet
            : container.kind == .keyDictionary ? weakrefTypes.weakKeyDictionary : weakrefTypes.weakValueDictionary
        let key = intern(name)
        guard let found = type.lookup(key), let native = base.dict?.getString(key) else { return true }
        return !found.isIdentical(to: native)
    }

    // MARK: Keyed tables (WeakKeyDictionary, WeakSet)

    /// The entry index whose (live) reference's referent equals `object`, or nil.
    func keyedEntry(_ container: WeakContainerObject, _ object: Value, hash: Int) throws(ScriptError) -> Int? {
        // The usual case: the entry whose referent is this very object, found without running code
        // (only for objects equal to nothing but themselves: CPython calls any other __eq__).
        if case .object(let target) = object, hasIdentityEquality(target),
           let index = Unmanaged.passUnretained(container.table)._withUnsafeGuaranteedRef({ table in
               table.findWithoutCode(hash: hash) { storedReferent($0)?.toOpaque() == target.toOpaque() }
           }) {
            return index
        }
        return try container.table.find(hash: hash) { (stored) throws(ScriptError) -> Bool in
            guard let target = storedReferent(stored) else { return false }
            // Hold the referent: its `__eq__` may drop the last other reference to it.
            let referent = Value.object(target)
            referent.retain()
            defer { referent.release(heap) }
            return try equals(referent, object)
        }
    }

    /// Whether the object's class keeps object.__eq__ (checked once per class version).
    @inline(__always)
    func hasIdentityEquality(_ object: Unmanaged<HeapObject>) -> Bool {
        let known = object._withUnsafeGuaranteedRef { o in
            o.typeRef._withUnsafeGuaranteedRef { $0.identityEqualityVersion == $0.version }
        }
        if known { return true }
        let type = object.takeUnretainedValue().type
        guard let eq = type.lookup(symbol("__eq__"))?.asObject(NativeFunctionObject.self), eq.ownerTypeName == "object" else {
            return false
        }
        type.identityEqualityVersion = type.version
        return true
    }

    /// `hash(object)` for a keyed lookup, after checking it can be weakly referenced.
    func keyedHash(_ object: Value) throws(ScriptError) -> Int {
        // The usual key: an instance of a class that allows weak references and keeps object.__hash__.
        if case .object(let r) = object {
            let identity = r._withUnsafeGuaranteedRef { o in
                o.typeRef._withUnsafeGuaranteedRef { $0.isHeapType && $0.instancesAllowWeakReferences && $0.identityHashVersion == $0.version }
            }
            if identity { return r._withUnsafeGuaranteedRef { identityHash($0) } }
        }
        guard case .object(let r) = object, r._withUnsafeGuaranteedRef({ canBeWeaklyReferenced($0) }) else {
            throw makeError("TypeError", "cannot create weak reference to '\(typeName(object))' object")
        }
        return try hash(object)
    }

    /// Stores `value` under the referent `object` (WeakKeyDictionary `d[k] = v`, WeakSet add).
    func keyedStore(_ container: WeakContainerObject, _ object: Value, _ value: Value) throws(ScriptError) {
        let h = try keyedHash(object)
        if let index = try keyedEntry(container, object, hash: h) {
            value.retain()
            let old = Unmanaged.passUnretained(container.table)._withUnsafeGuaranteedRef { table -> Value in
                let old = table.entries[index].value
                table.entries[index].value = value
                return old
            }
            old.release(heap)
            return
        }
        guard case .object(let target) = object, let referenceType = plainReferenceTypeAddress else { return }
        let reference = target._withUnsafeGuaranteedRef { referent in
            Unmanaged<TypeObject>.fromOpaque(referenceType)._withUnsafeGuaranteedRef { type in
                Unmanaged.passUnretained(makeObservingReference(to: referent, kind: .container, observer: container, type: type))
            }
        }
        value.retain()
        reference._withUnsafeGuaranteedRef { stored in
            stored.cachedHash = h
            container.table.insertNew(stored.asValue, hash: h, value)
        }
    }

    /// Removes the entry whose key is exactly `reference` (a dead entry's removal), if still there.
    func removeKeyedEntry(_ container: WeakContainerObject, reference: WeakReferenceObject) {
        guard let index = entryIndex(of: reference, in: container) else { return }
        removeTableEntry(container, at: index)
    }

    /// The index of the entry whose key is exactly `reference` (found by its kept hash; no code runs).
    func entryIndex(of reference: WeakReferenceObject, in container: WeakContainerObject) -> Int? {
        guard let h = reference.cachedHash else { return nil }
        return ignoringErrors { () throws(ScriptError) -> Int? in
            try container.table.find(hash: h) { $0.isIdentical(to: reference.asValue) }
        } ?? nil
    }

    /// Removes every entry, last first (MutableMapping.clear's popitem loop).
    func removeAllEntries(_ container: WeakContainerObject) {
        while let index = container.table.entries.lastIndex(where: { $0.key != nil }) { removeTableEntry(container, at: index) }
    }

    /// The live entries as (referent, value) pairs, retained: a snapshot taken without running code.
    func liveKeyedEntries(_ container: WeakContainerObject) -> [(Value, Value)] {
        var result: [(Value, Value)] = []
        for entry in container.table.entries {
            guard let key = entry.key, let target = key.asObject(WeakReferenceObject.self)?.target else { continue }
            result.append((target.retainedValue, entry.value.retained()))
        }
        return result
    }

    /// Runs `body` on owned entry pairs (borrowed for the call) until it returns false; every
    /// pair is released however the loop ends, early return and error included.
    func forEachEntry(_ entries: [(Value, Value)], _ body: (Value, Value) throws(ScriptError) -> Bool) throws(ScriptError) {
        var next = 0
        defer {
            while next < entries.count {
                entries[next].0.release(heap)
                entries[next].1.release(heap)
                next += 1
            }
        }
        while next < entries.count {
            let (key, value) = entries[next]
            next += 1
            defer {
                key.release(heap)
                value.release(heap)
            }
            if !(try body(key, value)) { return }
        }
    }

    // MARK: Deaths and iteration guards

    /// An entry's referent died: remove it now, or after the running iterations.
    func weakContainerEntryDied(_ object: HeapObject, _ reference: WeakReferenceObject) {
        let container = unsafeDowncast(object, to: WeakContainerObject.self)
        if container.kind == .valueDictionary {
            if container.iterationGuards > 0 {
                container.pendingRemovals.append(reference.key.retained())
            } else {
                removeDeadValue(container, key: reference.key)
            }
            return
        }
        if container.iterationGuards > 0 {
            container.pendingRemovals.append(reference.retainedValue)
        } else {
            removeKeyedEntry(container, reference: reference)
        }
    }

    /// Deletes `key` from a WeakValueDictionary only if its stored reference is dead, so a value
    /// stored again under the same key survives the old value's death (bpo-28427).
    func removeDeadValue(_ container: WeakContainerObject, key: Value) {
        _ = ignoringErrors { () throws(ScriptError) -> Bool in
            let h = try hash(key)
            guard let index = try container.tableReference.withBorrowed({ (table) throws(ScriptError) in
                      try table.find(key, hash: h, self)
                  }),
                  storedReferent(container.tableReference._withUnsafeGuaranteedRef { $0.entries[index].value }) == nil
            else { return false }
            let (oldKey, value) = container.table.removeEntry(at: index)
            oldKey.release(heap)
            value.release(heap)
            return true
        }
    }

    /// Carries out the removals that waited for iterations to end.
    func commitRemovals(_ container: WeakContainerObject) {
        while let pending = container.pendingRemovals.popLast() {
            if container.kind == .valueDictionary {
                removeDeadValue(container, key: pending)
            } else if let reference = pending.asObject(WeakReferenceObject.self) {
                removeKeyedEntry(container, reference: reference)
            }
            pending.release(heap)
        }
    }

    /// WeakValueDictionary methods commit waiting removals first, as CPython's do.
    func commitIfPending(_ container: WeakContainerObject) {
        if !container.pendingRemovals.isEmpty { commitRemovals(container) }
    }

    func enterIterationGuard(_ container: WeakContainerObject) {
        container.iterationGuards += 1
    }

    func leaveIterationGuard(_ container: WeakContainerObject) {
        container.iterationGuards -= 1
        if container.iterationGuards == 0 { commitRemovals(container) }
    }

    /// `len()` with CPython's rules while iterations run: keyed tables subtract the waiting
    /// removals (dropping those already removed explicitly); WeakValueDictionary commits them.
    func weakContainerLength(_ container: WeakContainerObject) -> Int {
        switch container.kind {
        case .valueDictionary:
            commitIfPending(container)
            return container.table.count
        case .keyDictionary:
            var kept: [Value] = []
            for pending in container.pendingRemovals {
                if let reference = pending.asObject(WeakReferenceObject.self), entryIndex(of: reference, in: container) != nil {
                    kept.append(pending)
                } else {
                    pending.release(heap)
                }
            }
            container.pendingRemovals = kept
            return container.table.count - kept.count
        case .set:
            return container.table.count - container.pendingRemovals.count
        }
    }
}
