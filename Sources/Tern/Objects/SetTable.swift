/// The hash table behind `set` and `frozenset`.
///
/// Sets are unordered in Python, yet programs print them, and CPython's iteration order is
/// fully determined by the element hashes and the history of insertions and removals. Ints,
/// floats, tuples, None and bools hash the same in Tern as in CPython, so this table follows
/// CPython's set layout step for step (open addressing over one slot array, a run of linear
/// probes before each perturbed jump, dummies left by removals, the same growth points) to
/// iterate in CPython's order: `print({3, 1, 2})` shows `{1, 2, 3}` as it does there.
struct SetSlot {
    /// The element's hash; `SetTable.dummyHash` marks a removed element.
    var hash: Int
    /// The element (owned), or nil for an unused or dummy slot.
    var key: Value?

    static let unused = SetSlot(hash: 0, key: nil)
}

final class SetTable {
    static let minimumSize = 8
    static let linearProbes = 9
    static let dummyHash = -1

    @exclusivity(unchecked) var slots = ContiguousArray(repeating: SetSlot.unused, count: SetTable.minimumSize)
    /// Active plus dummy slots.
    @exclusivity(unchecked) var fill = 0
    /// Active slots: the set's length.
    @exclusivity(unchecked) var count = 0
    /// Where `pop` resumes its scan.
    @exclusivity(unchecked) var finger = 0
    /// Bumped whenever slots change, so a lookup that ran `__eq__` can tell the table moved under it.
    @exclusivity(unchecked) var version = 0

    @inline(__always) var mask: Int { slots.count &- 1 }

    @inline(__always)
    private static func isDummy(_ slot: SetSlot) -> Bool { slot.key == nil && slot.hash == dummyHash }

    // MARK: Lookup

