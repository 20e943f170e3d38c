/// `weakref.finalize(obj, func, *args, **kwargs)`: calls `func` once, when `obj` dies, when the
/// finalizer is called, or at exit. While alive it is held by the interpreter's registry and
/// holds its record (watch reference, func, args, kwargs); calling or detaching it empties it.
public final class FinalizeObject: HeapObject {
    /// The reference watching the object (owned; it notifies this finalizer).
    @exclusivity(unchecked) var watch: WeakReferenceObject?
    @exclusivity(unchecked) var function: Value = .none
    @exclusivity(unchecked) var arguments: Value = .none
    @exclusivity(unchecked) var keywords: Value = .none
    @exclusivity(unchecked) var runsAtExit = true
    /// Where the registry holds it (creation order, for running at exit newest first); -1 when not registered.
    @exclusivity(unchecked) var index = -1
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil

    override func forEachReference(_ body: (Value) -> Void) {
        if let watch { body(watch.asValue) }
        body(function)
        body(arguments)
        body(keywords)
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let record = takeRecord()
        record.release(heap)
        if let attributes = instanceAttributes {
            instanceAttributes = nil
            heap.release(attributes)
        }
    }

    /// Empties the finalizer, handing over what it held.
    func takeRecord() -> FinalizeRecord {
        let record = FinalizeRecord(watch: watch, function: function, arguments: arguments, keywords: keywords)
        watch?.observer = nil
        watch?.observerKind = .none
        watch = nil
        function = .none
        arguments = .none
        keywords = .none
        return record
    }
}

/// What a finalizer held when it was called or detached (owned).
struct FinalizeRecord {
    var watch: WeakReferenceObject?
    var function: Value
    var arguments: Value
    var keywords: Value

    func release(_ heap: Heap) {
        if let watch { heap.release(watch) }
        function.release(heap)
        arguments.release(heap)
        keywords.release(heap)
    }
}

/// The live finalizers of one interpreter (each counted as a reference) in creation order, and
/// whether exit has begun. Slots of finalizers that ended stay empty until compaction.
struct FinalizerRegistry {
    var slots: [Unmanaged<FinalizeObject>?] = []
    var liveCount = 0
    /// Set when exit finalizers have run: no finalizer function runs after that.
    var shutDown = false
    /// A finalizer was registered since exit last chose what to run.
    var dirty = false

    /// The registered finalizers, oldest first (borrowed).
    var live: [FinalizeObject] { slots.compactMap { $0?.takeUnretainedValue() } }

    mutating func add(_ f: FinalizeObject) {
        if slots.count >= 64 && liveCount * 2 < slots.count { compact() }
        f.index = slots.count
        slots.append(Unmanaged.passUnretained(f))
        liveCount += 1
        dirty = true
    }

    mutating func remove(_ f: FinalizeObject) {
        slots[f.index] = nil
        f.index = -1
        liveCount -= 1
    }

    func contains(_ f: FinalizeObject) -> Bool {
        f.index >= 0 && f.index < slots.count && slots[f.index]?.toOpaque() == Unmanaged.passUnretained(f).toOpaque()
    }

    /// Drops the empty slots, keeping creation order.
    private mutating func compact() {
        var kept: [Unmanaged<FinalizeObject>?] = []
        kept.reserveCapacity(liveCount * 2)
        for case let f? in slots {
            f._withUnsafeGuaranteedRef { $0.index = kept.count }
            kept.append(f)
        }
        slots = kept
    }
}

