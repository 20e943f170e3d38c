/// Set operations, each building its result in the same order as CPython's setobject.c so
/// that printing the result shows the same element order (see SetTable).
extension Interpreter {
    /// A new empty set of `like`'s base kind (set or frozenset, never a subclass), as set operations return.
    func makeSetLike(_ like: SetObject) -> SetObject {
        makeSet(frozen: like.type.isSubtype(of: types.frozenset))
    }

    /// A copy of `set` of its base kind.
    func setCopy(_ set: SetObject) -> SetObject {
        let result = makeSetLike(set)
        result.table.copyIntoEmpty(set.table)
        return result
    }

    /// Adds every element of `iterable` to `set` (CPython's set_update_internal).
    func setUpdate(_ set: SetObject, with iterable: Value) throws(ScriptError) {
        if let other = iterable.asObject(SetObject.self) {
            try set.table.merge(other.table, self)
            return
        }
        if let dict = iterable.asObject(DictObject.self), dict.type === types.dict {
            let table = set.table
            if (table.fill + dict.count) * 5 >= table.mask * 3 { table.resize(minimumUsed: (table.count + dict.count) * 2) }
            let entries = dict.liveEntries
            for entry in entries { entry.key!.retain() }
            defer { for entry in entries { entry.key!.release(heap) } }
            for entry in entries { try table.insert(entry.key!, hash: entry.hash, self) }
            return
        }
        try forEachItem(of: iterable) { (item) throws(ScriptError) in
            try set.add(item, self)
            return true
        }
    }

    /// The active slots of `set` with their keys retained, for loops that may run `__eq__`.
    private func retainedSlots(_ set: SetObject) -> [SetSlot] {
        let slots = set.table.slotSnapshot()
        for slot in slots { slot.key!.retain() }
        return slots
    }

    private func releaseSlots(_ slots: [SetSlot]) {
        for slot in slots { slot.key!.release(heap) }
    }