    /// The slot index holding an element equal to `key`, or nil. May run `__eq__`.
    func find(_ key: Value, hash: Int, _ vm: Interpreter) throws(ScriptError) -> Int? {
        restart: while true {
            var mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = hash & mask
            while true {
                var index = i
                var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
                while true {
                    let slot = slots[index]
                    guard let stored = slot.key else {
                        if slot.hash == 0 { return nil }
                        index += 1
                        if probes == 0 { break }
                        probes -= 1
                        continue
                    }
                    if slot.hash == hash {
                        if stored.isIdentical(to: key) { return index }
                        let startVersion = version
                        let equal = try vm.keysEqual(stored, key)
                        if version != startVersion { continue restart }
                        if equal { return index }
                        mask = self.mask
                    }
                    index += 1
                    if probes == 0 { break }
                    probes -= 1
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    // MARK: Insertion

    /// Adds `key` (borrowed; retained when stored) unless an equal element is present.
    /// Returns whether it was added. May run `__eq__`.
    @discardableResult
    func insert(_ key: Value, hash: Int, _ vm: Interpreter) throws(ScriptError) -> Bool {
        restart: while true {
            var mask = self.mask
            var perturb = UInt(bitPattern: hash)
            var i = hash & mask
            var freeSlot: Int? = nil
            while true {
                var index = i
                var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
                while true {
                    let slot = slots[index]
                    if let stored = slot.key {
                        if slot.hash == hash {
                            if stored.isIdentical(to: key) { return false }
                            let startVersion = version
                            let equal = try vm.keysEqual(stored, key)
                            if equal { return false }
                            if version != startVersion { continue restart }
                            mask = self.mask
                        }
                    } else if slot.hash == 0 {
                        key.retain()
                        version &+= 1
                        count += 1
                        if let freeSlot {
                            // CPython reuses the last dummy seen on the probe path.
                            slots[freeSlot] = SetSlot(hash: hash, key: key)
                            return true
                        }
                        fill += 1
                        slots[index] = SetSlot(hash: hash, key: key)
                        if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                        return true
                    } else {
                        freeSlot = index
                    }
                    index += 1
                    if probes == 0 { break }
                    probes -= 1
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// Places an element known to be absent into a table without dummies (no comparisons).
    private static func insertClean(_ slots: inout ContiguousArray<SetSlot>, _ key: Value, hash: Int) {
        let mask = slots.count &- 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            if slots[i].key == nil {
                slots[i] = SetSlot(hash: hash, key: key)
                return
            }
            if i + SetTable.linearProbes <= mask {
                for j in 1...SetTable.linearProbes where slots[i + j].key == nil {
                    slots[i + j] = SetSlot(hash: hash, key: key)
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Rebuilds the table with the smallest power-of-two size above `minimumUsed`, dropping dummies.
    func resize(minimumUsed: Int) {
        var size = SetTable.minimumSize
        while size <= minimumUsed { size <<= 1 }
        if size == SetTable.minimumSize && slots.count == size && fill == count { return }
        var fresh = ContiguousArray(repeating: SetSlot.unused, count: size)
        for slot in slots {
            if let key = slot.key { SetTable.insertClean(&fresh, key, hash: slot.hash) }
        }
        slots = fresh
        fill = count
        version &+= 1
    }

    /// Adds every element of `other` (CPython's set_merge: one resize up front, then a slot-for-slot
    /// copy or clean inserts when this table is empty). May run `__eq__`.
    func merge(_ other: SetTable, _ vm: Interpreter) throws(ScriptError) {
        if other === self || other.count == 0 { return }
        // The resize comes first: it can clear away dummies and leave the table empty.
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 {
            copyIntoEmpty(other)
            return
        }
        let incoming = other.slotSnapshot()
        for slot in incoming { slot.key!.retain() }
        defer { for slot in incoming { vm.heap.release(slot.key!) } }
        for slot in incoming { try insert(slot.key!, hash: slot.hash, vm) }
    }

    /// Copies `other` into this empty table without comparisons (the empty-table path of set_merge).
    func copyIntoEmpty(_ other: SetTable) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if mask == other.mask && other.fill == other.count {
            for slot in other.slots { slot.key?.retain() }
            slots = other.slots
        } else {
            for slot in other.slots {
                if let key = slot.key {
                    key.retain()
                    SetTable.insertClean(&slots, key, hash: slot.hash)
                }
            }
        }
        fill = other.count
        count = other.count
        version &+= 1
    }

    // MARK: Removal

    /// Turns the active slot at `index` into a dummy, returning its element (owned).
    func removeSlot(at index: Int) -> Value {
        let key = slots[index].key!
        slots[index] = SetSlot(hash: SetTable.dummyHash, key: nil)
        count -= 1
        version &+= 1
        return key
    }

    /// Removes an element equal to `key`; returns whether one was there.
    func remove(_ key: Value, hash: Int, _ vm: Interpreter) throws(ScriptError) -> Bool {
        guard let index = try find(key, hash: hash, vm) else { return false }
        removeSlot(at: index).release(vm.heap)
        return true
    }

    /// The slot `pop` takes next: the first active one at or after the finger, wrapping around.
    func popIndex() -> Int? {
        if count == 0 { return nil }
        var index = finger & mask
        while slots[index].key == nil {
            index += 1
            if index > mask { index = 0 }
        }
        finger = index + 1
        return index
    }

    /// Drops every element, back to the minimum size.
    func removeAll(_ heap: Heap) {
        let old = slots
        slots = ContiguousArray(repeating: SetSlot.unused, count: SetTable.minimumSize)
        fill = 0
        count = 0
        version &+= 1
        for slot in old { if let key = slot.key { heap.release(key) } }
    }

    /// Exchanges contents with `other` (CPython's set_swap_bodies, for in-place intersection).
    func swapContents(with other: SetTable) {
        swap(&slots, &other.slots)
        swap(&fill, &other.fill)
        swap(&count, &other.count)
        version &+= 1
        other.version &+= 1
    }

    // MARK: Iteration

    /// Index of the next active slot at or after `position`.
    @inline(__always)
    func nextLive(from position: Int) -> Int? {
        var i = position
        while i < slots.count {
            if slots[i].key != nil { return i }
            i += 1
        }
        return nil
    }

    /// Active slots in iteration order (keys borrowed; valid until the next mutation).
    func slotSnapshot() -> [SetSlot] {
        slots.filter { $0.key != nil }
    }

    /// Elements in iteration order (borrowed).
    var keys: [Value] { slots.compactMap { $0.key } }

    /// The frozenset hash of the elements: order-independent, and CPython's, so frozensets inside
    /// sets land in the same slots as there.
    var contentHash: Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for slot in slots where slot.key != nil { hash ^= shuffle(UInt(bitPattern: slot.hash)) }
        hash ^= (UInt(count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        let result = Int(bitPattern: hash)
        return result == -1 ? 590923713 : result
    }

    /// Whether `fill - count` dummies justify a rebuild (after removing many elements).
    var hasManyDummies: Bool { fill - count > mask / 4 }
}
