import BigInt

/// The object protocols: truth, hashing, equality, ordering, operators, items and iteration.
extension Interpreter {
    @inline(__always)
    func typeOf(_ v: Value) -> TypeObject {
        switch v {
        case .none: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .object(let r): return r.takeUnretainedValue().type
        }
    }

    func typeName(_ v: Value) -> String { typeOf(v).name }

    /// Looks up a special method on the value's type (borrowed), skipping the instance.
    @inline(__always)
    func special(_ v: Value, _ name: StaticString) -> Value? {
        typeOf(v).lookup(symbol(name))
    }

    /// Calls a special method found on the type with `v` as self; nil when the type lacks it.
    func callSpecial(_ v: Value, _ name: StaticString, _ arguments: [Value] = []) throws(ScriptError) -> Value? {
        guard let method = special(v, name) else { return nil }
        return try callSpecialMethod(method, on: v, arguments)
    }

    /// Calls a special method found on `object`'s type. A function takes the object as its first
    /// argument; anything else is bound through its descriptor first, as CPython's
    /// lookup_maybe_method: a staticmethod gives its function, a classmethod binds the class, and a
    /// callable without `__get__` is called as it is.
    func callSpecialMethod(_ method: Value, on object: Value, _ arguments: [Value]) throws(ScriptError) -> Value {
        let isUnboundNative = method.asObject(NativeFunctionObject.self).map {
            $0.ownerTypeName != nil && $0.boundSelf == nil && !$0.isStaticMethod && !$0.isClassMethod
        } ?? false
        if isUnboundNative || method.asObject(FunctionObject.self) != nil {
            return try callValue(method, [object] + arguments)
        }
        let bound = try bindDescriptor(method, instance: object, owner: typeOf(object))
        defer { bound.release(heap) }
        return try callValue(bound, arguments)
    }

    // MARK: Truth

