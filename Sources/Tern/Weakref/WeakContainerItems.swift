/// Item access on the weak containers (`d[k]`, `d[k] = v`, `k in d`, `d.get(k)`, `s.add(x)`):
/// the work of their `__getitem__`, `__setitem__` and `__contains__`, shared by those methods and
/// by the VM, which calls these directly for the exact container types instead of dispatching
/// through the method (a subclass may replace it). Written against unmanaged references so
/// the hot paths carry no ARC traffic.
extension Interpreter {
    /// Whether `reference` is exactly a WeakKeyDictionary, WeakValueDictionary or WeakSet.
    @inline(__always)
    func isExactWeakContainer(_ reference: Unmanaged<HeapObject>) -> Bool {
        guard let types = exactWeakContainerTypeAddresses else { return false }
        let type = reference._withUnsafeGuaranteedRef { $0.typeRef.toOpaque() }
        return type == types.keys || type == types.values || type == types.set
    }

    /// The referent of a container's stored reference while it lives (borrowed). The keys of a
    /// keyed table and the values of a WeakValueDictionary are always weak references.
    @inline(__always)
    func storedReferent(_ stored: Value) -> Unmanaged<HeapObject>? {
        guard case .object(let r) = stored else { return nil }
        return r._withUnsafeGuaranteedRef { unsafeDowncast($0, to: WeakReferenceObject.self).referent }
    }

    /// `container[key]`; nil for a WeakSet (not subscriptable: the generic path says so).
    func weakContainerGetItem(_ container: WeakContainerObject, _ key: Value) throws(ScriptError) -> Value? {
        switch container.kind {
        case .keyDictionary:
            let h = try keyedHash(key)
            guard let index = try keyedEntry(container, key, hash: h) else { throw try missingReferenceKey(key) }
            let value = Unmanaged.passUnretained(container.table)._withUnsafeGuaranteedRef { $0.entries[index].value }
            value.retain()
            return value
        case .valueDictionary:
            commitIfPending(container)
            guard let stored = try container.tableReference.withBorrowed({ (table) throws(ScriptError) in try table.get(key, self) }), let target = storedReferent(stored) else {
                throw makeError("KeyError", value: key)
            }
            target._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
            return .object(target)
        case .set:
            return nil
        }
    }

    /// `container[key] = value`; false for a WeakSet (no item assignment).
    func weakContainerSetItem(_ container: WeakContainerObject, _ key: Value, _ value: Value) throws(ScriptError) -> Bool {
        switch container.kind {
        case .keyDictionary:
            try keyedStore(container, key, value)
        case .valueDictionary:
            commitIfPending(container)
            try storeWeakValue(container, key, value)
        case .set:
            return false
        }
        return true
    }

    /// `key in container`.
    func weakContainerContains(_ container: WeakContainerObject, _ key: Value) throws(ScriptError) -> Bool {
        if container.kind != .valueDictionary { return try keyedContains(container, key) }
        commitIfPending(container)
        guard let stored = try container.tableReference.withBorrowed({ (table) throws(ScriptError) in try table.get(key, self) }) else { return false }
        return storedReferent(stored) != nil
    }

    /// `WeakValueDictionary.get(key, default)`: the live value (owned) or nil.
    func weakValueLookup(_ container: WeakContainerObject, _ key: Value) throws(ScriptError) -> Value? {
        commitIfPending(container)
        guard let stored = try container.tableReference.withBorrowed({ (table) throws(ScriptError) in try table.get(key, self) }), let target = storedReferent(stored) else { return nil }
        target._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
        return .object(target)
    }
}

/// Keyword arguments for the containers' methods, which are Python functions in CPython and so
/// accept their parameters by name (`d.get(k, default=0)`, `WeakSet(data=[o])`).
extension Interpreter {
    /// The parameter names (after self) of a container method that takes keywords this way; nil
    /// for one that handles its own keywords (`update`, the dicts' `__init__`).
    static func weakContainerParameters(_ kind: WeakContainerObject.Kind, _ method: String) -> [String]? {
        switch (kind, method) {
        case (.keyDictionary, "update"), (.keyDictionary, "__init__"),
             (.valueDictionary, "update"), (.valueDictionary, "__init__"):
            return nil
        case (_, "__setitem__"): return ["key", "value"]
        case (.set, "__init__"): return ["data"]
        case (.set, "add"), (.set, "remove"), (.set, "discard"), (.set, "__contains__"): return ["item"]
        case (.set, "clear"), (.set, "copy"), (.set, "pop"): return []
        case (.set, let name) where !name.hasPrefix("__") || name.hasPrefix("__i") || ["__or__", "__and__", "__sub__",
                "__xor__", "__le__", "__lt__", "__ge__", "__gt__", "__eq__"].contains(name):
            return ["other"]
        case (_, "get"), (_, "setdefault"): return ["key", "default"]
        case (_, "__getitem__"), (_, "__delitem__"), (_, "__contains__"), (_, "pop"): return ["key"]
        case (_, "__deepcopy__"): return ["memo"]
        case (_, "__or__"), (_, "__ror__"), (_, "__ior__"), (_, "__eq__"): return ["other"]
        default: return []
        }
    }

    /// Runs `body` with `args` (self first) turned positional by parameter name: CPython's
    /// errors for unknown, repeated and missing arguments.
    func withKeywordsAsPositional(_ args: Arguments, _ name: String, _ parameters: [String],
                                  _ body: (Arguments) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        let given = args.count - 1
        var filled = [Value?](repeating: nil, count: parameters.count)
        for (keyword, value) in args.keywords {
            guard let i = parameters.firstIndex(of: keyword) else {
                throw makeError("TypeError", "\(name)() got an unexpected keyword argument '\(keyword)'")
            }
            if i < given { throw makeError("TypeError", "\(name)() got multiple values for argument '\(keyword)'") }
            filled[i] = value
        }
        var values = Array(args.values[0..<args.count])
        if given < parameters.count {
            let last = filled.lastIndex { $0 != nil } ?? -1
            for i in given...max(given, last) where i <= last {
                guard let value = filled[i] else {
                    throw makeError("TypeError", "\(name)() missing 1 required positional argument: '\(parameters[i])'")
                }
                values.append(value)
            }
        }
        return try withArguments(values, keywordNames: nil, body)
    }
}
