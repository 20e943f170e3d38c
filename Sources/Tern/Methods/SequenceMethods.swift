import BigInt

/// The methods of list, tuple, range and slice, including the dunders a
/// subclass reaches through `super()` or `list.__getitem__(self, i)`.
extension Interpreter {
    func installSequenceMethods() {
        installListMethods()
        installTupleMethods()
        installRangeAndSlice()
        for type in [types.list, types.tuple, types.str, types.range] { installItemProtocol(type) }
        installItemProtocol(types.dict)
        types.list.dict.setString(symbol("__hash__"), .none, heap)
    }

    /// The list a method was called on, or a TypeError naming the descriptor.
    func listReceiver(_ args: Arguments, _ method: String) throws(ScriptError) -> ListObject {
        if args.values.isEmpty { throw makeError("TypeError", "unbound method list.\(method)() needs an argument") }
        guard let list = args[0].asObject(ListObject.self) else {
            throw makeError("TypeError", "descriptor '\(method)' for 'list' objects doesn't apply to a '\(args.values.count > 0 ? typeName(args[0]) : "NoneType")' object")
        }
        return list
    }

    private func installListMethods() {
        let list = types.list.dict!
        define(list, "__new__", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.list, "list")
            if type === vm.types.list { return vm.makeList([]) }
            return try vm.allocateInstance(type)
        }
        define(list, "__init__", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "__init__")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "list() takes no keyword arguments") }
            if args.count > 2 { throw vm.makeError("TypeError", "list expected at most 1 argument, got \(args.count - 1)") }
            let old = list.items
            list.items = []
            for v in old { v.release(vm.heap) }
            if args.count == 2 { list.items = ContiguousArray(try vm.collectAskingLength(args[1])) }
            return .none
        }
        define(list, "append", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "append")
            guard args.count == 2 else {
                throw vm.makeError("TypeError", "list.append() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            list.items.append(args[1].retained())
            return .none
        }
        define(list, "extend", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "extend")
            guard args.count == 2 else {
                throw vm.makeError("TypeError", "list.extend() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            list.items.append(contentsOf: try vm.collectAskingLength(args[1]))
            return .none
        }
        define(list, "insert", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "insert")
            guard args.count == 3 else { throw vm.makeError("TypeError", "insert expected 2 arguments, got \(args.count - 1)") }
            var i = try vm.sizeIndex(args[1])
            let n = list.items.count
            if i < 0 { i = Swift.max(0, i + n) }
            list.items.insert(args[2].retained(), at: Swift.min(i, n))
            return .none
        }
        define(list, "pop", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "pop")
            if args.count > 2 { throw vm.makeError("TypeError", "pop expected at most 1 argument, got \(args.count - 1)") }
            var i = args.count > 1 ? try vm.sizeIndex(args[1]) : list.items.count - 1
            if list.items.isEmpty { throw vm.makeError("IndexError", "pop from empty list") }
            if i < 0 { i += list.items.count }
            if i < 0 || i >= list.items.count { throw vm.makeError("IndexError", "pop index out of range") }
            return list.items.remove(at: i)
        }
        define(list, "remove", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "remove")
            guard args.count == 2 else { throw vm.makeError("TypeError", "list.remove() takes exactly one argument (\(max(0, args.count - 1)) given)") }
            var i = 0
            while i < list.items.count {
                let element = list.items[i].retained()
                defer { element.release(vm.heap) }
                if try vm.keysEqual(element, args[1]) {
                    if i < list.items.count { list.items.remove(at: i).release(vm.heap) }
                    return .none
                }
                i += 1
            }
            throw vm.makeError("ValueError", "list.remove(x): x not in list")
        }
        define(list, "clear", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "clear")
            let old = list.items
            list.items = []
            for v in old.reversed() { v.release(vm.heap) }
            return .none
        }
        define(list, "copy", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "copy")
            for v in list.items { v.retain() }
            return vm.makeList(list.items)
        }
        define(list, "reverse", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            try vm.listReceiver(args, "reverse").items.reverse()
            return .none
        }
        define(list, "sort", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "sort")
            if args.count > 1 { throw vm.makeError("TypeError", "sort() takes no positional arguments") }
            try vm.checkKeywords(args, "sort", allowed: ["key", "reverse"])
            try vm.sortList(list, key: args.keyword("key"), reverse: args.keyword("reverse"))
            return .none
        }
        define(list, "index", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "index")
            try vm.checkArity(args, "index", 1...3, receiverCount: 1)
            let (start, end) = try vm.searchBounds(args, count: list.items.count)
            var i = start
            while i < Swift.min(end, list.items.count) {
                let element = list.items[i].retained()
                defer { element.release(vm.heap) }
                if try vm.keysEqual(element, args[1]) { return .int(i) }
                i += 1
            }
            throw vm.makeError("ValueError", "\(try vm.repr(args[1])) is not in list")
        }
        define(list, "count", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "count")
            guard args.count == 2 else { throw vm.makeError("TypeError", "list.count() takes exactly one argument (\(max(0, args.count - 1)) given)") }
            var n = 0, i = 0
            while i < list.items.count {
                let element = list.items[i].retained()
                defer { element.release(vm.heap) }
                if try vm.keysEqual(element, args[1]) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        define(list, "__iadd__", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "__iadd__")
            list.items.append(contentsOf: try vm.collectAskingLength(args[1]))
            return args[0].retained()
        }
        define(list, "__add__", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "__add__")
            guard let other = args[1].asObject(ListObject.self) else {
                throw vm.makeError("TypeError", "can only concatenate list (not \"\(vm.typeName(args[1]))\") to list")
            }
            var items = list.items
            items.append(contentsOf: other.items)
            for v in items { v.retain() }
            return vm.makeList(items)
        }
        // `n * items` reaches a list subclass's __rmul__ (sq_repeat serves both sides in CPython).
        for name in ["__mul__", "__rmul__"] {
            define(list, name, owner: "list") { (vm, args) throws(ScriptError) -> Value in
                let list = try vm.listReceiver(args, name)
                // As str: NotImplemented lets the operator report "can't multiply sequence by non-int".
                guard args.count == 2, vm.isIntLike(args[1]) || vm.special(args[1], "__index__") != nil else {
                    return vm.notImplemented.retainedValue
                }
                let plain = vm.makeList(ContiguousArray(list.items.map { $0.retained() }))
                defer { plain.release(vm.heap) }
                return try vm.repeatSequence(plain, vm.bigValue(.int(try vm.index(args[1])))!) ?? Value.none
            }
        }
        define(list, "__reversed__", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = try vm.listReceiver(args, "__reversed__")
            let it = vm.makeIterator(.reversedList, vm.types.listReverseIterator, source: args[0])
            it.index = list.items.count - 1
            return it.asValue
        }
        installSequenceComparisons(types.list)
    }

    private func installTupleMethods() {
        let tuple = types.tuple.dict!
        define(tuple, "__new__", owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.tuple, "tuple")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "tuple() takes no keyword arguments") }
            if args.count > 2 { throw vm.makeError("TypeError", "tuple expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2, type === vm.types.tuple, let t = args[1].asObject(TupleObject.self), t.type === vm.types.tuple {
                return args[1].retained()
            }
            let items = args.count == 2 ? ContiguousArray(try vm.collectAskingLength(args[1])) : []
            if type === vm.types.tuple { return vm.makeTuple(items) }
            let instance = vm.heap.registerTracked(TupleObject(type: type, items: items))
            return instance.asValue
        }
        define(tuple, "__add__", owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
            guard args.values.count == 2, let t = args[0].asObject(TupleObject.self) else {
                throw vm.makeError("TypeError", "descriptor '__add__' requires a 'tuple' object")
            }
            guard let other = args[1].asObject(TupleObject.self) else {
                throw vm.makeError("TypeError", "can only concatenate tuple (not \"\(vm.typeName(args[1]))\") to tuple")
            }
            var items = t.items
            items.append(contentsOf: other.items)
            for v in items { v.retain() }
            return vm.makeTuple(items)
        }
        for name in ["__mul__", "__rmul__"] {
            define(tuple, name, owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
                guard args.values.count == 2, let t = args[0].asObject(TupleObject.self) else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' requires a 'tuple' object")
                }
                guard vm.isIntLike(args[1]) || vm.special(args[1], "__index__") != nil else { return vm.notImplemented.retainedValue }
                let plain = vm.makeTuple(ContiguousArray(t.items.map { $0.retained() }))
                defer { plain.release(vm.heap) }
                return try vm.repeatSequence(plain, vm.bigValue(.int(try vm.index(args[1])))!) ?? Value.none
            }
        }
        define(tuple, "index", owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
            guard let t = args[0].asObject(TupleObject.self) else { throw vm.makeError("TypeError", "descriptor 'index' requires a 'tuple' object") }
            try vm.checkArity(args, "index", 1...3, receiverCount: 1)
            let (start, end) = try vm.searchBounds(args, count: t.items.count)
            var i = start
            while i < Swift.min(end, t.items.count) {
                if try vm.keysEqual(t.items[i], args[1]) { return .int(i) }
                i += 1
            }
            throw vm.makeError("ValueError", "tuple.index(x): x not in tuple")
        }
        define(tuple, "count", owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
            guard let t = args[0].asObject(TupleObject.self) else { throw vm.makeError("TypeError", "descriptor 'count' requires a 'tuple' object") }
            guard args.count == 2 else { throw vm.makeError("TypeError", "tuple.count() takes exactly one argument (\(max(0, args.count - 1)) given)") }
            var n = 0
            for element in t.items where try vm.keysEqual(element, args[1]) { n += 1 }
            return .int(n)
        }
        define(tuple, "__hash__", owner: "tuple") { (vm, args) throws(ScriptError) -> Value in
            guard let t = args[0].asObject(TupleObject.self) else { throw vm.makeError("TypeError", "descriptor '__hash__' requires a 'tuple' object") }
            let plain = vm.makeTuple(ContiguousArray(t.items.map { $0.retained() }))
            defer { plain.release(vm.heap) }
            return .int(try vm.hash(plain))
        }
        installSequenceComparisons(types.tuple)
    }

    /// start/end arguments of index(): clamped like slice bounds.
    func searchBounds(_ args: Arguments, count: Int) throws(ScriptError) -> (Int, Int) {
        func clamp(_ v: Value?, _ fallback: Int) throws(ScriptError) -> Int {
            guard let v, !v.isNone else { return fallback }
            var i = try index(v)
            if i < 0 { i = Swift.max(0, i + count) }
            return Swift.min(i, count)
        }
        return (try clamp(args.count > 2 ? args[2] : nil, 0), try clamp(args.count > 3 ? args[3] : nil, count))
    }

    /// ==, !=, <, <=, >, >= for list or tuple subclasses, comparing the items.
    private func installSequenceComparisons(_ type: TypeObject) {
        let names: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                   ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        let isList = type === types.list
        for (name, op) in names {
            define(type.dict, name, owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2 else { throw vm.makeError("TypeError", "expected 1 argument, got \(args.count - 1)") }
                func items(_ v: Value) -> [Value]? {
                    if isList { return v.asObject(ListObject.self).map { Array($0.items) } }
                    return v.asObject(TupleObject.self).map { Array($0.items) }
                }
                guard let x = items(args[0]), let y = items(args[1]) else { return vm.notImplemented.retainedValue }
                for v in x { v.retain() }
                for v in y { v.retain() }
                defer {
                    for v in x { v.release(vm.heap) }
                    for v in y { v.release(vm.heap) }
                }
                return .bool(try vm.sequenceCompare(op, x, y))
            }
        }
    }

    /// __getitem__, __len__, __contains__, __iter__ (and the mutators for list and dict)
    /// as callable methods that go straight to the builtin behaviour.
    private func installItemProtocol(_ type: TypeObject) {
        let name = type.name
        define(type.dict, "__getitem__", owner: name) { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "\(name).__getitem__() takes exactly one argument (\(max(0, args.count - 1)) given)") }
            return try vm.builtinGetItem(args[0], args[1])
        }
        define(type.dict, "__len__", owner: name) { (vm, args) throws(ScriptError) -> Value in
            guard let o = args[0].heapObject else { throw vm.makeError("TypeError", "descriptor '__len__' needs an argument") }
            switch o {
            case let s as StrObject: return .int(s.count)
            case let l as ListObject: return .int(l.items.count)
            case let t as TupleObject: return .int(t.items.count)
            case let d as DictObject: return .int(d.count)
            case let r as RangeObject: return .int(try vm.rangeLength(r))
            default: throw vm.makeError("TypeError", "descriptor '__len__' requires a '\(name)' object")
            }
        }
        define(type.dict, "__contains__", owner: name) { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "\(name).__contains__() takes exactly one argument (\(max(0, args.count - 1)) given)") }
            return .bool(try vm.builtinContains(args[0], args[1]))
        }
        define(type.dict, "__iter__", owner: name) { (vm, args) throws(ScriptError) -> Value in
            try vm.builtinIterator(args[0])
        }
        define(type.dict, "__repr__", owner: name) { (vm, args) throws(ScriptError) -> Value in
            guard let o = args[0].heapObject else { return vm.makeStr(try vm.repr(args[0])) }
            return vm.makeStr(try vm.builtinRepr(o, args[0]))
        }
        if type === types.list || type === types.dict {
            define(type.dict, "__setitem__", owner: name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 3 else { throw vm.makeError("TypeError", "expected 2 arguments, got \(max(0, args.count - 1))") }
                try vm.builtinSetItem(args[0], args[1], args[2])
                return .none
            }
            define(type.dict, "__delitem__", owner: name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2 else { throw vm.makeError("TypeError", "\(name).__delitem__() takes exactly one argument (\(max(0, args.count - 1)) given)") }
                try vm.builtinDeleteItem(args[0], args[1])
                return .none
            }
        }
    }

    private func installRangeAndSlice() {
        define(types.range.dict, "__new__", owner: "range") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "range() takes no keyword arguments") }
            var start: BigInt = 0, stop: BigInt = 0, step: BigInt = 1
            func bound(_ v: Value) throws(ScriptError) -> BigInt {
                if case .int(let i) = v { return BigInt(i) }
                if vm.isFloatLike(v) || !(vm.isIntLike(v) || vm.special(v, "__index__") != nil) {
                    throw vm.makeError("TypeError", "'\(vm.typeName(v))' object cannot be interpreted as an integer")
                }
                return try vm.integerArgument(v)
            }
            switch args.count - 1 {
            case 1: stop = try bound(args[1])
            case 2: start = try bound(args[1]); stop = try bound(args[2])
            case 3:
                start = try bound(args[1]); stop = try bound(args[2]); step = try bound(args[3])
                if step == 0 { throw vm.makeError("ValueError", "range() arg 3 must not be zero") }
            case 0: throw vm.makeError("TypeError", "range expected at least 1 argument, got 0")
            default: throw vm.makeError("TypeError", "range expected at most 3 arguments, got \(args.count - 1)")
            }
            if let s = Int(exactly: start), let e = Int(exactly: stop), let d = Int(exactly: step) {
                return vm.heap.register(RangeObject(type: vm.types.range, start: s, stop: e, step: d)).asValue
            }
            return vm.heap.register(RangeObject(type: vm.types.range, start: start, stop: stop, step: step)).asValue
        }
        define(types.range.dict, "count", owner: "range") { (vm, args) throws(ScriptError) -> Value in
            guard let r = args[0].asObject(RangeObject.self), args.count == 2 else { throw vm.makeError("TypeError", "range.count() takes exactly one argument") }
            if let n = vm.bigValue(args[1]) { return .int(r.contains(n) ? 1 : 0) }
            return .int(try vm.contains(args[0], args[1]) ? 1 : 0)
        }
        define(types.range.dict, "index", owner: "range") { (vm, args) throws(ScriptError) -> Value in
            guard let r = args[0].asObject(RangeObject.self), args.count == 2 else { throw vm.makeError("TypeError", "range.index() takes exactly one argument") }
            if let n = vm.bigValue(args[1]), r.contains(n) { return vm.makeInt((n - r.bigStart) / r.bigStep) }
            throw vm.makeError("ValueError", "\(try vm.repr(args[1])) is not in range")
        }
        define(types.slice.dict, "__new__", owner: "slice") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "slice() takes no keyword arguments") }
            let values = (1..<args.count).map { args[$0] }
            switch values.count {
            case 1: return vm.makeSlice(start: .none, stop: values[0].retained(), step: .none)
            case 2: return vm.makeSlice(start: values[0].retained(), stop: values[1].retained(), step: .none)
            case 3: return vm.makeSlice(start: values[0].retained(), stop: values[1].retained(), step: values[2].retained())
            case 0: throw vm.makeError("TypeError", "slice expected at least 1 argument, got 0")
            default: throw vm.makeError("TypeError", "slice expected at most 3 arguments, got \(values.count)")
            }
        }
        // Slices compare as (start, stop, step) tuples.
        let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                         ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in comparisons {
            define(types.slice.dict, name, owner: "slice") { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2, let a = args[0].asObject(SliceObject.self), let b = args[1].asObject(SliceObject.self) else {
                    return vm.notImplemented.retainedValue
                }
                let x = vm.makeTuple([a.start.retained(), a.stop.retained(), a.step.retained()])
                let y = vm.makeTuple([b.start.retained(), b.stop.retained(), b.step.retained()])
                defer { x.release(vm.heap); y.release(vm.heap) }
                return try vm.compare(op, x, y)
            }
        }
        define(types.slice.dict, "indices", owner: "slice") { (vm, args) throws(ScriptError) -> Value in
            guard let s = args[0].asObject(SliceObject.self), args.count == 2 else { throw vm.makeError("TypeError", "slice.indices() takes exactly one argument") }
            let length = try vm.index(args[1])
            if length < 0 { throw vm.makeError("ValueError", "length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(s, length: length)
            return vm.makeTuple([.int(start), .int(stop), .int(step)])
        }
    }

    /// Attributes of range and slice objects.
    func rangeOrSliceAttribute(_ o: HeapObject, _ name: String) -> Value? {
        if let r = o as? RangeObject {
            switch name {
            case "start": return makeInt(r.bigStart)
            case "stop": return makeInt(r.bigStop)
            case "step": return makeInt(r.bigStep)
            default: return nil
            }
        }
        if let s = o as? SliceObject {
            switch name {
            case "start": return s.start.retained()
            case "stop": return s.stop.retained()
            case "step": return s.step.retained()
            default: return nil
            }
        }
        return nil
    }

    /// An iterator over a builtin container, ignoring a subclass's `__iter__`.
    func builtinIterator(_ v: Value) throws(ScriptError) -> Value {
        guard let o = v.heapObject else { throw makeError("TypeError", "'\(typeName(v))' object is not iterable") }
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
        default:
            throw makeError("TypeError", "'\(typeName(v))' object is not iterable")
        }
    }
}
