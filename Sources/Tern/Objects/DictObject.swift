/// One slot of a dict's entry array; `key == nil` marks a deleted entry.
struct DictEntry {
    var hash: Int
    var key: Value?
    var value: Value
}

/// A Python `dict`: insertion-ordered, compact (an index table over an entry
/// array, as CPython 3.6+). Lookups call back into scripts for `__eq__`, so
/// every probe re-checks that the table did not change under it.
public final class DictObject: HeapObject {
    @exclusivity(unchecked) var entries: ContiguousArray<DictEntry> = []
    /// Open-addressing table of entry indices: -1 empty, -2 deleted.
    @exclusivity(unchecked) var indices: ContiguousArray<Int32> = []
    @exclusivity(unchecked) var count: Int = 0
    /// Bumped on every insertion or removal (detects mutation during lookup and iteration).
    @exclusivity(unchecked) var version: Int = 0
    /// Attribute dict of a user-subclass instance (`class D(dict)`).
    @exclusivity(unchecked) private(set) var instanceAttributesReference: Unmanaged<DictObject>? = nil
    var instanceAttributes: DictObject? {
        get { instanceAttributesReference?.takeUnretainedValue() }
        set { instanceAttributesReference = newValue.map(Unmanaged.passUnretained) }
    }

    /// Entry capacity up to which a destroyed dict keeps its buffers.
    static let keptCapacity = 16
    static let emptySlot: Int32 = -1
    static let deletedSlot: Int32 = -2

