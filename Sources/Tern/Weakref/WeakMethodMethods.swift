/// WeakMethod: a reference to a bound method that dies when either its object or its function
/// dies, and that builds a fresh bound method when called while both live.
extension Interpreter {
    func installWeakMethodMethods() {
        let type = weakrefTypes.weakMethod
        let dict = type.dict!
        define(dict, "__new__", owner: "WeakMethod") { (vm, args) throws(ScriptError) -> Value in
            // Bound as CPython's `def __new__(cls, meth, callback=None)`.
            if args.count > 3 { throw vm.makeError("TypeError", "WeakMethod.__new__() takes from 2 to 3 positional arguments but \(args.count) were given") }
            var given: Value? = args.count > 1 ? args[1] : nil
            var callback: Value = args.count > 2 ? args[2] : .none
            for (name, value) in args.keywords {
                switch name {
                case "meth" where given == nil: given = value
                case "callback" where args.count < 3: callback = value
                case "meth", "callback":
                    throw vm.makeError("TypeError", "WeakMethod.__new__() got multiple values for argument '\(name)'")
                default:
                    throw vm.makeError("TypeError", "WeakMethod.__new__() got an unexpected keyword argument '\(name)'")
                }
            }
            guard let meth = given else { throw vm.makeError("TypeError", "WeakMethod.__new__() missing 1 required positional argument: 'meth'") }
            // CPython looks at the method first, then ref.__new__ checks the class.
            if meth.asObject(BoundMethodObject.self) == nil {
                throw vm.makeError("TypeError", "argument should be a bound method, not \(try vm.repr(vm.typeOf(meth).asValue))")
            }
            let cls = try vm.newTarget(args, vm.weakrefTypes.reference, "weakref.ReferenceType")
            guard cls.isSubtype(of: type) else {
                throw vm.makeError("AttributeError", "'\(cls.name)' object has no attribute '_func_ref'")
            }
            guard let method = meth.asObject(BoundMethodObject.self), let receiver = method.receiver.heapObject,
                  let function = method.function.heapObject else {
                throw vm.makeError("TypeError", "argument should be a bound method, not \(try vm.repr(vm.typeOf(meth).asValue))")
            }
            _ = try vm.weakReferent(method.receiver)
            _ = try vm.weakReferent(method.function)
            // The WeakMethod watches the object itself (observing itself) and the function through a second reference.
            let watch = vm.makeObservingReference(to: receiver, kind: .weakMethod, observer: receiver, type: cls)
            watch.observer = Unmanaged.passUnretained(watch)
            watch.callback = callback.retained()
            watch.methodFunction = vm.makeObservingReference(to: function, kind: .weakMethod, observer: watch)
            watch.methodType = vm.typeOf(meth).retainedValue
            watch.methodAlive = true
            return watch.asValue
        }
        define(dict, "__call__", owner: "WeakMethod") { (vm, args) throws(ScriptError) -> Value in
            let r = try vm.referenceReceiver(args, "__call__")
            if args.count > 1 { throw vm.makeError("TypeError", "WeakMethod.__call__() takes 1 positional argument but \(args.count) were given") }
            guard let receiver = r.target, let function = r.methodFunction?.target else { return .none }
            return vm.makeBoundMethod(function: function.retainedValue, receiver: receiver.retainedValue)
        }
        for (name, equal) in [("__eq__", true), ("__ne__", false)] {
            define(dict, name, owner: "WeakMethod") { (vm, args) throws(ScriptError) -> Value in
                let r = try vm.referenceReceiver(args, name)
                guard args.count == 2, let other = args[1].asObject(WeakReferenceObject.self),
                      other.type.isSubtype(of: vm.weakrefTypes.weakMethod) else { return vm.notImplemented.retainedValue }
                if !r.methodAlive || !other.methodAlive { return .bool((r === other) == equal) }
                let objects = try vm.compareReferences(r, other, equal: true)
                defer { objects.release(vm.heap) }
                var same = try vm.isTrue(objects)
                if same, let f = r.methodFunction, let g = other.methodFunction {
                    let result = try vm.compareReferences(f, g, equal: true)
                    defer { result.release(vm.heap) }
                    same = try vm.isTrue(result)
                }
                return .bool(same == equal)
            }
        }
        if let hash = weakrefTypes.reference.dict.getString(symbol("__hash__")) {
            dict.setString(symbol("__hash__"), hash, heap)
        }
    }

    /// What a live WeakMethod's `__callback__` shows: CPython's internal `_cb`, which holds the
    /// WeakMethod weakly and, called, marks it dead and runs the user's callback once. Owned.
    func weakMethodCallbackFunction(_ method: WeakReferenceObject) -> Value {
        let function = NativeFunctionObject(type: types.builtinFunction, name: "_cb") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 else {
                throw vm.makeError("TypeError", "_cb() takes 1 positional argument but \(args.count - 1) were given")
            }
            if let owner = args[0].asObject(WeakReferenceObject.self)?.target {
                vm.weakMethodPartDied(unsafeDowncast(owner, to: WeakReferenceObject.self))
            }
            return .none
        }
        function.boundSelf = makeWeakReference(to: method, callback: .none, type: weakrefTypes.reference).asValue
        return heap.registerTracked(function).asValue
    }

    /// The object or the function of a WeakMethod died: the first such death runs its callback.
    func weakMethodPartDied(_ method: WeakReferenceObject) {
        guard method.methodAlive else { return }
        method.methodAlive = false
        let callback = method.callback
        method.callback = .none
        defer { callback.release(heap) }
        if !callback.isNone { runUnraisable(callback, [method.asValue]) }
    }
}
