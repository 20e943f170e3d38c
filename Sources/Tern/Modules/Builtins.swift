/// The builtins module and the attributes of builtin types.
extension Interpreter {
    func define(_ dict: DictObject, _ name: String, owner: String? = nil, _ function: @escaping NativeFunction) {
        let native = makeNative(name, owner: owner, function)
        dict.setString(intern(name), native.asValue, heap)
        heap.release(native)
    }

    func installTypeAttributes() {
        define(types.object.dict, "__init__", owner: "object") { (_, _) throws(ScriptError) -> Value in .none }
        define(types.object.dict, "__new__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            guard let type = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "object.__new__(X): X is not a type object") }
            return try vm.allocateInstance(type)
        }
        define(types.object.dict, "__hash__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            .int(vm.identityHash(args[0].heapObject!))
        }
        define(types.list.dict, "append", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2, let list = args[0].asObject(ListObject.self) else {
                throw vm.makeError("TypeError", "list.append() takes exactly one argument (\(max(0, args.count - 1)) given)")
            }
            list.items.append(args[1].retained())
            return .none
        }
        define(types.list.dict, "pop", owner: "list") { (vm, args) throws(ScriptError) -> Value in
            let list = args[0].asObject(ListObject.self)!
            if list.items.isEmpty { throw vm.makeError("IndexError", "pop from empty list") }
            var i = args.count > 1 ? try vm.index(args[1]) : list.items.count - 1
            if i < 0 { i += list.items.count }
            if i < 0 || i >= list.items.count { throw vm.makeError("IndexError", "pop index out of range") }
            return list.items.remove(at: i)
        }
        for type in types.exceptions.values {
            type.moduleName = "builtins"
        }
        installStrMethods()
        define(types.exception("BaseException").dict, "__init__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            let items = ContiguousArray(args.values[1..<args.count].map { $0.retained() })
            let old = e.arguments
            e.arguments = vm.makeTuple(items).asObject(TupleObject.self)!
            vm.heap.release(old)
            return .none
        }
        define(types.exception("BaseException").dict, "__new__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            guard let type = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "BaseException.__new__(X): X is not a type object") }
            let instance = try vm.allocateInstance(type)
            if let e = instance.asObject(ExceptionObject.self) {
                let items = ContiguousArray(args.values[1..<args.count].map { $0.retained() })
                let old = e.arguments
                e.arguments = vm.makeTuple(items).asObject(TupleObject.self)!
                vm.heap.release(old)
            }
            return instance
        }
    }