    override func forEachReference(_ body: (Value) -> Void) {
        for entry in entries {
            if let key = entry.key {
                body(key)
                body(entry.value)
            }
        }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    /// The references of an instance's untracked attribute dict, which its instance reports as
    /// its own: the values, and keys only when tracked (plain str keys cannot close a cycle).
    func forEachEmbeddedReference(_ body: (Value) -> Void) {
        var i = 0
        while i < entries.count {
            if let key = entries[i].key {
                if case .object(let keyObject) = key, keyObject._withUnsafeGuaranteedRef({ $0.gcSlot >= 0 }) { body(key) }
                body(entries[i].value)
            }
            i &+= 1
        }
    }

    override func releaseReferences(_ heap: Heap) {
        if refcount == 0 && entries.capacity <= DictObject.keptCapacity {
            // Being destroyed, so nothing can reach it: entries go in place, and a small dict keeps
            // its buffers for reuse from the heap's free list (an instance dict refills at once).
            var i = 0
            while i < entries.count {
                if let key = entries[i].key {
                    heap.release(key)
                    heap.release(entries[i].value)
                }
                i += 1
            }
            entries.removeAll(keepingCapacity: true)
            indices.removeAll(keepingCapacity: true)
            count = 0
            version &+= 1
            if let attributes = instanceAttributesReference {
                instanceAttributesReference = nil
                heap.release(attributes)
            }
            return
        }
        let old = entries
        let attributes = instanceAttributes
        entries = []
        indices = []
        count = 0
        version &+= 1
        instanceAttributes = nil
        for entry in old {
            if let key = entry.key {
                heap.release(key)
                heap.release(entry.value)
            }
        }
        if let attributes { heap.release(attributes) }
    }

    @inline(__always)
    private var mask: Int { indices.count &- 1 }

    // MARK: String-keyed fast path (attribute and global lookups)

    /// Whether a stored key is the str `key` (identity first; no Swift retain on the hot path).
    @inline(__always)
    static func sameString(_ stored: Unmanaged<HeapObject>, _ key: StrObject) -> Bool {
        if stored.toOpaque() == Unmanaged.passUnretained(key).toOpaque() { return true }
        return stored._withUnsafeGuaranteedRef { other in
            guard other.typeRef.toOpaque() == key.typeRef.toOpaque() || other is StrObject else { return false }
            return unsafeDowncast(other, to: StrObject.self).equals(key)
        }
    }

    /// Looks up a str key without running any script code (borrowed result).
    @inline(__always)
    func getString(_ key: StrObject) -> Value? {
        if count == 0 { return nil }
        let hash = key.hash
        if indices.isEmpty {
            for entry in entries {
                if entry.hash == hash, case .object(let k)? = entry.key, DictObject.sameString(k, key) { return entry.value }
            }
            return nil
        }
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while true {
            let index = indices[slot]
            if index == DictObject.emptySlot { return nil }
            if index >= 0 {
                let entry = entries[Int(index)]
                if entry.hash == hash, case .object(let k)? = entry.key, DictObject.sameString(k, key) { return entry.value }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Makes this empty dict a copy of `source` (which has no deleted entries) by copying its
    /// tables: no hashing and no `__eq__`, as CPython's dict copy. Returns false if it can't.
    func copyTables(from source: DictObject, _ heap: Heap) -> Bool {
        guard count == 0, entries.isEmpty, source !== self, source.entries.count == source.count else { return false }
        entries = source.entries
        indices = source.indices
        count = source.count
        version &+= 1
        for entry in entries {
            entry.key?.retain()
            entry.value.retain()
        }
        return true
    }

    // MARK: General lookup

    /// The entry index for `key`, or nil. May run `__eq__`.
    func find(_ key: Value, hash: Int, _ vm: Interpreter) throws(ScriptError) -> Int? {
        restart: while true {
            if count == 0 { return nil }
            let startVersion = version
            if indices.isEmpty {
                var i = 0
                while i < entries.count {
                    let entry = entries[i]
                    if entry.hash == hash, let k = entry.key {
                        if k.isIdentical(to: key) { return i }
                        let equal = try vm.keysEqual(k, key)
                        if version != startVersion { continue restart }
                        if equal { return i }
                    }
                    i += 1
                }
                return nil
            }
            var perturb = UInt(bitPattern: hash)
            var slot = hash & mask
            while true {
                let index = indices[slot]
                if index == DictObject.emptySlot { return nil }
                if index >= 0 {
                    let entry = entries[Int(index)]
                    if entry.hash == hash, let k = entry.key {
                        if k.isIdentical(to: key) { return Int(index) }
                        let equal = try vm.keysEqual(k, key)
                        if version != startVersion { continue restart }
                        if equal { return Int(index) }
                    }
                }
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// The index of the first entry with `hash` whose key `matches` accepts, or nil. For tables
    /// whose keys stand for other objects (a WeakKeyDictionary's references, matched by referent).
    /// `matches` may run script code; a table changed meanwhile is searched again.
    func find(hash: Int, matching matches: (Value) throws(ScriptError) -> Bool) throws(ScriptError) -> Int? {
        restart: while true {
            if count == 0 { return nil }
            let startVersion = version
            if indices.isEmpty {
                var i = 0
                while i < entries.count {
                    if entries[i].hash == hash, let k = entries[i].key {
                        let found = try matches(k)
                        if version != startVersion { continue restart }
                        if found { return i }
                    }
                    i += 1
                }
                return nil
            }
            var perturb = UInt(bitPattern: hash)
            var slot = hash & mask
            while true {
                let index = indices[slot]
                if index == DictObject.emptySlot { return nil }
                if index >= 0, entries[Int(index)].hash == hash, let k = entries[Int(index)].key {
                    let found = try matches(k)
                    if version != startVersion { continue restart }
                    if found { return Int(index) }
                }
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// The index of the first entry with `hash` whose key `isSame` accepts, or nil: a probe that
    /// runs no script code (an identity check).
    func findWithoutCode(hash: Int, _ isSame: (Value) -> Bool) -> Int? {
        if count == 0 { return nil }
        if indices.isEmpty {
            var i = 0
            while i < entries.count {
                if entries[i].hash == hash, let k = entries[i].key, isSame(k) { return i }
                i &+= 1
            }
            return nil
        }
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while true {
            let index = indices[slot]
            if index == DictObject.emptySlot { return nil }
            if index >= 0, entries[Int(index)].hash == hash, let k = entries[Int(index)].key, isSame(k) { return Int(index) }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Borrowed value for `key`, or nil.
    func get(_ key: Value, _ vm: Interpreter) throws(ScriptError) -> Value? {
        if let s = key.asStr { return getString(s) }
        let hash = try vm.hash(key)
        guard let index = try find(key, hash: hash, vm) else { return nil }
        return entries[index].value
    }

    // MARK: Mutation

    /// Stores `value` under `key`, retaining both; releases a replaced value.
    func set(_ key: Value, _ value: Value, _ vm: Interpreter) throws(ScriptError) {
        let hash = try vm.hash(key)
        try set(key, hash: hash, value, vm)
    }

    func set(_ key: Value, hash: Int, _ value: Value, _ vm: Interpreter) throws(ScriptError) {
        if let index = try find(key, hash: hash, vm) {
            value.retain()
            let old = entries[index].value
            entries[index].value = value
            old.release(vm.heap)
            return
        }
        key.retain()
        value.retain()
        insertNew(key, hash: hash, value)
    }

    /// Stores a str key (no script code can run).
    func setString(_ key: StrObject, _ value: Value, _ heap: Heap) {
        let hash = key.hash
        if let index = findString(key, hash: hash) {
            value.retain()
            let old = entries[index].value
            entries[index].value = value
            old.release(heap)
            return
        }
        key.retain()
        value.retain()
        insertNew(key.asValue, hash: hash, value)
    }

    /// Stores a str key, taking over the caller's reference to `value`.
    func setString(_ key: StrObject, owned value: Value, _ heap: Heap) {
        setString(key, value, heap)
        value.release(heap)
    }

    /// Whether entry `index` holds exactly the str object `key` (an inline cache's guess).
    @inline(__always)
    func entry(_ index: Int, holds key: StrObject) -> Bool {
        guard index < entries.count, case .object(let k)? = entries[index].key else { return false }
        return k.toOpaque() == Unmanaged.passUnretained(key).toOpaque()
    }

    /// Looks up a str key (borrowed result), trying entry `hint` first and updating it to where the
    /// key was found: an attribute instruction sees the same layout of instance dicts again and again.
    @inline(__always)
    func getString(_ key: StrObject, hint: inout Int) -> Value? {
        if entry(hint, holds: key) { return entries[hint].value }
        guard count > 0, let index = findString(key, hash: key.hash) else { return nil }
        hint = index
        return entries[index].value
    }

    /// Stores a str key (value borrowed), trying entry `hint` first, as `getString(_:hint:)`.
    @inline(__always)
    func setString(_ key: StrObject, _ value: Value, hint: inout Int, _ heap: Heap) {
        if entry(hint, holds: key) {
            value.retain()
            let old = entries[hint].value
            entries[hint].value = value
            old.release(heap)
            return
        }
        setString(key, value, heap)
        if let index = findString(key, hash: key.hash) { hint = index }
    }

    /// The entry index of a str key (no script code runs), for inline caches.
    @inline(__always)
    func entryIndex(ofString key: StrObject) -> Int? {
        if count == 0 { return nil }
        return findString(key, hash: key.hash)
    }

    private func findString(_ key: StrObject, hash: Int) -> Int? {
        var i = 0
        if indices.isEmpty {
            for entry in entries {
                if entry.hash == hash, case .object(let k)? = entry.key, DictObject.sameString(k, key) { return i }
                i += 1
            }
            return nil
        }
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while true {
            let index = indices[slot]
            if index == DictObject.emptySlot { return nil }
            if index >= 0 {
                let entry = entries[Int(index)]
                if entry.hash == hash, case .object(let k)? = entry.key, DictObject.sameString(k, key) { return Int(index) }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Appends an entry whose key is known to be absent; takes ownership of key and value.
    func insertNew(_ key: Value, hash: Int, _ value: Value) {
        version &+= 1
        if indices.isEmpty && entries.count < 8 {
            entries.append(DictEntry(hash: hash, key: key, value: value))
            count += 1
            return
        }
        if indices.isEmpty || (entries.count + 1) * 3 >= indices.count * 2 {
            rebuild(minimumCount: count + 1)
        }
        let index = Int32(truncatingIfNeeded: entries.count)
        entries.append(DictEntry(hash: hash, key: key, value: value))
        count += 1
        placeIndex(index, hash: hash)
    }

    @inline(__always)
    private func placeIndex(_ index: Int32, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while indices[slot] >= 0 {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        indices[slot] = index
    }

    /// Compacts the entry array and rebuilds the index table.
    private func rebuild(minimumCount: Int) {
        if entries.count != count {
            entries.removeAll { $0.key == nil }
        }
        var size = 8
        while size * 2 < minimumCount * 3 { size *= 2 }
        size *= 2
        indices = ContiguousArray(repeating: DictObject.emptySlot, count: size)
        for (i, entry) in entries.enumerated() {
            placeIndex(Int32(truncatingIfNeeded: i), hash: entry.hash)
        }
    }

    /// Removes the entry at `index`, returning its key and value (owned).
    func removeEntry(at index: Int) -> (key: Value, value: Value) {
        let entry = entries[index]
        entries[index].key = nil
        entries[index].value = .none
        count -= 1
        version &+= 1
        if !indices.isEmpty {
            var perturb = UInt(bitPattern: entry.hash)
            var slot = entry.hash & mask
            while indices[slot] != Int32(truncatingIfNeeded: index) {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            indices[slot] = DictObject.deletedSlot
        }
        if count == 0 {
            entries.removeAll(keepingCapacity: true)
            indices = []
        }
        return (entry.key!, entry.value)
    }

    /// Removes `key`; returns the value (owned) or nil when absent.
    func remove(_ key: Value, _ vm: Interpreter) throws(ScriptError) -> Value? {
        let hash = try vm.hash(key)
        guard let index = try find(key, hash: hash, vm) else { return nil }
        let (oldKey, value) = removeEntry(at: index)
        oldKey.release(vm.heap)
        return value
    }

    func removeString(_ key: StrObject, _ heap: Heap) -> Value? {
        guard let index = findString(key, hash: key.hash) else { return nil }
        let (oldKey, value) = removeEntry(at: index)
        oldKey.release(heap)
        return value
    }

    func removeAll(_ heap: Heap) {
        let old = entries
        entries = []
        indices = []
        count = 0
        version &+= 1
        for entry in old {
            if let key = entry.key {
                heap.release(key)
                heap.release(entry.value)
            }
        }
    }

    /// Live entries in order (keys and values borrowed; valid until the next mutation).
    var liveEntries: [DictEntry] {
        entries.filter { $0.key != nil }
    }

    /// Index of the next live entry at or after `position`.
    @inline(__always)
    func nextLive(from position: Int) -> Int? {
        var i = position
        while i < entries.count {
            if entries[i].key != nil { return i }
            i += 1
        }
        return nil
    }
}
