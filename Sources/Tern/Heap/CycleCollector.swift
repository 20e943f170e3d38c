#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The cycle collector: finds groups of tracked objects that reference each
// other but that nothing outside the group references, and frees them.
//
// Trial deletion, as CPython: start from each object's reference count,
// subtract the references other objects under collection own (their
// `forEachReference`), and what remains counts references from outside (older
// generations, the VM stack, frames, Swift code). Objects with outside
// references are roots; everything reachable from a root lives; the rest is
// garbage. Then, in CPython 3.11's order: clear every weak reference to the
// garbage and every weak reference that is garbage, call back the ones that
// outlive it, run the garbage's finalizers, check again which objects a
// finalizer resurrected, and clear the rest, after which reference counting
// frees them. All walks use explicit work stacks, never native recursion.

/// What one collection found, for gc.callbacks and the statistics.
struct CollectionResult {
    var collected = 0
    var uncollectable = 0
}

extension Heap {
    /// Runs the collection that allocations made due, as CPython's `gc_collect_generations`:
    /// the oldest generation whose count passed its threshold, generation 2 only once the
    /// objects promoted into it since its last collection exceed a quarter of its survivors.
    func collectDueGeneration() {
        collectionRequested = false
        guard !isCollecting else { return }
        if collectorStress { verifyReferenceCounts() }
        guard collector.isEnabled, collector.thresholds[0] != 0 else { return }
        var generation = 2
        while generation >= 0 {
            let count = generation == 0 ? youngCount : collector.counts[generation]
            if count > collector.thresholds[generation] {
                if generation == 2 && collector.longLivedPending < collector.longLivedTotal / 4 {
                    generation -= 1
                    continue
                }
                break
            }
            generation -= 1
        }
        guard generation >= 0 else { return }
        _ = withInterpreter { $0.collectWithCallbacks(generation: generation) }
    }

    /// Collects `generation` and the younger ones; returns what it found. Callers check
    /// `isCollecting` first (a collection never starts inside another); `collectWithCallbacks`
    /// sets it itself, around its callbacks.
    func collect(generation: Int) -> CollectionResult {
        let wasCollecting = isCollecting
        isCollecting = true
        defer { isCollecting = wasCollecting }
        // Merge the younger generations into the one collected, in CPython's list order.
        // No Python code runs until partition is done, so the candidates need no list meanwhile:
        // partition gives each survivor its new list and slot, and the garbage joins the
        // collecting list below.
        var candidates = lists[generation].takeAll()
        for younger in 0..<generation { candidates.append(contentsOf: lists[younger].takeAll()) }
        // Counters as CPython keeps them: this generation and the younger ones start over.
        if generation + 1 <= 2 { collector.counts[generation + 1] += 1 }
        for younger in 0...generation { collector.counts[younger] = 0 }
        youngCount = 0
        collector.collections[generation] += 1

        // Survivors move to the next generation (generation 2's stay) as partition finds them;
        // garbage stays in the collecting list until it is freed or resurrected.
        let survivorList = UInt32(min(generation + 1, 2))
        let (garbage, survivorCount) = partition(candidates, survivorsTo: survivorList)
        var result = CollectionResult()
        result.collected = withInterpreter { interpreter in
            garbage.reduce(0) { $0 + interpreter.collectorObjectCount($1.takeUnretainedValue()) }
        }
        for reference in garbage {
            reference._withUnsafeGuaranteedRef { lists[Int(CollectorState.collectingList)].append($0, list: CollectorState.collectingList) }
        }
        if generation == 1 { collector.longLivedPending += survivorCount }
        if generation == 2 {
            collector.longLivedPending = 0
            collector.longLivedTotal = lists[2].count
        }
        if collector.debugFlags & GarbageCollectorDebug.collectable != 0 {
            // As CPython's debug_cycle: each unreachable object, before anything happens to it.
            // (DEBUG_UNCOLLECTABLE has nothing to report: uncollectable means a legacy tp_del.)
            withInterpreter { interpreter in
                for reference in garbage {
                    let object = reference.takeUnretainedValue()
                    let address = String(UInt(bitPattern: reference.toOpaque()), radix: 16)
                    interpreter.writeToStandardError("gc: collectable <\(object.type.name) 0x\(address)>\n")
                }
            }
        }
        if !garbage.isEmpty { dispose(of: garbage, survivorList: survivorList) }
        // Anything clearing did not free stays tracked with the survivors.
        for reference in lists[Int(CollectorState.collectingList)].takeAll() {
            reference._withUnsafeGuaranteedRef { lists[Int(survivorList)].append($0, list: survivorList) }
        }
        collector.collected[generation] += result.collected
        return result
    }

