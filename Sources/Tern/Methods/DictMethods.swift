/// The methods of `dict` and its views.
extension Interpreter {
    func dictReceiver(_ args: Arguments, _ method: String) throws(ScriptError) -> DictObject {
        if args.values.isEmpty { throw makeError("TypeError", "unbound method dict.\(method)() needs an argument") }
        guard let dict = args[0].asObject(DictObject.self) else {
            throw makeError("TypeError", "descriptor '\(method)' for 'dict' objects doesn't apply to a '\(args.values.count > 0 ? typeName(args[0]) : "NoneType")' object")
        }
        return dict
    }

    func installDictMethods() {
        let dict = types.dict.dict!
        dict.setString(symbol("__hash__"), .none, heap)
        define(dict, "__new__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.newTarget(args, vm.types.dict, "dict")
            if type === vm.types.dict { return vm.makeDict().asValue }
            return try vm.allocateInstance(type)
        }
        define(dict, "__init__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "__init__")
            try vm.dictUpdateFromArguments(d, args, name: "dict")
            return .none
        }
        define(dict, "update", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "update")
            try vm.dictUpdateFromArguments(d, args, name: "update")
            return .none
        }
        define(dict, "keys", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "keys", 1...1)
            return vm.makeIterator(.dictKeys, vm.types.dictKeys, source: try vm.dictReceiver(args, "keys").asValue).asValue
        }
        define(dict, "values", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "values", 1...1)
            return vm.makeIterator(.dictValues, vm.types.dictValues, source: try vm.dictReceiver(args, "values").asValue).asValue
        }
        define(dict, "items", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "items", 1...1)
            return vm.makeIterator(.dictItems, vm.types.dictItems, source: try vm.dictReceiver(args, "items").asValue).asValue
        }
        define(dict, "get", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "get")
            if args.count < 2 || args.count > 3 {
                throw vm.makeError("TypeError", "get expected \(args.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(args.count - 1)")
            }
            if let found = try d.get(args[1], vm) { return found.retained() }
            return args.count == 3 ? args[2].retained() : .none
        }
        define(dict, "setdefault", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "setdefault")
            if args.count < 2 || args.count > 3 {
                throw vm.makeError("TypeError", "setdefault expected \(args.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(args.count - 1)")
            }
            if let found = try d.get(args[1], vm) { return found.retained() }
            let value = args.count == 3 ? args[2] : .none
            try d.set(args[1], value, vm)
            return value.retained()
        }
        define(dict, "pop", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "pop")
            if args.count < 2 || args.count > 3 {
                throw vm.makeError("TypeError", "pop expected \(args.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(args.count - 1)")
            }
            if let removed = try d.remove(args[1], vm) { return removed }
            if args.count == 3 { return args[2].retained() }
            throw vm.makeError("KeyError", value: args[1])
        }
        define(dict, "popitem", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "popitem")
            try vm.checkArity(args, "popitem", 1...1)
            guard let last = d.entries.lastIndex(where: { $0.key != nil }) else {
                throw vm.makeError("KeyError", "popitem(): dictionary is empty")
            }
            let (key, value) = d.removeEntry(at: last)
            return vm.makeTuple([key, value])
        }
        define(dict, "clear", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            try vm.dictReceiver(args, "clear").removeAll(vm.heap)
            return .none
        }
        define(dict, "copy", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "copy")
            let copy = vm.makeDict()
            for entry in d.liveEntries { copy.insertNew(entry.key!.retained(), hash: entry.hash, entry.value.retained()) }
            return copy.asValue
        }
        let fromkeys = heap.register(NativeFunctionObject(type: types.builtinFunction, name: "fromkeys", ownerTypeName: "dict",
                                                          isClassMethod: true) { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 || args.count == 3 else {
                throw vm.makeError("TypeError", "fromkeys expected \(args.count < 2 ? "at least 1 argument" : "at most 2 arguments"), got \(args.count - 1)")
            }
            let result = try vm.call(args[0], Arguments(UnsafeBufferPointer(start: nil, count: 0)))
            let value = args.count == 3 ? args[2] : .none
            do throws(ScriptError) {
                try vm.forEachItem(of: args[1]) { (key) throws(ScriptError) in
                    try vm.setItem(result, key, value)
                    return true
                }
            } catch {
                result.release(vm.heap)
                throw error
            }
            return result
        })
        dict.setString(symbol("fromkeys"), owned: fromkeys.asValue, heap)
        define(dict, "__or__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            guard let x = args[0].asObject(DictObject.self), let y = args[1].asObject(DictObject.self) else { return vm.notImplemented.retainedValue }
            let result = vm.makeDict()
            try vm.dictUpdate(result, x.asValue, isDisplay: false)
            try vm.dictUpdate(result, y.asValue, isDisplay: false)
            return result.asValue
        }
        define(dict, "__ior__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "__ior__")
            try vm.dictUpdate(d, args[1], isDisplay: false)
            return args[0].retained()
        }
        define(dict, "__eq__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            guard let x = args[0].asObject(DictObject.self), let y = args[1].asObject(DictObject.self) else { return vm.notImplemented.retainedValue }
            return .bool(try vm.dictEquals(x, y))
        }
        define(dict, "__ne__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            guard let x = args[0].asObject(DictObject.self), let y = args[1].asObject(DictObject.self) else { return vm.notImplemented.retainedValue }
            return .bool(!(try vm.dictEquals(x, y)))
        }
        define(dict, "__reversed__", owner: "dict") { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.dictReceiver(args, "__reversed__")
            let plain = vm.makeDict()
            defer { vm.heap.release(plain) }
            for entry in d.liveEntries { plain.insertNew(entry.key!.retained(), hash: entry.hash, entry.value.retained()) }
            return try vm.reversedIterator(plain.asValue)
        }
        installDictViewMethods()
    }

    /// dict(mapping_or_pairs, **kwargs) and dict.update(...).
    func dictUpdateFromArguments(_ d: DictObject, _ args: Arguments, name: String) throws(ScriptError) {
        if args.count > 2 { throw makeError("TypeError", "\(name) expected at most 1 argument, got \(args.count - 1)") }
        if args.count == 2 { try dictUpdate(d, args[1], isDisplay: false) }
        for (key, value) in args.keywords {
            try d.set(intern(key).asValue, value, self)
        }
    }

    private func installDictViewMethods() {
        for view in [types.dictKeys, types.dictItems] {
            let name = view.name
            define(view.dict, "isdisjoint", owner: name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2 else { throw vm.makeError("TypeError", "isdisjoint() takes exactly one argument") }
                var disjoint = true
                try vm.forEachItem(of: args[1]) { (item) throws(ScriptError) in
                    if try vm.contains(args[0], item) { disjoint = false }
                    return disjoint
                }
                return .bool(disjoint)
            }
        }
        for view in [types.dictKeys, types.dictValues, types.dictItems] {
            define(view.dict, "__len__", owner: view.name) { (vm, args) throws(ScriptError) -> Value in
                .int(try vm.length(args[0]))
            }
            define(view.dict, "__iter__", owner: view.name) { (vm, args) throws(ScriptError) -> Value in
                try vm.getIterator(args[0])
            }
        }
    }

    /// A set holding the items of a dict keys/items view, for set operators on views.
    func viewAsSet(_ v: Value) throws(ScriptError) -> SetObject? {
        guard let view = v.asObject(IteratorObject.self), view.type === types.dictKeys || view.type === types.dictItems else { return nil }
        let result = makeSet()
        do throws(ScriptError) {
            try forEachItem(of: v) { (item) throws(ScriptError) in
                try result.add(item, self)
                return true
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result
    }
}
