/// The methods of `object` and `type`, and the descriptor types:
/// property, staticmethod, classmethod and super.
extension Interpreter {
    func installObjectMethods() {
        let object = types.object.dict!
        define(object, "__init__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            // Extra arguments are an error unless __new__ was overridden to take them (CPython's rule).
            if args.values.count > 1, let type = args.values.first.map({ vm.typeOf($0) }) {
                let initIsObjects = type.lookup(vm.symbol("__init__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object"
                let newIsObjects = type.lookup(vm.symbol("__new__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object"
                if !initIsObjects {
                    throw vm.makeError("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if newIsObjects { throw vm.makeError("TypeError", "\(type.name)() takes no arguments") }
            }
            return .none
        }
        define(object, "__new__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.object, "object")
            // A builtin layout (int, list, exceptions, ...) is made only by its own __new__.
            if type.layout != .object, let base = type.mro.first(where: { !$0.isHeapType }) {
                throw vm.makeError("TypeError", "object.__new__(\(type.name)) is not safe, use \(base.name).__new__()")
            }
            if args.values.count > 1 {
                let initIsObjects = type.lookup(vm.symbol("__init__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object"
                let newIsObjects = type.lookup(vm.symbol("__new__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object"
                if !newIsObjects {
                    throw vm.makeError("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if initIsObjects { throw vm.makeError("TypeError", "\(type.name)() takes no arguments") }
            }
            return try vm.allocateInstance(type)
        }
        define(object, "__hash__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            guard let o = args[0].heapObject else { return .int(try vm.hash(args[0])) }
            return .int(vm.identityHash(o))
        }
        define(object, "__repr__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            guard let o = args[0].heapObject else { return vm.makeStr(try vm.repr(args[0])) }
            return vm.makeStr(vm.objectRepr(o))
        }
        define(object, "__str__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.repr(args[0]))
        }
        define(object, "__eq__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__eq__", 2...2)
            return args[0].isIdentical(to: args[1]) ? .bool(true) : vm.notImplemented.retainedValue
        }
        define(object, "__ne__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            // The default __ne__ inverts __eq__ unless that is NotImplemented.
            try vm.checkArity(args, "__ne__", 2...2)
            guard let eq = vm.special(args[0], "__eq__") else { return vm.notImplemented.retainedValue }
            let result = try vm.callValue(eq, [args[0], args[1]])
            if result.isIdentical(to: vm.notImplemented.asValue) { return result }
            defer { result.release(vm.heap) }
            return .bool(!(try vm.isTrue(result)))
        }
        define(object, "__setattr__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__setattr__", 3...3)
            let name = try vm.requireStr(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            try vm.genericSetAttribute(args[0], vm.interned(name), args[2])
            return .none
        }
        define(object, "__getattribute__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__getattribute__", 2...2)
            let name = try vm.requireStr(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            return try vm.genericGetAttribute(args[0], vm.interned(name))
        }
        define(object, "__delattr__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__delattr__", 2...2)
            let name = try vm.requireStr(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            try vm.genericDeleteAttribute(args[0], vm.interned(name))
            return .none
        }
        define(object, "__format__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__format__", 2...2)
            let spec = try vm.requireStr(args[1], "__format__() argument must be str, not \(vm.typeName(args[1]))")
            if !spec.value.isEmpty {
                throw vm.makeError("TypeError", "unsupported format string passed to \(vm.typeName(args[0])).__format__")
            }
            return vm.makeStr(try vm.str(args[0]))
        }
        define(object, "__dir__", owner: "object") { (vm, args) throws(ScriptError) -> Value in
            try vm.directory(args[0])
        }
        let initSubclass = heap.register(NativeFunctionObject(type: types.builtinFunction, name: "__init_subclass__", ownerTypeName: "object",
                                                              isClassMethod: true) { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 {
                let name = args.values.count > 0 ? args[0].asObject(TypeObject.self)?.name ?? "object" : "object"
                throw vm.makeError("TypeError", "\(name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        })
        object.setString(symbol("__init_subclass__"), owned: initSubclass.asValue, heap)

        let type = types.type.dict!
        define(type, "__call__", owner: "type") { (vm, args) throws(ScriptError) -> Value in
            guard args.values.count > 0, let cls = args[0].asObject(TypeObject.self) else {
                throw vm.makeError("TypeError", "descriptor '__call__' requires a 'type' object")
            }
            let rest = Array(args.values.dropFirst())
            return try vm.withArguments(rest, keywordNames: args.keywordNames) { (a) throws(ScriptError) in try vm.constructInstance(cls, a) }
        }
        define(type, "__new__", owner: "type") { (vm, args) throws(ScriptError) -> Value in
            guard args.values.count > 0, let metatype = args[0].asObject(TypeObject.self), metatype.isSubtype(of: vm.types.type) else {
                throw vm.makeError("TypeError", "type.__new__(X): X is not a type object (\(args.values.count > 0 ? vm.typeName(args[0]) : "NoneType"))")
            }
            if args.count == 2 && args.keywordCount == 0 && metatype === vm.types.type { return vm.typeOf(args[1]).retainedValue }
            let rest = Array(args.values.dropFirst())
            return try vm.withArguments(rest, keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                try vm.makeClassFromArguments(metatype: metatype, a)
            }
        }
        define(type, "__init__", owner: "type") { (vm, args) throws(ScriptError) -> Value in
            // The class is complete after __new__; __init__ only checks the argument count.
            if args.count != 2 && args.count != 4 { throw vm.makeError("TypeError", "type.__init__() takes 1 or 3 arguments") }
            return .none
        }
        // type.__prepare__(name, bases, **kwds): the namespace of a class body, a new dict.
        let prepare = heap.register(NativeFunctionObject(type: types.builtinFunction, name: "__prepare__", ownerTypeName: "type",
                                                         isClassMethod: true) { (vm, _) throws(ScriptError) -> Value in
            vm.makeDict().asValue
        })
        type.setString(symbol("__prepare__"), owned: prepare.asValue, heap)
        define(type, "mro", owner: "type") { (vm, args) throws(ScriptError) -> Value in
            guard let t = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "descriptor 'mro' requires a 'type' object") }
            return vm.makeList(ContiguousArray(t.mro.map { $0.retainedValue }))
        }
        define(type, "__subclasses__", owner: "type") { (vm, args) throws(ScriptError) -> Value in
            guard let t = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "descriptor '__subclasses__' requires a 'type' object") }
            return vm.makeList(ContiguousArray(t.subclasses.map { $0.takeUnretainedValue().retainedValue }))
        }

        installDescriptorTypes()
    }

    private func installDescriptorTypes() {
        define(types.property.dict, "__new__", owner: "property") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.property, "property")
            try vm.checkKeywords(args, "property", allowed: ["fget", "fset", "fdel", "doc"])
            if args.count > 5 { throw vm.makeError("TypeError", "property() takes at most 4 arguments (\(args.count - 1) given)") }
            func value(_ i: Int, _ name: String) -> Value {
                (vm.argument(args, i, name) ?? Value.none).retained()
            }
            var doc = value(4, "doc")
            let getter = value(1, "fget")
            if doc.isNone, let f = getter.asObject(FunctionObject.self) { doc = f.doc.retained() }
            let property = DescriptorObject(type: type, getter: getter, setter: value(2, "fset"), deleter: value(3, "fdel"), doc: doc)
            return vm.heap.registerTracked(property).asValue
        }
        for (name, slot) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            define(types.property.dict, name, owner: "property") { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, name, 2...2, style: .singleArgument)
                guard let old = args[0].asObject(DescriptorObject.self) else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' requires a 'property' object")
                }
                var parts = [old.getter, old.setter, old.deleter]
                parts[slot] = args[1]
                var doc = old.doc
                if slot == 0, let f = args[1].asObject(FunctionObject.self), !f.doc.isNone { doc = f.doc }
                let copy = DescriptorObject(type: old.type, getter: parts[0].retained(), setter: parts[1].retained(),
                                            deleter: parts[2].retained(), doc: doc.retained())
                return vm.heap.registerTracked(copy).asValue
            }
        }
        define(types.property.dict, "__get__", owner: "property") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__get__", 2...3)
            return try vm.bindDescriptor(args[0], instance: args[1], owner: vm.typeOf(args[1]))
        }
        define(types.property.dict, "__set__", owner: "property") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__set__", 3...3)
            guard let p = args[0].asObject(DescriptorObject.self) else { return .none }
            if p.setter.isNone { throw vm.makeError("AttributeError", "property of '\(vm.typeName(args[1]))' object has no setter") }
            try vm.callValue(p.setter, [args[1], args[2]]).release(vm.heap)
            return .none
        }
        for (type, name) in [(types.staticMethod, "staticmethod"), (types.classMethod, "classmethod")] {
            define(type.dict, "__new__", owner: name) { (vm, args) throws(ScriptError) -> Value in
                let cls = try vm.newTarget(args, type, name)
                if args.keywordCount > 0 { throw vm.makeError("TypeError", "\(name)() takes no keyword arguments") }
                if args.count != 2 { throw vm.makeError("TypeError", "\(name) expected 1 argument, got \(args.count - 1)") }
                let descriptor = DescriptorObject(type: cls, getter: args[1].retained())
                return vm.heap.registerTracked(descriptor).asValue
            }
            define(type.dict, "__get__", owner: name) { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, "__get__", 2...3)
                let owner = args.count > 2 ? args[2].asObject(TypeObject.self) : nil
                return try vm.bindDescriptor(args[0], instance: args[1], owner: owner ?? vm.typeOf(args[1]))
            }
        }
        define(types.staticMethod.dict, "__call__", owner: "staticmethod") { (vm, args) throws(ScriptError) -> Value in
            // Callable directly since 3.10.
            guard let d = args[0].asObject(DescriptorObject.self) else { throw vm.makeError("TypeError", "descriptor '__call__' requires a 'staticmethod' object") }
            let rest = Array(args.values[1...])
            return try vm.withArguments(rest, keywordNames: args.keywordNames) { (inner) throws(ScriptError) in
                try vm.call(d.getter, inner)
            }
        }
        define(types.function.dict, "__get__", owner: "function") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "__get__", 2...3)
            if args[1].isNone && (args.count < 3 || args[2].isNone) {
                throw vm.makeError("TypeError", "__get__(None, None) is invalid")
            }
            return try vm.bindDescriptor(args[0], instance: args[1], owner: vm.types.object)
        }
        define(types.superType.dict, "__new__", owner: "super") { (vm, args) throws(ScriptError) -> Value in
            try vm.makeSuper(Array(args.values[1..<args.count]))
        }
    }

