import BigInt

/// Subscripts, slices, iteration and unpacking.
extension Interpreter {
    /// A method's position argument (`list.insert`, `list.pop`): as `index`, but a value beyond
    /// the machine range is CPython's OverflowError for C `Py_ssize_t` arguments.
    func sizeIndex(_ v: Value) throws(ScriptError) -> Int {
        if let big = bigValue(v), Int(exactly: big) == nil {
            throw makeError("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return try index(v)
    }

    /// A Python index from an int-like value (`__index__`).
    func index(_ v: Value) throws(ScriptError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if let big = bigValue(v) {
                guard let small = Int(exactly: big) else {
                    throw makeError("IndexError", "cannot fit 'int' into an index-sized integer")
                }
                return small
            }
            if let r = try callSpecial(v, "__index__") {
                defer { r.release(heap) }
                guard isIntLike(r) else { throw makeError("TypeError", "__index__ returned non-int (type \(typeName(r)))") }
                return try index(r)
            }
            throw makeError("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// `r[key]` for a range whose values need not fit machine ints: an index or a slice, in
    /// Python int arithmetic (CPython's compute_slice and compute_item).
    func bigRangeItem(_ r: RangeObject, _ key: Value) throws(ScriptError) -> Value {
        if let slice = key.asObject(SliceObject.self) {
            func bound(_ v: Value) throws(ScriptError) -> BigInt? {
                if v.isNone { return nil }
                guard isIntLike(v) || special(v, "__index__") != nil else {
                    throw makeError("TypeError", "slice indices must be integers or None or have an __index__ method")
                }
                return try integerArgument(v)
            }
            let step = try bound(slice.step) ?? 1
            if step == 0 { throw makeError("ValueError", "slice step cannot be zero") }
            let length = r.bigLength
            // PySlice_AdjustIndices on Python ints.
            func adjust(_ value: BigInt?, _ defaultValue: BigInt) -> BigInt {
                guard var v = value else { return defaultValue }
                if v < 0 {
                    v += length
                    if v < 0 { v = step < 0 ? -1 : 0 }
                } else if v >= length {
                    v = step < 0 ? length - 1 : length
                }
                return v
            }
            let start = adjust(try bound(slice.start), step < 0 ? length - 1 : 0)
            let stop = adjust(try bound(slice.stop), step < 0 ? -1 : length)
            let result = RangeObject(type: types.range, start: r.element(at: start), stop: r.element(at: stop), step: r.bigStep * step)
            return heap.register(result).asValue
        }
        guard isIntLike(key) || special(key, "__index__") != nil else {
            throw makeError("TypeError", "range indices must be integers or slices, not \(typeName(key))")
        }
        let index = try integerArgument(key)
        let position = index < 0 ? index + r.bigLength : index
        if position < 0 || position >= r.bigLength { throw makeError("IndexError", "range object index out of range") }
        return makeInt(r.element(at: position))
    }

    /// Resolves a slice against a length: start, stop, step and the item count.
    func sliceIndices(_ slice: SliceObject, length: Int) throws(ScriptError) -> (Int, Int, Int, Int) {
        // Machine-int or None bounds (the common case) need no conversion.
        func small(_ v: Value) -> Int?? {
            switch v {
            case .none: return .some(nil)
            case .int(let i): return .some(i)
            default: return nil
            }
        }
        if let start = small(slice.start), let stop = small(slice.stop), let step = small(slice.step),
           step != 0, step != Int.min {
            return Interpreter.resolveSlice(start: start, stop: stop, step: step ?? 1, length: length)
        }
        for bound in [slice.start, slice.stop, slice.step] where !bound.isNone && !isIntLike(bound) && special(bound, "__index__") == nil {
            throw makeError("TypeError", "slice indices must be integers or None or have an __index__ method")
        }
        // As CPython: bounds beyond the index range are clamped, and the step to ±sys.maxsize.
        func clamped(_ v: Value) throws(ScriptError) -> Int? {
            if v.isNone { return nil }
            if let big = bigValue(v), Int(exactly: big) == nil { return big < 0 ? -Int.max : Int.max }
            return try index(v)
        }
        var step = try clamped(slice.step) ?? 1
        if step == 0 { throw makeError("ValueError", "slice step cannot be zero") }
        if step == Int.min { step = -Int.max }
        return Interpreter.resolveSlice(start: try clamped(slice.start), stop: try clamped(slice.stop), step: step, length: length)
    }

    /// Start, stop, step and item count of a slice with int bounds (nil: omitted) and a step
    /// other than 0 and Int.min, clamped to a sequence of `length` items as CPython does.
    static func resolveSlice(start: Int?, stop: Int?, step: Int, length: Int) -> (Int, Int, Int, Int) {
        func clamp(_ bound: Int?, _ defaultValue: Int) -> Int {
            guard var i = bound else { return defaultValue }
            if i < 0 {
                i = i < -length ? (step < 0 ? -1 : 0) : i + length
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let first = clamp(start, step < 0 ? length - 1 : 0)
        let end = clamp(stop, step < 0 ? -1 : length)
        var count = 0
        if step > 0 {
            if first < end { count = (end - first - 1) / step + 1 }
        } else {
            if end < first { count = (first - end - 1) / (-step) + 1 }
        }
        return (first, end, step, count)
    }

    private func normalizedIndex(_ key: Value, count: Int, what: String) throws(ScriptError) -> Int {
        var i: Int
        do throws(ScriptError) {
            i = try index(key)
        } catch {
            if error.object.type === types.typeError!, special(key, "__index__") == nil {
                heap.release(error.object)
                // CPython 3.11 words str's message differently from the other sequences'.
                if what == "string" { throw makeError("TypeError", "string indices must be integers, not '\(typeName(key))'") }
                throw makeError("TypeError", "\(what) indices must be integers or slices, not \(typeName(key))")
            }
            throw error
        }
        if i < 0 { i += count }
        if i < 0 || i >= count { throw makeError("IndexError", "\(what) index out of range") }
        return i
    }

    func getItem(_ container: Value, _ key: Value) throws(ScriptError) -> Value {
        // An exact dict: straight to its table (no subclass __getitem__ or __missing__ to honour).
        if case .object(let reference) = container,
           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.dict).toOpaque() {
            let found = try reference.withBorrowed { (object) throws(ScriptError) -> Value? in
                try unsafeDowncast(object, to: DictObject.self).get(key, self)
            }
            guard let found else { throw makeError("KeyError", value: key) }
            found.retain()
            return found
        }
        if case .object(let reference) = container, isExactWeakContainer(reference),
           let found = try reference.withBorrowed({ (object) throws(ScriptError) in
               try weakContainerGetItem(unsafeDowncast(object, to: WeakContainerObject.self), key)
           }) {
            return found
        }
        let type = typeOf(container)
        if type.isHeapType, let method = type.lookup(symbol("__getitem__")), method.asObject(NativeFunctionObject.self) == nil {
            return try callValue(method, [container, key])
        }
        if type.dispatchesThroughSpecialMethods, let method = type.lookup(symbol("__getitem__")) {
            return try callValue(method, [container, key])
        }
        return try builtinGetItem(container, key)
    }

    /// Item access on builtin layouts, skipping any `__getitem__` a subclass defines (what `list.__getitem__` does).
    func builtinGetItem(_ container: Value, _ key: Value) throws(ScriptError) -> Value {
        let type = typeOf(container)
        if let o = container.heapObject {
            switch o {
            case let l as ListObject:
                if let slice = key.asObject(SliceObject.self) {
                    let (start, _, step, count) = try sliceIndices(slice, length: l.items.count)
                    var items = ContiguousArray<Value>()
                    items.reserveCapacity(count)
                    var i = start
                    for _ in 0..<count { let v = l.items[i]; v.retain(); items.append(v); i &+= step }
                    return makeList(items)
                }
                let i = try normalizedIndex(key, count: l.items.count, what: "list")
                return l.items[i].retained()
            case let t as TupleObject:
                if let slice = key.asObject(SliceObject.self) {
                    let (start, _, step, count) = try sliceIndices(slice, length: t.items.count)
                    if start == 0 && step == 1 && count == t.items.count && type === types.tuple { return container.retained() }
                    var items = ContiguousArray<Value>()
                    var i = start
                    for _ in 0..<count { let v = t.items[i]; v.retain(); items.append(v); i &+= step }
                    return makeTuple(items)
                }
                let i = try normalizedIndex(key, count: t.items.count, what: "tuple")
                return t.items[i].retained()
            case let s as StrObject:
                if let slice = key.asObject(SliceObject.self) {
                    let (start, _, step, count) = try sliceIndices(slice, length: s.count)
                    if step == 1 {
                        let text = s.substring(start: start, end: start + count)
                        return s.isASCII ? makeStr(text, count: count, isASCII: true) : makeStr(text)
                    }
                    if s.isASCII {
                        // Byte-wise: no scalar decoding, and the result's count is known.
                        let text = s.withUTF8 { utf8 -> String in
                            String(unsafeUninitializedCapacity: count) { buffer in
                                var i = start
                                for j in 0..<count { buffer[j] = utf8[i]; i &+= step }
                                return count
                            }
                        }
                        return makeStr(text, count: count, isASCII: true)
                    }
                    var result = String.UnicodeScalarView()
                    var i = start
                    for _ in 0..<count { result.append(s.scalar(at: i)); i &+= step }
                    return makeStr(String(result))
                }
                let i = try normalizedIndex(key, count: s.count, what: "string")
                return character(s.scalar(at: i))
            case let d as DictObject:
                if let found = try d.get(key, self) { return found.retained() }
                if type.isHeapType, let missing = type.lookup(symbol("__missing__")) {
                    return try callValue(missing, [container, key])
                }
                throw makeError("KeyError", value: key)
            case let r as RangeObject where !r.isSmall || (bigValue(key).map { Int(exactly: $0) == nil } ?? false):
                // Python-int elements, or an index beyond the machine range.
                return try bigRangeItem(r, key)
            case let r as RangeObject:
                if let slice = key.asObject(SliceObject.self) {
                    // The stop is mapped like the start (not recomputed from the count), as CPython's repr shows.
                    let (start, stop, step, _) = try sliceIndices(slice, length: r.length)
                    // Tern's ranges hold machine ints: a result outside them is an OverflowError, not a trap.
                    let (newStep, o1) = r.step.multipliedReportingOverflow(by: step)
                    let (startOffset, o2) = start.multipliedReportingOverflow(by: r.step)
                    let (stopOffset, o3) = stop.multipliedReportingOverflow(by: r.step)
                    let (newStart, o4) = r.start.addingReportingOverflow(startOffset)
                    let (newStop, o5) = r.start.addingReportingOverflow(stopOffset)
                    if o1 || o2 || o3 || o4 || o5 {
                        throw makeError("OverflowError", "Python int too large to convert to C ssize_t")
                    }
                    return heap.register(RangeObject(type: types.range, start: newStart, stop: newStop, step: newStep)).asValue
                }
                let i = try normalizedIndex(key, count: r.length, what: "range object")
                return .int(r.start &+ i &* r.step)  // within the range, so no overflow
            case let t as TypeObject:
                if t.lookup(symbol("__class_getitem__")) != nil {
                    // An implicit classmethod: bind it to the class, then pass the key.
                    let bound = try typeGetAttribute(t, symbol("__class_getitem__"))
                    defer { bound.release(heap) }
                    return try callValue(bound, [key])
                }
                if isGenericClass(t) { return makeGenericAlias(t, key) }
                throw makeError("TypeError", "type '\(t.name)' is not subscriptable")
            case let proxy as IteratorObject where proxy.kind == .mappingProxy:
                return try getItem(proxy.source, key)
            default: break
            }
        }
        if !type.isHeapType, let method = type.lookup(symbol("__getitem__")), method.asObject(NativeFunctionObject.self) == nil {
            return try callValue(method, [container, key])
        }
        throw makeError("TypeError", "'\(type.name)' object is not subscriptable")
    }

    func setItem(_ container: Value, _ key: Value, _ value: Value) throws(ScriptError) {
        // An exact dict: straight to its table (hashing and comparing keys may still run script code).
        if case .object(let reference) = container,
           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.dict).toOpaque() {
            try unsafeDowncast(reference.takeUnretainedValue(), to: DictObject.self).set(key, value, self)
            return
        }
        if case .object(let reference) = container, isExactWeakContainer(reference),
           try reference.withBorrowed({ (object) throws(ScriptError) in
               try weakContainerSetItem(unsafeDowncast(object, to: WeakContainerObject.self), key, value)
           }) {
            return
        }
        let type = typeOf(container)
        if type.isHeapType, let method = type.lookup(symbol("__setitem__")), method.asObject(NativeFunctionObject.self) == nil {
            try callValue(method, [container, key, value]).release(heap)
            return
        }
        if type.dispatchesThroughSpecialMethods, let method = type.lookup(symbol("__setitem__")) {
            try callValue(method, [container, key, value]).release(heap)
            return
        }
        try builtinSetItem(container, key, value)
    }

    /// Item assignment on builtin layouts (what `list.__setitem__` does).
    func builtinSetItem(_ container: Value, _ key: Value, _ value: Value) throws(ScriptError) {
        let type = typeOf(container)
        if let o = container.heapObject {
            switch o {
            case let l as ListObject:
                if let slice = key.asObject(SliceObject.self) {
                    try assignSlice(l, slice, value)
                    return
                }
                let i = try normalizedIndex(key, count: l.items.count, what: "list assignment")
                value.retain()
                let old = l.items[i]
                l.items[i] = value
                old.release(heap)
                return
            case let d as DictObject:
                try d.set(key, value, self)
                return
            default: break
            }
        }
        throw makeError("TypeError", "'\(type.name)' object does not support item assignment")
    }

    private func assignSlice(_ list: ListObject, _ slice: SliceObject, _ value: Value) throws(ScriptError) {
        let newItems: [Value]
        do throws(ScriptError) {
            newItems = try collect(value)
        } catch {
            guard error.object.type === types.typeError!, special(value, "__iter__") == nil,
                  special(value, "__getitem__") == nil else { throw error }
            heap.release(error.object)
            throw makeError("TypeError", "can only assign an iterable")
        }
        let (start, _, step, count) = try sliceIndices(slice, length: list.items.count)
        if step == 1 {
            let removed = Array(list.items[start..<(start + count)])
            list.items.replaceSubrange(start..<(start + count), with: newItems)
            // CPython's list_ass_slice releases the replaced items from the last.
            for v in removed.reversed() { v.release(heap) }
            return
        }
        if newItems.count != count {
            for v in newItems { v.release(heap) }
            throw makeError("ValueError", "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var i = start
        var replaced: [Value] = []
        for v in newItems {
            replaced.append(list.items[i])
            list.items[i] = v
            i &+= step
        }
        // Released once all are assigned, as CPython does.
        for old in replaced { old.release(heap) }
    }

    func deleteItem(_ container: Value, _ key: Value) throws(ScriptError) {
        let type = typeOf(container)
        if type.isHeapType, let method = type.lookup(symbol("__delitem__")), method.asObject(NativeFunctionObject.self) == nil {
            try callValue(method, [container, key]).release(heap)
            return
        }
        if type.dispatchesThroughSpecialMethods, let method = type.lookup(symbol("__delitem__")) {
            try callValue(method, [container, key]).release(heap)
            return
        }
        try builtinDeleteItem(container, key)
    }

    /// Item deletion on builtin layouts (what `list.__delitem__` does).
    func builtinDeleteItem(_ container: Value, _ key: Value) throws(ScriptError) {
        let type = typeOf(container)
        if let o = container.heapObject {
            switch o {
            case let l as ListObject:
                if let slice = key.asObject(SliceObject.self) {
                    let (start, _, step, count) = try sliceIndices(slice, length: l.items.count)
                    var indices: [Int] = []
                    var i = start
                    for _ in 0..<count { indices.append(i); i &+= step }
                    var removed: [Value] = []
                    for index in indices.sorted(by: >) { removed.append(l.items.remove(at: index)) }
                    // CPython releases a simple slice from its last item, an extended one from its lowest index.
                    for v in (step == 1 ? removed : removed.reversed()) { v.release(heap) }
                    return
                }
                let i = try normalizedIndex(key, count: l.items.count, what: "list assignment")
                l.items.remove(at: i).release(heap)
                return
            case let d as DictObject:
                guard let old = try d.remove(key, self) else { throw makeError("KeyError", value: key) }
                old.release(heap)
                return
            default: break
            }
        }
        throw makeError("TypeError", "'\(type.name)' object doesn't support item deletion")
    }

    // MARK: Iteration

    func makeIterator(_ kind: IteratorObject.Kind, _ type: TypeObject, source: Value) -> IteratorObject {
        source.retain()
        return heap.registerTracked(IteratorObject(type: type, kind: kind, source: source))
    }

    func getIterator(_ v: Value) throws(ScriptError) -> Value {
        let type = typeOf(v)
        if type.isHeapType, let method = type.lookup(symbol("__iter__")), method.asObject(NativeFunctionObject.self) == nil {
            // `__iter__ = None` declares the class not iterable, even with __getitem__.
            if method.isNone { throw makeError("TypeError", "'\(type.name)' object is not iterable") }
            let it = try callValue(method, [v])
            if typeOf(it).lookup(symbol("__next__")) == nil && it.asObject(IteratorObject.self) == nil && it.asObject(GeneratorObject.self) == nil {
                it.release(heap)
                throw makeError("TypeError", "iter() returned non-iterator of type '\(typeName(it))'")
            }
            return it
        }
        if let o = v.heapObject {
            switch o {
            case is ListObject: return makeIterator(.list, types.listIterator, source: v).asValue
            case is TupleObject: return makeIterator(.tuple, types.tupleIterator, source: v).asValue
            case is StrObject: return makeIterator(.str, types.strIterator, source: v).asValue
            case is RangeObject: return makeIterator(.range, types.rangeIterator, source: v).asValue
            case let d as DictObject:
                let it = makeIterator(.dictKeys, types.dictKeyIterator, source: v)
                it.expectedCount = d.count
                it.remaining = d.count
                return it.asValue
            case let s as SetObject:
                let it = makeIterator(.set, types.setIterator, source: v)
                it.expectedCount = s.count
                return it.asValue
            case let view as IteratorObject where view.type === types.dictKeys || view.type === types.dictValues || view.type === types.dictItems:
                let kind: IteratorObject.Kind = view.kind
                let iteratorType = kind == .dictKeys ? types.dictKeyIterator : kind == .dictValues ? types.dictValueIterator : types.dictItemIterator
                let it = makeIterator(kind, iteratorType, source: view.source)
                it.expectedCount = view.source.asObject(DictObject.self)!.count
                it.remaining = it.expectedCount
                return it.asValue
            case let proxy as IteratorObject where proxy.kind == .mappingProxy:
                return try getIterator(proxy.source)
            case is IteratorObject, is GeneratorObject:
                return v.retained()
            default: break
            }
        }
        if let method = type.lookup(symbol("__iter__")) {
            if method.isNone { throw makeError("TypeError", "'\(type.name)' object is not iterable") }
            return try callValue(method, [v])
        }
        if type.lookup(symbol("__getitem__")) != nil {
            return makeIterator(.sequence, types.sequenceIterator, source: v).asValue
        }
        throw makeError("TypeError", "'\(type.name)' object is not iterable")
    }

    /// The next item (owned), or nil when the iterator is exhausted.
    func nextFromIterator(_ iterator: Value) throws(ScriptError) -> Value? {
        if let it = iterator.asObject(IteratorObject.self) {
            return try advance(it)
        }
        if let generator = iterator.asObject(GeneratorObject.self) {
            switch try resumeGenerator(generator, send: .none) {
            case .yielded(let v): return v
            case .returned(let v):
                v.release(heap)
                return nil
            }
        }
        if let weakIterator = iterator.asObject(WeakContainerIterator.self) { return try advanceWeakContainer(weakIterator) }
        guard let method = special(iterator, "__next__") else {
            throw makeError("TypeError", "'\(typeName(iterator))' object is not an iterator")
        }
        do throws(ScriptError) {
            return try callValue(method, [iterator])
        } catch {
            if error.object.type.isSubtype(of: types.stopIteration!) {
                heap.release(error.object)
                return nil
            }
            throw error
        }
    }

    private func advance(_ it: IteratorObject) throws(ScriptError) -> Value? {
        if it.exhausted { return nil }
        switch it.kind {
        case .mappingProxy:
            throw makeError("TypeError", "'mappingproxy' object is not an iterator")
        case .list:
            let list = it.source.asObject(ListObject.self)!
            if it.index < list.items.count {
                let v = list.items[it.index]
                it.index += 1
                return v.retained()
            }
        case .tuple:
            let tuple = it.source.asObject(TupleObject.self)!
            if it.index < tuple.items.count {
                let v = tuple.items[it.index]
                it.index += 1
                return v.retained()
            }
        case .range:
            let range = it.source.asObject(RangeObject.self)!
            if !range.isSmall {
                guard BigInt(it.index) < range.bigLength else { return nil }
                let v = range.element(at: BigInt(it.index))
                it.index += 1
                return makeInt(v)
            }
            if it.index < range.length {
                let v = range.start + it.index * range.step
                it.index += 1
                return .int(v)
            }
        case .str:
            let s = it.source.asStr!
            if it.index < s.count {
                let v = character(s.scalar(at: it.index))
                it.index += 1
                return v
            }
        case .dictKeys, .dictValues, .dictItems:
            let dict = it.source.asObject(DictObject.self)!
            if dict.count != it.expectedCount {
                it.exhausted = true
                it.expectedCount = -1
                throw makeError("RuntimeError", "dictionary changed size during iteration")
            }
            if let position = dict.nextLive(from: it.index) {
                if it.remaining == 0 {
                    it.exhausted = true
                    throw makeError("RuntimeError", "dictionary keys changed during iteration")
                }
                it.remaining -= 1
                it.index = position + 1
                let entry = dict.entries[position]
                switch it.kind {
                case .dictKeys: return entry.key!.retained()
                case .dictValues: return entry.value.retained()
                default: return makeTuple([entry.key!.retained(), entry.value.retained()])
                }
            }
        case .set:
            let set = it.source.asObject(SetObject.self)!
            if set.count != it.expectedCount {
                it.exhausted = true
                throw makeError("RuntimeError", "Set changed size during iteration")
            }
            if let position = set.table.nextLive(from: it.index) {
                it.index = position + 1
                return set.table.slots[position].key!.retained()
            }
        case .reversedList:
            if let list = it.source.asObject(ListObject.self) {
                if it.index >= 0 && it.index < list.items.count {
                    let v = list.items[it.index]
                    it.index -= 1
                    return v.retained()
                }
            }
        case .reversedSequence:
            if it.index >= 0 {
                let v = try getItem(it.source, .int(it.index))
                it.index -= 1
                return v
            }
        case .enumerate:
            if let next = try nextFromIterator(it.extra[0]) {
                let count = it.source
                if case .int(let c) = count, c < Int.max {
                    it.source = .int(c &+ 1)
                } else {
                    it.source = try binaryOperation(.add, count, .int(1))
                }
                var pair = (count, next)
                return withUnsafeMutableBytes(of: &pair) { bytes in
                    makeTuple(moving: bytes.baseAddress!.assumingMemoryBound(to: Value.self), count: 2)
                }
            }
        case .zip:
            var items = ContiguousArray<Value>()
            for (i, source) in it.extra.enumerated() {
                guard let next = try nextFromIterator(source) else {
                    for v in items { v.release(heap) }
                    it.exhausted = true
                    if case .bool(true) = it.source {
                        if i > 0 {
                            throw makeError("ValueError", "zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")")
                        }
                        // The first ran out: with strict=True every other one must be exhausted too.
                        for (j, other) in it.extra.enumerated().dropFirst() {
                            if let extra = try nextFromIterator(other) {
                                extra.release(heap)
                                throw makeError("ValueError", "zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
                            }
                        }
                    }
                    return nil
                }
                items.append(next)
            }
            if items.isEmpty { it.exhausted = true; return nil }
            return makeTuple(items)
        case .map:
            var arguments: [Value] = []
            for source in it.extra {
                guard let next = try nextFromIterator(source) else {
                    for v in arguments { v.release(heap) }
                    it.exhausted = true
                    return nil
                }
                arguments.append(next)
            }
            defer { for v in arguments { v.release(heap) } }
            return try callValue(it.source, arguments)
        case .filter:
            while let next = try nextFromIterator(it.extra[0]) {
                let keep: Bool
                if it.source.isNone {
                    keep = try isTrue(next)
                } else {
                    let r = try callValue(it.source, [next])
                    defer { r.release(heap) }
                    keep = try isTrue(r)
                }
                if keep { return next }
                next.release(heap)
            }
        case .callable:
            let v: Value
            do throws(ScriptError) {
                v = try callValue(it.source, [])
            } catch {
                // StopIteration from the callable also ends the iteration.
                guard error.object.type.isSubtype(of: types.stopIteration!) else { throw error }
                heap.release(error.object)
                it.exhausted = true
                return nil
            }
            if try keysEqual(v, it.extra[0]) {
                v.release(heap)
                it.exhausted = true
                return nil
            }
            return v
        case .sequence:
            do throws(ScriptError) {
                let v = try getItem(it.source, .int(it.index))
                it.index += 1
                return v
            } catch {
                let type = error.object.type
                if type.isSubtype(of: types.indexError!) || type.isSubtype(of: types.stopIteration!) {
                    heap.release(error.object)
                } else {
                    throw error
                }
            }
        }
        it.exhausted = true
        return nil
    }

    /// All items of an iterable (owned).
    func collect(_ iterable: Value) throws(ScriptError) -> [Value] {
        if let l = iterable.asObject(ListObject.self), !typeOf(iterable).isHeapType {
            for v in l.items { v.retain() }
            return Array(l.items)
        }
        if let t = iterable.asObject(TupleObject.self), !typeOf(iterable).isHeapType {
            for v in t.items { v.retain() }
            return Array(t.items)
        }
        let iterator = try getIterator(iterable)
        defer { iterator.release(heap) }
        return try drain(iterator)
    }

    /// Every remaining item of `iterator` (owned); on an error the items so far are released.
    private func drain(_ iterator: Value) throws(ScriptError) -> [Value] {
        var result: [Value] = []
        do throws(ScriptError) {
            while let next = try nextFromIterator(iterator) { result.append(next) }
        } catch {
            for v in result { v.release(heap) }
            throw error
        }
        return result
    }

    /// `collect` as list(), tuple(), sorted() and list.extend() iterate: a class's `__len__` or
    /// `__length_hint__` is asked for a size first, after iter(), as CPython's PyObject_LengthHint
    /// does to presize (its errors other than TypeError propagate; the answer itself is unused).
    func collectAskingLength(_ iterable: Value) throws(ScriptError) -> [Value] {
        let type = typeOf(iterable)
        guard type.isHeapType, !(iterable.heapObject is ListObject), !(iterable.heapObject is TupleObject) else {
            return try collect(iterable)
        }
        let iterator = try getIterator(iterable)
        defer { iterator.release(heap) }
        try askLengthHint(iterable, type)
        return try drain(iterator)
    }

    /// PyObject_LengthHint's checks, for their errors and side effects.
    private func askLengthHint(_ object: Value, _ type: TypeObject) throws(ScriptError) {
        func ignoringTypeError(_ body: () throws(ScriptError) -> Void) throws(ScriptError) -> Bool {
            do throws(ScriptError) {
                try body()
                return true
            } catch {
                guard error.object.type.isSubtype(of: types.exception("TypeError")) else { throw error }
                heap.release(error.object)
                return false
            }
        }
        if type.lookup(symbol("__len__")) != nil, try ignoringTypeError({ () throws(ScriptError) in _ = try length(object) }) {
            return
        }
        guard let hint = type.lookup(symbol("__length_hint__")) else { return }
        var answer: Value = .none
        guard try ignoringTypeError({ () throws(ScriptError) in answer = try callValue(hint, [object]) }) else { return }
        defer { answer.release(heap) }
        if answer.heapObject === notImplemented { return }
        guard isIntLike(answer) else {
            throw makeError("TypeError", "__length_hint__ must be an integer, not \(typeName(answer))")
        }
        if case .int(let n) = answer, n < 0 { throw makeError("ValueError", "__length_hint__() should return >= 0") }
    }

    /// Runs `body` on each item of `iterable` (borrowed for the call) until it returns false.
    /// Every collected item is released however the loop ends, early return and error included.
    func forEachItem(of iterable: Value, _ body: (Value) throws(ScriptError) -> Bool) throws(ScriptError) {
        let items = try collect(iterable)
        var next = 0
        defer {
            while next < items.count {
                items[next].release(heap)
                next += 1
            }
        }
        while next < items.count {
            let item = items[next]
            next += 1
            defer { item.release(heap) }
            if !(try body(item)) { return }
        }
    }

    func unpack(_ sequence: Value, count: Int, into sp: inout UnsafeMutablePointer<Value>) throws(ScriptError) {
        // A tuple or list of the right length: straight onto the stack, no intermediate array.
        if case .object(let reference) = sequence {
            let copied = reference._withUnsafeGuaranteedRef { o -> Bool in
                let typeAddress = o.typeRef.toOpaque()
                if typeAddress == Unmanaged.passUnretained(types.tuple).toOpaque() {
                    let t = unsafeDowncast(o, to: TupleObject.self)
                    guard t.items.count == count else { return false }
                    for i in stride(from: count - 1, through: 0, by: -1) { sp.initialize(to: t.items[i].retained()); sp += 1 }
                    return true
                }
                if typeAddress == Unmanaged.passUnretained(types.list).toOpaque() {
                    let l = unsafeDowncast(o, to: ListObject.self)
                    guard l.items.count == count else { return false }
                    for i in stride(from: count - 1, through: 0, by: -1) { sp.initialize(to: l.items[i].retained()); sp += 1 }
                    return true
                }
                return false
            }
            if copied { return }
        }
        let items: [Value]
        if let t = sequence.asObject(TupleObject.self), t.items.count == count {
            items = Array(t.items)
            for v in items { v.retain() }
        } else {
            guard typeOf(sequence).lookup(symbol("__iter__")) != nil || sequence.heapObject is IteratorObject
                    || typeOf(sequence).lookup(symbol("__getitem__")) != nil else {
                throw makeError("TypeError", "cannot unpack non-iterable \(typeName(sequence)) object")
            }
            let iterator = try getIterator(sequence)
            defer { iterator.release(heap) }
            var collected: [Value] = []
            while let next = try nextFromIterator(iterator) {
                collected.append(next)
                if collected.count > count {
                    for v in collected { v.release(heap) }
                    throw makeError("ValueError", "too many values to unpack (expected \(count))")
                }
            }
            if collected.count < count {
                for v in collected { v.release(heap) }
                throw makeError("ValueError", "not enough values to unpack (expected \(count), got \(collected.count))")
            }
            items = collected
        }
        for v in items.reversed() {
            sp.initialize(to: v)
            sp += 1
        }
    }

    func unpackStarred(_ sequence: Value, before: Int, after: Int, into sp: inout UnsafeMutablePointer<Value>) throws(ScriptError) {
        let items: [Value]
        do throws(ScriptError) {
            items = try collect(sequence)
        } catch {
            if error.object.type === types.typeError! && !(typeOf(sequence).lookup(symbol("__iter__")) != nil) {
                heap.release(error.object)
                throw makeError("TypeError", "cannot unpack non-iterable \(typeName(sequence)) object")
            }
            throw error
        }
        if items.count < before + after {
            for v in items { v.release(heap) }
            throw makeError("ValueError", "not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        let middle = ContiguousArray(items[before..<(items.count - after)])
        var ordered = Array(items[..<before])
        ordered.append(makeList(middle))
        ordered.append(contentsOf: items[(items.count - after)...])
        for v in ordered.reversed() {
            sp.initialize(to: v)
            sp += 1
        }
    }
}
