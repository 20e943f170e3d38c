/// The methods of `str`: the constructor and operator methods here, the
/// named methods grouped by concept in the other Str*.swift files.
extension Interpreter {
    func installStrMethods() {
        installStrConstructor()
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
        heap.register(StrObject(type: types.str, string, count: count, isASCII: isASCII)).asValue
    }

    private func installStrConstructor() {
        define(types.str.dict, "__new__", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            guard args.count > 0, let type = args[0].asObject(TypeObject.self) else {
                throw vm.makeError("TypeError", "str.__new__(X): X is not a type object")
            }
            guard type.isSubtype(of: vm.types.str) else {
                throw vm.makeError("TypeError", "str.__new__(\(type.name)): \(type.name) is not a subtype of str")
            }
            let given = args.count - 1 + args.keywordCount
            if given > 3 { throw vm.makeError("TypeError", "str() takes at most 3 arguments (\(given) given)") }
            var object: Value? = args.count > 1 ? args[1] : nil
            var encoding: Value? = args.count > 2 ? args[2] : nil
            var errors: Value? = args.count > 3 ? args[3] : nil
            for (keyword, value) in args.keywords {
                switch keyword {
                case "object" where object == nil: object = value
                case "encoding" where encoding == nil: encoding = value
                case "errors" where errors == nil: errors = value
                case "object", "encoding", "errors":
                    let position = ["object": 1, "encoding": 2, "errors": 3][keyword]!
                    throw vm.makeError("TypeError", "argument for str() given by name ('\(keyword)') and position (\(position))")
                default:
                    throw vm.makeError("TypeError", "'\(keyword)' is an invalid keyword argument for str()")
                }
            }
            for (name, value) in [("encoding", encoding), ("errors", errors)] {
                if let value, value.asStr == nil {
                    throw vm.makeError("TypeError", "str() argument '\(name)' must be str, not \(vm.typeName(value))")
                }
            }
            if encoding != nil || errors != nil {
                // Decoding needs a bytes-like object, and Tern has no bytes type.
                if let object, object.asStr != nil { throw vm.makeError("TypeError", "decoding str is not supported") }
                throw vm.makeError("TypeError", "decoding to str: need a bytes-like object, \(vm.typeName(object ?? .none)) found")
            }
            let text: String
            if let object {
                if type === vm.types.str, let s = object.asStr, vm.typeOf(object) === vm.types.str { return s.retainedValue }
                text = try vm.str(object)
            } else {
                text = ""
            }
            if type === vm.types.str { return text.isEmpty ? vm.intern("").retainedValue : vm.makeStr(text) }
            return vm.heap.register(StrObject(type: type, text)).asValue
        }
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
        // These raise like CPython's, except that they defer (NotImplemented) to an
        // operand with a reflected method: the VM tries `__add__` before `__radd__`,
        // while CPython tries the other operand's slot before str's concatenation.
        wrapper("__add__", arity: 1) { (vm, s, other) throws(ScriptError) -> Value in
            guard let t = other!.asStr else {
                if vm.special(other!, "__radd__") != nil { return vm.notImplemented.retainedValue }
                throw vm.makeError("TypeError", "can only concatenate str (not \"\(vm.typeName(other!))\") to str")
            }
            return vm.makeStr(s.value + t.value)
        }
        for name in ["__mul__", "__rmul__"] {
            wrapper(name, arity: 1) { (vm, s, other) throws(ScriptError) -> Value in
                guard vm.isIntLike(other!) || vm.special(other!, "__index__") != nil else {
                    // As a reflected operand, str leaves the error to the left operand's repetition.
                    if name == "__rmul__" || vm.special(other!, "__rmul__") != nil { return vm.notImplemented.retainedValue }
                    throw vm.makeError("TypeError", "can't multiply sequence by non-int of type '\(vm.typeName(other!))'")
                }
                return try vm.binaryOperation(.multiply, s.asValue, other!)
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
