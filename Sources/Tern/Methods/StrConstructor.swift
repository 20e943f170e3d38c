/// `str(object)`: the constructor (the methods live in StrMethods.swift).
extension Interpreter {
    func installStrConstructor() {
        define(types.str.dict, "__new__", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            guard let cls = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "str.__new__(X): X is not a type object") }
            try vm.checkKeywords(args, "str", allowed: ["object", "encoding", "errors"])
            if args.count > 2 { throw vm.makeError("TypeError", "str expected at most 1 argument, got \(args.count - 1)") }
            let text: String
            if let object = vm.argument(args, 1, "object") {
                if cls === vm.types.str, let s = object.asStr, s.type === vm.types.str { return object.retained() }
                text = try vm.str(object)
            } else {
                text = ""
            }
            if cls === vm.types.str { return vm.makeStr(text) }
            return vm.heap.register(StrObject(type: cls, text)).asValue
        }
    }
}