    /// `set & other`: iterates the smaller set (or the iterable) and keeps its own element objects.
    func setIntersection(_ set: SetObject, _ other: Value) throws(ScriptError) -> SetObject {
        let result = makeSetLike(set)
        do throws(ScriptError) {
            if let otherSet = other.asObject(SetObject.self) {
                let (large, small) = otherSet.count > set.count ? (otherSet, set) : (set, otherSet)
                let slots = retainedSlots(small)
                defer { releaseSlots(slots) }
                for slot in slots where try large.table.find(slot.key!, hash: slot.hash, self) != nil {
                    try result.table.insert(slot.key!, hash: slot.hash, self)
                }
            } else {
                try forEachItem(of: other) { (item) throws(ScriptError) in
                    let hash = try self.hash(item)
                    if try set.table.find(item, hash: hash, self) != nil {
                        try result.table.insert(item, hash: hash, self)
                    }
                    return true
                }
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result
    }

    /// `set - other`.
    func setDifference(_ set: SetObject, _ other: Value) throws(ScriptError) -> SetObject {
        let otherSet = other.asObject(SetObject.self)
        let exactDict = other.asObject(DictObject.self).flatMap { $0.type === types.dict ? $0 : nil }
        guard let otherSize = otherSet?.count ?? exactDict?.count, (set.count >> 2) <= otherSize else {
            // Copying and discarding is cheaper when `set` is much larger (or `other` has no size).
            let result = setCopy(set)
            do throws(ScriptError) { try setDifferenceUpdate(result, other) } catch {
                heap.release(result)
                throw error
            }
            return result
        }
        let result = makeSetLike(set)
        do throws(ScriptError) {
            let slots = retainedSlots(set)
            defer { releaseSlots(slots) }
            for slot in slots {
                let present: Bool
                if let otherSet {
                    present = try otherSet.table.find(slot.key!, hash: slot.hash, self) != nil
                } else {
                    present = try exactDict!.find(slot.key!, hash: slot.hash, self) != nil
                }
                if !present { try result.table.insert(slot.key!, hash: slot.hash, self) }
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result
    }

    /// `set -= other` and `set.difference_update(other)`.
    func setDifferenceUpdate(_ set: SetObject, _ other: Value) throws(ScriptError) {
        if other.isIdentical(to: set.asValue) {
            set.table.removeAll(heap)
            return
        }
        if var source = other.asObject(SetObject.self) {
            // Against a much larger set, only the common elements matter.
            let narrowed = (source.count >> 3) > set.count
            if narrowed { source = try setIntersection(set, other) }
            defer { if narrowed { heap.release(source) } }
            let slots = retainedSlots(source)
            defer { releaseSlots(slots) }
            for slot in slots { _ = try set.table.remove(slot.key!, hash: slot.hash, self) }
        } else {
            try forEachItem(of: other) { (item) throws(ScriptError) in
                _ = try set.discard(item, self)
                return true
            }
        }
        let table = set.table
        if table.hasManyDummies { table.resize(minimumUsed: table.count > 50000 ? table.count * 2 : table.count * 4) }
    }

    /// `set ^= other` and `set.symmetric_difference_update(other)`.
    func setSymmetricDifferenceUpdate(_ set: SetObject, _ other: Value) throws(ScriptError) {
        if other.isIdentical(to: set.asValue) {
            set.table.removeAll(heap)
            return
        }
        if let dict = other.asObject(DictObject.self), dict.type === types.dict {
            let entries = dict.liveEntries
            for entry in entries { entry.key!.retain() }
            defer { for entry in entries { entry.key!.release(heap) } }
            for entry in entries where !(try set.table.remove(entry.key!, hash: entry.hash, self)) {
                try set.table.insert(entry.key!, hash: entry.hash, self)
            }
            return
        }
        let otherSet: SetObject
        if let s = other.asObject(SetObject.self) {
            otherSet = s.retainedObject
        } else {
            otherSet = makeSetLike(set)
            do throws(ScriptError) { try setUpdate(otherSet, with: other) } catch {
                heap.release(otherSet)
                throw error
            }
        }
        defer { heap.release(otherSet) }
        let slots = retainedSlots(otherSet)
        defer { releaseSlots(slots) }
        for slot in slots where !(try set.table.remove(slot.key!, hash: slot.hash, self)) {
            try set.table.insert(slot.key!, hash: slot.hash, self)
        }
    }

    /// `set ^ other`: a copy of `other` updated with `set`.
    func setSymmetricDifference(_ set: SetObject, _ other: Value) throws(ScriptError) -> SetObject {
        let result = makeSetLike(set)
        do throws(ScriptError) {
            try setUpdate(result, with: other)
            try setSymmetricDifferenceUpdate(result, set.asValue)
        } catch {
            heap.release(result)
            throw error
        }
        return result
    }

    /// `set | other`.
    func setUnion(_ set: SetObject, _ other: Value) throws(ScriptError) -> SetObject {
        let result = setCopy(set)
        do throws(ScriptError) { try setUpdate(result, with: other) } catch {
            heap.release(result)
            throw error
        }
        return result
    }

    /// `set &= other`: the intersection replaces the contents.
    func setIntersectionUpdate(_ set: SetObject, _ other: Value) throws(ScriptError) {
        let result = try setIntersection(set, other)
        set.table.swapContents(with: result.table)
        heap.release(result)
    }

    /// A binary set operator on two sets (either may be a frozenset).
    func setOperation(_ op: BinaryOperator, _ x: SetObject, _ y: SetObject) throws(ScriptError) -> Value {
        switch op {
        case .bitOr: return try setUnion(x, y.asValue).asValue
        case .bitAnd: return try setIntersection(x, y.asValue).asValue
        case .subtract: return try setDifference(x, y.asValue).asValue
        default: return try setSymmetricDifference(x, y.asValue).asValue
        }
    }

    /// An in-place set operator on a mutable set, which is updated.
    func setInPlaceOperation(_ op: BinaryOperator, _ set: SetObject, _ other: SetObject) throws(ScriptError) {
        switch op {
        case .bitOr: try setUpdate(set, with: other.asValue)
        case .bitAnd: try setIntersectionUpdate(set, other.asValue)
        case .subtract: try setDifferenceUpdate(set, other.asValue)
        default: try setSymmetricDifferenceUpdate(set, other.asValue)
        }
    }

    /// `|`, `&`, `-`, `^` where an operand is a dict keys or items view: a plain set built from
    /// the left operand, combined with the right one (CPython's dictviews_* functions).
    func dictViewSetOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        if op == .bitAnd { return try dictViewIntersection(a, b) }
        let result = makeSet()
        do throws(ScriptError) {
            try setUpdate(result, with: viewSource(a))
            switch op {
            case .bitOr: try setUpdate(result, with: b)
            case .subtract: try setDifferenceUpdate(result, b)
            default: try setSymmetricDifferenceUpdate(result, b)
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result.asValue
    }

    /// What a view's elements are read from: the dict itself for a keys view of a plain dict,
    /// which takes set_update's presized dict path.
    private func viewSource(_ v: Value) -> Value {
        if let view = v.asObject(IteratorObject.self), view.type === types.dictKeys,
           let dict = view.source.asObject(DictObject.self), dict.type === types.dict {
            return view.source
        }
        return v
    }

    private func dictViewIntersection(_ a: Value, _ b: Value) throws(ScriptError) -> Value {
        var (view, other) = isSetLikeView(a) ? (a, b) : (b, a)
        let viewCount = try length(view)
        if let set = other.asObject(SetObject.self), set.type === types.set, viewCount <= set.count {
            return try setIntersection(set, view).asValue
        }
        if isSetLikeView(other), try length(other) > viewCount { swap(&view, &other) }
        let result = makeSet()
        do throws(ScriptError) {
            try forEachItem(of: other) { (item) throws(ScriptError) in
                if try contains(view, item) { try result.add(item, self) }
                return true
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result.asValue
    }
}