    /// Attributes of property/staticmethod/classmethod objects.
    func descriptorAttribute(_ d: DescriptorObject, _ name: String) -> Value? {
        if d.type.isSubtype(of: types.property) {
            switch name {
            case "fget": return d.getter.retained()
            case "fset": return d.setter.retained()
            case "fdel": return d.deleter.retained()
            case "__doc__": return d.doc.retained()
            default: return nil
            }
        }
        switch name {
        case "__func__", "__wrapped__": return d.getter.retained()
        case "__doc__": return (d.getter.asObject(FunctionObject.self)?.doc ?? Value.none).retained()
        case "__isabstractmethod__": return .bool(false)
        default: return nil
        }
    }

    /// super() with no arguments (from the calling frame) or super(type, object-or-type).
    func makeSuper(_ arguments: [Value]) throws(ScriptError) -> Value {
        var startType: TypeObject
        var receiver: Value
        if arguments.isEmpty {
            guard let frame = frames.last, frame.function != nil else {
                throw makeError("RuntimeError", "super(): no arguments")
            }
            let code = frame.codeObject
            guard code.argumentCount > 0 || code.codeFlags.contains(.varArgs) else {
                throw makeError("RuntimeError", "super(): no arguments")
            }
            var first = frame.base[0]
            if let cellIndex = code.cellArgumentIndex.firstIndex(of: 0),
               let cell = frame.base[code.localNames.count + cellIndex].asObject(CellObject.self) {
                // The first argument lives in a cell (a closure captures it).
                first = cell.contents ?? nullMarker.asValue
            }
            if isNull(first) { throw makeError("RuntimeError", "super(): arg[0] deleted") }
            guard let classIndex = code.freeNames.firstIndex(where: { $0.value == "__class__" }),
                  let cell = frame.base[code.localNames.count + code.cellNames.count + classIndex].asObject(CellObject.self) else {
                throw makeError("RuntimeError", "super(): __class__ cell not found")
            }
            guard let classValue = cell.contents, let type = classValue.asObject(TypeObject.self) else {
                throw makeError("RuntimeError", "super(): empty __class__ cell")
            }
            startType = type
            receiver = first
        } else {
            guard arguments.count <= 2 else { throw makeError("TypeError", "super() expected at most 2 arguments, got \(arguments.count)") }
            guard let type = arguments[0].asObject(TypeObject.self) else {
                throw makeError("TypeError", "super() argument 1 must be a type, not \(typeName(arguments[0]))")
            }
            startType = type
            receiver = arguments.count == 2 ? arguments[1] : .none
        }
        let receiverType: TypeObject
        if let t = receiver.asObject(TypeObject.self), t.isSubtype(of: startType) {
            receiverType = t
        } else if typeOf(receiver).isSubtype(of: startType) {
            receiverType = typeOf(receiver)
        } else if receiver.isNone && arguments.count == 1 {
            receiverType = startType
        } else {
            throw makeError("TypeError", "super(type, obj): obj must be an instance or subtype of type")
        }
        if let reused = heap.reusableSuper(of: types.superType) {
            reused.reuse(startType: startType.retainedObject, receiver: receiver.retained(), receiverType: receiverType.retainedObject)
            heap.track(reused)
            return reused.asValue
        }
        let object = SuperObject(type: types.superType, startType: startType.retainedObject, receiver: receiver.retained(),
                                 receiverType: receiverType.retainedObject)
        return heap.registerTracked(object).asValue
    }

