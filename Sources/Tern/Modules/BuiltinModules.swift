/// Modules implemented in Swift that `import` can load (sys is created at start-up), and the
/// helpers they use to add builtin types and attributes.
extension Interpreter {
    /// A new module object for a builtin module name, or nil when there is none by that name.
    func makeBuiltinModule(_ name: String) throws(ScriptError) -> ModuleObject? {
        let module: ModuleObject
        switch name {
        case "math": module = makeMathModule()
        case "time": module = makeTimeModule()
        case "io": module = makeIOModule()
        case "builtins": return makeBuiltinsModule()
        case "traceback": module = try makeTracebackModule()
        case "weakref": module = makeWeakrefModule()
        case "gc": module = makeGarbageCollectorModule()
        default: return nil
        }
        labelFunctions(of: module)
        return module
    }

    /// Tells the module's Swift functions which module they belong to (`__module__`, help()).
    func labelFunctions(of module: ModuleObject) {
        for entry in module.dict.liveEntries {
            // A builtin the module re-exports (io.open) stays the builtin.
            if let native = entry.value.asObject(NativeFunctionObject.self), native.ownerTypeName == nil, native.moduleName == nil,
               let key = entry.key, builtins.getString(intern(key.asStr?.value ?? "")).flatMap({ $0.heapObject }) !== native {
                native.moduleName = module.name
            }
        }
    }

    /// The `builtins` module: a module whose namespace is the builtins dict itself.
    private func makeBuiltinsModule() -> ModuleObject {
        if builtins.getString(symbol("__name__")) == nil {
            builtins.setString(symbol("__name__"), symbol("builtins").asValue, heap)
            builtins.setString(symbol("__package__"), symbol("").asValue, heap)
        }
        builtins.retain()
        return heap.registerTracked(ModuleObject(type: types.module, name: "builtins", dict: builtins))
    }

    /// The `builtins` module from sys.modules, imported there first if needed (owned).
    func builtinsModule() throws(ScriptError) -> Value {
        if let existing = modules.getString(intern("builtins")) { return existing.retained() }
        let module = makeBuiltinsModule()
        try modules.set(symbol("builtins").asValue, module.asValue, self)
        return module.asValue
    }

    /// Names `import` finds without a source file (sys.builtin_module_names).
    var builtinModuleNames: [String] { ["builtins", "gc", "io", "math", "sys", "time", "weakref"] }

    /// The `io` module: the text file type, `open` and UnsupportedOperation.
    private func makeIOModule() -> ModuleObject {
        let module = makeModule("io")
        module.dict.setString(symbol("TextIOWrapper"), types.file.asValue, heap)
        module.dict.setString(symbol("UnsupportedOperation"), types.exception("UnsupportedOperation").asValue, heap)
        if let open = builtins.getString(symbol("open")) { module.dict.setString(symbol("open"), open, heap) }
        return module
    }

    /// A builtin type added after start-up (immortal like the others, freed at shutdown).
    func registerBuiltinType(_ name: String, module: String, layout: ObjectLayout, bases: [TypeObject],
                             subclassable: Bool = true) -> TypeObject {
        let type = TypeObject(type: types.type, name: name, layout: layout, isHeapType: false)
        type.moduleName = module
        type.bases = bases
        type.isBaseType = subclassable
        heap.register(type)
        type.refcount = Int.max / 2
        type.dict = heap.register(DictObject(type: types.dict))
        type.version = heap.newTypeVersion()
        type.subclasses = []
        for base in bases { base.subclasses.append(Unmanaged.passUnretained(type)) }
        // The bases of builtin types are always consistent, so the C3 merge cannot fail here.
        type.mro = (try? computeMRO(type)) ?? BuiltinTypes.linearMRO(type)
        types.all.append(type)
        return type
    }

    /// A `member_descriptor` over native storage (CPython's T_OBJECT members): `getter` reads it;
    /// without a `setter`, assigning or deleting raises "readonly attribute". With `kind`
    /// `getset_descriptor`, a class's `__dict__`/`__weakref__` attribute.
    func defineMember(_ type: TypeObject, _ name: String, _ getter: @escaping (Interpreter, Value) throws(ScriptError) -> Value,
                      setter: ((Interpreter, Value, Value) throws(ScriptError) -> Void)? = nil, kind: TypeObject? = nil,
                      owner: TypeObject? = nil) {
        let read = makeNative(name) { (vm, args) throws(ScriptError) -> Value in try getter(vm, args[0]) }
        var write = Value.none
        if let setter {
            write = makeNative(name) { (vm, args) throws(ScriptError) -> Value in
                try setter(vm, args[0], args[1])
                return .none
            }.asValue
        }
        // `owner` (a class's own `__dict__`/`__weakref__`) is held as `__objclass__`.
        let member = heap.registerTracked(DescriptorObject(type: kind ?? types.memberDescriptor, getter: read.asValue, setter: write,
                                                           deleter: owner?.retainedValue ?? .none, doc: makeStr(type.name)))
        type.dict.setString(intern(name), member.asValue, heap)
        type.attributesChanged(heap)
        heap.release(member)
    }

    /// A read-only attribute computed by `getter` from the instance (a property with a native getter).
    func defineReadOnlyProperty(_ type: TypeObject, _ name: String, _ getter: @escaping (Interpreter, Value) throws(ScriptError) -> Value) {
        let function = makeNative(name) { (vm, args) throws(ScriptError) -> Value in try getter(vm, args[0]) }
        let property = heap.registerTracked(DescriptorObject(type: types.property, getter: function.asValue))
        type.dict.setString(intern(name), property.asValue, heap)
        type.attributesChanged(heap)
        heap.release(property)
    }
}
