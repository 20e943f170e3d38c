/// The types of the weakref module, made once per interpreter.
final class WeakrefTypes {
    let reference: TypeObject
    let proxy: TypeObject
    let callableProxy: TypeObject
    let keyedReference: TypeObject
    let weakMethod: TypeObject
    let weakKeyDictionary: TypeObject
    let weakValueDictionary: TypeObject
    let weakSet: TypeObject
    let finalize: TypeObject
    /// The iterators of the weak containers.
    let containerIterator: TypeObject

    init(_ vm: Interpreter) {
        func make(_ name: String, module: String = "weakref", cName: String? = nil, _ layout: ObjectLayout,
                  base: TypeObject, subclassable: Bool = true) -> TypeObject {
            // Types written in C in CPython name themselves "weakref.X" in messages.
            let type = vm.registerBuiltinType(cName ?? name, module: module, layout: layout, bases: [base],
                                              subclassable: subclassable)
            type.qualifiedName = name
            return type
        }
        reference = make("ReferenceType", cName: "weakref.ReferenceType", .weakReference, base: vm.types.object)
        proxy = make("ProxyType", cName: "weakref.ProxyType", .weakReference, base: vm.types.object, subclassable: false)
        callableProxy = make("CallableProxyType", cName: "weakref.CallableProxyType", .weakReference,
                             base: vm.types.object, subclassable: false)
        keyedReference = make("KeyedRef", .weakReference, base: reference)
        weakMethod = make("WeakMethod", .weakReference, base: reference)
        weakKeyDictionary = make("WeakKeyDictionary", .weakKeyDictionary, base: vm.types.object)
        weakValueDictionary = make("WeakValueDictionary", .weakValueDictionary, base: vm.types.object)
        weakSet = make("WeakSet", module: "_weakrefset", .weakSet, base: vm.types.object)
        finalize = make("finalize", .finalizer, base: vm.types.object)
        containerIterator = make("generator", module: "builtins", .iterator, base: vm.types.object, subclassable: false)
    }
}

extension Interpreter {
    /// The weakref module's types (made on first use, so programs that never import weakref don't pay for them).
    var weakrefTypes: WeakrefTypes {
        if let made = weakrefTypesStorage { return made }
        let made = WeakrefTypes(self)
        weakrefTypesStorage = made
        plainReferenceTypeAddress = Unmanaged.passUnretained(made.reference).toOpaque()
        keyedReferenceTypeAddress = Unmanaged.passUnretained(made.keyedReference).toOpaque()
        finalizeTypeAddress = Unmanaged.passUnretained(made.finalize).toOpaque()
        exactWeakContainerTypeAddresses = (Unmanaged.passUnretained(made.weakKeyDictionary).toOpaque(),
                                           Unmanaged.passUnretained(made.weakValueDictionary).toOpaque(),
                                           Unmanaged.passUnretained(made.weakSet).toOpaque())
        installReferenceMethods()
        installProxyMethods()
        installWeakMethodMethods()
        installWeakKeyDictionaryMethods()
        installWeakValueDictionaryMethods()
        installWeakSetMethods()
        installFinalizeMethods()
        installWeakContainerIteratorMethods()
        return made
    }