extension Interpreter {
    func installFinalizeMethods() {
        let type = weakrefTypes.finalize
        let dict = type.dict!
        func receiver(_ args: Arguments, _ name: String) throws(ScriptError) -> FinalizeObject {
            guard args.values.count > 0, let f = args[0].asObject(FinalizeObject.self) else {
                throw makeError("TypeError", "descriptor '\(name)' requires a 'finalize' object")
            }
            return f
        }
        define(dict, "__new__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            guard args.count > 0, let cls = args[0].asObject(TypeObject.self), cls.isSubtype(of: type) else {
                let name = args.count > 0 ? (args[0].asObject(TypeObject.self)?.name ?? vm.typeName(args[0])) : ""
                throw vm.makeError("TypeError", "object.__new__(\(name)) is not safe, use \(name).__new__()")
            }
            return vm.heap.registerTracked(FinalizeObject(type: cls)).asValue
        }
        define(dict, "__init__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "__init__")
            if args.count < 3 {
                let missing = ["'obj'", "'func'"].suffix(3 - args.count)
                throw vm.makeError("TypeError", "finalize.__init__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: " and "))")
            }
            try vm.startFinalizer(f, args, argumentOffset: 1)
            return .none
        }
        define(dict, "__call__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "__call__")
            if args.count > 2 { throw vm.makeError("TypeError", "finalize.__call__() takes from 1 to 2 positional arguments but \(args.count) were given") }
            return try vm.runFinalizeFunction(f) ?? .none
        }
        define(dict, "detach", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "detach")
            try vm.checkNoArguments(args, "finalize.detach")
            guard vm.isRegistered(f), let target = f.watch?.target else { return .none }
            let result = vm.finalizeDetails(f, target)
            vm.unregisterFinalizer(f).release(vm.heap)
            return result
        }
        define(dict, "peek", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "peek")
            try vm.checkNoArguments(args, "finalize.peek")
            guard vm.isRegistered(f), let target = f.watch?.target else { return .none }
            return vm.finalizeDetails(f, target)
        }
        defineReadOnlyProperty(type, "alive") { (vm, v) throws(ScriptError) -> Value in
            guard let f = v.asObject(FinalizeObject.self) else { return .bool(false) }
            return .bool(vm.isRegistered(f))
        }
        let getter = makeNative("atexit") { (vm, args) throws(ScriptError) -> Value in
            guard let f = args[0].asObject(FinalizeObject.self) else { return .bool(false) }
            return .bool(vm.isRegistered(f) && f.runsAtExit)
        }
        let setter = makeNative("atexit") { (vm, args) throws(ScriptError) -> Value in
            guard let f = args[0].asObject(FinalizeObject.self) else { return .none }
            let wanted = try vm.isTrue(args[1])
            if vm.isRegistered(f) { f.runsAtExit = wanted }
            return .none
        }
        let property = heap.registerTracked(DescriptorObject(type: types.property, getter: getter.asValue))
        property.setter = setter.asValue
        dict.setString(symbol("atexit"), property.asValue, heap)
        heap.release(property)
        define(dict, "__repr__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "__repr__")
            let name = vm.classNameForRepr(f)
            guard vm.isRegistered(f), let target = f.watch?.target else {
                return vm.makeStr("<\(name) object at \(vm.addressString(f)); dead>")
            }
            return vm.makeStr("<\(name) object at \(vm.addressString(f)); for '\(vm.classNameForRepr(target))' at \(vm.addressString(target))>")
        }
    }

    /// A method that takes nothing but self, with CPython's messages for anything more.
    func checkNoArguments(_ args: Arguments, _ name: String) throws(ScriptError) {
        if let (keyword, _) = args.keywords.first {
            throw makeError("TypeError", "\(name)() got an unexpected keyword argument '\(keyword)'")
        }
        if args.count > 1 { throw makeError("TypeError", "\(name)() takes 1 positional argument but \(args.count) were given") }
    }

    func isRegistered(_ f: FinalizeObject) -> Bool {
        finalizers.contains(f)
    }

    /// finalize.__init__: watch `args[offset]`, remember func, args and kwargs, and register (the
    /// registry holds a reference). `args` from `offset` are (obj, func, *args, **kwargs).
    func startFinalizer(_ f: FinalizeObject, _ args: Arguments, argumentOffset offset: Int) throws(ScriptError) {
        if args.count < offset + 2 {
            let missing = ["'obj'", "'func'"].suffix(offset + 2 - args.count)
            throw makeError("TypeError", "finalize.__init__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: " and "))")
        }
        guard case .object(let target) = args[offset], target._withUnsafeGuaranteedRef({ canBeWeaklyReferenced($0) }) else {
            throw makeError("TypeError", "cannot create weak reference to '\(typeName(args[offset]))' object")
        }
        if f.watch != nil || isRegistered(f) { return }
        f.watch = target._withUnsafeGuaranteedRef { makeObservingReference(to: $0, kind: .finalizer, observer: f) }
        f.function = args[offset + 1].retained()
        f.arguments = positionalTuple(args, from: offset + 2)
        if args.keywordCount > 0 {
            let kwargs = makeDict()
            for (name, value) in args.keywords { kwargs.setString(intern(name), value, heap) }
            f.keywords = kwargs.asValue
        }
        f.retain()
        finalizers.add(f)
    }

    /// `weakref.finalize(obj, func, *args, **kwargs)` for exactly the finalize type: what its
    /// __new__ and __init__ do, called directly. Owned.
    func makeFinalizer(_ type: TypeObject, _ args: Arguments) throws(ScriptError) -> Value {
        let f = heap.registerTracked(FinalizeObject(type: type))
        do throws(ScriptError) {
            try startFinalizer(f, args, argumentOffset: 0)
        } catch {
            heap.release(f)
            throw error
        }
        return f.asValue
    }

    /// `(obj, func, args, kwargs)` for peek/detach.
    private func finalizeDetails(_ f: FinalizeObject, _ target: HeapObject) -> Value {
        let kwargs = f.keywords.isNone ? makeDict().asValue : f.keywords.retained()
        return makeTuple([target.retainedValue, f.function.retained(), f.arguments.retained(), kwargs])
    }

    /// Takes a finalizer out of the registry and empties it; returns its record (owned).
    private func unregisterFinalizer(_ f: FinalizeObject) -> FinalizeRecord {
        guard isRegistered(f) else { return FinalizeRecord(watch: nil, function: .none, arguments: .none, keywords: .none) }
        finalizers.remove(f)
        let record = f.takeRecord()
        heap.release(f)  // the registry's reference
        return record
    }

    /// Calls a live finalizer's function once (nil when it is dead or exit finished).
    func runFinalizeFunction(_ f: FinalizeObject) throws(ScriptError) -> Value? {
        guard isRegistered(f) else { return nil }
        f.retain()
        defer { heap.release(f) }
        let record = unregisterFinalizer(f)
        defer { record.release(heap) }
        if finalizers.shutDown { return nil }
        // The usual finalizer has no keywords: call with its argument tuple's items in place.
        if record.keywords.isNone, case .object(let tuple) = record.arguments {
            return try tuple.withBorrowed { (object) throws(ScriptError) -> Value in
                let items = unsafeDowncast(object, to: TupleObject.self).items
                var result: Result<Value, ScriptError> = .success(.none)
                items.withUnsafeBufferPointer { buffer in
                    do throws(ScriptError) {
                        result = .success(try call(record.function, Arguments(buffer, keywordNames: nil)))
                    } catch {
                        result = .failure(error)
                    }
                }
                return try result.get()
            }
        }
        let positional = record.arguments.asObject(TupleObject.self).map { Array($0.items) } ?? []
        var keywords: [(String, Value)] = []
        if let kwargs = record.keywords.asObject(DictObject.self) {
            for entry in kwargs.liveEntries { keywords.append((entry.key?.asStr?.value ?? "", entry.value)) }
        }
        return try callWithKeywords(record.function, positional, keywords)
    }

    /// Runs a finalizer as CPython's weakref machinery does: through `__call__`, which a subclass
    /// may override (`argument` is what the caller passes: the dead reference, or nothing at exit).
    private func invokeFinalizer(_ f: FinalizeObject, passing argument: Value?) throws(ScriptError) -> Value? {
        if f.type.isHeapType, isRegistered(f), let call = f.type.lookup(symbol("__call__")),
           call.asObject(NativeFunctionObject.self) == nil {
            return try callValue(call, argument.map { [f.asValue, $0] } ?? [f.asValue])
        }
        return try runFinalizeFunction(f)
    }

    /// The object a finalizer watches died: run it, reporting (not raising) its errors.
    func finalizerObjectDied(_ object: HeapObject) {
        let f = unsafeDowncast(object, to: FinalizeObject.self)
        do throws(ScriptError) {
            try invokeFinalizer(f, passing: .none)?.release(heap)
        } catch {
            let description = unraisableContext(f.asValue)
            reportUnraisable(error, context: description, calledFromLibraryCode: true, object: f.asValue)
        }
    }

    /// At exit: runs the live finalizers with `atexit` set, newest first (including ones created
    /// meanwhile), then forbids any further finalizer function; the rest are dropped.
    func runExitFinalizers() {
        var pending: [FinalizeObject] = []
        var chosen = false
        while true {
            if !chosen || finalizers.dirty {
                pending = finalizers.live.filter { $0.runsAtExit }
                finalizers.dirty = false
                chosen = true
            }
            guard let f = pending.popLast() else { break }
            do throws(ScriptError) {
                try invokeFinalizer(f, passing: nil)?.release(heap)
            } catch {
                // CPython's exit hook hands an Exception to sys.excepthook (a traceback, not "Exception
                // ignored") and goes on; anything else (SystemExit) ends the hook, reported by atexit.
                if error.object.type.isSubtype(of: types.exception("Exception")) {
                    writeToStandardError(formatException(error.object, calledFromLibraryCode: true))
                    heap.release(error.object)
                    continue
                }
                reportUnraisable(error, context: "<bound method finalize._exitfunc of <class 'weakref.finalize'>>",
                                 calledFromLibraryCode: true, message: "Exception ignored in atexit callback")
                break
            }
        }
        finalizers.shutDown = true
        let remaining = finalizers.live
        for f in remaining { unregisterFinalizer(f).release(heap) }
    }
}
