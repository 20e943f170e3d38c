/// The builtins module and the attributes of builtin types.
extension Interpreter {
    func define(_ dict: DictObject, _ name: String, owner: String? = nil, _ function: @escaping NativeFunction) {
        let native = makeNative(name, owner: owner, function)
        dict.setString(intern(name), native.asValue, heap)
        heap.release(native)
    }

    func installTypeAttributes() {
        installObjectMethods()
        installSequenceMethods()
        installDictMethods()
        installSetMethods()
        installIteratorMethods()
        installNumberMethods()
        installNumberClassMethods()
        installMappingProxyMethods()
        installGeneratorMethods()
        for type in types.exceptions.values {
            type.moduleName = "builtins"
        }
        types.unionType.moduleName = "types"
        types.genericAlias.moduleName = "types"
        installStrConstructor()
        installStrMethods()
        installExceptionMethods()
        installMemberDescriptorAttributes()
    }

    func installBuiltins() {
        define(builtins, "print") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "print", allowed: ["sep", "end", "file", "flush"])
            func text(_ name: String, _ fallback: String) throws(ScriptError) -> String {
                guard let v = args.keyword(name), !v.isNone else { return fallback }
                guard let s = v.asStr else { throw vm.makeError("TypeError", "\(name) must be None or a string, not \(vm.typeName(v))") }
                return s.value
            }
            let separator = try text("sep", " ")
            let end = try text("end", "\n")
            let flush = try args.keyword("flush").map { (v) throws(ScriptError) -> Bool in try vm.isTrue(v) } ?? false
            // Like CPython, each argument, separator and the end is a write of its own, so what was
            // written stays written when a later str() fails, and buffering sees the same writes.
            // Without file=, the target is sys.stdout as the program left it (None prints nothing).
            let given = args.keyword("file").flatMap { $0.isNone ? nil : $0 }
            if let file = given ?? vm.sysModule?.dict.getString(vm.symbol("stdout")) {
                if file.isNone { return .none }
                if let f = file.asObject(FileObject.self), f.standardStream != 0 {
                    let toError = f.standardStream == 2
                    for i in 0..<args.count {
                        if i > 0 { if toError { vm.output.writeError(separator) } else { vm.output.write(separator) } }
                        let piece = try vm.str(args[i])
                        if toError { vm.output.writeError(piece) } else { vm.output.write(piece) }
                    }
                    if toError { vm.output.writeError(end) } else { vm.output.write(end) }
                    if flush { if toError { vm.output.flushError() } else { vm.output.flush() } }
                    return .none
                }
                // Held: a write may rebind sys.stdout.
                file.retain()
                defer { file.release(vm.heap) }
                let write = try vm.getAttribute(file, vm.symbol("write"))
                defer { write.release(vm.heap) }
                func emit(_ text: String) throws(ScriptError) {
                    let textValue = vm.makeStr(text)
                    defer { textValue.release(vm.heap) }
                    try vm.callValue(write, [textValue]).release(vm.heap)
                }
                for i in 0..<args.count {
                    if i > 0 { try emit(separator) }
                    try emit(try vm.str(args[i]))
                }
                try emit(end)
                if flush, let flushMethod = try? vm.getAttribute(file, vm.symbol("flush")) {
                    defer { flushMethod.release(vm.heap) }
                    try vm.callValue(flushMethod, []).release(vm.heap)
                }
                return .none
            }
            for i in 0..<args.count {
                if i > 0 { vm.output.write(separator) }
                vm.output.write(try vm.str(args[i]))
            }
            vm.output.write(end)
            if flush { vm.output.flush() }
            return .none
        }
        define(builtins, "len") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "len", 1...1, style: .singleArgument)
            return .int(try vm.length(args[0]))
        }
        define(builtins, "repr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "repr", 1...1, style: .singleArgument)
            return vm.makeStr(try vm.repr(args[0]))
        }
        define(builtins, "isinstance") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "isinstance", 2...2)
            return .bool(try vm.isInstance(args[0], args[1]))
        }
        let names: [(String, TypeObject)] = [
            ("object", types.object), ("int", types.int), ("float", types.float), ("str", types.str), ("list", types.list),
            ("tuple", types.tuple), ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset),
            ("bool", types.bool), ("type", types.type), ("property", types.property), ("staticmethod", types.staticMethod),
            ("classmethod", types.classMethod), ("super", types.superType), ("range", types.range), ("slice", types.slice),
            ("enumerate", types.enumerate), ("zip", types.zip), ("map", types.map), ("filter", types.filter), ("reversed", types.reversed),
        ]
        for (name, type) in names { builtins.setString(intern(name), type.asValue, heap) }
        for (name, type) in types.exceptions { builtins.setString(intern(name), type.asValue, heap) }
        for alias in ["EnvironmentError", "IOError"] { builtins.setString(intern(alias), types.exception("OSError").asValue, heap) }
        installBuiltinFunctions()
        installIterationBuiltins()
        installFileSupport()
        installTextBuiltins()
        builtins.setString(symbol("None"), .none, heap)
        builtins.setString(symbol("__debug__"), .bool(true), heap)
        builtins.setString(symbol("NotImplemented"), notImplemented.asValue, heap)
        builtins.setString(symbol("Ellipsis"), ellipsis.asValue, heap)
    }

    func isInstance(_ value: Value, _ classInfo: Value) throws(ScriptError) -> Bool {
        if typeOf(classInfo) === types.genericAlias {
            throw makeError("TypeError", "isinstance() argument 2 cannot be a parameterized generic")
        }
        if let t = classInfo.asObject(TypeObject.self) {
            let type = typeOf(value)
            if type.isSubtype(of: t) { return true }
            // As CPython: an object may claim another class through `__class__` (weak proxies do).
            guard type.isHeapType || isWeakProxy(value), let claimed = try attributeIfPresent(value, symbol("__class__")) else {
                return false
            }
            defer { claimed.release(heap) }
            guard let claimedType = claimed.asObject(TypeObject.self), claimedType !== type else { return false }
            return claimedType.isSubtype(of: t)
        }
        if let tuple = classInfo.asObject(TupleObject.self) {
            for item in tuple.items where try isInstance(value, item) { return true }
            return false
        }
        // A class-like object (one with `__bases__`, like a proxy to a class): compare through `__class__`.
        guard let bases = try abstractBases(classInfo) else {
            throw makeError("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        bases.release(heap)
        guard let claimed = try attributeIfPresent(value, symbol("__class__")) else { return false }
        defer { claimed.release(heap) }
        return try abstractIsSubclass(claimed, classInfo)
    }

    /// Attributes every object of a builtin kind has without a dict entry (`__class__`, `__name__`, ...).
    func specialAttribute(_ object: HeapObject, _ name: String) throws(ScriptError) -> Value? {
        switch (object, name) {
        case (let f as FunctionObject, "__name__"): return f.name.retainedValue
        case (let f as FunctionObject, "__qualname__"): return f.qualifiedName.retainedValue
        case (let f as FunctionObject, "__doc__"): return f.doc.retained()
        case (let f as FunctionObject, "__module__"): return f.module.retained()
        case (let f as FunctionObject, "__defaults__"): return f.defaults?.retainedValue ?? Value.none
        case (let f as FunctionObject, "__code__"): return f.code.retainedValue
        case (let f as FunctionObject, "__globals__"): return f.globals.retainedValue
        case (let f as FunctionObject, "__dict__"):
            return instanceDict(f, create: true)!.retainedValue
        case (let e as ExceptionObject, _): return exceptionAttribute(e, name)
        case (let t as TupleObject, "__origin__") where t.type === types.genericAlias: return t.items[0].retained()
        case (let t as TupleObject, "__args__") where t.type === types.genericAlias: return t.items[1].retained()
        case (let t as TupleObject, "__parameters__") where t.type === types.genericAlias: return makeTuple([])
        case (let tb as TracebackObject, "tb_lineno"): return .int(tb.line)
        case (let tb as TracebackObject, "tb_next"): return tb.next?.retainedValue ?? Value.none
        case (let tb as TracebackObject, "tb_frame"): return tracebackFrame(tb).retainedValue
        case (let tb as TracebackObject, "tb_lasti"): return .int(2 * tb.instructionIndex)
        case (let f as FrameObject, _): return frameAttribute(f, name)
        case (let f as FunctionObject, "__kwdefaults__"): return f.keywordDefaults?.retainedValue ?? Value.none
        case (let f as FunctionObject, "__closure__"): return f.closure?.retainedValue ?? Value.none
        case (let f as FunctionObject, "__annotations__"):
            if f.annotations.isNone { f.annotations = makeDict().asValue }
            return f.annotations.retained()
        case (let n as NativeFunctionObject, "__name__"): return makeStr(n.name)
        case (let n as NativeFunctionObject, "__qualname__"): return makeStr(n.ownerTypeName.map { "\($0).\(n.name)" } ?? n.name)
        case (let n as NativeFunctionObject, "__self__"):
            if let receiver = n.boundSelf { return receiver.retained() }
            // Builtin functions belong to their module; unbound methods have no self.
            if let moduleName = n.moduleName, let module = modules.getString(intern(moduleName)) { return module.retained() }
            return n.ownerTypeName == nil ? try builtinsModule() : Value.none
        case (let n as NativeFunctionObject, "__module__") where n.ownerTypeName == nil:
            return makeStr(n.moduleName ?? "builtins")
        case (let n as NativeFunctionObject, "__doc__"):
            return BuiltinDocumentation.entry(n.documentationKey).map { makeStr($0.text) } ?? Value.none
        case (let m as BoundMethodObject, "__name__"), (let m as BoundMethodObject, "__qualname__"),
             (let m as BoundMethodObject, "__doc__"), (let m as BoundMethodObject, "__module__"):
            return try getAttribute(m.function, intern(name))
        case (let c as CellObject, "cell_contents"):
            guard let contents = c.contents else { throw makeError("ValueError", "Cell is empty") }
            return contents.retained()
        case (let d as DescriptorObject, _):
            return descriptorAttribute(d, name)
        case (_ as RangeObject, _), (_ as SliceObject, _):
            return rangeOrSliceAttribute(object, name)
        case (let g as GeneratorObject, "__name__"): return g.nameObject.retainedValue
        case (let g as GeneratorObject, "__qualname__"): return g.qualifiedNameObject.retainedValue
        case (let g as GeneratorObject, "gi_running"): return .bool(g.state == .running)
        case (let g as GeneratorObject, "gi_code"): return g.code.retainedValue
        case (let c as CodeObject, "co_name"): return makeStr(c.name)
        case (let c as CodeObject, "co_filename"): return makeStr(c.filename)
        case (let c as CodeObject, "co_firstlineno"): return .int(c.firstLine)
        case (let c as CodeObject, "co_argcount"): return .int(c.argumentCount)
        case (let c as CodeObject, "co_varnames"): return makeTuple(c.localNames.map { $0.retainedValue })
        case (let c as CodeObject, "co_freevars"): return makeTuple(c.freeNames.map { $0.retainedValue })
        case (let c as CodeObject, "co_cellvars"): return makeTuple(c.cellNames.map { $0.retainedValue })
        case (let c as CodeObject, "co_kwonlyargcount"): return .int(c.keywordOnlyCount)
        case (let c as CodeObject, "co_posonlyargcount"): return .int(c.positionalOnlyCount)
        case (_ as FunctionObject, "__call__"), (_ as BoundMethodObject, "__call__"), (_ as NativeFunctionObject, "__call__"):
            // Calling `f.__call__` is calling `f`.
            return object.retainedValue
        case (let m as BoundMethodObject, "__self__"): return m.receiver.retained()
        case (let m as BoundMethodObject, "__func__"): return m.function.retained()
        case (let i as InstanceObject, "__dict__") where i.type.instancesHaveDict:
            return exposedInstanceDict(i)!.retainedValue
        case (let m as ModuleObject, "__dict__"): return m.dict.retainedValue
        case (_, "__dict__") where (object.type.isHeapType && object.type.instancesHaveDict) || object is ExceptionObject:
            // Instances of subclasses of list, dict, tuple, set, ... and exceptions.
            return instanceDict(object, create: true)?.retainedValue
        case (let m as BoundMethodObject, _) where m.type.lookup(intern(name)) == nil:
            // Other attributes of a method are those of its function, as CPython's method_getattro.
            return try getAttribute(m.function, intern(name))
        default: return nil
        }
    }

    func valueSpecialAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Value? {
        if name == "__class__" { return typeOf(value).retainedValue }
        if isIntLike(value) {
            switch name {
            case "real", "numerator": return makeInt(bigValue(value)!)
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        }
        if isFloatLike(value) {
            switch name {
            case "real": return .float(floatValue(value)!)
            case "imag": return .float(0)
            default: return nil
            }
        }
        return nil
    }

    func typeSpecialAttribute(_ type: TypeObject, _ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "__name__": return makeStr(type.isHeapType ? type.name : type.name.split(separator: ".").last.map(String.init) ?? type.name)
        case "__qualname__": return makeStr(type.qualifiedName)
        case "__module__": return makeStr(type.moduleName)
        case "__mro__": return makeTuple(type.mro.map { $0.retainedValue })
        case "__bases__": return makeTuple(type.bases.map { $0.retainedValue })
        case "__base__": return type.bases.first?.retainedValue ?? Value.none
        case "__class__": return type.type.retainedValue
        case "__dict__": return makeIterator(.mappingProxy, types.mappingProxy, source: type.dict.asValue).asValue
        case "__doc__":
            return BuiltinDocumentation.entry(type.documentationKey).map { makeStr($0.text) } ?? Value.none
        default: return nil
        }
    }
}