    /// The `weakref` module.
    func makeWeakrefModule() -> ModuleObject {
        let module = makeModule("weakref")
        let dict = module.dict
        let types = weakrefTypes
        for (name, type) in [("ref", types.reference), ("ReferenceType", types.reference), ("ProxyType", types.proxy),
                             ("CallableProxyType", types.callableProxy), ("KeyedRef", types.keyedReference),
                             ("WeakMethod", types.weakMethod), ("WeakKeyDictionary", types.weakKeyDictionary),
                             ("WeakValueDictionary", types.weakValueDictionary), ("WeakSet", types.weakSet),
                             ("finalize", types.finalize)] {
            dict.setString(intern(name), type.asValue, heap)
        }
        dict.setString(symbol("ProxyTypes"), owned: makeTuple([types.proxy.retainedValue, types.callableProxy.retainedValue]), heap)
        define(dict, "proxy") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "_weakref.proxy() takes no keyword arguments") }
            try vm.checkArity(args, "proxy", 1...2)
            let referent = try vm.weakReferent(args[0])
            return try vm.makeProxy(to: referent, callback: args.count > 1 ? args[1] : .none).asValue
        }
        define(dict, "getweakrefcount") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "_weakref.getweakrefcount", 1...1, style: .singleArgument)
            guard let object = args[0].heapObject else { return .int(0) }
            return .int(vm.weakReferenceCount(of: object))
        }
        define(dict, "getweakrefs") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "_weakref.getweakrefs", 1...1, style: .singleArgument)
            guard let object = args[0].heapObject else { return vm.makeList([]) }
            return vm.makeList(ContiguousArray(vm.weakReferences(of: object).map { $0.retainedValue }))
        }
        // What `from weakref import *` takes (KeyedRef is left out, as in CPython).
        let exported = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
                        "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]
        dict.setString(symbol("__all__"), owned: makeList(ContiguousArray(exported.map { intern($0).retainedValue })), heap)
        return module
    }

    /// The receiver of a `ref` method, or CPython's descriptor error.
    func referenceReceiver(_ args: Arguments, _ method: String) throws(ScriptError) -> WeakReferenceObject {
        guard args.values.count > 0, let r = args[0].asObject(WeakReferenceObject.self), !r.isProxy else {
            let given = args.values.isEmpty ? "nothing" : "a '\(typeName(args[0]))' object"
            throw makeError("TypeError", "descriptor '\(method)' for 'weakref.ReferenceType' objects doesn't apply to \(given)")
        }
        return r
    }

    private func installReferenceMethods() {
        let type = weakrefTypes.reference
        let dict = type.dict!
        let owner = "weakref.ReferenceType"
        define(dict, "__new__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let cls = try vm.newTarget(args, vm.weakrefTypes.reference, "weakref.ReferenceType")
            let n = args.count - 1
            if n < 1 { throw vm.makeError("TypeError", "__new__ expected at least 1 argument, got \(n)") }
            // Keyword arguments are ignored here: ReferenceType's __init__ refuses them, and a
            // subclass's own __init__ may take them (the documented ExtendedRef).
            if n > 2 { throw vm.makeError("TypeError", "__new__ expected at most 2 arguments, got \(n)") }
            let referent = try vm.weakReferent(args[1])
            return vm.makeWeakReference(to: referent, callback: n > 1 ? args[2] : .none, type: cls).asValue
        }
        define(dict, "__init__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            _ = try vm.referenceReceiver(args, "__init__")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "ref() takes no keyword arguments") }
            let n = args.count - 1
            if n < 1 { throw vm.makeError("TypeError", "__init__ expected at least 1 argument, got \(n)") }
            if n > 2 { throw vm.makeError("TypeError", "__init__ expected at most 2 arguments, got \(n)") }
            return .none
        }
        define(dict, "__call__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let r = try vm.referenceReceiver(args, "__call__")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "weakref() takes no keyword arguments") }
            if args.count > 1 { throw vm.makeError("TypeError", "weakref expected 0 arguments, got \(args.count - 1)") }
            return r.target?.retainedValue ?? .none
        }
        define(dict, "__hash__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            .int(try vm.referenceHash(try vm.referenceReceiver(args, "__hash__")))
        }
        for (name, equal) in [("__eq__", true), ("__ne__", false)] {
            define(dict, name, owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let r = try vm.referenceReceiver(args, name)
                try vm.checkArity(args, name, 1...1, receiverCount: 1)
                // A proxy is a weak reference too: ref == proxy compares the referents.
                guard let other = args[1].asObject(WeakReferenceObject.self) else {
                    return vm.notImplemented.retainedValue
                }
                return try vm.compareReferences(r, other, equal: equal)
            }
        }
        defineMember(type, "__callback__") { (vm, v) throws(ScriptError) -> Value in
            guard let r = v.asObject(WeakReferenceObject.self) else { return .none }
            if r.observerKind == .weakMethod, !r.methodType.isNone {
                return r.target == nil ? .none : vm.weakMethodCallbackFunction(r)
            }
            return vm.visibleCallback(r).retained()
        }
    }

    /// What `__callback__` shows: the Python callback, or the object a native observer stands for.
    func visibleCallback(_ r: WeakReferenceObject) -> Value {
        // A cleared reference has no callback any more, native observers included.
        if r.observerKind == .finalizer || r.observerKind == .container, let observer = r.observer {
            guard r.target != nil else { return .none }
            return observer.takeUnretainedValue().asValue
        }
        return r.callback
    }

    /// A reference's hash: its referent's, computed once and kept after the referent dies.
    func referenceHash(_ r: WeakReferenceObject) throws(ScriptError) -> Int {
        if let cached = r.cachedHash { return cached }
        guard let target = r.target else { throw makeError("TypeError", "weak object has gone away") }
        target.retain()
        defer { heap.release(target) }
        let h = try hash(target.asValue)
        r.cachedHash = h
        return h
    }

    /// `==`/`!=` between references: their referents compared while both live, identity otherwise.
    func compareReferences(_ a: WeakReferenceObject, _ b: WeakReferenceObject, equal: Bool) throws(ScriptError) -> Value {
        guard let x = a.target, let y = b.target else { return .bool((a === b) == equal) }
        // Hold both: the comparison may drop the last other reference to either.
        x.retain()
        y.retain()
        defer {
            heap.release(x)
            heap.release(y)
        }
        return try compare(equal ? .equal : .notEqual, x.asValue, y.asValue)
    }

    /// `<weakref at 0x…; to 'C' at 0x… (name)>` or `<weakref at 0x…; dead>`.
    func referenceRepr(_ r: WeakReferenceObject) throws(ScriptError) -> String {
        if r.isProxy {
            let target = r.target
            let name = target.map { $0.type.name } ?? "NoneType"
            let address = target.map { addressString($0) } ?? "0x0"
            return "<weakproxy at \(addressString(r)) to \(name) at \(address)>"
        }
        guard let target = r.target else { return "<weakref at \(addressString(r)); dead>" }
        target.retain()
        defer { heap.release(target) }
        var text = "<weakref at \(addressString(r)); to '\(target.type.name)' at \(addressString(target))"
        // CPython looks `__name__` up as a special attribute: on the type, not in an instance dict.
        if let name = try referentName(target) { text += " (\(name))" }
        return text + ">"
    }

    private func referentName(_ target: HeapObject) throws(ScriptError) -> String? {
        switch target {
        case let f as FunctionObject: return f.name.value
        case let t as TypeObject: return t.isHeapType ? t.name : t.name.split(separator: ".").last.map(String.init) ?? t.name
        case let n as NativeFunctionObject: return n.name
        case let m as BoundMethodObject:
            guard let f = m.function.asObject(FunctionObject.self) else { return nil }
            return f.name.value
        case let g as GeneratorObject: return g.nameObject.value
        case is ModuleObject: return nil
        default:
            guard target.type.isHeapType, let attribute = target.type.lookup(symbol("__name__")) else { return nil }
            let value = try bindDescriptor(attribute, instance: target.asValue, owner: target.type)
            defer { value.release(heap) }
            return value.asStr?.value
        }
    }
}