    /// The GC-stress check at a point where a collection may run: stops the process with a
    /// description if `referenceCountInconsistency` finds one. Each check costs the whole heap, so
    /// above `stressCheckBudget` tracked objects checks are spaced out to keep the work per
    /// allocation bounded (a million-object chain would otherwise take quadratic time).
    func verifyReferenceCounts() {
        var tracked = 0
        for list in 0...Int(CollectorState.permanentList) { tracked += lists[list].count }
        stressCredit += Heap.stressCheckBudget
        guard stressCredit >= tracked else { return }
        stressCredit = 0
        if let problem = referenceCountInconsistency() {
            fputs("tern: GC stress: \(problem)\n", stderr)
            abort()
        }
    }

    /// No tracked object may be referenced by more tracked objects than its count says. More
    /// would mean a missing incref (or a reference traversed that is not owned), which a
    /// collection would turn into freeing a live object. Changes nothing: garbage is left to the
    /// program's own collections, so a program prints the same under stress.
    func referenceCountInconsistency() -> String? {
        var all = ContiguousArray<Unmanaged<HeapObject>>()
        for list in 0...Int(CollectorState.permanentList) { all.append(contentsOf: lists[list].objects()) }
        let count = all.count
        let references = UnsafeMutablePointer<Int>.allocate(capacity: count)
        let savedSlots = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        defer { references.deallocate(); savedSlots.deallocate() }
        let marker = ObjectFlags.unreachable
        for i in 0..<count {
            all[i]._withUnsafeGuaranteedRef { object in
                savedSlots[i] = object.gcSlot
                object.gcSlot = Int32(truncatingIfNeeded: i)
                object.flags |= marker
                references[i] = object.refcount
            }
        }
        for i in 0..<count {
            all[i]._withUnsafeGuaranteedRef { object in
                Heap.forEachOwnedReference(object) { value in
                    guard case .object(let referent) = value else { return }
                    referent._withUnsafeGuaranteedRef { target in
                        if target.flags & marker != 0 { references[Int(target.gcSlot)] -= 1 }
                    }
                }
            }
        }
        var problem: String? = nil
        for i in 0..<count {
            all[i]._withUnsafeGuaranteedRef { object in
                object.gcSlot = savedSlots[i]
                object.flags &= ~marker
                if references[i] < 0 && problem == nil {
                    problem = "a '\(object.type.name)' object (count \(object.refcount)) is referenced \(-references[i]) "
                        + "more time(s) by tracked objects than its count says: a missing incref or a reference "
                        + "traversed that is not owned"
                }
            }
        }
        return problem
    }

    private func holdsOnlyUntracked(_ tuple: HeapObject) -> Bool {
        var found = false
        tuple.forEachReference { value in
            if case .object(let item) = value, item._withUnsafeGuaranteedRef({ $0.gcSlot >= 0 }) { found = true }
        }
        return !found
    }

    /// Weak references, finalizers, the resurrection check, then clearing (CPython 3.11's order).
    private func dispose(of found: [Unmanaged<HeapObject>], survivorList: UInt32) {
        var garbage = found
        // Hold every member so none dies while callbacks and finalizers run or while neighbours are cleared.
        for reference in garbage { reference._withUnsafeGuaranteedRef { $0.refcount &+= 1 } }
        // 1. Weak references: all cleared before any Python code runs; only those outside the garbage call back.
        var pending: [Unmanaged<WeakReferenceObject>] = []
        for reference in garbage {
            withInterpreter { interpreter in
                reference._withUnsafeGuaranteedRef { object in
                    interpreter.detachWeakReferencesForCollection(object, into: &pending)
                }
            }
        }
        for reference in garbage { reference._withUnsafeGuaranteedRef { $0.flags &= ~ObjectFlags.unreachable } }
        withInterpreter { $0.fireCollectedCallbacks(pending) }
        // 2. Finalizers, each seeing its neighbours intact.
        var ranFinalizer = false
        for reference in garbage {
            let object = reference.takeUnretainedValue()
            if object.type.hasFinalizer && !object.isFinalized {
                object.isFinalized = true
                ranFinalizer = true
                withInterpreter { $0.runFinalizer(object) }
            }
        }
        // 3. A finalizer may have stored a member somewhere reachable: it and all it reaches live on.
        if ranFinalizer {
            let (stillGarbage, resurrected) = partition(ContiguousArray(garbage), extraHolds: 1)
            garbage = stillGarbage
            for reference in garbage { reference._withUnsafeGuaranteedRef { $0.flags &= ~ObjectFlags.unreachable } }
            for reference in resurrected {
                reference._withUnsafeGuaranteedRef { object in
                    if object.gcSlot >= 0 {
                        untrack(object)
                        lists[Int(survivorList)].append(object, list: survivorList)
                    }
                }
                release(reference)
            }
        }
        // 4. Clear: each member drops its references, and reference counting frees the group.
        let saveAll = collector.debugFlags & GarbageCollectorDebug.saveAll != 0
        for reference in garbage {
            if saveAll {
                // gc.DEBUG_SAVEALL: kept whole in gc.garbage, and tracked with the survivors.
                withInterpreter { $0.saveGarbage(reference) }
                reference._withUnsafeGuaranteedRef { object in
                    untrack(object)
                    lists[Int(survivorList)].append(object, list: survivorList)
                }
                continue
            }
            reference._withUnsafeGuaranteedRef { object in
                object.releaseReferences(self)
                object.flags |= ObjectFlags.referencesReleased
            }
        }
        for reference in garbage { release(reference) }
    }

