/// The methods of `str`: the operator methods here, the named methods grouped
/// by concept in the other Str*.swift files (the constructor is in StrConstructor.swift).
extension Interpreter {
    func installStrMethods() {
        installStrOperatorMethods()
        installStrCaseMethods()
        installStrSearchMethods()
        installStrSplitMethods()
        installStrLayoutMethods()
        installStrPredicates()
        installStrTranslation()
        installStrFormatMethods()
    }

    /// A new str whose code point count is already known (skips the counting pass).
    @inline(__always)
    func makeStr(_ string: String, count: Int, isASCII: Bool) -> Value {
        if let reused = heap.reusableStr(string, count: count, isASCII: isASCII) { return reused.asValue }
        return heap.register(StrObject(type: types.str, string, count: count, isASCII: isASCII)).asValue
    }

    /// The slot wrappers (`'a'.__add__('b')`); the VM's operators do not go through them.
    private func installStrOperatorMethods() {
        let str = types.str.dict!
        func wrapper(_ name: String, arity: Int, _ body: @escaping (Interpreter, StrObject, Value?) throws(ScriptError) -> Value) {
            define(str, name, owner: "str") { (vm, args) throws(ScriptError) -> Value in
                let s = try vm.strReceiver(args, name)
                if args.keywordCount > 0 { throw vm.makeError("TypeError", "wrapper \(name)() takes no keyword arguments") }
                if args.count - 1 != arity {
                    throw vm.makeError("TypeError", "expected \(arity) argument\(arity == 1 ? "" : "s"), got \(args.count - 1)")
                }
                return try body(vm, s, arity == 1 ? args[1] : nil)
            }
        }
        wrapper("__len__", arity: 0) { (_, s, _) throws(ScriptError) -> Value in .int(s.count) }
        wrapper("__hash__", arity: 0) { (_, s, _) throws(ScriptError) -> Value in .int(s.hash) }
        wrapper("__str__", arity: 0) { (vm, s, _) throws(ScriptError) -> Value in
            s.type === vm.types.str ? s.retainedValue : vm.makeStr(s.value)
        }
        wrapper("__repr__", arity: 0) { (vm, s, _) throws(ScriptError) -> Value in vm.makeStr(vm.quoteString(s.value)) }
        wrapper("__contains__", arity: 1) { (vm, s, item) throws(ScriptError) -> Value in
            .bool(try vm.contains(s.asValue, item!))
        }
        wrapper("__getitem__", arity: 1) { (vm, s, key) throws(ScriptError) -> Value in
            try vm.getItem(s.asValue, key!)
        }
        // `__add__` raises like CPython's, except that it defers (NotImplemented) to a
        // class with `__radd__`: the VM tries `__add__` before `__radd__`, while
        // CPython tries the other operand's slot before str's concatenation.
        wrapper("__add__", arity: 1) { (vm, s, other) throws(ScriptError) -> Value in
            guard let t = other!.asStr else {
                if vm.typeOf(other!).isHeapType && vm.special(other!, "__radd__") != nil { return vm.notImplemented.retainedValue }
                throw vm.makeError("TypeError", "can only concatenate str (not \"\(vm.typeName(other!))\") to str")
            }
            return vm.concatenate(s, t)
        }
        // Repetition by a non-integer returns NotImplemented so that the operator
        // reports "can't multiply sequence by non-int" after trying the other operand.
        for name in ["__mul__", "__rmul__"] {
            wrapper(name, arity: 1) { (vm, s, other) throws(ScriptError) -> Value in
                guard vm.isIntLike(other!) || vm.special(other!, "__index__") != nil else { return vm.notImplemented.retainedValue }
                return try vm.repeatSequence(s.asValue, vm.integerArgument(other!))!
            }
        }
        wrapper("__mod__", arity: 1) { (vm, s, arguments) throws(ScriptError) -> Value in
            try vm.percentFormat(s.value, arguments!)
        }
        let comparisons: [(String, CompareOperator)] = [
            ("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
            ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual),
        ]
        for (name, op) in comparisons {
            wrapper(name, arity: 1) { (vm, s, other) throws(ScriptError) -> Value in
                guard let t = other!.asStr else { return vm.notImplemented.retainedValue }
                switch op {
                case .equal: return .bool(s.equals(t))
                case .notEqual: return .bool(!s.equals(t))
                case .less: return .bool(s.compare(t) < 0)
                case .lessEqual: return .bool(s.compare(t) <= 0)
                case .greater: return .bool(s.compare(t) > 0)
                default: return .bool(s.compare(t) >= 0)
                }
            }
        }
    }
}
