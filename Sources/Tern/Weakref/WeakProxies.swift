// weakref.proxy: an object that stands for its referent in every operation except hashing and
// repr, and raises ReferenceError once the referent is gone.
//
// The operators are the proxy types' special methods, each unwrapping its proxy operands and
// running the operation on the referents (as CPython's proxy slots do); attribute access is
// forwarded by the attribute protocol itself (`proxiedReferent` in Attributes.swift).

extension Interpreter {
    /// Whether `v` is a weakref proxy (a cheap type check, for the protocol entry points).
    @inline(__always)
    func isWeakProxy(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        return r._withUnsafeGuaranteedRef { object in
            object.typeRef._withUnsafeGuaranteedRef { $0.layout == .weakReference }
                && unsafeDowncast(object, to: WeakReferenceObject.self).isProxy
        }
    }

    /// The live referent of a proxy, with a new reference (so the operation cannot lose it
    /// midway); other values come back retained as they are.
    func proxiedReferent(_ v: Value) throws(ScriptError) -> Value {
        guard isWeakProxy(v), let proxy = v.asObject(WeakReferenceObject.self) else { return v.retained() }
        guard let target = proxy.target else {
            throw makeError("ReferenceError", "weakly-referenced object no longer exists")
        }
        return target.retainedValue
    }

    /// When `value` is a weak proxy: `body` applied to its live referent (held for the call);
    /// nil for anything else. How operations that take any object see through proxies.
    @inline(__always)
    func throughProxy<T>(_ value: Value, _ body: (Value) throws(ScriptError) -> T) throws(ScriptError) -> T? {
        guard isWeakProxy(value) else { return nil }
        let target = try proxiedReferent(value)
        defer { target.release(heap) }
        return try body(target)
    }

    /// Runs `body` on the referents of `a` and `b` (either may be a proxy).
    private func withReferents(_ a: Value, _ b: Value,
                               _ body: (Value, Value) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        let x = try proxiedReferent(a)
        defer { x.release(heap) }
        let y = try proxiedReferent(b)
        defer { y.release(heap) }
        return try body(x, y)
    }

    private func withReferent(_ a: Value, _ body: (Value) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        let x = try proxiedReferent(a)
        defer { x.release(heap) }
        return try body(x)
    }

    func installProxyMethods() {
        for type in [weakrefTypes.proxy, weakrefTypes.callableProxy] {
            installProxyMethods(on: type)
        }
        define(weakrefTypes.callableProxy.dict, "__call__", owner: weakrefTypes.callableProxy.name) { (vm, args) throws(ScriptError) -> Value in
            let target = try vm.proxiedReferent(args[0])
            defer { target.release(vm.heap) }
            let values = Array(args.values.dropFirst())
            return try vm.withArguments(values, keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                try vm.call(target, a)
            }
        }
    }

