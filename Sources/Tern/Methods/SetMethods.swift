/// The methods of `set` and `frozenset`.
extension Interpreter {
    func setReceiver(_ args: Arguments, _ method: String, mutable: Bool = false) throws(ScriptError) -> SetObject {
        let owner = mutable ? "set" : "frozenset"
        if args.values.isEmpty { throw makeError("TypeError", "unbound method \(owner).\(method)() needs an argument") }
        guard let set = args[0].asObject(SetObject.self),
              !mutable || set.type.isSubtype(of: types.set) else {
            throw makeError("TypeError", "descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(args.values.count > 0 ? typeName(args[0]) : "NoneType")' object")
        }
        return set
    }

    /// The elements of any iterable as a temporary set (owned); sets are returned with an extra reference.
    func setOperand(_ v: Value) throws(ScriptError) -> SetObject {
        if let s = v.asObject(SetObject.self) { return s.retainedObject }
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

    func installSetMethods() {
        types.set.dict.setString(symbol("__hash__"), .none, heap)
        // Subclasses of frozenset hash by content, like frozenset itself.
        define(types.frozenset.dict, "__hash__", owner: "frozenset") { (vm, args) throws(ScriptError) -> Value in
            guard let s = args[0].asObject(SetObject.self), s.type.isSubtype(of: vm.types.frozenset) else {
                throw vm.makeError("TypeError", "descriptor '__hash__' requires a 'frozenset' object")
            }
            if let cached = s.cachedHash { return .int(cached) }
            let h = s.table.contentHash
            s.cachedHash = h
            return .int(h)
        }
        for (type, frozen) in [(types.set, false), (types.frozenset, true)] {
            let dict = type.dict!
            let owner = type.name
            define(dict, "__new__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let cls = try vm.newTarget(args, type, owner)
                if args.keywordCount > 0 && cls === type { throw vm.makeError("TypeError", "\(owner)() takes no keyword arguments") }
                if frozen {
                    if args.count > 2 { throw vm.makeError("TypeError", "frozenset expected at most 1 argument, got \(args.count - 1)") }
                    if args.count == 2, cls === type, let s = args[1].asObject(SetObject.self), s.type === type {
                        return args[1].retained()
                    }
                }
                let result: SetObject
                if cls === type {
                    result = vm.makeSet(frozen: frozen)
                } else {
                    guard let instance = try vm.allocateInstance(cls).asObject(SetObject.self) else {
                        throw vm.makeError("TypeError", "cannot create '\(cls.name)' instances")
                    }
                    result = instance
                }
                if frozen && args.count == 2 {
                    do throws(ScriptError) {
                        try vm.setUpdate(result, with: args[1])
                    } catch {
                        vm.heap.release(result)
                        throw error
                    }
                }
                return result.asValue
            }
            if !frozen {
                define(dict, "__init__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                    let set = try vm.setReceiver(args, "__init__", mutable: true)
                    if args.keywordCount > 0 { throw vm.makeError("TypeError", "set() takes no keyword arguments") }
                    if args.count > 2 { throw vm.makeError("TypeError", "set expected at most 1 argument, got \(args.count - 1)") }
                    if set.table.fill > 0 { set.table.removeAll(vm.heap) }
                    if args.count == 2 { try vm.setUpdate(set, with: args[1]) }
                    return .none
                }
            }
            define(dict, "copy", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "copy")
                if frozen && set.type === vm.types.frozenset { return args[0].retained() }
                return vm.setCopy(set).asValue
            }
            define(dict, "union", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "union")
                let result = vm.setCopy(set)
                do throws(ScriptError) {
                    for i in 1..<Swift.max(1, args.count) where !args[i].isIdentical(to: args[0]) {
                        try vm.setUpdate(result, with: args[i])
                    }
                } catch {
                    vm.heap.release(result)
                    throw error
                }
                return result.asValue
            }
            define(dict, "intersection", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "intersection")
                return try vm.setIntersection(set, others: args).asValue
            }
            define(dict, "difference", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "difference")
                if args.count < 2 { return vm.setCopy(set).asValue }
                let result = try vm.setDifference(set, args[1])
                do throws(ScriptError) {
                    for i in 2..<Swift.max(2, args.count) { try vm.setDifferenceUpdate(result, args[i]) }
                } catch {
                    vm.heap.release(result)
                    throw error
                }
                return result.asValue
            }
            define(dict, "symmetric_difference", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "symmetric_difference")
                guard args.count == 2 else { throw vm.makeError("TypeError", "symmetric_difference() takes exactly one argument (\(args.count - 1) given)") }
                return try vm.setSymmetricDifference(set, args[1]).asValue
            }
            define(dict, "issubset", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "issubset")
                guard args.count == 2 else { throw vm.makeError("TypeError", "issubset() takes exactly one argument (\(args.count - 1) given)") }
                let other = try vm.setOperand(args[1])
                defer { vm.heap.release(other) }
                return .bool(try vm.setCompare(.lessEqual, set, other))
            }
            define(dict, "issuperset", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "issuperset")
                guard args.count == 2 else { throw vm.makeError("TypeError", "issuperset() takes exactly one argument (\(args.count - 1) given)") }
                let other = try vm.setOperand(args[1])
                defer { vm.heap.release(other) }
                return .bool(try vm.setCompare(.greaterEqual, set, other))
            }
            define(dict, "isdisjoint", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "isdisjoint")
                guard args.count == 2 else { throw vm.makeError("TypeError", "isdisjoint() takes exactly one argument (\(args.count - 1) given)") }
                var disjoint = true
                try vm.forEachItem(of: args[1]) { (item) throws(ScriptError) in
                    if try set.contains(item, vm) { disjoint = false }
                    return disjoint
                }
                return .bool(disjoint)
            }
            define(dict, "__contains__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "__contains__")
                return .bool(try set.contains(args[1], vm))
            }
            define(dict, "__len__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                .int(try vm.setReceiver(args, "__len__").count)
            }
            define(dict, "__iter__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                _ = try vm.setReceiver(args, "__iter__")
                return try vm.builtinIterator(args[0])
            }
            define(dict, "__repr__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "__repr__")
                return vm.makeStr(try vm.builtinRepr(set, args[0]))
            }
            let operators: [(String, BinaryOperator, Bool)] = [
                ("__or__", .bitOr, false), ("__ror__", .bitOr, true), ("__and__", .bitAnd, false), ("__rand__", .bitAnd, true),
                ("__sub__", .subtract, false), ("__rsub__", .subtract, true), ("__xor__", .bitXor, false), ("__rxor__", .bitXor, true),
            ]
            for (name, op, reflected) in operators {
                define(dict, name, owner: owner) { (vm, args) throws(ScriptError) -> Value in
                    guard args.values.count == 2, let x = args[0].asObject(SetObject.self), let y = args[1].asObject(SetObject.self) else {
                        return vm.notImplemented.retainedValue
                    }
                    return try reflected ? vm.setOperation(op, y, x) : vm.setOperation(op, x, y)
                }
            }
            let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                             ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
            for (name, op) in comparisons {
                define(dict, name, owner: owner) { (vm, args) throws(ScriptError) -> Value in
                    guard args.count == 2, let x = args[0].asObject(SetObject.self), let y = args[1].asObject(SetObject.self) else {
                        return vm.notImplemented.retainedValue
                    }
                    return .bool(try vm.setCompare(op, x, y))
                }
            }
        }
        installMutatingSetMethods()
    }

    func makeSetLikeType(_ like: SetObject) -> TypeObject {
        like.type.isSubtype(of: types.frozenset) ? types.frozenset : types.set
    }

    private func installMutatingSetMethods() {
        let dict = types.set.dict!
        define(dict, "add", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "add", mutable: true)
            guard args.count == 2 else { throw vm.makeError("TypeError", "set.add() takes exactly one argument (\(args.count - 1) given)") }
            try set.add(args[1], vm)
            return .none
        }
        define(dict, "remove", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "remove", mutable: true)
            guard args.count == 2 else { throw vm.makeError("TypeError", "set.remove() takes exactly one argument (\(args.count - 1) given)") }
            if !(try set.discard(args[1], vm)) { throw vm.makeError("KeyError", value: args[1]) }
            return .none
        }
        define(dict, "discard", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "discard", mutable: true)
            guard args.count == 2 else { throw vm.makeError("TypeError", "set.discard() takes exactly one argument (\(args.count - 1) given)") }
            _ = try set.discard(args[1], vm)
            return .none
        }
        for (name, op) in [("__ior__", BinaryOperator.bitOr), ("__iand__", .bitAnd), ("__isub__", .subtract), ("__ixor__", .bitXor)] {
            define(dict, name, owner: "set") { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, name, mutable: true)
                guard args.count == 2, let other = args[1].asObject(SetObject.self) else { return vm.notImplemented.retainedValue }
                try vm.setInPlaceOperation(op, set, other)
                return args[0].retained()
            }
        }
        define(dict, "pop", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "pop", mutable: true)
            guard let index = set.table.popIndex() else { throw vm.makeError("KeyError", "pop from an empty set") }
            return set.table.removeSlot(at: index)
        }
        define(dict, "clear", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            try vm.setReceiver(args, "clear", mutable: true).table.removeAll(vm.heap)
            return .none
        }
        define(dict, "update", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "update", mutable: true)
            for i in 1..<Swift.max(1, args.count) { try vm.setUpdate(set, with: args[i]) }
            return .none
        }
        define(dict, "intersection_update", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "intersection_update", mutable: true)
            let result = try vm.setIntersection(set, others: args)
            set.table.swapContents(with: result.table)
            vm.heap.release(result)
            return .none
        }
        define(dict, "difference_update", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "difference_update", mutable: true)
            for i in 1..<Swift.max(1, args.count) { try vm.setDifferenceUpdate(set, args[i]) }
            return .none
        }
        define(dict, "symmetric_difference_update", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "symmetric_difference_update", mutable: true)
            guard args.count == 2 else { throw vm.makeError("TypeError", "set.symmetric_difference_update() takes exactly one argument (\(args.count - 1) given)") }
            try vm.setSymmetricDifferenceUpdate(set, args[1])
            return .none
        }
    }

    /// `set.intersection(*others)` for the arguments after the receiver in `args`.
    func setIntersection(_ set: SetObject, others args: Arguments) throws(ScriptError) -> SetObject {
        if args.count < 2 { return setCopy(set) }
        var current = set.retainedObject
        for i in 1..<args.count {
            let previous = current
            defer { heap.release(previous) }
            current = try setIntersection(previous, args[i])
        }
        return current
    }
}
