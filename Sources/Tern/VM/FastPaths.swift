/// Out-of-line fast paths for the commonest subscript operations on exact builtin
/// types. They read objects through borrowed references only (no Swift retains)
/// and answer nil/false to send anything unusual down the general path.
extension Interpreter {
    /// `list[i]`, `tuple[i]` with a small int, and `dict[str]`: the item (owned), or nil.
    @inline(never)
    func fastGetItem(_ container: Value, _ key: Value) -> Value? {
        guard case .object(let reference) = container else { return nil }
        let typePointer = reference._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
        if case .int(var i) = key {
            if typePointer == Unmanaged.passUnretained(types.list).toOpaque() {
                return reference._withUnsafeGuaranteedRef { o -> Value? in
                    let list = unsafeDowncast(o, to: ListObject.self)
                    let count = list.items.count
                    if i < 0 { i &+= count }
                    guard i >= 0 && i < count else { return nil }
                    let item = list.items[i]
                    item.retain()
                    return item
                }
            }
            if typePointer == Unmanaged.passUnretained(types.tuple).toOpaque() {
                return reference._withUnsafeGuaranteedRef { o -> Value? in
                    let tuple = unsafeDowncast(o, to: TupleObject.self)
                    let count = tuple.items.count
                    if i < 0 { i &+= count }
                    guard i >= 0 && i < count else { return nil }
                    let item = tuple.items[i]
                    item.retain()
                    return item
                }
            }
            if typePointer == Unmanaged.passUnretained(types.str).toOpaque() {
                let s = unsafeDowncast(reference.takeUnretainedValue(), to: StrObject.self)
                let count = s.count
                if i < 0 { i &+= count }
                guard i >= 0 && i < count else { return nil }
                return character(s.scalar(at: i))
            }
            return nil
        }
        if typePointer == Unmanaged.passUnretained(types.dict).toOpaque(), case .object(let keyReference) = key,
           keyReference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.str).toOpaque() {
            return reference._withUnsafeGuaranteedRef { o -> Value? in
                let dict = unsafeDowncast(o, to: DictObject.self)
                guard let found = keyReference._withUnsafeGuaranteedRef({ dict.getString(unsafeDowncast($0, to: StrObject.self)) }) else {
                    return nil
                }
                found.retain()
                return found
            }
        }
        return nil
    }

    /// `list[i] = v` with a small in-range int: stores and returns true.
    @inline(never)
    func fastSetItem(_ container: Value, _ key: Value, _ value: Value) -> Bool {
        guard case .object(let reference) = container else { return false }
        // An exact dict with an exact str key: no hashing or comparison can run script code.
        if case .object(let keyReference) = key,
           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.dict).toOpaque(),
           keyReference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.str).toOpaque() {
            reference._withUnsafeGuaranteedRef { o in
                keyReference._withUnsafeGuaranteedRef { k in
                    unsafeDowncast(o, to: DictObject.self).setString(unsafeDowncast(k, to: StrObject.self), value, heap)
                }
            }
            return true
        }
        guard case .int(var i) = key else { return false }
        guard reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.list).toOpaque() else {
            return false
        }
        return reference._withUnsafeGuaranteedRef { o -> Bool in
            let list = unsafeDowncast(o, to: ListObject.self)
            let count = list.items.count
            if i < 0 { i &+= count }
            guard i >= 0 && i < count else { return false }
            value.retain()
            let old = list.items[i]
            list.items[i] = value
            old.release(heap)
            return true
        }
    }

    /// `xs.append(x)` on an exact list (CALL with `list.append` and [self, x] at `arguments`):
    /// moves `x`'s reference into the list and returns true; false for any other receiver.
    @inline(__always)
    func appendToExactList(_ arguments: UnsafeMutablePointer<Value>) -> Bool {
        guard case .object(let reference) = arguments[0],
              reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.list).toOpaque() else {
            return false
        }
        let item = arguments[1]
        reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: ListObject.self).items.append(item) }
        return true
    }

    /// FOR_ITER over a list, range or dict key/value iterator: `.some(item)` (owned), `.some(nil)` when exhausted,
    /// or nil for other iterators.
    @inline(never)
    func fastNext(_ iterator: Value) -> Value?? {
        guard case .object(let reference) = iterator else { return nil }
        let typePointer = reference._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
        if typePointer == Unmanaged.passUnretained(types.rangeIterator).toOpaque() {
            return reference._withUnsafeGuaranteedRef { o -> Value?? in
                let it = unsafeDowncast(o, to: IteratorObject.self)
                guard case .object(let source) = it.source else { return nil }
                return source._withUnsafeGuaranteedRef { r -> Value?? in
                    guard r.typeRef.toOpaque() == Unmanaged.passUnretained(types.range).toOpaque() else { return nil }
                    let range = unsafeDowncast(r, to: RangeObject.self)
                    guard range.isSmall else { return nil }  // Python-int elements take the general path
                    if it.exhausted || it.index >= range.length {
                        it.exhausted = true
                        return .some(nil)
                    }
                    let v = range.start &+ it.index &* range.step
                    it.index &+= 1
                    return .some(.int(v))
                }
            }
        }
        if typePointer == Unmanaged.passUnretained(types.listIterator).toOpaque() {
            return reference._withUnsafeGuaranteedRef { o -> Value?? in
                let it = unsafeDowncast(o, to: IteratorObject.self)
                guard it.kind == .list, case .object(let source) = it.source else { return nil }
                return source._withUnsafeGuaranteedRef { l -> Value?? in
                    let list = unsafeDowncast(l, to: ListObject.self)
                    if it.exhausted || it.index >= list.items.count {
                        it.exhausted = true
                        return .some(nil)
                    }
                    let item = list.items[it.index]
                    it.index &+= 1
                    item.retain()
                    return .some(item)
                }
            }
        }
        if typePointer == Unmanaged.passUnretained(types.dictKeyIterator).toOpaque()
            || typePointer == Unmanaged.passUnretained(types.dictValueIterator).toOpaque() {
            return reference._withUnsafeGuaranteedRef { o -> Value?? in
                let it = unsafeDowncast(o, to: IteratorObject.self)
                guard !it.exhausted, case .object(let source) = it.source else { return nil }
                return source._withUnsafeGuaranteedRef { d -> Value?? in
                    let dict = unsafeDowncast(d, to: DictObject.self)
                    // A size or key change (an error) and the end take the general path.
                    guard dict.count == it.expectedCount, it.remaining > 0, let position = dict.nextLive(from: it.index) else { return nil }
                    it.remaining &-= 1
                    it.index = position &+ 1
                    let entry = dict.entries[position]
                    let item = it.kind == .dictKeys ? entry.key.unsafelyUnwrapped : entry.value
                    item.retain()
                    return .some(item)
                }
            }
        }
        return nil
    }

    /// `a < b` for ints, floats, exact strs and tuples of those (what sort keys usually are), without
    /// running script code: `.some(result)`, or nil for anything else.
    @inline(never)
    func fastLess(_ a: Value, _ b: Value, depth: Int = 0) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.int(let x), .float(let y)) where x.magnitude < (1 << 53): return Double(x) < y
        case (.float(let x), .int(let y)) where y.magnitude < (1 << 53): return x < Double(y)
        case (.object(let x), .object(let y)):
            let strType = Unmanaged.passUnretained(types.str).toOpaque()
            let tupleType = Unmanaged.passUnretained(types.tuple).toOpaque()
            let xType = x._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
            let yType = y._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
            guard xType == yType else { return nil }
            if xType == strType {
                return x._withUnsafeGuaranteedRef { xs in
                    y._withUnsafeGuaranteedRef { ys in
                        unsafeDowncast(xs, to: StrObject.self).compare(unsafeDowncast(ys, to: StrObject.self)) < 0
                    }
                }
            }
            if xType == tupleType && depth < 8 {
                return x._withUnsafeGuaranteedRef { xo -> Bool? in
                    y._withUnsafeGuaranteedRef { yo -> Bool? in
                        let xt = unsafeDowncast(xo, to: TupleObject.self), yt = unsafeDowncast(yo, to: TupleObject.self)
                        var i = 0
                        while i < xt.items.count && i < yt.items.count {
                            let p = xt.items[i], q = yt.items[i]
                            guard let pq = fastLess(p, q, depth: depth + 1), let qp = fastLess(q, p, depth: depth + 1) else { return nil }
                            if pq { return true }
                            if qp { return false }
                            // Neither is less: equal for these types (NaN aside), so look further.
                            if case .float(let d) = p, d.isNaN { return nil }
                            i += 1
                        }
                        return xt.items.count < yt.items.count
                    }
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// `a == b` between ints, floats and exact strs (dict keys, `in` tests) without running script
    /// code or touching Swift reference counts; nil for other combinations.
    @inline(never)
    func fastEquals(_ a: Value, _ b: Value) -> Bool? {
        let strType = Unmanaged.passUnretained(types.str).toOpaque()
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)) where x.magnitude < (1 << 53): return Double(x) == y
        case (.float(let x), .int(let y)) where y.magnitude < (1 << 53): return x == Double(y)
        case (.object(let x), .object(let y)):
            let xType = x._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
            let yType = y._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
            guard xType == strType, yType == strType else { return nil }
            return x._withUnsafeGuaranteedRef { xs in
                y._withUnsafeGuaranteedRef { ys in
                    unsafeDowncast(xs, to: StrObject.self).equals(unsafeDowncast(ys, to: StrObject.self))
                }
            }
        case (.object(let x), .int), (.object(let x), .float), (.int, .object(let x)), (.float, .object(let x)):
            // A str never equals a number.
            return x._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() } == strType ? false : nil
        default:
            return nil
        }
    }

    /// Both operands as exact strs (borrowed), or nil when either is anything else.
    @inline(__always)
    private func exactStrPair(_ a: Value, _ b: Value) -> (Unmanaged<HeapObject>, Unmanaged<HeapObject>)? {
        guard case .object(let x) = a, case .object(let y) = b else { return nil }
        let str = Unmanaged.passUnretained(types.str).toOpaque()
        guard x._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == str }),
              y._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == str }) else { return nil }
        return (x, y)
    }

    /// `s = s + t` or `s += t` on exact strs, where the next instruction stores the result into
    /// the local that holds `s` and nothing else refers to `s` (its count is that local's and
    /// the operand's): appends `t` to `s` in place, as CPython does, and returns true. The caller
    /// then pushes `s` with the operand's reference; the store drops the local's.
    @inline(never)
    func appendInPlace(_ a: Value, _ b: Value, nextInstruction: UInt32, base: UnsafeMutablePointer<Value>) -> Bool {
        let next = UInt8(truncatingIfNeeded: nextInstruction)
        guard next == Opcode.storeFast.rawValue || next == Opcode.storeFastLoadFast.rawValue,
              base[Int(nextInstruction >> 8)].isIdentical(to: a),
              let (x, y) = exactStrPair(a, b) else { return false }
        let s = unsafeDowncast(x.takeUnretainedValue(), to: StrObject.self)
        guard s.refcount == 2, !s.isInterned else { return false }
        s.appendInPlace(unsafeDowncast(y.takeUnretainedValue(), to: StrObject.self))
        return true
    }

    /// `a + b` when both are exact strs (no `__add__`/`__radd__` lookups), else nil.
    @inline(never)
    func concatenateExactStrings(_ a: Value, _ b: Value) -> Value? {
        guard let (x, y) = exactStrPair(a, b) else { return nil }
        return concatenate(unsafeDowncast(x.takeUnretainedValue(), to: StrObject.self),
                           unsafeDowncast(y.takeUnretainedValue(), to: StrObject.self))
    }

    /// `a == b` when both are exact strs, else nil (the general comparison decides).
    @inline(never)
    func exactStringsEqual(_ a: Value, _ b: Value) -> Bool? {
        guard let (x, y) = exactStrPair(a, b) else { return nil }
        return x._withUnsafeGuaranteedRef { p in
            y._withUnsafeGuaranteedRef { q in
                unsafeDowncast(p, to: StrObject.self).equals(unsafeDowncast(q, to: StrObject.self))
            }
        }
    }
}