    func installBuiltins() {
        define(builtins, "print") { (vm, args) throws(ScriptError) -> Value in
            var parts: [String] = []
            for i in 0..<args.count { parts.append(try vm.str(args[i])) }
            let separator = try args.keyword("sep").flatMap { (v) throws(ScriptError) -> String? in v.isNone ? nil : try vm.str(v) } ?? " "
            let end = try args.keyword("end").flatMap { (v) throws(ScriptError) -> String? in v.isNone ? nil : try vm.str(v) } ?? "\n"
            let text = parts.joined(separator: separator) + end
            if let file = args.keyword("file"), !file.isNone {
                if let f = file.asObject(FileObject.self), f.standardStream == 2 {
                    vm.output.writeError(text)
                    return .none
                }
                let write = try vm.getAttribute(file, vm.intern("write"))
                let textValue = vm.makeStr(text)
                defer {
                    write.release(vm.heap)
                    textValue.release(vm.heap)
                }
                try vm.callValue(write, [textValue]).release(vm.heap)
                return .none
            }
            vm.output.write(text)
            return .none
        }
        define(builtins, "len") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "len() takes exactly one argument (\(args.count) given)") }
            return .int(try vm.length(args[0]))
        }
        define(builtins, "repr") { (vm, args) throws(ScriptError) -> Value in vm.makeStr(try vm.repr(args[0])) }
        define(builtins, "isinstance") { (vm, args) throws(ScriptError) -> Value in
            .bool(try vm.isInstance(args[0], args[1]))
        }
        define(builtins, "range") { (vm, args) throws(ScriptError) -> Value in
            var start = 0, stop = 0, step = 1
            switch args.count {
            case 1: stop = try vm.index(args[0])
            case 2: start = try vm.index(args[0]); stop = try vm.index(args[1])
            case 3:
                start = try vm.index(args[0]); stop = try vm.index(args[1]); step = try vm.index(args[2])
                if step == 0 { throw vm.makeError("ValueError", "range() arg 3 must not be zero") }
            default: throw vm.makeError("TypeError", "range expected at most 3 arguments, got \(args.count)")
            }
            return vm.heap.register(RangeObject(type: vm.types.range, start: start, stop: stop, step: step)).asValue
        }
        let names: [(String, TypeObject)] = [
            ("object", types.object), ("int", types.int), ("float", types.float), ("str", types.str), ("list", types.list),
            ("tuple", types.tuple), ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset),
            ("bool", types.bool), ("type", types.type), ("property", types.property), ("staticmethod", types.staticMethod),
            ("classmethod", types.classMethod), ("super", types.superType),
        ]
        for (name, type) in names { builtins.setString(intern(name), type.asValue, heap) }
        for (name, type) in types.exceptions { builtins.setString(intern(name), type.asValue, heap) }
        installFileSupport()
        builtins.setString(intern("None"), .none, heap)
        builtins.setString(intern("NotImplemented"), notImplemented.asValue, heap)
        builtins.setString(intern("Ellipsis"), ellipsis.asValue, heap)
    }

    func isInstance(_ value: Value, _ classInfo: Value) throws(ScriptError) -> Bool {
        if let t = classInfo.asObject(TypeObject.self) { return typeOf(value).isSubtype(of: t) }
        if let tuple = classInfo.asObject(TupleObject.self) {
            for item in tuple.items where try isInstance(value, item) { return true }
            return false
        }
        throw makeError("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// Attributes every object of a builtin kind has without a dict entry (`__class__`, `__name__`, ...).
    func specialAttribute(_ object: HeapObject, _ name: String) throws(ScriptError) -> Value? {
        switch (object, name) {
        case (let f as FunctionObject, "__name__"): return f.name.retainedValue
        case (let f as FunctionObject, "__qualname__"): return f.qualifiedName.retainedValue
        case (let f as FunctionObject, "__doc__"): return f.doc.retained()
        case (let f as FunctionObject, "__module__"): return f.module.retained()
        case (let f as FunctionObject, "__defaults__"): return f.defaults?.retainedValue ?? .none
        case (let f as FunctionObject, "__code__"): return f.code.retainedValue
        case (let f as FunctionObject, "__globals__"): return f.globals.retainedValue
        case (let f as FunctionObject, "__dict__"):
            return instanceDict(f, create: true)!.retainedValue
        case (let e as ExceptionObject, "args"): return e.arguments.retainedValue
        case (let e as ExceptionObject, "__cause__"): return e.cause.retained()
        case (let e as ExceptionObject, "__context__"): return e.context.retained()
        case (let e as ExceptionObject, "__suppress_context__"): return .bool(e.suppressContext)
        case (let e as ExceptionObject, "__traceback__"): return e.traceback?.retainedValue ?? .none
        case (let e as ExceptionObject, "value") where e.type.isSubtype(of: types.exception("StopIteration")):
            return e.arguments.items.first?.retained() ?? .none
        case (let e as ExceptionObject, "code") where e.type.isSubtype(of: types.exception("SystemExit")):
            return e.arguments.items.first?.retained() ?? .none
        case (let m as BoundMethodObject, "__self__"): return m.receiver.retained()
        case (let m as BoundMethodObject, "__func__"): return m.function.retained()
        case (let i as InstanceObject, "__dict__") where i.type.instancesHaveDict:
            return instanceDict(i, create: true)!.retainedValue
        case (let m as ModuleObject, "__dict__"): return m.dict.retainedValue
        default: return nil
        }
    }

    func valueSpecialAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Value? {
        if name == "__class__" { return typeOf(value).retainedValue }
        return nil
    }

    func typeSpecialAttribute(_ type: TypeObject, _ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "__name__": return makeStr(type.name)
        case "__qualname__": return makeStr(type.qualifiedName)
        case "__module__": return makeStr(type.moduleName)
        case "__mro__": return makeTuple(type.mro.map { $0.retainedValue })
        case "__bases__": return makeTuple(type.bases.map { $0.retainedValue })
        case "__base__": return type.bases.first?.retainedValue ?? .none
        case "__class__": return type.type.retainedValue
        case "__dict__": return type.dict.retainedValue
        case "__doc__": return .none
        default: return nil
        }
    }

    func percentFormat(_ format: String, _ arguments: Value) throws(ScriptError) -> Value {
        var values: [Value] = []
        if let t = arguments.asObject(TupleObject.self) { values = Array(t.items) } else { values = [arguments] }
        var result = ""
        var index = 0
        var chars = Array(format)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c != "%" { result.append(c); continue }
            guard let kind = chars.first else { throw makeError("ValueError", "incomplete format") }
            chars = chars.dropFirst()
            if kind == "%" { result.append("%"); continue }
            guard index < values.count else { throw makeError("TypeError", "not enough arguments for format string") }
            let v = values[index]
            index += 1
            switch kind {
            case "s": result += try str(v)
            case "r": result += try repr(v)
            case "d", "i": result += try self.format(v, "d")
            case "f": result += try self.format(v, ".6f")
            default: result += try self.format(v, String(kind))
            }
        }
        if index < values.count && arguments.asObject(TupleObject.self) != nil {
            throw makeError("TypeError", "not all arguments converted during string formatting")
        }
        return makeStr(result)
    }
}
