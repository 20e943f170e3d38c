// The cycle collector: finds groups of tracked objects that reference each
// other but that nothing outside the group references, and frees them.
//
// Trial deletion, as CPython: start from each object's reference count,
// subtract the references other tracked objects own (their `forEachReference`),
// and what remains counts references from outside (VM stack, frames, globals,
// Swift code). Objects with outside references are roots; everything reachable
// from a root lives; the rest is garbage. Then, in CPython 3.11's order: run
// the finalizers of the garbage, check again which objects a finalizer
// resurrected, and clear the rest, after which reference counting frees them.
// All walks use explicit work stacks, never native recursion.

extension Heap {
    /// Collects cyclic garbage among all tracked objects; returns how many objects were found unreachable.
    @discardableResult
    func collectCycles() -> Int {
        if isCollecting { return 0 }
        isCollecting = true
        defer { isCollecting = false }

        var garbage = unreachableObjects(among: tracked)
        if garbage.isEmpty { return 0 }
        let found = garbage.count
        // Hold every member so none dies while finalizers run or while neighbours are cleared.
        for reference in garbage { reference._withUnsafeGuaranteedRef { $0.refcount &+= 1 } }

        for reference in garbage {
            let object = reference.takeUnretainedValue()
            if object.weakrefs != nil { withInterpreter { $0.clearWeakReferences(object) } }
        }
        var ranFinalizer = false
        for reference in garbage {
            let object = reference.takeUnretainedValue()
            if object.type.hasFinalizer && !object.isFinalized {
                object.isFinalized = true
                ranFinalizer = true
                withInterpreter { $0.runFinalizer(object) }
            }
        }
        if ranFinalizer {
            // A finalizer may have stored a member somewhere reachable: those (and all they reach) live on.
            let stillGarbage = Set(unreachableObjects(among: ContiguousArray(garbage), extraHolds: 1).map { $0.toOpaque() })
            var resurrected: [Unmanaged<HeapObject>] = []
            garbage = garbage.filter { reference in
                if stillGarbage.contains(reference.toOpaque()) { return true }
                resurrected.append(reference)
                return false
            }
            for reference in resurrected { release(reference.takeUnretainedValue()) }
        }
        for reference in garbage {
            let object = reference.takeUnretainedValue()
            object.releaseReferences(self)
            object.flags |= ObjectFlags.referencesReleased
        }
        for reference in garbage { release(reference.takeUnretainedValue()) }
        return found
    }

    /// The members of `candidates` that no reference from outside the candidates keeps alive.
    /// `extraHolds` discounts references the collector itself holds on each candidate.
    private func unreachableObjects(among candidates: ContiguousArray<Unmanaged<HeapObject>>,
                                    extraHolds: Int = 0) -> [Unmanaged<HeapObject>] {
        let count = candidates.count
        var position: [UnsafeMutableRawPointer: Int] = [:]
        position.reserveCapacity(count)
        var outsideReferences = [Int](repeating: 0, count: count)
        for (i, reference) in candidates.enumerated() {
            position[reference.toOpaque()] = i
            outsideReferences[i] = reference.takeUnretainedValue().refcount - extraHolds
        }
        for reference in candidates {
            Heap.forEachOwnedReference(reference.takeUnretainedValue()) { value in
                if case .object(let referent) = value, let j = position[referent.toOpaque()] {
                    outsideReferences[j] -= 1
                }
            }
        }
        // Anything still counted (or, defensively, miscounted below zero) is referenced from outside.
        var reachable = [Bool](repeating: false, count: count)
        var pending: [Int] = []
        for i in 0..<count where outsideReferences[i] != 0 {
            reachable[i] = true
            pending.append(i)
        }
        while let i = pending.popLast() {
            Heap.forEachOwnedReference(candidates[i].takeUnretainedValue()) { value in
                if case .object(let referent) = value, let j = position[referent.toOpaque()], !reachable[j] {
                    reachable[j] = true
                    pending.append(j)
                }
            }
        }
        var result: [Unmanaged<HeapObject>] = []
        for i in 0..<count where !reachable[i] { result.append(candidates[i]) }
        return result
    }

    /// An object's references plus its class when that is a heap type (each instance holds one, as CPython's subtype_traverse visits).
    private static func forEachOwnedReference(_ object: HeapObject, _ body: (Value) -> Void) {
        object.forEachReference(body)
        let type = object.type
        if type.isHeapType { body(type.asValue) }
    }
}