    /// The members of `candidates` that no reference from outside the candidates keeps alive,
    /// flagged `unreachable`, and the rest (the survivors), each in the order CPython's
    /// `move_unreachable` leaves its lists in: objects found only through other candidates are
    /// moved out and back to the end as they are reached, which decides the order of later
    /// collections' finalizers. `extraHolds` discounts references the collector itself holds.
    private func partition(_ candidates: ContiguousArray<Unmanaged<HeapObject>>,
                           extraHolds: Int = 0) -> (garbage: [Unmanaged<HeapObject>], survivors: [Unmanaged<HeapObject>]) {
        var survivors: [Unmanaged<HeapObject>] = []
        survivors.reserveCapacity(candidates.count)
        let garbage = partition(candidates, extraHolds: extraHolds) { survivors.append($0) }
        return (garbage, survivors)
    }

    /// `partition` for a collection: each survivor goes to the end of list `survivorsTo` the
    /// moment it is scanned (while its header is in the cache), which is the order CPython's
    /// move_unreachable leaves them in; tuples of untracked items are untracked instead, as
    /// CPython's untrack_tuples. Returns the garbage and the number of survivors.
    private func partition(_ candidates: ContiguousArray<Unmanaged<HeapObject>>,
                           survivorsTo list: UInt32) -> (garbage: [Unmanaged<HeapObject>], survivorCount: Int) {
        var survivorCount = 0
        let tuple = tupleType
        let garbage = partition(candidates, restoringSlots: false) { reference in
            reference._withUnsafeGuaranteedRef { object in
                object.flags &= ~ObjectFlags.unreachable
                if Unmanaged.passUnretained(object.type).toOpaque() == tuple, holdsOnlyUntracked(object) {
                    object.gcSlot = -1
                    return
                }
                lists[Int(list)].append(object, list: list)
                survivorCount += 1
            }
        }
        return (garbage, survivorCount)
    }

    /// The partition itself: `survivor` is called with each survivor in order as it is scanned.
    /// With `restoringSlots` false the candidates' slots are left for the caller to set.
    private func partition(_ candidates: ContiguousArray<Unmanaged<HeapObject>>, extraHolds: Int = 0,
                           restoringSlots: Bool = true,
                           survivor: (Unmanaged<HeapObject>) -> Void) -> [Unmanaged<HeapObject>] {
        let count = candidates.count
        let scratch = PartitionScratch(count: count, savingSlots: restoringSlots)
        defer { scratch.deallocate() }
        // Each candidate's index rides in its gcSlot while this runs (a dictionary would be slow
        // for a million objects); the saved slots are restored at the end.
        let marker = ObjectFlags.unreachable
        for i in 0..<count {
            candidates[i]._withUnsafeGuaranteedRef { object in
                if restoringSlots { scratch.savedSlots[i] = object.gcSlot }
                object.gcSlot = Int32(truncatingIfNeeded: i)
                object.flags |= marker
                scratch.references[i] = Int32(truncatingIfNeeded: object.refcount - extraHolds)
            }
        }
        @inline(__always) func candidateIndex(_ value: Value) -> Int? {
            guard case .object(let referent) = value else { return nil }
            return referent._withUnsafeGuaranteedRef { object -> Int? in
                object.flags & marker != 0 ? Int(object.gcSlot) : nil
            }
        }
        for i in 0..<count {
            candidates[i]._withUnsafeGuaranteedRef { object in
                Heap.forEachOwnedReference(object) { value in
                    if let j = candidateIndex(value) { scratch.references[j] -= 1 }
                }
            }
        }
        let young = scratch.young, unreachable = scratch.unreachable
        var current = scratch.following(young)
        while current != young {
            // Read after the traversal: objects it rescues are appended behind `current`.
            let following: Int
            if scratch.references[current] != 0 {
                // Reachable: what it references is reachable too, and comes back from the
                // unreachable list to the end of the young list, to be scanned in turn.
                candidates[current]._withUnsafeGuaranteedRef { object in
                    Heap.forEachOwnedReference(object) { value in
                        guard let j = candidateIndex(value) else { return }
                        switch scratch.state[j] {
                        case PartitionScratch.unreachable:
                            scratch.move(j, to: young)
                            scratch.references[j] = 1
                        case PartitionScratch.waiting where scratch.references[j] == 0:
                            scratch.references[j] = 1
                        default:
                            break
                        }
                    }
                }
                scratch.state[current] = PartitionScratch.scanned
                following = scratch.following(current)
                survivor(candidates[current])
            } else {
                following = scratch.following(current)
                scratch.move(current, to: unreachable)
            }
            current = following
        }
        var garbage: [Unmanaged<HeapObject>] = []
        var i = scratch.following(unreachable)
        while i != unreachable { garbage.append(candidates[i]); i = scratch.following(i) }
        if restoringSlots {
            for i in 0..<count {
                candidates[i]._withUnsafeGuaranteedRef { object in
                    object.gcSlot = scratch.savedSlots[i]
                    if scratch.state[i] != PartitionScratch.unreachable { object.flags &= ~marker }
                }
            }
        }
        return garbage
    }

