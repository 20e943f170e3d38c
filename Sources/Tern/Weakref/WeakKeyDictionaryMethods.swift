/// WeakKeyDictionary: a mapping whose entries die with their keys. Keys are matched by the
/// referent's hash and `==`, as CPython's table of `ref(key)` does.
extension Interpreter {
    func installWeakKeyDictionaryMethods() {
        let type = weakrefTypes.weakKeyDictionary
        let dict = type.dict!
        func method(_ name: String, _ body: @escaping (Interpreter, WeakContainerObject, Arguments) throws(ScriptError) -> Value) {
            let parameters = Interpreter.weakContainerParameters(.keyDictionary, name)
            define(dict, name, owner: "WeakKeyDictionary") { (vm, args) throws(ScriptError) -> Value in
                let container = try vm.weakContainerReceiver(args, name, .keyDictionary)
                if args.keywordCount > 0, let parameters {
                    return try vm.withKeywordsAsPositional(args, "WeakKeyDictionary.\(name)", parameters) { (positional) throws(ScriptError) in
                        try body(vm, container, positional)
                    }
                }
                return try body(vm, container, args)
            }
        }
        installWeakContainerConstruction(type, kind: .keyDictionary)
        method("__init__") { (vm, d, args) throws(ScriptError) -> Value in
            for (name, _) in args.keywords where name != "dict" {
                throw vm.makeError("TypeError", "WeakKeyDictionary.__init__() got an unexpected keyword argument '\(name)'")
            }
            try vm.checkPositional(args, "WeakKeyDictionary.__init__", max: 1)
            let source = args.count > 1 ? args[1] : (args.keyword("dict") ?? .none)
            if source.isNone { return .none }
            if vm.weakContainerOverrides(d, "update") {
                try vm.callMethod(d.asValue, "update", [source]).release(vm.heap)
            } else {
                try vm.weakKeyUpdate(d, source)
            }
            return .none
        }
        method("__getitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.__getitem__", required: "key", max: 1)
            return try vm.weakContainerGetItem(d, args[1]) ?? .none
        }
        method("__setitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.__setitem__", required: "key value", max: 2)
            try vm.keyedStore(d, args[1], args[2])
            return .none
        }
        method("__delitem__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.__delitem__", required: "key", max: 1)
            let h = try vm.keyedHash(args[1])
            guard let index = try vm.keyedEntry(d, args[1], hash: h) else { throw try vm.missingReferenceKey(args[1]) }
            vm.removeTableEntry(d, at: index)
            return .none
        }
        method("__len__") { (vm, d, _) throws(ScriptError) -> Value in .int(vm.weakContainerLength(d)) }
        method("__contains__") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.__contains__", required: "key", max: 1)
            return .bool(try vm.keyedContains(d, args[1]))
        }
        method("__repr__") { (vm, d, _) throws(ScriptError) -> Value in
            vm.makeStr("<\(vm.classNameForRepr(d)) at \(vm.addressString(d))>")
        }
        method("get") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.get", required: "key", max: 2)
            let h = try vm.keyedHash(args[1])
            guard let index = try vm.keyedEntry(d, args[1], hash: h) else { return args.count > 2 ? args[2].retained() : .none }
            return d.table.entries[index].value.retained()
        }
        method("setdefault") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.setdefault", required: "key", max: 2)
            let h = try vm.keyedHash(args[1])
            if let index = try vm.keyedEntry(d, args[1], hash: h) { return d.table.entries[index].value.retained() }
            let value = args.count > 2 ? args[2] : .none
            try vm.keyedStore(d, args[1], value)
            return value.retained()
        }
        method("pop") { (vm, d, args) throws(ScriptError) -> Value in
            // CPython passes the extra arguments on to dict.pop, after making the key's ref.
            try vm.checkPositional(args, "WeakKeyDictionary.pop", required: "key", max: Int.max)
            let h = try vm.keyedHash(args[1])
            if args.count > 3 { throw vm.makeError("TypeError", "pop expected at most 2 arguments, got \(args.count - 1)") }
            guard let index = try vm.keyedEntry(d, args[1], hash: h) else {
                if args.count > 2 { return args[2].retained() }
                throw try vm.missingReferenceKey(args[1])
            }
            let value = d.table.entries[index].value.retained()
            vm.removeTableEntry(d, at: index)
            return value
        }
        method("popitem") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.popitem", max: 0)
            while true {
                guard let index = d.table.entries.lastIndex(where: { $0.key != nil }) else {
                    throw vm.makeError("KeyError", "popitem(): dictionary is empty")
                }
                let (key, value) = d.table.removeEntry(at: index)
                defer { key.release(vm.heap) }
                if let target = key.asObject(WeakReferenceObject.self)?.target {
                    return vm.makeTuple([target.retainedValue, value])
                }
                value.release(vm.heap)
            }
        }
        method("clear") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.clear", max: 0)
            // MutableMapping.clear: popitem until KeyError, which a subclass may override.
            if vm.weakContainerOverrides(d, "popitem") {
                try vm.popItemsUntilKeyError(d)
                return .none
            }
            vm.removeAllEntries(d)
            return .none
        }
        method("update") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.update", max: 1)
            if args.count > 1, !args[1].isNone { try vm.weakKeyUpdate(d, args[1]) }
            for (name, value) in args.keywords { try vm.keyedStore(d, vm.intern(name).asValue, value) }
            return .none
        }
        method("copy") { (vm, d, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakKeyDictionary.copy", max: 0)
            return try vm.copyWeakKeyDictionary(d, type: vm.weakrefTypes.weakKeyDictionary).asValue
        }
        if let copy = dict.getString(symbol("copy")) { dict.setString(symbol("__copy__"), copy, heap) }
        method("keys") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .keys) }
        method("__iter__") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .keys) }
        method("values") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .values) }
        method("items") { (vm, d, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(d, .items) }
        method("keyrefs") { (vm, d, _) throws(ScriptError) -> Value in
            vm.makeList(ContiguousArray(d.table.entries.compactMap { $0.key?.retained() }))
        }
        installMappingOperators(dict, owner: "WeakKeyDictionary", kind: .keyDictionary)
    }

    /// KeyError for a key missing from a keyed table: CPython's message shows `ref(key)`.
    func missingReferenceKey(_ key: Value) throws(ScriptError) -> ScriptError {
        let referent = try weakReferent(key)
        let reference = makeWeakReference(to: referent, callback: .none, type: weakrefTypes.reference)
        defer { heap.release(reference) }
        let error = makeError("KeyError", value: reference.asValue)
        // CPython's KeyError comes from weakref.py, whose frame in the traceback keeps the key
        // alive while the exception lives: a temporary key's ref still shows it when printed.
        setExceptionField(error.object, " key", key)
        return error
    }

    /// `key in d` for a keyed table: False for keys that can't be weakly referenced.
    func keyedContains(_ container: WeakContainerObject, _ key: Value) throws(ScriptError) -> Bool {
        guard case .object(let object) = key, object._withUnsafeGuaranteedRef({ canBeWeaklyReferenced($0) }) else { return false }
        return try keyedEntry(container, key, hash: try hash(key)) != nil
    }

    /// Removes the entry at `index`, releasing its key and value.
    func removeTableEntry(_ container: WeakContainerObject, at index: Int) {
        let (key, value) = container.table.removeEntry(at: index)
        key.release(heap)
        value.release(heap)
    }

    /// WeakKeyDictionary.update(mapping or pairs).
    func weakKeyUpdate(_ d: WeakContainerObject, _ source: Value) throws(ScriptError) {
        for (key, value) in try mappingPairs(source) {
            defer {
                key.release(heap)
                value.release(heap)
            }
            try keyedStore(d, key, value)
        }
    }

    /// A copy with the live entries of `d`, of `type`.
    func copyWeakKeyDictionary(_ d: WeakContainerObject, type: TypeObject) throws(ScriptError) -> WeakContainerObject {
        let copy = makeWeakContainer(type: type)
        enterIterationGuard(d)
        defer { leaveIterationGuard(d) }
        do throws(ScriptError) {
            try forEachEntry(liveKeyedEntries(d)) { (key, value) throws(ScriptError) in
                try keyedStore(copy, key, value)
                return true
            }
        } catch {
            heap.release(copy)
            throw error
        }
        return copy
    }

    /// MutableMapping.clear for a subclass with its own popitem: calls it until it raises KeyError.
    func popItemsUntilKeyError(_ container: WeakContainerObject) throws(ScriptError) {
        while true {
            do throws(ScriptError) {
                try callMethod(container.asValue, "popitem", []).release(heap)
            } catch {
                guard error.object.type.isSubtype(of: types.keyError!) else { throw error }
                heap.release(error.object)
                return
            }
        }
    }

    /// The (key, value) pairs of a mapping (anything with `items()`) or an iterable of pairs, owned.
    func mappingPairs(_ source: Value) throws(ScriptError) -> [(Value, Value)] {
        var pairs: [(Value, Value)] = []
        // A weak dictionary's table is read directly unless a subclass overrides items(), which
        // CPython's Python-level update and Mapping.__eq__ would call.
        if let c = source.asObject(WeakContainerObject.self), c.kind != .set, !weakContainerOverrides(c, "items") {
            if c.kind == .keyDictionary { return liveKeyedEntries(c) }
            return liveValueEntries(c)
        }
        if let d = source.asObject(DictObject.self), typeOf(source).lookup(symbol("items"))?.asObject(NativeFunctionObject.self) != nil {
            for entry in d.liveEntries { pairs.append((entry.key!.retained(), entry.value.retained())) }
            return pairs
        }
        guard try hasAttribute(source, "items") else {
            // CPython's update runs `dict(source)` first: pairs, or a mapping with keys().
            let converted = makeDict()
            defer { heap.release(converted) }
            try dictUpdate(converted, source, isDisplay: false)
            for entry in converted.liveEntries { pairs.append((entry.key!.retained(), entry.value.retained())) }
            return pairs
        }
        let items = try callMethod(source, "items", [])
        defer { items.release(heap) }
        do throws(ScriptError) {
            try forEachItem(of: items) { (item) throws(ScriptError) in
                let parts = try collect(item)
                guard parts.count == 2 else {
                    for part in parts { part.release(heap) }
                    throw makeError("ValueError", parts.count > 2 ? "too many values to unpack (expected 2)"
                                                    : "not enough values to unpack (expected 2, got \(parts.count))")
                }
                pairs.append((parts[0], parts[1]))
                return true
            }
        } catch {
            for (key, value) in pairs {
                key.release(heap)
                value.release(heap)
            }
            throw error
        }
        return pairs
    }

    /// The class name CPython's Python-level reprs use (`self.__class__.__name__`).
    func classNameForRepr(_ o: HeapObject) -> String {
        o.type.isHeapType ? o.type.name : o.type.qualifiedName
    }

    /// Rejects more positional arguments (after self) than `max`, or fewer than the `required`
    /// parameters (space-separated names), with the messages CPython gives for a Python-level
    /// method. The name is only built when there is an error.
    @inline(__always)
    func checkPositional(_ args: Arguments, _ name: @autoclosure () -> String, required: StaticString = "",
                         max: Int) throws(ScriptError) {
        let n = args.count - 1
        let minimum = required.withUTF8Buffer { bytes in bytes.isEmpty ? 0 : bytes.reduce(1) { $1 == 32 ? $0 + 1 : $0 } }
        if n >= minimum && n <= max { return }
        throw positionalArgumentError(name(), given: n, required: required.description.split(separator: " ").map(String.init), max: max)
    }

    private func positionalArgumentError(_ name: String, given n: Int, required: [String], max: Int) -> ScriptError {
        let min = required.count
        if n > max {
            return makeError("TypeError", "\(name)() takes \(max == min ? "" : "from \(min + 1) to ")\(max + 1) positional argument\(max == 0 ? "" : "s") but \(n + 1) were given")
        }
        let missing = required[n...].map { "'\($0)'" }
        let list = missing.count == 1 ? missing[0]
            : missing.count == 2 ? "\(missing[0]) and \(missing[1])"
            : missing.dropLast().joined(separator: ", ") + ", and " + missing.last!
        return makeError("TypeError", "\(name)() missing \(min - n) required positional argument\(min - n == 1 ? "" : "s"): \(list)")
    }

    /// `__new__` for a container type and its subclasses: an empty container.
    func installWeakContainerConstruction(_ type: TypeObject, kind: WeakContainerObject.Kind) {
        define(type.dict, "__new__", owner: type.qualifiedName) { (vm, args) throws(ScriptError) -> Value in
            guard args.count > 0, let cls = args[0].asObject(TypeObject.self), cls.isSubtype(of: type) else {
                // CPython's containers are Python classes: object.__new__ does the refusing.
                let name = args.count > 0 ? (args[0].asObject(TypeObject.self)?.name ?? vm.typeName(args[0])) : ""
                throw vm.makeError("TypeError", "object.__new__(\(name)) is not safe, use \(name).__new__()")
            }
            return vm.makeWeakContainer(type: cls).asValue
        }
    }

    /// `==`, `|`, `|=` for the two weak dictionaries (CPython's Mapping rules).
    func installMappingOperators(_ dict: DictObject, owner: String, kind: WeakContainerObject.Kind) {
        func isMapping(_ v: Value) -> Bool {
            if v.asObject(DictObject.self) != nil { return true }
            if let c = v.asObject(WeakContainerObject.self) { return c.kind != .set }
            return false
        }
        // Mappings define __eq__, so they are unhashable; and they are not reversible.
        dict.setString(symbol("__hash__"), .none, heap)
        dict.setString(symbol("__reversed__"), .none, heap)
        define(dict, "__eq__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.weakContainerReceiver(args, "__eq__", kind)
            try vm.checkPositional(args, "Mapping.__eq__", required: "other", max: 1)
            guard isMapping(args[1]) else { return vm.notImplemented.retainedValue }
            let mine = try vm.dictFromPairs(vm.mappingPairs(d.asValue))
            defer { vm.heap.release(mine) }
            let theirs = try vm.dictFromPairs(vm.mappingPairs(args[1]))
            defer { vm.heap.release(theirs) }
            return .bool(try vm.dictEquals(mine, theirs))
        }
        define(dict, "__or__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.weakContainerReceiver(args, "__or__", kind)
            try vm.checkPositional(args, "\(owner).__or__", required: "other", max: 1)
            guard isMapping(args[1]) else { return vm.notImplemented.retainedValue }
            let copy = try vm.callMethod(d.asValue, "copy", [])
            do throws(ScriptError) {
                try vm.callMethod(copy, "update", [args[1]]).release(vm.heap)
            } catch {
                copy.release(vm.heap)
                throw error
            }
            return copy
        }
        define(dict, "__ror__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.weakContainerReceiver(args, "__ror__", kind)
            try vm.checkPositional(args, "\(owner).__ror__", required: "other", max: 1)
            guard isMapping(args[1]) else { return vm.notImplemented.retainedValue }
            let result = try vm.callValue(d.type.asValue, [])
            do throws(ScriptError) {
                try vm.callMethod(result, "update", [args[1]]).release(vm.heap)
                try vm.callMethod(result, "update", [d.asValue]).release(vm.heap)
            } catch {
                result.release(vm.heap)
                throw error
            }
            return result
        }
        define(dict, "__ior__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
            let d = try vm.weakContainerReceiver(args, "__ior__", kind)
            try vm.checkPositional(args, "\(owner).__ior__", required: "other", max: 1)
            try vm.callMethod(d.asValue, "update", [args[1]]).release(vm.heap)
            return d.retainedValue
        }
    }

    /// A new dict from owned pairs (consumed).
    func dictFromPairs(_ pairs: [(Value, Value)]) throws(ScriptError) -> DictObject {
        let result = makeDict()
        var failure: ScriptError? = nil
        for (key, value) in pairs {
            if failure == nil {
                do throws(ScriptError) { try result.set(key, value, self) } catch { failure = error }
            }
            key.release(heap)
            value.release(heap)
        }
        if let failure {
            heap.release(result)
            throw failure
        }
        return result
    }
}
