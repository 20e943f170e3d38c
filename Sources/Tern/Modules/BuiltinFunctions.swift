#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Builtins about numbers, identity, attributes and namespaces.
extension Interpreter {
    func installBuiltinFunctions() {
        define(builtins, "abs") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "abs", 1...1, style: .singleArgument)
            return try vm.absolute(args[0])
        }
        define(builtins, "divmod") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "divmod", 2...2)
            return try vm.divmod(args[0], args[1])
        }
        define(builtins, "pow") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "pow", allowed: ["base", "exp", "mod"])
            guard let base = vm.argument(args, 0, "base"), let exponent = vm.argument(args, 1, "exp") else {
                throw vm.makeError("TypeError", "pow() missing required argument '\(args.count == 0 ? "base" : "exp")' (pos \(args.count + 1))")
            }
            if let modulus = vm.argument(args, 2, "mod"), !modulus.isNone {
                return try vm.modularPower(base, exponent, modulus)
            }
            return try vm.binaryOperation(.power, base, exponent)
        }
        define(builtins, "round") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "round", allowed: ["number", "ndigits"])
            if args.count > 2 { throw vm.makeError("TypeError", "round() takes at most 2 arguments (\(args.count) given)") }
            guard let number = vm.argument(args, 0, "number") else {
                throw vm.makeError("TypeError", "round() missing required argument 'number' (pos 1)")
            }
            let digits = vm.argument(args, 1, "ndigits")
            return try vm.round(number, digits.flatMap { $0.isNone ? nil : $0 })
        }
        define(builtins, "hash") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "hash", 1...1, style: .singleArgument)
            return .int(try vm.hash(args[0]))
        }
        define(builtins, "id") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "id", 1...1, style: .singleArgument)
            return .int(vm.identity(args[0]))
        }
        define(builtins, "callable") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "callable", 1...1, style: .singleArgument)
            return .bool(vm.isCallable(args[0]))
        }
        define(builtins, "issubclass") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "issubclass", 2...2)
            guard let type = args[0].asObject(TypeObject.self) else {
                // Objects that act as classes through `__bases__` (a proxy to a class).
                guard let bases = try vm.abstractBases(args[0]) else {
                    throw vm.makeError("TypeError", "issubclass() arg 1 must be a class")
                }
                bases.release(vm.heap)
                return .bool(try vm.abstractIsSubclass(args[0], args[1]))
            }
            return .bool(try vm.isSubclass(type, args[1]))
        }
        define(builtins, "getattr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "getattr", 2...3)
            guard let name = args[1].asStr else {
                throw vm.makeError("TypeError", "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if args.count == 3 {
                do throws(ScriptError) {
                    return try vm.getAttribute(args[0], vm.interned(name))
                } catch {
                    guard error.object.type.isSubtype(of: vm.types.attributeError!) else { throw error }
                    vm.heap.release(error.object)
                    return args[2].retained()
                }
            }
            return try vm.getAttribute(args[0], vm.interned(name))
        }
        define(builtins, "hasattr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "hasattr", 2...2)
            guard let name = args[1].asStr else {
                throw vm.makeError("TypeError", "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            do throws(ScriptError) {
                try vm.getAttribute(args[0], vm.interned(name)).release(vm.heap)
                return .bool(true)
            } catch {
                guard error.object.type.isSubtype(of: vm.types.attributeError!) else { throw error }
                vm.heap.release(error.object)
                return .bool(false)
            }
        }
        define(builtins, "setattr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "setattr", 3...3)
            guard let name = args[1].asStr else {
                throw vm.makeError("TypeError", "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.setAttribute(args[0], vm.interned(name), args[2])
            return .none
        }
        define(builtins, "delattr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "delattr", 2...2)
            guard let name = args[1].asStr else {
                throw vm.makeError("TypeError", "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.deleteAttribute(args[0], vm.interned(name))
            return .none
        }
        define(builtins, "vars") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "vars", 0...1)
            if args.count == 0 { return try vm.currentLocals() }
            do throws(ScriptError) {
                return try vm.getAttribute(args[0], vm.symbol("__dict__"))
            } catch {
                guard error.object.type.isSubtype(of: vm.types.attributeError!) else { throw error }
                vm.heap.release(error.object)
                throw vm.makeError("TypeError", "vars() argument must have __dict__ attribute")
            }
        }
        define(builtins, "dir") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "dir", 0...1)
            if args.count == 0 {
                let namespace = try vm.currentLocals()
                defer { namespace.release(vm.heap) }
                let keys = ContiguousArray(namespace.asObject(DictObject.self)!.liveEntries.map { $0.key!.retained() })
                let list = vm.makeList(keys)
                try vm.sortList(list.asObject(ListObject.self)!, key: nil, reverse: nil)
                return list
            }
            return try vm.directory(args[0])
        }
        define(builtins, "globals") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "globals", 0...0)
            guard let frame = vm.frames.last else { return vm.makeDict().asValue }
            return frame.globals.takeUnretainedValue().retainedValue
        }
        define(builtins, "locals") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "locals", 0...0)
            return try vm.currentLocals()
        }
    }

    /// The interned copy of a str object, so attribute lookups hit the fast path.
    func interned(_ s: StrObject) -> StrObject {
        s.isInterned ? s : intern(s.value)
    }

    /// A stable identity for `id()`: the address for heap objects, a tagged value for inline scalars.
    func identity(_ v: Value) -> Int {
        switch v {
        case .object(let r): return Int(bitPattern: UInt(bitPattern: r.toOpaque()))
        case .none: return 0x1000_0001
        case .bool(let b): return b ? 0x1000_0011 : 0x1000_0021
        case .int(let i): return (i &<< 4) | 0x3
        case .float(let d): return Int(bitPattern: UInt(d.bitPattern) | 0x5)
        }
    }

    func isSubclass(_ type: TypeObject, _ classInfo: Value) throws(ScriptError) -> Bool {
        if typeOf(classInfo) === types.genericAlias {
            throw makeError("TypeError", "issubclass() argument 2 cannot be a parameterized generic")
        }
        if let t = classInfo.asObject(TypeObject.self) { return type.isSubtype(of: t) }
        if let tuple = classInfo.asObject(TupleObject.self) {
            for item in tuple.items where try isSubclass(type, item) { return true }
            return false
        }
        guard let bases = try abstractBases(classInfo) else {
            throw makeError("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        bases.release(heap)
        return try abstractIsSubclass(type.asValue, classInfo)
    }

    /// CPython's abstract_get_bases: `cls.__bases__` when it is a tuple (owned), else nil.
    func abstractBases(_ value: Value) throws(ScriptError) -> Value? {
        guard let bases = try attributeIfPresent(value, symbol("__bases__")) else { return nil }
        if bases.asObject(TupleObject.self) != nil { return bases }
        bases.release(heap)
        return nil
    }

    /// CPython's abstract_issubclass: whether `cls` is `derived` or found through `__bases__`.
    func abstractIsSubclass(_ derived: Value, _ cls: Value) throws(ScriptError) -> Bool {
        if let classes = cls.asObject(TupleObject.self) {
            for item in classes.items where try abstractIsSubclass(derived, item) { return true }
            return false
        }
        if derived.isIdentical(to: cls) { return true }
        guard let bases = try abstractBases(derived) else { return false }
        defer { bases.release(heap) }
        for base in bases.asObject(TupleObject.self)?.items ?? [] where try abstractIsSubclass(base, cls) { return true }
        return false
    }

    /// The namespace `locals()` returns: the frame's dict, or a snapshot of a function's fast locals.
    func currentLocals() throws(ScriptError) -> Value {
        guard let frame = frames.last else { return makeDict().asValue }
        if let locals = frame.locals { return locals.takeUnretainedValue().retainedValue }
        let code = frame.codeObject
        let dict = makeDict()
        for (i, name) in code.localNames.enumerated() {
            let v = frame.base[i]
            if !isNull(v) { dict.setString(name, v, heap) }
        }
        for (i, name) in (code.cellNames + code.freeNames).enumerated() {
            if let cell = frame.base[code.localNames.count + i].asObject(CellObject.self), let contents = cell.contents {
                dict.setString(name, contents, heap)
            }
        }
        return dict.asValue
    }

    /// dir(obj): the sorted names of its attributes.
    func directory(_ object: Value) throws(ScriptError) -> Value {
        // A proxy's attributes (its __dict__ and __class__) are its referent's.
        if let result = try throughProxy(object, { (target) throws(ScriptError) in try directory(target) }) { return result }
        let type = typeOf(object)
        if type.isHeapType, let custom = type.lookup(symbol("__dir__")), custom.asObject(NativeFunctionObject.self) == nil {
            let result = try callValue(custom, [object])
            defer { result.release(heap) }
            let list = makeList(ContiguousArray(try collect(result)))
            try sortList(list.asObject(ListObject.self)!, key: nil, reverse: nil)
            return list
        }
        let names = makeSet()
        defer { heap.release(names) }
        func addKeys(_ dict: DictObject?) throws(ScriptError) {
            guard let dict else { return }
            for entry in dict.liveEntries { try names.add(entry.key!, self) }
        }
        if let module = object.asObject(ModuleObject.self) {
            try addKeys(module.dict)
        } else if let t = object.asObject(TypeObject.self) {
            for base in t.mro { try addKeys(base.dict) }
            for extra in ["__class__", "__doc__", "__module__", "__name__", "__qualname__", "__mro__", "__bases__", "__dict__"] where t.isHeapType {
                try names.add(intern(extra).asValue, self)
            }
        } else {
            if let o = object.heapObject { try addKeys(instanceDict(o, create: false)) }
            if let instance = object.asObject(InstanceObject.self) {
                for (i, name) in type.slotNames.enumerated() where instance.slots.indices.contains(i) && instance.slots[i] != nil {
                    try names.add(intern(name).asValue, self)
                }
            }
            for base in type.mro { try addKeys(base.dict) }
            try names.add(symbol("__class__").asValue, self)
            if object.heapObject is FunctionObject {
                for extra in ["__name__", "__qualname__", "__doc__", "__module__", "__defaults__", "__code__", "__globals__", "__dict__"] {
                    try names.add(intern(extra).asValue, self)
                }
            }
            if object.heapObject is ExceptionObject {
                for extra in ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"] {
                    try names.add(intern(extra).asValue, self)
                }
            }
            if type.instancesHaveDict && type.isHeapType {
                try names.add(symbol("__dict__").asValue, self)
            }
        }
        let list = makeList(ContiguousArray(names.elements.map { $0.retained() }))
        try sortList(list.asObject(ListObject.self)!, key: nil, reverse: nil)
        return list
    }

    // MARK: Numeric builtins

    func absolute(_ v: Value) throws(ScriptError) -> Value {
        switch v {
        case .int(let i):
            if i == Int.min { return makeInt(-BigInt(i)) }
            return .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        default:
            if !typeOf(v).isHeapType, let big = bigValue(v) { return makeInt(big.magnitude.asSignedBig) }
            if let result = try callSpecial(v, "__abs__") { return result }
            if let big = bigValue(v) { return makeInt(big.magnitude.asSignedBig) }
            if let d = floatValue(v) { return .float(Swift.abs(d)) }
            throw makeError("TypeError", "bad operand type for abs(): '\(typeName(v))'")
        }
    }

    func divmod(_ a: Value, _ b: Value) throws(ScriptError) -> Value {
        let typeA = typeOf(a), typeB = typeOf(b)
        if typeA.isHeapType || typeB.isHeapType || typeA.dispatchesThroughSpecialMethods || typeB.dispatchesThroughSpecialMethods {
            if let method = typeA.lookup(symbol("__divmod__")) {
                let r = try callValue(method, [a, b])
                if !r.isIdentical(to: notImplemented.asValue) { return r }
            }
            if let method = typeB.lookup(symbol("__rdivmod__")) {
                let r = try callValue(method, [b, a])
                if !r.isIdentical(to: notImplemented.asValue) { return r }
            }
        }
        if (isIntLike(a) || isFloatLike(a)) && (isIntLike(b) || isFloatLike(b)) {
            if (isFloatLike(a) || isFloatLike(b)) && floatValue(b) == 0 {
                throw makeError("ZeroDivisionError", "float divmod()")
            }
            let quotient = try binaryOperation(.floorDivide, a, b)
            let remainder: Value
            do throws(ScriptError) {
                remainder = try binaryOperation(.modulo, a, b)
            } catch {
                quotient.release(heap)
                throw error
            }
            return makeTuple([quotient, remainder])
        }
        throw makeError("TypeError", "unsupported operand type(s) for divmod(): '\(typeA.name)' and '\(typeB.name)'")
    }

    func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(ScriptError) -> Value {
        guard let b = bigValue(base), let e = bigValue(exponent), let m = bigValue(modulus) else {
            // Three-argument pow goes to the base's own __pow__ (weak proxies forward it); one
            // inherited from int or float is the builtin logic below.
            let baseIsProxy = isWeakProxy(base)
            if typeOf(base).isHeapType || baseIsProxy, let method = typeOf(base).lookup(symbol("__pow__")),
               baseIsProxy || method.asObject(NativeFunctionObject.self) == nil {
                let result = try callValue(method, [base, exponent, modulus])
                guard result.isIdentical(to: notImplemented.asValue) else { return result }
                if baseIsProxy || !(isWeakProxy(exponent) || isWeakProxy(modulus)) {
                    throw makeError("TypeError", "unsupported operand type(s) for ** or pow(): '\(typeName(base))', '\(typeName(exponent))', '\(typeName(modulus))'")
                }
            }
            // A proxy exponent or modulus: CPython's proxy slot unwraps all three and starts again.
            if isWeakProxy(exponent) || isWeakProxy(modulus) {
                let b = try proxiedReferent(base)
                defer { b.release(heap) }
                let e = try proxiedReferent(exponent)
                defer { e.release(heap) }
                let m = try proxiedReferent(modulus)
                defer { m.release(heap) }
                return try modularPower(b, e, m)
            }
            // Once any operand is a float, float's power is reached, and it refuses any modulus.
            let anyFloat = [base, exponent, modulus].contains { v in
                if case .float = v { return true }
                return typeOf(v).isSubtype(of: types.float)
            }
            if anyFloat {
                throw makeError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
            }
            throw makeError("TypeError", "unsupported operand type(s) for ** or pow(): '\(typeName(base))', '\(typeName(exponent))', '\(typeName(modulus))'")
        }
        if m == 0 { throw makeError("ValueError", "pow() 3rd argument cannot be 0") }
        var exponentValue = e
        var baseValue = b
        if e < 0 {
            guard let inverse = modularInverse(b, m) else {
                throw makeError("ValueError", "base is not invertible for the given modulus")
            }
            baseValue = inverse
            exponentValue = -e
        }
        let magnitude = BigInt(m.magnitude)
        var result = baseValue.power(exponentValue, modulus: magnitude)
        // Python's result takes the sign of the modulus.
        if result != 0 && (result < 0) != (m < 0) { result += m }
        if m < 0 && result > 0 { result += m }
        return makeInt(result)
    }

    private func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        let modulus = BigInt(m.magnitude)
        var (oldR, r) = (((a % modulus) + modulus) % modulus, modulus)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while r != 0 {
            let q = oldR / r
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        if oldR != 1 { return nil }
        return ((oldS % modulus) + modulus) % modulus
    }

    func round(_ number: Value, _ digits: Value?) throws(ScriptError) -> Value {
        let type = typeOf(number)
        if type.isHeapType || !(isIntLike(number) || isFloatLike(number)) {
            guard let method = type.lookup(symbol("__round__")) else {
                throw makeError("TypeError", "type \(type.name) doesn't define __round__ method")
            }
            return try callValue(method, digits.map { [number, $0] } ?? [number])
        }
        if isIntLike(number) {
            guard let digits else { return makeInt(bigValue(number)!) }
            // Huge ndigits clamp: the result is then the number itself, or 0.
            let n = Int(clamping: try integerArgument(digits))
            if n >= 0 { return makeInt(bigValue(number)!) }
            let value = bigValue(number)!
            if n < -(value.bitWidth + 2) { return .int(0) }  // 10**-n is over twice |value|
            let scale = BigInt(10).power(-n)
            // Round half to even at the given power of ten.
            var quotient = value / scale
            var remainder = value - quotient * scale
            if remainder < 0 { quotient -= 1; remainder += scale }
            let twice = remainder * 2
            if twice > scale || (twice == scale && quotient % 2 != 0) { quotient += 1 }
            return makeInt(quotient * scale)
        }
        let d = floatValue(number)!
        guard let digits else {
            if d.isNaN { throw makeError("ValueError", "cannot convert float NaN to integer") }
            if d.isInfinite { throw makeError("OverflowError", "cannot convert float infinity to integer") }
            return makeInt(bigFromDouble(d.rounded(.toNearestOrEven)))
        }
        let n = Int(clamping: try integerArgument(digits))
        if !d.isFinite || d == 0 { return .float(d) }
        if n > 323 { return .float(d) }
        if n < -308 { return .float(0.0 * d) }
        if n >= 0 {
            // The decimal conversion rounds the exact binary value half-even, as CPython's dtoa does.
            let text = formatFixed(d, n)
            return .float(strtod(text, nil))
        }
        let scale = pow(10.0, Double(-n))
        let scaled = (d / scale).rounded(.toNearestOrEven) * scale
        if !scaled.isFinite { throw makeError("OverflowError", "rounded value too large to represent") }
        return .float(scaled)
    }

    /// The exact integer value of an integral double.
    func bigFromDouble(_ d: Double) -> BigInt {
        if let small = Int(exactly: d) { return BigInt(small) }
        return BigInt(exactly: d) ?? 0
    }
}

extension BigUInt {
    var asSignedBig: BigInt { BigInt(self) }
}