    /// An object's references plus its class when that is a heap type (each instance holds one, as CPython's subtype_traverse visits).
    static func forEachOwnedReference(_ object: HeapObject, _ body: (Value) -> Void) {
        object.forEachReference(body)
        let type = object.typeRef
        if type._withUnsafeGuaranteedRef({ $0.isHeapType }) { body(.object(unsafeBitCast(type, to: Unmanaged<HeapObject>.self))) }
    }
}

/// Per-candidate working memory of one `partition`, in raw buffers: Swift arrays captured by the
/// traversal closures would cost a uniqueness check and a dynamic exclusivity check per access.
/// Two linked lists run over the candidate indices: the young list (head `young`) and the
/// tentatively unreachable one (head `unreachable`).
private struct PartitionScratch {
    static let waiting: UInt8 = 0
    static let scanned: UInt8 = 1
    static let unreachable: UInt8 = 2

    let young: Int
    let unreachable: Int
    // 32-bit fields: a quarter of the memory traffic of a million-object collection.
    let references: UnsafeMutablePointer<Int32>
    let next: UnsafeMutablePointer<Int32>
    let previous: UnsafeMutablePointer<Int32>
    let state: UnsafeMutablePointer<UInt8>
    /// Only when the caller wants the slots back (a million-object collection saves 4 MB without).
    let savedSlots: UnsafeMutablePointer<Int32>

    /// All candidates start on the young list, in order, waiting to be scanned.
    init(count: Int, savingSlots: Bool) {
        young = count
        unreachable = count + 1
        references = .allocate(capacity: count)
        next = .allocate(capacity: count + 2)
        previous = .allocate(capacity: count + 2)
        state = .allocate(capacity: count)
        state.initialize(repeating: PartitionScratch.waiting, count: count)
        savedSlots = .allocate(capacity: savingSlots ? count : 0)
        for head in [young, unreachable] {
            next[head] = Int32(truncatingIfNeeded: head)
            previous[head] = Int32(truncatingIfNeeded: head)
        }
        for i in 0..<count { append(i, to: young) }
    }

    /// Moves candidate `i` to the end of the list headed by `head` (marking it unreachable or not).
    @inline(__always)
    func move(_ i: Int, to head: Int) {
        next[Int(previous[i])] = next[i]
        previous[Int(next[i])] = previous[i]
        append(i, to: head)
        state[i] = head == unreachable ? PartitionScratch.unreachable : PartitionScratch.waiting
    }

    @inline(__always)
    private func append(_ i: Int, to head: Int) {
        let last = Int(previous[head])
        next[last] = Int32(truncatingIfNeeded: i)
        previous[i] = Int32(truncatingIfNeeded: last)
        next[i] = Int32(truncatingIfNeeded: head)
        previous[head] = Int32(truncatingIfNeeded: i)
    }

    /// The candidate after `i` on its list (a head when `i` is the last).
    @inline(__always)
    func following(_ i: Int) -> Int { Int(next[i]) }

    func deallocate() {
        references.deallocate()
        next.deallocate()
        previous.deallocate()
        state.deallocate()
        savedSlots.deallocate()
    }
}

/// gc.DEBUG_* flags.
enum GarbageCollectorDebug {
    static let stats = 1
    static let collectable = 2
    static let uncollectable = 4
    static let saveAll = 32
    static let leak = collectable | uncollectable | saveAll
}
