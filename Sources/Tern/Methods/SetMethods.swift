/// The methods of `set` and `frozenset`.
extension Interpreter {
    func setReceiver(_ args: Arguments, _ method: String, mutable: Bool = false) throws(ScriptError) -> SetObject {
        let owner = mutable ? "set" : "frozenset"
        guard args.values.count > 0, let set = args[0].asObject(SetObject.self),
              !mutable || set.type.isSubtype(of: types.set) else {
            throw makeError("TypeError", "descriptor '\(method)' for '\(owner)' objects doesn't apply to a '\(args.values.count > 0 ? typeName(args[0]) : "NoneType")' object")
        }
        return set
    }

    /// A new set of the same kind as `like` (set or frozenset, never a subclass), as set operations return.
    func makeSetLike(_ like: SetObject) -> SetObject {
        makeSet(frozen: like.type.isSubtype(of: types.frozenset))
    }

    /// The elements of any iterable as a temporary set (owned); sets are returned with an extra reference.
    func setOperand(_ v: Value) throws(ScriptError) -> SetObject {
        if let s = v.asObject(SetObject.self) { return s.retainedObject }
        let result = makeSet()
        do throws(ScriptError) {
            for item in try collect(v) {
                defer { item.release(heap) }
                try result.add(item, self)
            }
        } catch {
            heap.release(result)
            throw error
        }
        return result
    }

    func installSetMethods() {
        types.set.dict.setString(symbol("__hash__"), .none, heap)
        for (type, frozen) in [(types.set, false), (types.frozenset, true)] {
            let dict = type.dict!
            let owner = type.name
            define(dict, "__new__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                guard let cls = args[0].asObject(TypeObject.self) else { throw vm.makeError("TypeError", "\(owner).__new__(X): X is not a type object") }
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
                        for item in try vm.collect(args[1]) {
                            defer { item.release(vm.heap) }
                            try result.add(item, vm)
                        }
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
                    set.table.removeAll(vm.heap)
                    if args.count == 2 {
                        for item in try vm.collect(args[1]) {
                            defer { item.release(vm.heap) }
                            try set.add(item, vm)
                        }
                    }
                    return .none
                }
            }
            define(dict, "copy", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "copy")
                if frozen && set.type === vm.types.frozenset { return args[0].retained() }
                let copy = vm.makeSetLike(set)
                for entry in set.table.liveEntries { copy.table.insertNew(entry.key!.retained(), hash: entry.hash, .none) }
                return copy.asValue
            }
            define(dict, "union", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "union")
                let result = vm.makeSetLike(set)
                do throws(ScriptError) {
                    for item in set.elements { try result.add(item, vm) }
                    for i in 1..<Swift.max(1, args.count) {
                        for item in try vm.collect(args[i]) {
                            defer { item.release(vm.heap) }
                            try result.add(item, vm)
                        }
                    }
                } catch {
                    vm.heap.release(result)
                    throw error
                }
                return result.asValue
            }
            define(dict, "intersection", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "intersection")
                var current = set.retainedObject
                for i in 1..<Swift.max(1, args.count) {
                    let other: SetObject
                    do throws(ScriptError) { other = try vm.setOperand(args[i]) } catch {
                        vm.heap.release(current)
                        throw error
                    }
                    defer { vm.heap.release(other) }
                    let next = vm.makeSetLike(set)
                    do throws(ScriptError) {
                        for item in current.elements where try other.contains(item, vm) { try next.add(item, vm) }
                    } catch {
                        vm.heap.release(next)
                        vm.heap.release(current)
                        throw error
                    }
                    vm.heap.release(current)
                    current = next
                }
                if current === set {
                    vm.heap.release(current)
                    let copy = vm.makeSetLike(set)
                    for entry in set.table.liveEntries { copy.table.insertNew(entry.key!.retained(), hash: entry.hash, .none) }
                    return copy.asValue
                }
                return current.asValue
            }
            define(dict, "difference", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "difference")
                let result = vm.makeSetLike(set)
                do throws(ScriptError) {
                    var others: [SetObject] = []
                    defer { for o in others { vm.heap.release(o) } }
                    for i in 1..<Swift.max(1, args.count) { others.append(try vm.setOperand(args[i])) }
                    outer: for item in set.elements {
                        for other in others where try other.contains(item, vm) { continue outer }
                        try result.add(item, vm)
                    }
                } catch {
                    vm.heap.release(result)
                    throw error
                }
                return result.asValue
            }
            define(dict, "symmetric_difference", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, "symmetric_difference")
                guard args.count == 2 else { throw vm.makeError("TypeError", "symmetric_difference() takes exactly one argument (\(args.count - 1) given)") }
                let other = try vm.setOperand(args[1])
                defer { vm.heap.release(other) }
                let result = try vm.setOperation(.bitXor, set, other)
                if let r = result.asObject(SetObject.self), r.type !== vm.makeSetLikeType(set) {
                    let fixed = vm.makeSetLike(set)
                    for entry in r.table.liveEntries { fixed.table.insertNew(entry.key!.retained(), hash: entry.hash, .none) }
                    result.release(vm.heap)
                    return fixed.asValue
                }
                return result
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
                for item in try vm.collect(args[1]) {
                    defer { item.release(vm.heap) }
                    if try set.contains(item, vm) { return .bool(false) }
                }
                return .bool(true)
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
        define(dict, "pop", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "pop", mutable: true)
            guard let position = set.table.nextLive(from: 0) else { throw vm.makeError("KeyError", "pop from an empty set") }
            return set.table.removeEntry(at: position).key
        }
        define(dict, "clear", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            try vm.setReceiver(args, "clear", mutable: true).table.removeAll(vm.heap)
            return .none
        }
        define(dict, "update", owner: "set") { (vm, args) throws(ScriptError) -> Value in
            let set = try vm.setReceiver(args, "update", mutable: true)
            for i in 1..<Swift.max(1, args.count) {
                for item in try vm.collect(args[i]) {
                    defer { item.release(vm.heap) }
                    try set.add(item, vm)
                }
            }
            return .none
        }
        for (name, op) in [("intersection_update", BinaryOperator.bitAnd), ("difference_update", .subtract),
                           ("symmetric_difference_update", .bitXor)] {
            define(dict, name, owner: "set") { (vm, args) throws(ScriptError) -> Value in
                let set = try vm.setReceiver(args, name, mutable: true)
                for i in 1..<Swift.max(1, args.count) {
                    let other = try vm.setOperand(args[i])
                    defer { vm.heap.release(other) }
                    let result = try vm.setOperation(op, set, other)
                    defer { result.release(vm.heap) }
                    let computed = result.asObject(SetObject.self)!
                    set.table.removeAll(vm.heap)
                    for entry in computed.table.liveEntries { set.table.insertNew(entry.key!.retained(), hash: entry.hash, .none) }
                }
                return .none
            }
        }
    }
}
