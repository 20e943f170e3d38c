/// WeakSet: a set whose elements die by themselves. Elements are matched by hash and `==`;
/// the set operators accept any iterable, as CPython's _weakrefset does.
extension Interpreter {
    func installWeakSetMethods() {
        let type = weakrefTypes.weakSet
        let dict = type.dict!
        func method(_ name: String, _ body: @escaping (Interpreter, WeakContainerObject, Arguments) throws(ScriptError) -> Value) {
            let parameters = Interpreter.weakContainerParameters(.set, name)
            define(dict, name, owner: "WeakSet") { (vm, args) throws(ScriptError) -> Value in
                let container = try vm.weakContainerReceiver(args, name, .set)
                if args.keywordCount > 0, let parameters {
                    return try vm.withKeywordsAsPositional(args, "WeakSet.\(name)", parameters) { (positional) throws(ScriptError) in
                        try body(vm, container, positional)
                    }
                }
                return try body(vm, container, args)
            }
        }
        func unaryOperand(_ name: String, parameter: StaticString = "other",
                          _ body: @escaping (Interpreter, WeakContainerObject, Value) throws(ScriptError) -> Value) {
            method(name) { (vm, s, args) throws(ScriptError) -> Value in
                try vm.checkPositional(args, "WeakSet.\(name)", required: parameter, max: 1)
                return try body(vm, s, args[1])
            }
        }
        installWeakContainerConstruction(type, kind: .set)
        dict.setString(symbol("__hash__"), .none, heap)
        method("__init__") { (vm, s, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakSet.__init__", max: 1)
            if args.count > 1, !args[1].isNone {
                try vm.throughSelfCall(s, "update", args[1]) { () throws(ScriptError) in try vm.weakSetUpdate(s, args[1]) }
            }
            return .none
        }
        method("__len__") { (vm, s, _) throws(ScriptError) -> Value in .int(vm.weakContainerLength(s)) }
        method("__iter__") { (vm, s, _) throws(ScriptError) -> Value in vm.makeWeakContainerIterator(s, .keys) }
        unaryOperand("__contains__", parameter: "item") { (vm, s, item) throws(ScriptError) in .bool(try vm.keyedContains(s, item)) }
        method("__repr__") { (vm, s, _) throws(ScriptError) -> Value in
            var parts: [String] = []
            for entry in s.table.entries where entry.key != nil { parts.append(try vm.repr(entry.key!)) }
            return vm.makeStr(parts.isEmpty ? "set()" : "{" + parts.joined(separator: ", ") + "}")
        }
        unaryOperand("add", parameter: "item") { (vm, s, item) throws(ScriptError) in
            vm.commitIfPending(s)
            try vm.keyedStore(s, item, .none)
            return .none
        }
        method("clear") { (vm, s, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakSet.clear", max: 0)
            vm.commitIfPending(s)
            s.table.removeAll(vm.heap)
            return .none
        }
        method("copy") { (vm, s, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakSet.copy", max: 0)
            return try vm.callValue(s.type.asValue, [s.asValue])
        }
        method("pop") { (vm, s, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakSet.pop", max: 0)
            vm.commitIfPending(s)
            while true {
                guard let index = s.table.entries.lastIndex(where: { $0.key != nil }) else {
                    throw vm.makeError("KeyError", "pop from empty WeakSet")
                }
                let (key, value) = s.table.removeEntry(at: index)
                value.release(vm.heap)
                defer { key.release(vm.heap) }
                if let target = key.asObject(WeakReferenceObject.self)?.target { return target.retainedValue }
            }
        }
        unaryOperand("remove", parameter: "item") { (vm, s, item) throws(ScriptError) in
            vm.commitIfPending(s)
            let h = try vm.keyedHash(item)
            guard let index = try vm.keyedEntry(s, item, hash: h) else { throw try vm.missingReferenceKey(item) }
            vm.removeTableEntry(s, at: index)
            return .none
        }
        unaryOperand("discard", parameter: "item") { (vm, s, item) throws(ScriptError) in
            vm.commitIfPending(s)
            try vm.weakSetDiscard(s, item)
            return .none
        }
        unaryOperand("update") { (vm, s, other) throws(ScriptError) in
            try vm.weakSetUpdate(s, other)
            return .none
        }
        unaryOperand("__ior__") { (vm, s, other) throws(ScriptError) in
            try vm.throughSelfCall(s, "update", other) { () throws(ScriptError) in try vm.weakSetUpdate(s, other) }
            return s.retainedValue
        }
        unaryOperand("difference") { (vm, s, other) throws(ScriptError) in
            try vm.changedCopy(of: s, by: "difference_update", other) { (copy) throws(ScriptError) in
                try vm.weakSetSubtract(copy, other)
            }
        }
        unaryOperand("difference_update") { (vm, s, other) throws(ScriptError) in
            try vm.throughSelfCall(s, "__isub__", other) { () throws(ScriptError) in try vm.weakSetSubtract(s, other) }
            return .none
        }
        unaryOperand("__isub__") { (vm, s, other) throws(ScriptError) in
            try vm.weakSetSubtract(s, other)
            return s.retainedValue
        }
        for name in ["intersection"] {
            unaryOperand(name) { (vm, s, other) throws(ScriptError) in
                // CPython: `self.__class__(item for item in other if item in self)`.
                let ownContains = vm.weakContainerOverrides(s, "__contains__")
                var kept: [Value] = []
                defer { for item in kept { item.release(vm.heap) } }
                try vm.forEachItem(of: other) { (item) throws(ScriptError) in
                    let found = ownContains ? try vm.contains(s.asValue, item) : try vm.keyedContains(s, item)
                    if found { kept.append(item.retained()) }
                    return true
                }
                let list = vm.makeList(ContiguousArray(kept.map { $0.retained() }))
                defer { list.release(vm.heap) }
                return try vm.callValue(s.type.asValue, [list])
            }
        }
        for (name, returnsSelf) in [("intersection_update", false), ("__iand__", true)] {
            unaryOperand(name) { (vm, s, other) throws(ScriptError) in
                vm.commitIfPending(s)
                let keep = try vm.temporaryWeakSet(other)
                defer { vm.heap.release(keep) }
                try vm.forEachEntry(vm.liveKeyedEntries(s)) { (item, _) throws(ScriptError) in
                    if !(try vm.keyedContains(keep, item)) { try vm.weakSetDiscard(s, item) }
                    return true
                }
                return returnsSelf ? s.retainedValue : .none
            }
        }
        unaryOperand("symmetric_difference") { (vm, s, other) throws(ScriptError) in
            try vm.changedCopy(of: s, by: "symmetric_difference_update", other) { (copy) throws(ScriptError) in
                try vm.weakSetToggle(copy, other)
            }
        }
        unaryOperand("symmetric_difference_update") { (vm, s, other) throws(ScriptError) in
            try vm.throughSelfCall(s, "__ixor__", other) { () throws(ScriptError) in try vm.weakSetToggle(s, other) }
            return .none
        }
        unaryOperand("__ixor__") { (vm, s, other) throws(ScriptError) in
            try vm.weakSetToggle(s, other)
            return s.retainedValue
        }
        for name in ["union"] {
            unaryOperand(name) { (vm, s, other) throws(ScriptError) in
                // CPython: `self.__class__(e for s in (self, other) for e in s)`.
                var items: [Value] = []
                if vm.weakContainerOverrides(s, "__iter__") {
                    items = try vm.collect(s.asValue)
                } else {
                    for (item, _) in vm.liveKeyedEntries(s) { items.append(item) }
                }
                do throws(ScriptError) { items.append(contentsOf: try vm.collect(other)) } catch {
                    for item in items { item.release(vm.heap) }
                    throw error
                }
                let list = vm.makeList(ContiguousArray(items))
                defer { list.release(vm.heap) }
                return try vm.callValue(s.type.asValue, [list])
            }
        }
        // Comparisons against the elements of any iterable (CPython: `self.data <= set(map(ref, other))`).
        for (name, subset, strict) in [("issubset", true, false), ("__lt__", true, true),
                                       ("issuperset", false, false), ("__gt__", false, true)] {
            unaryOperand(name) { (vm, s, other) throws(ScriptError) in
                let theirs = try vm.temporaryWeakSet(other)
                defer { vm.heap.release(theirs) }
                let mine = s.table.count, their = theirs.table.count
                let (small, large) = subset ? (s, theirs) : (theirs, s)
                if strict && (subset ? mine >= their : mine <= their) { return .bool(false) }
                var contained = true
                try vm.forEachEntry(vm.liveKeyedEntries(small)) { (item, _) throws(ScriptError) in
                    if !(try vm.keyedContains(large, item)) { contained = false }
                    return contained
                }
                return .bool(contained)
            }
        }
        method("__eq__") { (vm, s, args) throws(ScriptError) -> Value in
            try vm.checkPositional(args, "WeakSet.__eq__", required: "other", max: 1)
            guard vm.typeOf(args[1]).isSubtype(of: s.type) else { return vm.notImplemented.retainedValue }
            let theirs = try vm.temporaryWeakSet(args[1])
            defer { vm.heap.release(theirs) }
            if theirs.table.count != s.table.count { return .bool(false) }
            var equal = true
            try vm.forEachEntry(vm.liveKeyedEntries(s)) { (item, _) throws(ScriptError) in
                if !(try vm.keyedContains(theirs, item)) { equal = false }
                return equal
            }
            return .bool(equal)
        }
        unaryOperand("isdisjoint") { (vm, s, other) throws(ScriptError) in
            // CPython: `len(self.intersection(other)) == 0`, which a subclass may reach into.
            if s.type.isHeapType {
                let common = try vm.callMethod(s.asValue, "intersection", [other])
                defer { common.release(vm.heap) }
                return .bool(try vm.length(common) == 0)
            }
            var disjoint = true
            try vm.forEachItem(of: other) { (item) throws(ScriptError) in
                if try vm.keyedContains(s, item) { disjoint = false }
                return disjoint
            }
            return .bool(disjoint)
        }
        // CPython's _weakrefset binds these operators to the named methods themselves.
        for (alias, original) in [("__le__", "issubset"), ("__ge__", "issuperset"), ("__and__", "intersection"),
                                  ("__sub__", "difference"), ("__or__", "union"), ("__xor__", "symmetric_difference")] {
            if let function = dict.getString(intern(original)) { dict.setString(intern(alias), function, heap) }
        }
    }

    /// What CPython's WeakSet does by calling its own method `name` with `other`: the subclass's
    /// version when it replaced it, else `native`.
    func throughSelfCall(_ s: WeakContainerObject, _ name: String, _ other: Value,
                         _ native: () throws(ScriptError) -> Void) throws(ScriptError) {
        if weakContainerOverrides(s, name) {
            try callMethod(s.asValue, name, [other]).release(heap)
        } else {
            try native()
        }
    }

    /// `s.copy()` changed by its method `name` with `other` (CPython's difference and
    /// symmetric_difference); `native` does the change for a plain WeakSet. Owned.
    func changedCopy(of s: WeakContainerObject, by name: String, _ other: Value,
                     _ native: (WeakContainerObject) throws(ScriptError) -> Void) throws(ScriptError) -> Value {
        let result = try callMethod(s.asValue, "copy", [])
        do throws(ScriptError) {
            // A subclass's copy goes through its methods, whichever of them it replaced.
            if let copy = result.asObject(WeakContainerObject.self), copy.kind == .set, !copy.type.isHeapType {
                try native(copy)
            } else {
                try callMethod(result, name, [other]).release(heap)
            }
        } catch {
            result.release(heap)
            throw error
        }
        return result
    }

    /// Adds every element of `other` (through a subclass's own `add`, as CPython's update does).
    func weakSetUpdate(_ s: WeakContainerObject, _ other: Value) throws(ScriptError) {
        commitIfPending(s)
        if weakContainerOverrides(s, "add") {
            try forEachItem(of: other) { (item) throws(ScriptError) in
                try callMethod(s.asValue, "add", [item]).release(heap)
                return true
            }
            return
        }
        let items = try collect(other)
        var failure: ScriptError? = nil
        for item in items {
            if failure == nil {
                do throws(ScriptError) { try keyedStore(s, item, .none) } catch { failure = error }
            }
            item.release(heap)
        }
        if let failure { throw failure }
    }

    /// Removes `item` if present (TypeError if it can't be weakly referenced).
    func weakSetDiscard(_ s: WeakContainerObject, _ item: Value) throws(ScriptError) {
        let h = try keyedHash(item)
        if let index = try keyedEntry(s, item, hash: h) { removeTableEntry(s, at: index) }
    }

    /// Removes every element of `other` (everything when `other` is the set itself).
    func weakSetSubtract(_ s: WeakContainerObject, _ other: Value) throws(ScriptError) {
        commitIfPending(s)
        if other.isIdentical(to: s.asValue) {
            s.table.removeAll(heap)
            return
        }
        try forEachItem(of: other) { (item) throws(ScriptError) in
            try weakSetDiscard(s, item)
            return true
        }
    }

    /// Symmetric difference in place: elements of `other` (deduplicated) are removed if present, added if not.
    func weakSetToggle(_ s: WeakContainerObject, _ other: Value) throws(ScriptError) {
        commitIfPending(s)
        if other.isIdentical(to: s.asValue) {
            s.table.removeAll(heap)
            return
        }
        let theirs = try temporaryWeakSet(other)
        defer { heap.release(theirs) }
        try forEachEntry(liveKeyedEntries(theirs)) { (item, _) throws(ScriptError) in
            let h = try hash(item)
            if let index = try keyedEntry(s, item, hash: h) { removeTableEntry(s, at: index) } else { try keyedStore(s, item, .none) }
            return true
        }
    }

    /// A plain WeakSet of the elements of `other` (owned), for comparisons.
    func temporaryWeakSet(_ other: Value) throws(ScriptError) -> WeakContainerObject {
        let s = makeWeakContainer(type: weakrefTypes.weakSet)
        do throws(ScriptError) { try weakSetUpdate(s, other) } catch {
            heap.release(s)
            throw error
        }
        return s
    }
}