    private func installProxyMethods(on type: TypeObject) {
        let dict = type.dict!
        let owner = type.name
        dict.setString(symbol("__hash__"), .none, heap)
        func method(_ name: String, _ body: @escaping (Interpreter, Arguments) throws(ScriptError) -> Value) {
            define(dict, name, owner: owner) { (vm, args) throws(ScriptError) -> Value in
                guard args.values.count > 0, vm.isWeakProxy(args[0]) else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' requires a '\(owner)' object")
                }
                return try body(vm, args)
            }
        }
        func binary(_ name: String, _ body: @escaping (Interpreter, Value, Value) throws(ScriptError) -> Value) {
            method(name) { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, name, 1...1, receiverCount: 1)
                return try vm.withReferents(args[0], args[1]) { (x, y) throws(ScriptError) in try body(vm, x, y) }
            }
        }
        func unary(_ name: String, _ body: @escaping (Interpreter, Value) throws(ScriptError) -> Value) {
            method(name) { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, name, 0...0, receiverCount: 1)
                return try vm.withReferent(args[0]) { (x) throws(ScriptError) in try body(vm, x) }
            }
        }
        for op in BinaryOperator.allCases {
            let (forward, reflected, inPlace) = op.methodNames
            if op == .power {
                // pow(proxy, e, m) forwards the modulus too.
                method(forward) { (vm, args) throws(ScriptError) -> Value in
                    try vm.checkArity(args, forward, 1...2, receiverCount: 1)
                    if args.count == 3, !args[2].isNone {
                        return try vm.withReferents(args[0], args[1]) { (x, y) throws(ScriptError) in
                            let m = try vm.proxiedReferent(args[2])
                            defer { m.release(vm.heap) }
                            return try vm.modularPower(x, y, m)
                        }
                    }
                    return try vm.withReferents(args[0], args[1]) { (x, y) throws(ScriptError) in try vm.binaryOperation(op, x, y) }
                }
            } else {
                binary(forward) { (vm, x, y) throws(ScriptError) in try vm.binaryOperation(op, x, y) }
            }
            binary(reflected) { (vm, x, y) throws(ScriptError) in try vm.binaryOperation(op, y, x) }
            binary(inPlace) { (vm, x, y) throws(ScriptError) in try vm.inplaceOperation(op, x, y) }
        }
        for (name, compareOperator) in [("__lt__", CompareOperator.less), ("__le__", .lessEqual), ("__eq__", .equal),
                                         ("__ne__", .notEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)] {
            binary(name) { (vm, x, y) throws(ScriptError) in try vm.compare(compareOperator, x, y) }
        }
        binary("__divmod__") { (vm, x, y) throws(ScriptError) in try vm.divmod(x, y) }
        binary("__rdivmod__") { (vm, x, y) throws(ScriptError) in try vm.divmod(y, x) }
        unary("__neg__") { (vm, x) throws(ScriptError) in try vm.negative(x) }
        unary("__pos__") { (vm, x) throws(ScriptError) in try vm.positive(x) }
        unary("__invert__") { (vm, x) throws(ScriptError) in try vm.invert(x) }
        unary("__abs__") { (vm, x) throws(ScriptError) in try vm.absolute(x) }
        unary("__int__") { (vm, x) throws(ScriptError) in try vm.intValue(of: x) }
        unary("__float__") { (vm, x) throws(ScriptError) in .float(try vm.floatValue(of: x)) }
        unary("__index__") { (vm, x) throws(ScriptError) in vm.makeInt(try vm.integerArgument(x)) }
        unary("__bool__") { (vm, x) throws(ScriptError) in .bool(try vm.isTrue(x)) }
        unary("__len__") { (vm, x) throws(ScriptError) in .int(try vm.length(x)) }
        unary("__str__") { (vm, x) throws(ScriptError) in try vm.strObject(of: x) }
        unary("__iter__") { (vm, x) throws(ScriptError) in try vm.getIterator(x) }
        // CPython's proxy calls the referent's own __reversed__ (no sequence fallback).
        unary("__reversed__") { (vm, x) throws(ScriptError) in try vm.callMethod(x, "__reversed__", []) }
        unary("__next__") { (vm, x) throws(ScriptError) in
            guard vm.isIterator(x) else {
                throw vm.makeError("TypeError", "Weakref proxy referenced a non-iterator '\(vm.typeName(x))' object")
            }
            guard let next = try vm.nextFromIterator(x) else { throw vm.makeError("StopIteration", nil) }
            return next
        }
        method("__repr__") { (vm, args) throws(ScriptError) -> Value in
            guard let proxy = args[0].asObject(WeakReferenceObject.self) else { return .none }
            return vm.makeStr(try vm.referenceRepr(proxy))
        }
        // Keys, items and stored values are passed on as they are; only the proxy is unwrapped
        // (except by __getitem__, a binary operation in CPython that unwraps a proxy key too).
        func item(_ name: String, arity: Int, _ body: @escaping (Interpreter, Value, Arguments) throws(ScriptError) -> Value) {
            method(name) { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, name, arity...arity, receiverCount: 1)
                return try vm.withReferent(args[0]) { (x) throws(ScriptError) in try body(vm, x, args) }
            }
        }
        item("__getitem__", arity: 1) { (vm, x, args) throws(ScriptError) in
            if let found = try vm.throughProxy(args[1], { (key) throws(ScriptError) in try vm.getItem(x, key) }) { return found }
            return try vm.getItem(x, args[1])
        }
        item("__contains__", arity: 1) { (vm, x, args) throws(ScriptError) in .bool(try vm.contains(x, args[1])) }
        item("__setitem__", arity: 2) { (vm, x, args) throws(ScriptError) in
            try vm.setItem(x, args[1], args[2])
            return .none
        }
        item("__delitem__", arity: 1) { (vm, x, args) throws(ScriptError) in
            try vm.deleteItem(x, args[1])
            return .none
        }
    }
}