    /// Attribute lookup on a super object: search the receiver's MRO after the start type.
    func superGetAttribute(_ s: SuperObject, _ name: StrObject) throws(ScriptError) -> Value {
        let mro = s.receiverType.mro
        if name.value != "__class__", let position = mro.firstIndex(where: { $0 === s.startType }) {
            for type in mro[(position + 1)...] {
                guard let found = type.dict.getString(name) else { continue }
                let instance: Value = s.receiver.asObject(TypeObject.self) === s.receiverType ? .none : s.receiver
                if instance.isNone, let native = found.asObject(NativeFunctionObject.self), native.name == "__new__" {
                    return found.retained()
                }
                if instance.isNone, let function = found.asObject(FunctionObject.self) {
                    return function.retainedValue
                }
                return try bindDescriptor(found, instance: instance, owner: s.receiverType)
            }
        }
        return try genericGetAttribute(s.asValue, name)
    }
}

extension Interpreter {
    /// The class a builtin `__new__` was asked to make (`args[0]`), checked as CPython checks it:
    /// a type, and a subtype of `owner` (named `ownerName` in messages).
    func newTarget(_ args: Arguments, _ owner: TypeObject, _ ownerName: String) throws(ScriptError) -> TypeObject {
        guard args.values.count > 0 else { throw makeError("TypeError", "\(ownerName).__new__(): not enough arguments") }
        guard let type = args[0].asObject(TypeObject.self) else {
            throw makeError("TypeError", "\(ownerName).__new__(X): X is not a type object (\(typeName(args[0])))")
        }
        guard type.isSubtype(of: owner) else {
            throw makeError("TypeError", "\(ownerName).__new__(\(type.name)): \(type.name) is not a subtype of \(ownerName)")
        }
        return type
    }
}