    func isTrue(_ v: Value) throws(ScriptError) -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let r):
            let o = r.takeUnretainedValue()
            if !o.type.isHeapType {
                switch o {
                case let s as StrObject: return s.count != 0
                case let l as ListObject: return !l.items.isEmpty
                case let t as TupleObject: return !t.items.isEmpty
                case let d as DictObject: return d.count != 0
                case let s as SetObject: return s.count != 0
                case let r as RangeObject: return r.isSmall ? r.length != 0 : !r.bigLength.isZero
                case is IntObject: return true
                case let w as WeakReferenceObject where w.isProxy:
                    let target = try proxiedReferent(v)
                    defer { target.release(heap) }
                    return try isTrue(target)
                case let c as WeakContainerObject: return weakContainerLength(c) != 0
                default: return true
                }
            }
            if let result = try callSpecial(v, "__bool__") {
                defer { result.release(heap) }
                guard case .bool(let b) = result else {
                    throw makeError("TypeError", "__bool__ should return bool, returned \(typeName(result))")
                }
                return b
            }
            if let result = try callSpecial(v, "__len__") {
                defer { result.release(heap) }
                return try lengthValue(result) != 0
            }
            switch o {
            case let s as StrObject: return s.count != 0
            case let l as ListObject: return !l.items.isEmpty
            case let t as TupleObject: return !t.items.isEmpty
            case let d as DictObject: return d.count != 0
            case let s as SetObject: return s.count != 0
            default: return true
            }
        }
    }

    private func lengthValue(_ result: Value) throws(ScriptError) -> Int {
        guard case .int(let n) = result else {
            if isIntLike(result) { throw makeError("OverflowError", "cannot fit 'int' into an index-sized integer") }
            throw makeError("TypeError", "'\(typeName(result))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw makeError("ValueError", "__len__() should return >= 0") }
        return n
    }

    func length(_ v: Value) throws(ScriptError) -> Int {
        if case .object(let r) = v {
            let o = r.takeUnretainedValue()
            if !o.type.isHeapType || o.type.lookup(symbol("__len__")).map({ $0.asObject(NativeFunctionObject.self) != nil }) == true {
                switch o {
                case let s as StrObject: return s.count
                case let l as ListObject: return l.items.count
                case let t as TupleObject: return t.items.count
                case let d as DictObject: return d.count
                case let s as SetObject: return s.count
                case let r as RangeObject: return try rangeLength(r)
                case let it as IteratorObject where it.kind == .dictKeys || it.kind == .dictValues || it.kind == .dictItems || it.kind == .mappingProxy:
                    return it.source.asObject(DictObject.self)?.count ?? 0
                default: break
                }
            }
        }
        guard let result = try callSpecial(v, "__len__") else {
            throw makeError("TypeError", "object of type '\(typeName(v))' has no len()")
        }
        defer { result.release(heap) }
        return try lengthValue(result)
    }

    // MARK: Hashing and equality

    func hash(_ v: Value) throws(ScriptError) -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashSmallInt(i)
        case .float(let d): return hashFloat(d)
        case .object(let r):
            // Exact str (the usual dict key): hash through a borrowed reference.
            let strHash: Int? = r._withUnsafeGuaranteedRef { o in
                o.typeRef.toOpaque() == Unmanaged.passUnretained(types.str).toOpaque() ? unsafeDowncast(o, to: StrObject.self).hash : nil
            }
            if let strHash { return strHash }
            // Instances of a class that keeps object.__hash__ (checked once per class version).
            let byIdentity = r._withUnsafeGuaranteedRef { o in
                o.typeRef._withUnsafeGuaranteedRef { $0.identityHashVersion == $0.version }
            }
            if byIdentity { return r._withUnsafeGuaranteedRef { identityHash($0) } }
            let o = r.takeUnretainedValue()
            if let s = o as? StrObject, !o.type.isHeapType { return s.hash }
            if !o.type.isHeapType {
                switch o {
                case let i as IntObject: return hashInt(i.value)
                case let t as TupleObject:
                    if let cached = t.cachedHash { return cached }
                    if !stackGuard.hasRoom() { return try hashDeepTuple(t) }
                    var acc: UInt64 = 2870177450012600261
                    for item in t.items {
                        let lane = UInt64(bitPattern: Int64(try hash(item)))
                        acc = acc &+ lane &* 14029467366897019727
                        acc = (acc << 31) | (acc >> 33)
                        acc = acc &* 11400714785074694791
                    }
                    acc = acc &+ (UInt64(t.items.count) ^ (2870177450012600261 ^ 3527539))
                    var h = Int(bitPattern: UInt(acc))
                    if h == -1 { h = 1546275796 }
                    t.cachedHash = h
                    return h
                case let s as SetObject where s.type === types.frozenset:
                    if let cached = s.cachedHash { return cached }
                    let h = s.table.contentHash
                    s.cachedHash = h
                    return h
                case is ListObject, is DictObject, is SetObject:
                    throw makeError("TypeError", "unhashable type: '\(o.type.name)'")
                case let n as NativeFunctionObject where !n.unboundMethod.isNone:
                    // A bound builtin method hashes by its receiver and method, as CPython's meth_hash.
                    let receiverHash = try n.boundSelf.map { (v) throws(ScriptError) -> Int in
                        if let object = v.heapObject { return identityHash(object) }
                        return try hash(v)
                    } ?? 0
                    return receiverHash ^ (n.unboundMethod.heapObject.map { identityHash($0) } ?? 0)
                case is MarkerObject, is TypeObject, is FunctionObject, is NativeFunctionObject, is ModuleObject, is CodeObject:
                    return identityHash(o)
                case let m as BoundMethodObject:
                    return (try hash(m.receiver)) ^ (try hash(m.function))
                default: break
                }
            }
            guard let method = o.type.lookup(symbol("__hash__")) else { return identityHash(o) }
            if method.isNone { throw makeError("TypeError", "unhashable type: '\(o.type.name)'") }
            if let native = method.asObject(NativeFunctionObject.self), native.name == "__hash__", native.ownerTypeName == "object" {
                o.type.identityHashVersion = o.type.version
                return identityHash(o)
            }
            let result = try callValue(method, [v])
            defer { result.release(heap) }
            guard let big = bigValue(result) else {
                throw makeError("TypeError", "__hash__ method should return an integer")
            }
            if case .int(let i) = result { return i == -1 ? -2 : i }
            return hashInt(big)
        }
    }

    /// CPython's default object hash: the address rotated so the alignment's zero bits go high.
    @inline(__always)
    func identityHash(_ o: HeapObject) -> Int {
        let address = UInt(bitPattern: Unmanaged.passUnretained(o).toOpaque())
        return Int(bitPattern: address >> 4 | address << 60)
    }

    /// Key comparison inside dicts and sets (identity first, then ==).
    @inline(__always)
    func keysEqual(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        if a.isIdentical(to: b) { return true }
        if let result = fastEquals(a, b) { return result }
        return try equals(a, b)
    }

    /// `a == b` as a Swift Bool.
    func equals(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        default: break
        }
        let result = try compare(.equal, a, b)
        defer { result.release(heap) }
        return try isTrue(result)
    }

    // MARK: Rich comparison

    func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        if let builtin = try builtinCompare(op, a, b) { return .bool(builtin) }
        let names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        let reflected = ["__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"]
        let typeA = typeOf(a), typeB = typeOf(b)
        var checkedReflected = false
        if typeA !== typeB && typeB.isSubtype(of: typeA) && (typeB.isHeapType) {
            if let method = typeB.lookup(intern(reflected[op.rawValue])) {
                checkedReflected = true
                let result = try callValue(method, [b, a])
                if !result.isIdentical(to: notImplemented.asValue) { return result }
            }
        }
        if let method = typeA.lookup(intern(names[op.rawValue])) {
            let result = try callValue(method, [a, b])
            if !result.isIdentical(to: notImplemented.asValue) { return result }
        }
        if !checkedReflected, let method = typeB.lookup(intern(reflected[op.rawValue])) {
            let result = try callValue(method, [b, a])
            if !result.isIdentical(to: notImplemented.asValue) { return result }
        }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual: return .bool(!a.isIdentical(to: b))
        default:
            throw makeError("TypeError", "'\(op.symbol)' not supported between instances of '\(typeA.name)' and '\(typeB.name)'")
        }
    }

    /// Comparison between builtin values without user code; nil to fall back to the dunder protocol.
    func builtinCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Bool? {
        let typeA = typeOf(a), typeB = typeOf(b)
        if typeA.isHeapType || typeB.isHeapType { return nil }
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool {
            switch op {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .equal: return x == y
            case .notEqual: return x != y
            case .greater: return x > y
            default: return x >= y
            }
        }
        if isIntLike(a) && isIntLike(b) {
            if case .int(let x) = a, case .int(let y) = b { return order(x, y) }
            return order(bigValue(a)!, bigValue(b)!)
        }
        if (isIntLike(a) || isFloatLike(a)) && (isIntLike(b) || isFloatLike(b)) {
            let x = floatValue(a)!, y = floatValue(b)!
            if x.isNaN || y.isNaN { return op == .notEqual }
            // Ints beyond 2**53 do not convert exactly: compare them with the float's exact value.
            if isIntLike(a), !isFloatLike(a), let big = bigValue(a), big.magnitude.bitWidth > 53 {
                return order(compareExactly(big, y), 0)
            }
            if isIntLike(b), !isFloatLike(b), let big = bigValue(b), big.magnitude.bitWidth > 53 {
                return order(0, compareExactly(big, x))
            }
            return order(x, y)
        }
        if let s = a.asStr, let t = b.asStr {
            if op == .equal { return s.equals(t) }
            if op == .notEqual { return !s.equals(t) }
            let c = s.compare(t)
            return order(c, 0)
        }
        if case .none = a, case .none = b {
            if op == .equal { return true }
            if op == .notEqual { return false }
        }
        if let x = a.asObject(ListObject.self), let y = b.asObject(ListObject.self) {
            return try sequenceCompare(op, Array(x.items), Array(y.items))
        }
        if let x = a.asObject(TupleObject.self), let y = b.asObject(TupleObject.self) {
            return try sequenceCompare(op, Array(x.items), Array(y.items))
        }
        if let x = a.asObject(DictObject.self), let y = b.asObject(DictObject.self) {
            guard op == .equal || op == .notEqual else { return nil }
            return try dictEquals(x, y) == (op == .equal)
        }
        if let x = a.asObject(SetObject.self), let y = b.asObject(SetObject.self) {
            return try setCompare(op, x, y)
        }
        if isSetLikeView(a) || isSetLikeView(b), (a.asObject(SetObject.self) != nil || isSetLikeView(a)),
           (b.asObject(SetObject.self) != nil || isSetLikeView(b)) {
            let x = try setOperand(a), y = try setOperand(b)
            defer { heap.release(x); heap.release(y) }
            return try setCompare(op, x, y)
        }
        if let x = a.asObject(NativeFunctionObject.self), let y = b.asObject(NativeFunctionObject.self),
           !x.unboundMethod.isNone, !y.unboundMethod.isNone, op == .equal || op == .notEqual {
            // Bound builtin methods: the same receiver (identity) and the same method.
            let same = (x.boundSelf ?? .none).isIdentical(to: y.boundSelf ?? .none) && x.unboundMethod.isIdentical(to: y.unboundMethod)
            return same == (op == .equal)
        }
        if let x = a.asObject(BoundMethodObject.self), let y = b.asObject(BoundMethodObject.self), op == .equal || op == .notEqual {
            // Equal when bound to the same object (identity, as 3.8+) with equal functions.
            let same = x.receiver.isIdentical(to: y.receiver) ? try keysEqual(x.function, y.function) : false
            return same == (op == .equal)
        }
        if let x = a.asObject(RangeObject.self), let y = b.asObject(RangeObject.self), op == .equal || op == .notEqual {
            let same = (x.bigLength == 0 && y.bigLength == 0)
                || (x.bigLength == y.bigLength && x.bigStart == y.bigStart && (x.bigLength == 1 || x.bigStep == y.bigStep))
            return same == (op == .equal)
        }
        return nil
    }

    /// The sign of `int - float`, computed exactly (-1, 0 or 1); NaN is excluded by the caller.
    func compareExactly(_ int: BigInt, _ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let floor = d.rounded(.down)
        let floorValue = bigFromDouble(floor)
        if int < floorValue { return -1 }
        if int > floorValue { return 1 }
        return d == floor ? 0 : -1
    }

    func sequenceCompare(_ op: CompareOperator, _ x: [Value], _ y: [Value]) throws(ScriptError) -> Bool {
        if (op == .equal || op == .notEqual) && x.count != y.count { return op == .notEqual }
        try enterNativeRecursion(" in comparison")
        defer { leaveNativeRecursion() }
        var i = 0
        while i < x.count && i < y.count {
            if !(try keysEqual(x[i], y[i])) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            switch op {
            case .less: return x.count < y.count
            case .lessEqual: return x.count <= y.count
            case .equal: return x.count == y.count
            case .notEqual: return x.count != y.count
            case .greater: return x.count > y.count
            default: return x.count >= y.count
            }
        }
        if op == .equal { return false }
        if op == .notEqual { return true }
        let result = try compare(op, x[i], y[i])
        defer { result.release(heap) }
        return try isTrue(result)
    }

    func dictEquals(_ x: DictObject, _ y: DictObject) throws(ScriptError) -> Bool {
        if x.count != y.count { return false }
        try enterNativeRecursion(" in comparison")
        defer { leaveNativeRecursion() }
        for entry in x.liveEntries {
            let key = entry.key!
            key.retain()
            entry.value.retain()
            defer {
                key.release(heap)
                entry.value.release(heap)
            }
            guard let other = try y.get(key, self) else { return false }
            if !(try keysEqual(entry.value, other)) { return false }
        }
        return true
    }

    func setCompare(_ op: CompareOperator, _ x: SetObject, _ y: SetObject) throws(ScriptError) -> Bool {
        func isSubset(_ a: SetObject, _ b: SetObject) throws(ScriptError) -> Bool {
            if a.count > b.count { return false }
            for item in a.elements where !(try b.contains(item, self)) { return false }
            return true
        }
        switch op {
        case .equal: return x.count == y.count ? try isSubset(x, y) : false
        case .notEqual: return x.count == y.count ? try !isSubset(x, y) : true
        case .lessEqual: return try isSubset(x, y)
        case .less: return x.count < y.count ? try isSubset(x, y) : false
        case .greaterEqual: return try isSubset(y, x)
        case .greater: return y.count < x.count ? try isSubset(y, x) : false
        default: return false
        }
    }

    // MARK: Binary operators

    func binaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        let typeA = typeOf(a), typeB = typeOf(b)
        if !typeA.isHeapType && !typeB.isHeapType {
            if let r = try builtinBinary(op, a, b) { return r }
        }
        // A builtin left operand never handles a weak proxy itself (its slot gives NotImplemented or
        // it has none), so CPython reaches the proxy's slot, which unwraps it: do that at once,
        // before a builtin method such as str.__add__ could reject the proxy.
        if !typeA.isHeapType, typeB.layout == .weakReference,
           let r = try throughProxy(b, { (target) throws(ScriptError) in try binaryOperation(op, a, target) }) {
            return r
        }
        let (forward, reflected, _) = op.methodNames
        var triedReflected = false
        if typeA !== typeB && typeB.isSubtype(of: typeA), let method = typeB.lookup(intern(reflected)),
           typeA.lookup(intern(reflected)).map({ !$0.isIdentical(to: method) }) ?? true {
            triedReflected = true
            let r = try callValue(method, [b, a])
            if !r.isIdentical(to: notImplemented.asValue) { return r }
        }
        if let method = typeA.lookup(intern(forward)) {
            let r = try callValue(method, [a, b])
            if !r.isIdentical(to: notImplemented.asValue) { return r }
        } else if typeA.isHeapType || typeB.isHeapType, let r = try builtinBinary(op, a, b) {
            return r
        }
        if !triedReflected && typeA !== typeB, let method = typeB.lookup(intern(reflected)) {
            let r = try callValue(method, [b, a])
            if !r.isIdentical(to: notImplemented.asValue) { return r }
        }
        if op == .power {
            throw makeError("TypeError", "unsupported operand type(s) for ** or pow(): '\(typeA.name)' and '\(typeB.name)'")
        }
        if op == .multiply {
            // Sequence repetition is tried last, as CPython's sq_repeat.
            let isSequence = { (v: Value) in v.asStr != nil || v.asObject(ListObject.self) != nil || v.asObject(TupleObject.self) != nil }
            if isSequence(a) { throw makeError("TypeError", "can't multiply sequence by non-int of type '\(typeB.name)'") }
            if isSequence(b) { throw makeError("TypeError", "can't multiply sequence by non-int of type '\(typeA.name)'") }
        }
        if op == .add, a.asStr != nil {
            throw makeError("TypeError", "can only concatenate str (not \"\(typeB.name)\") to str")
        }
        if op == .add, a.asObject(ListObject.self) != nil, typeA === types.list {
            throw makeError("TypeError", "can only concatenate list (not \"\(typeB.name)\") to list")
        }
        if op == .add, a.asObject(TupleObject.self) != nil, typeA === types.tuple {
            throw makeError("TypeError", "can only concatenate tuple (not \"\(typeB.name)\") to tuple")
        }
        throw makeError("TypeError", "unsupported operand type(s) for \(op.symbol): '\(typeA.name)' and '\(typeB.name)'")
    }

    func inplaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        let typeA = typeOf(a)
        if let list = a.asObject(ListObject.self), !typeA.isHeapType || typeA.lookup(symbol("__iadd__")).map({ $0.asObject(NativeFunctionObject.self) != nil }) == true {
            if op == .add {
                let items = try collectAskingLength(b)
                list.items.append(contentsOf: items)
                return a.retained()
            }
            if op == .multiply, let n = bigValue(b) {
                let count = try repeatCount(n, length: list.items.count, limit: 1 << 28)
                let original = list.items
                if count <= 0 {
                    list.items = []
                    for item in original.reversed() { item.release(heap) }
                } else {
                    for _ in 1..<count { for item in original { item.retain(); list.items.append(item) } }
                }
                return a.retained()
            }
        }
        if typeA.isHeapType || typeA.dispatchesThroughSpecialMethods, let method = typeA.lookup(intern(op.methodNames.2)) {
            let r = try callValue(method, [a, b])
            if !r.isIdentical(to: notImplemented.asValue) { return r }
        }
        if let set = a.asObject(SetObject.self), typeA.isSubtype(of: types.set), let other = b.asObject(SetObject.self),
           op == .bitOr || op == .bitAnd || op == .subtract || op == .bitXor {
            try setInPlaceOperation(op, set, other)
            return a.retained()
        }
        if let dict = a.asObject(DictObject.self), op == .bitOr, typeA === types.dict {
            try dictUpdate(dict, b, isDisplay: false)
            return a.retained()
        }
        do throws(ScriptError) {
            return try binaryOperation(op, a, b)
        } catch {
            let message = exceptionMessage(error.object)
            if message.hasPrefix("unsupported operand type(s) for \(op.symbol):") {
                heap.release(error.object)
                throw makeError("TypeError", "unsupported operand type(s) for \(op.symbol)=: '\(typeA.name)' and '\(typeName(b))'")
            }
            throw error
        }
    }

    /// Operators on builtin types (numbers, sequences, sets, dicts).
    func builtinBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(ScriptError) -> Value? {
        if op == .add, let s = a.asStr, let t = b.asStr { return concatenate(s, t) }
        if let r = try numericOperation(op, a, b) { return r }
        switch op {
        case .add:
            if let x = a.asObject(ListObject.self), let y = b.asObject(ListObject.self) {
                var items = x.items
                items.append(contentsOf: y.items)
                for item in items { item.retain() }
                return makeList(items)
            }
            if let x = a.asObject(TupleObject.self), let y = b.asObject(TupleObject.self) {
                var items = x.items
                items.append(contentsOf: y.items)
                for item in items { item.retain() }
                return makeTuple(items)
            }
        case .multiply:
            if let n = bigValue(b), !(isIntLike(a)) { return try repeatSequence(a, n) }
            if let n = bigValue(a), !(isIntLike(b)) { return try repeatSequence(b, n) }
        case .modulo:
            if let s = a.asStr { return try percentFormat(s.value, b) }
        case .bitOr, .bitAnd, .subtract, .bitXor:
            if let x = a.asObject(SetObject.self), let y = b.asObject(SetObject.self) {
                return try setOperation(op, x, y)
            }
            if isSetLikeView(a) || isSetLikeView(b) {
                // dict.keys() and dict.items() combine like sets and give a set.
                return try dictViewSetOperation(op, a, b)
            }
            if op == .bitOr, isUnionOperand(a), isUnionOperand(b) {
                return makeUnion(a, b)
            }
            if op == .bitOr, let x = a.asObject(DictObject.self), let y = b.asObject(DictObject.self) {
                let result = makeDict()
                try dictUpdate(result, x.asValue, isDisplay: false)
                try dictUpdate(result, y.asValue, isDisplay: false)
                return result.asValue
            }
        default: break
        }
        return nil
    }

    func repeatSequence(_ sequence: Value, _ n: BigInt) throws(ScriptError) -> Value? {
        if let s = sequence.asStr {
            let count = try repeatCount(n, length: s.count, limit: 1 << 31, overflowMessage: "repeated string is too long")
            return makeStr(String(repeating: s.value, count: count))
        }
        if let l = sequence.asObject(ListObject.self) {
            let count = try repeatCount(n, length: l.items.count, limit: 1 << 28)
            var items = ContiguousArray<Value>()
            items.reserveCapacity(l.items.count * count)
            for _ in 0..<count { for item in l.items { item.retain(); items.append(item) } }
            return makeList(items)
        }
        if let t = sequence.asObject(TupleObject.self) {
            let count = try repeatCount(n, length: t.items.count, limit: 1 << 28)
            var items = ContiguousArray<Value>()
            for _ in 0..<count { for item in t.items { item.retain(); items.append(item) } }
            return makeTuple(items)
        }
        return nil
    }

    // MARK: Unary operators

    func negative(_ v: Value) throws(ScriptError) -> Value {
        switch v {
        case .int(let i): return i == Int.min ? makeInt(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if let big = bigValue(v), !typeOf(v).isHeapType { return makeInt(-big) }
            if let r = try callSpecial(v, "__neg__") { return r }
            throw makeError("TypeError", "bad operand type for unary -: '\(typeName(v))'")
        }
    }

    func positive(_ v: Value) throws(ScriptError) -> Value {
        switch v {
        case .int, .float: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if isIntLike(v) && !typeOf(v).isHeapType { return v.retained() }
            if let r = try callSpecial(v, "__pos__") { return r }
            throw makeError("TypeError", "bad operand type for unary +: '\(typeName(v))'")
        }
    }

    func invert(_ v: Value) throws(ScriptError) -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        default:
            if let big = bigValue(v), !typeOf(v).isHeapType { return makeInt(-big - 1) }
            if let r = try callSpecial(v, "__invert__") { return r }
            throw makeError("TypeError", "bad operand type for unary ~: '\(typeName(v))'")
        }
    }

    // MARK: Containment

    func contains(_ container: Value, _ item: Value) throws(ScriptError) -> Bool {
        // Exact sets and dicts: straight to their tables.
        if case .object(let reference) = container {
            let type = reference._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
            if type == Unmanaged.passUnretained(types.set).toOpaque() || type == Unmanaged.passUnretained(types.frozenset).toOpaque() {
                return try reference.withBorrowed { (object) throws(ScriptError) in
                    try unsafeDowncast(object, to: SetObject.self).contains(item, self)
                }
            }
            if type == Unmanaged.passUnretained(types.dict).toOpaque() {
                return try reference.withBorrowed { (object) throws(ScriptError) in
                    try unsafeDowncast(object, to: DictObject.self).get(item, self) != nil
                }
            }
        }
        if case .object(let reference) = container, isExactWeakContainer(reference) {
            return try reference.withBorrowed { (object) throws(ScriptError) in
                try weakContainerContains(unsafeDowncast(object, to: WeakContainerObject.self), item)
            }
        }
        let type = typeOf(container)
        // A class's own __contains__, or the native one of a type that dispatches through its dict.
        if type.isHeapType || type.dispatchesThroughSpecialMethods, let method = type.lookup(symbol("__contains__")),
           type.dispatchesThroughSpecialMethods || method.asObject(NativeFunctionObject.self) == nil {
            let r = try callValue(method, [container, item])
            defer { r.release(heap) }
            return try isTrue(r)
        }
        return try builtinContains(container, item)
    }

    /// Membership on builtin layouts, ignoring a subclass's `__contains__`.
    func builtinContains(_ container: Value, _ item: Value) throws(ScriptError) -> Bool {
        let type = typeOf(container)
        if let o = container.heapObject {
            switch o {
            case let s as StrObject:
                guard let t = item.asStr else {
                    throw makeError("TypeError", "'in <string>' requires string as left operand, not \(typeName(item))")
                }
                return s.firstIndex(of: t, start: 0, end: s.count) != nil
            case let l as ListObject:
                var i = 0
                while i < l.items.count {
                    let element = l.items[i]
                    element.retain()
                    defer { element.release(heap) }
                    if try keysEqual(element, item) { return true }
                    i += 1
                }
                return false
            case let t as TupleObject:
                for element in t.items where try keysEqual(element, item) { return true }
                return false
            case let d as DictObject:
                return try d.get(item, self) != nil
            case let s as SetObject:
                if let inner = item.asObject(SetObject.self), inner.type === types.set {
                    let frozen = makeSet(frozen: true)
                    defer { heap.release(frozen) }
                    for e in inner.elements { try frozen.add(e, self) }
                    return try s.contains(frozen.asValue, self)
                }
                return try s.contains(item, self)
            case let r as RangeObject:
                if case .int(let n) = item, r.isSmall { return rangeContains(r, n) }
                if let n = bigValue(item) { return r.contains(n) }
                if let d = floatValue(item), d.isFinite, d == d.rounded() { return r.contains(BigInt(d)) }
                return try iterationContains(container, item)
            case let it as IteratorObject where it.kind == .dictKeys || it.kind == .mappingProxy:
                return try it.source.asObject(DictObject.self)!.get(item, self) != nil
            default: break
            }
        }
        if let method = type.lookup(symbol("__contains__")), method.asObject(NativeFunctionObject.self) == nil {
            let r = try callValue(method, [container, item])
            defer { r.release(heap) }
            return try isTrue(r)
        }
        return try iterationContains(container, item)
    }

    /// `len(range)`: OverflowError when the length does not fit a machine int, as CPython.
    func rangeLength(_ r: RangeObject) throws(ScriptError) -> Int {
        if r.isSmall { return r.length }
        guard let n = Int(exactly: r.bigLength) else {
            throw makeError("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// Membership of a machine int in a range whose values are machine ints (`isSmall`).
    func rangeContains(_ r: RangeObject, _ n: Int) -> Bool {
        if r.length == 0 { return false }
        if r.step > 0 {
            if n < r.start || n >= r.stop { return false }
        } else {
            if n > r.start || n <= r.stop { return false }
        }
        return (n - r.start) % r.step == 0
    }

    private func iterationContains(_ container: Value, _ item: Value) throws(ScriptError) -> Bool {
        let iterator: Value
        do throws(ScriptError) {
            iterator = try getIterator(container)
        } catch {
            if error.object.type === types.typeError! {
                heap.release(error.object)
                throw makeError("TypeError", "argument of type '\(typeName(container))' is not iterable")
            }
            throw error
        }
        defer { iterator.release(heap) }
        while let next = try nextFromIterator(iterator) {
            defer { next.release(heap) }
            if try keysEqual(next, item) { return true }
        }
        return false
    }

    /// dict_keys and dict_items views, which behave like sets in operators.
    func isSetLikeView(_ v: Value) -> Bool {
        guard let view = v.asObject(IteratorObject.self) else { return false }
        return view.type === types.dictKeys || view.type === types.dictItems
    }

    /// Whether `X | Y` between these makes a `types.UnionType` (classes, None, or unions).
    func isUnionOperand(_ v: Value) -> Bool {
        v.isNone || v.asObject(TypeObject.self) != nil || typeOf(v) === types.unionType || typeOf(v) === types.genericAlias
    }

    /// Classes CPython's `__class_getitem__` makes `types.GenericAlias` for (and their subclasses).
    func isGenericClass(_ t: TypeObject) -> Bool {
        var generic: [TypeObject] = [types.list, types.dict, types.tuple, types.set, types.frozenset, types.type]
        if let weak = weakrefTypesStorage {
            generic += [weak.reference, weak.weakKeyDictionary, weak.weakValueDictionary, weak.weakSet]
        }
        return generic.contains { t.isSubtype(of: $0) }
    }

    /// `origin[key]`: a GenericAlias of the class and the key's items (a tuple key gives several).
    func makeGenericAlias(_ origin: TypeObject, _ key: Value) -> Value {
        let arguments: Value
        if let tuple = key.asObject(TupleObject.self), tuple.type === types.tuple {
            arguments = key.retained()
        } else {
            arguments = makeTuple([key.retained()])
        }
        return heap.registerTracked(TupleObject(type: types.genericAlias, items: [origin.retainedValue, arguments])).asValue
    }

    /// The repr CPython gives a class inside a GenericAlias or union (`int`, `weakref.ReferenceType`).
    func typeReprInAnnotation(_ v: Value) throws(ScriptError) -> String {
        if let t = v.asObject(TypeObject.self) {
            if t === types.noneType { return "None" }
            return (t.moduleName == "builtins" ? "" : t.moduleName + ".") + t.qualifiedName
        }
        if v.asObject(MarkerObject.self) === ellipsis { return "..." }
        return try repr(v)
    }

    /// `int | str`: a union usable with isinstance and issubclass (a tuple of its member classes).
    func makeUnion(_ a: Value, _ b: Value) -> Value {
        var members = ContiguousArray<Value>()
        for side in [a, b] {
            if let union = side.asObject(TupleObject.self), union.type === types.unionType {
                for member in union.items where !members.contains(where: { $0.isIdentical(to: member) }) {
                    members.append(member.retained())
                }
            } else {
                let member = side.isNone ? types.noneType.asValue : side
                if !members.contains(where: { $0.isIdentical(to: member) }) { members.append(member.retained()) }
            }
        }
        return heap.registerTracked(TupleObject(type: types.unionType, items: members)).asValue
    }
}
