/// WeakValueDictionary: a dict whose entries die with their values. Each value is held by a
/// KeyedRef that remembers its key; almost every method first carries out the removals that
/// waited for iterations to end, as CPython's does.
extension Interpreter {
    func installWeakValueDictionaryMethods() {
        let type = weakrefTypes.weakValueDictionary
        let dict = type.dict!
        func method(_ name: String, _ body: @escaping (Interpreter, WeakContainerObject, Arguments) throws(ScriptError) -> Value) {
            let parameters = Interpreter.weakContainerParameters(.valueDictionary, name)
            define(dict, name, owner: "WeakValueDictionary") { (vm, args) throws(ScriptError) -> Value in
                let container = try vm.weakContainerReceiver(args, name, .valueDictionary)
                if args.keywordCount > 0, let parameters {
                    return try vm.withKeywordsAsPositional(args, "WeakValueDictionary.\(name)", parameters) { (positional) throws(ScriptError) in
                        try body(vm, container, positional)
                    }
                }
                return try body(vm, container, args)
            }
        }
        installWeakContainerConstruction(type, kind: .valueDictionary)
        method("__init__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.__init__", max: 1)
            if vm.weakContainerOverrides(d, "update") {
                let update = try vm.getAttribute(d.asValue, vm.symbol("update"))
                defer { update.release(vm.heap) }
                try vm.callWithKeywords(update, args.count > 1 ? [args[1]] : [], args.keywords).release(vm.heap)
                return .none
            }
            try vm.weakValueUpdate(d, args.count > 1 ? args[1] : .none, args.keywords)
            return .none
        }
        method("__getitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.__getitem__", required: "key", max: 1)
            return try vm.weakContainerGetItem(d, args[1]) ?? .none
        }
        method("__setitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.__setitem__", required: "key value", max: 2)
            _ = try vm.weakContainerSetItem(d, args[1], args[2])
            return .none
        }
        method("__delitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.__delitem__", required: "key", max: 1)
            vm.commitIfPending(d)
            guard let old = try d.table.remove(args[1], vm) else { throw vm.makeError("KeyError", value: args[1]) }
            old.release(vm.heap)
            return .none
        }
        method("__len__") { (vm, d, _) throws(ScriptError) -> Value in .int(vm.weakContainerLength(d)) }
        method("__contains__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.__contains__", required: "key", max: 1)
            return .bool(try vm.weakContainerContains(d, args[1]))
        }
        method("__repr__") { (vm, d, _) throws(ScriptError) -> Value in
            vm.makeStr("<\(vm.classNameForRepr(d)) at \(vm.addressString(d))>")
        }
        method("get") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.get", required: "key", max: 2)
            if let found = try vm.weakValueLookup(d, args[1]) { return found }
            return (args.count > 2 ? args[2] : .none).retained()
        }
        method("setdefault") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.setdefault", required: "key", max: 2)
            if let stored = try d.table.get(args[1], vm), let target = stored.asObject(WeakReferenceObject.self)?.target {
                return target.retainedValue
            }
            vm.commitIfPending(d)
            let value = args.count > 2 ? args[2] : .none
            try vm.storeWeakValue(d, args[1], value)
            return value.retained()
        }
        method("pop") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.pop", required: "key", max: Int.max)
            vm.commitIfPending(d)
            if let stored = try d.table.remove(args[1], vm) {
                defer { stored.release(vm.heap) }
                if let target = stored.asObject(WeakReferenceObject.self)?.target { return target.retainedValue }
            }
            if args.count > 2 { return args[2].retained() }
            throw vm.makeError("KeyError", value: args[1])
        }
        method("popitem") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.popitem", max: 0)
            vm.commitIfPending(d)
            while true {
                guard let index = d.table.entries.lastIndex(where: { $0.key != nil }) else {
                    throw vm.makeError("KeyError", "popitem(): dictionary is empty")
                }
                let (key, stored) = d.table.removeEntry(at: index)
                defer { stored.release(vm.heap) }
                if let target = stored.asObject(WeakReferenceObject.self)?.target {
                    return vm.makeTuple([key, target.retainedValue])
                }
                key.release(vm.heap)
            }
        }
        method("clear") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.clear", max: 0)
            // MutableMapping.clear: popitem until KeyError, which a subclass may override.
            if vm.weakContainerOverrides(d, "popitem") {
                try vm.popItemsUntilKeyError(d)
                return .none
            }
            vm.commitIfPending(d)
            vm.removeAllEntries(d)
            return .none
        }
        method("update") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.update", max: 1)
            try vm.weakValueUpdate(d, args.count > 1 ? args[1] : .none, args.keywords)
            return .none
        }
        method("copy") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakValueDictionary.copy", max: 0)
            vm.commitIfPending(d)
            let copy = vm.makeWeakContainer(type: vm.weakrefTypes.weakValueDictionary)
            do throws(ScriptError) {
                try vm.forEachEntry(vm.liveValueEntries(d)) { (key, value) throws(ScriptError) in
                    try vm.storeWeakValue(copy, key, value)
                    return true
                }
            } catch {
                vm.heap.release(copy)
                throw error
            }
            return copy.asValue
        }
        if let copy = dict.getString(symbol("copy")) { dict.setString(symbol("__copy__"), copy, heap) }
        method("keys") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .keys) }
        method("__iter__") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .keys) }
        method("values") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .values) }
        method("items") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .items) }
        method("itervaluerefs") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .references) }
        method("valuerefs") { (vm, d, _) throws(ScriptError) -> Value in
            vm.commitIfPending(d)
            return vm.makeList(ContiguousArray(d.table.entries.compactMap { $0.key == nil ? nil : $0.value.retained() }))
        }
        installMappingOperators(dict, owner: "WeakValueDictionary", kind: .valueDictionary)
        installKeyedReferenceMethods()
    }

    /// `d[key] = value` for a WeakValueDictionary: a new KeyedRef that tells `d` when `value` dies.
    func storeWeakValue(_ d: WeakContainerObject, _ key: Value, _ value: Value) throws(ScriptError) {
        guard case .object(let target) = value, target._withUnsafeGuaranteedRef({ canBeWeaklyReferenced($0) }),
              let keyedReferenceType = keyedReferenceTypeAddress else {
            throw makeError("TypeError", "cannot create weak reference to '\(typeName(value))' object")
        }
        let reference = target._withUnsafeGuaranteedRef { object in
            Unmanaged<TypeObject>.fromOpaque(keyedReferenceType)._withUnsafeGuaranteedRef { type in
                Unmanaged.passUnretained(makeObservingReference(to: object, kind: .container, observer: d, type: type))
            }
        }
        key.retain()
        defer { heap.release(reference) }
        try reference.withBorrowed { (stored) throws(ScriptError) in
            stored.key = key
            try d.tableReference.withBorrowed { (table) throws(ScriptError) in try table.set(key, stored.asValue, self) }
        }
    }

    /// WeakValueDictionary.update(mapping or pairs, **keywords).
    func weakValueUpdate(_ d: WeakContainerObject, _ source: Value, _ keywords: [(String, Value)]) throws(ScriptError) {
        commitIfPending(d)
        if !source.isNone {
            for (key, value) in try mappingPairs(source) {
                defer {
                    key.release(heap)
                    value.release(heap)
                }
                try storeWeakValue(d, key, value)
            }
        }
        for (name, value) in keywords { try storeWeakValue(d, intern(name).asValue, value) }
    }

    /// The live entries of a WeakValueDictionary as (key, value) pairs, owned.
    func liveValueEntries(_ d: WeakContainerObject) -> [(Value, Value)] {
        var result: [(Value, Value)] = []
        for entry in d.table.entries {
            guard let key = entry.key, let target = entry.value.asObject(WeakReferenceObject.self)?.target else { continue }
            result.append((key.retained(), target.retainedValue))
        }
        return result
    }

    /// KeyedRef(ob, callback, key): a ref subclass that carries the key it is stored under.
    private func installKeyedReferenceMethods() {
        let type = weakrefTypes.keyedReference
        define(type.dict, "__new__", owner: "KeyedRef") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 {
                return try vm.withKeywordsAsPositional(args, "KeyedRef.__new__", ["ob", "callback", "key"]) { (positional) throws(ScriptError) in
                    try vm.call(type.dict.getString(vm.symbol("__new__")) ?? .none, positional)
                }
            }
            // KeyedRef.__new__ is ref.__new__ underneath, which does the checking.
            let cls = try vm.newTarget(args, vm.weakrefTypes.reference, "weakref.ReferenceType")
            guard args.count == 4 else {
                if args.count > 4 {
                    throw vm.makeError("TypeError", "KeyedRef.__new__() takes 4 positional arguments but \(args.count) were given")
                }
                let missing = Array(["'ob'", "'callback'", "'key'"].suffix(4 - args.count))
                let list = missing.count == 1 ? missing[0] : missing.count == 2 ? missing.joined(separator: " and ")
                    : missing.dropLast().joined(separator: ", ") + ", and " + missing.last!
                throw vm.makeError("TypeError", "KeyedRef.__new__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
            }
            let referent = try vm.weakReferent(args[1])
            let reference = vm.makeWeakReference(to: referent, callback: args[2], type: cls)
            reference.key = args[3].retained()
            return reference.asValue
        }
        define(type.dict, "__init__", owner: "KeyedRef") { (vm, args) throws(ScriptError) -> Value in .none }
        // A `__slots__` member: deleting it empties the slot (the setter is given the null marker).
        defineMember(type, "key", { (vm, v) throws(ScriptError) -> Value in
            guard let reference = v.asObject(WeakReferenceObject.self) else { return .none }
            if reference.keyDeleted { throw vm.makeError("AttributeError", "'\(vm.typeName(v))' object has no attribute 'key'") }
            return reference.key.retained()
        }, setter: { (vm, v, key) throws(ScriptError) in
            guard let reference = v.asObject(WeakReferenceObject.self) else { return }
            let deleting = vm.isNull(key)
            if deleting && reference.keyDeleted { throw vm.makeError("AttributeError", "key") }
            let old = reference.key
            reference.key = deleting ? .none : key.retained()
            reference.keyDeleted = deleting
            old.release(vm.heap)
        })
    }
}
