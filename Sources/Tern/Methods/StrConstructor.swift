/// `str(object)`: the constructor (the methods live in StrMethods.swift).
extension Interpreter {
    func installStrConstructor() {
        define(types.str.dict, "__new__", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.str, "str")
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
            if type === vm.types.str { return try vm.strObject(of: object ?? vm.symbol("").asValue) }
            let text = try object.map { (o) throws(ScriptError) in try vm.str(o) } ?? ""
            return vm.heap.register(StrObject(type: type, text)).asValue
        }
    }

    /// `str(x)`: x itself when it is an exact str, else a new str of its text (the empty str is shared).
    func strObject(of x: Value) throws(ScriptError) -> Value {
        if let s = x.asStr, s.type === types.str { return s.retainedValue }
        let text = try str(x)
        return text.isEmpty ? symbol("").retainedValue : makeStr(text)
    }
}
