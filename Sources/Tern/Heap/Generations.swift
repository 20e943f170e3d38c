// The collector's generations.
//
// Every tracked object sits in one ordered list: generation 0, 1 or 2, the
// permanent generation of `gc.freeze()`, or the list a running collection is
// scanning. The header's `gcSlot` is the object's index in its list and three
// flag bits name the list. Untracking leaves a hole instead of moving the last
// object down, so each list keeps allocation order as CPython's linked lists
// do: that order decides in which order the collector runs finalizers (and so
// what a program prints at exit). Holes are squeezed out when the list fills.

/// One ordered list of tracked objects, in a raw buffer (tracking is on the allocation hot path).
struct TrackedList {
    private(set) var storage: UnsafeMutablePointer<Unmanaged<HeapObject>?>
    private var capacity: Int
    /// Slots in use, objects and holes.
    private(set) var end = 0
    private var holes = 0

    init(capacity: Int = 256) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    /// Objects in the list.
    var count: Int { end - holes }

    @inline(__always)
    mutating func append(_ object: HeapObject, list: UInt32) {
        if end == capacity { makeRoom() }
        object.gcSlot = Int32(truncatingIfNeeded: end)
        object.flags = (object.flags & ~ObjectFlags.listMask) | (list << ObjectFlags.listShift)
        (storage + end).initialize(to: Unmanaged.passUnretained(object))
        end &+= 1
    }

    @inline(__always)
    mutating func remove(at slot: Int) {
        storage[slot] = nil
        holes &+= 1
    }

    /// The objects in order (holes skipped).
    func objects() -> ContiguousArray<Unmanaged<HeapObject>> {
        var result = ContiguousArray<Unmanaged<HeapObject>>()
        result.reserveCapacity(count)
        for i in 0..<end { if let object = storage[i] { result.append(object) } }
        return result
    }

    /// Empties the list, returning its objects in order; they stay marked as members until re-added.
    mutating func takeAll() -> ContiguousArray<Unmanaged<HeapObject>> {
        let result = objects()
        end = 0
        holes = 0
        return result
    }

    private mutating func makeRoom() {
        if holes > end / 2 {
            // Squeeze out the holes, renumbering the objects that move.
            var kept = 0
            for i in 0..<end {
                guard let object = storage[i] else { continue }
                if kept != i {
                    storage[kept] = object
                    object._withUnsafeGuaranteedRef { $0.gcSlot = Int32(truncatingIfNeeded: kept) }
                }
                kept += 1
            }
            end = kept
            holes = 0
            return
        }
        let bigger = UnsafeMutablePointer<Unmanaged<HeapObject>?>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: storage, count: end)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }

    func deallocate() { storage.deallocate() }
}

/// The collector's settings and counters (the state `gc` reads and writes).
struct CollectorState {
    /// Lists 0-2 are the generations, then the permanent one and the one being collected.
    static let permanentList: UInt32 = 3
    static let collectingList: UInt32 = 4
    static let listCount = 5

    var isEnabled = true
    var thresholds = [700, 10, 10]
    /// Generation 0: tracked allocations minus deallocations since its last collection;
    /// generations 1 and 2: collections of the generation below since their own last one.
    var counts = [0, 0, 0]
    /// Objects promoted into generation 2 since its last collection, and how many survived it
    /// (a full collection waits until the first exceeds a quarter of the second).
    var longLivedPending = 0
    var longLivedTotal = 0
    /// gc.get_stats(): per generation, collections run and objects collected.
    var collections = [0, 0, 0]
    var collected = [0, 0, 0]
    var debugFlags = 0
}
