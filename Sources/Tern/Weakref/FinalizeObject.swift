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
    /// Creation order, for running at exit newest first.
    @exclusivity(unchecked) var index = 0
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

/// The live finalizers of one interpreter (each counted as a reference), and whether exit has begun.
struct FinalizerRegistry {
    var live: [Int: Unmanaged<FinalizeObject>] = [:]
    var nextIndex = 0
    /// Set when exit finalizers have run: no finalizer function runs after that.
    var shutDown = false
    /// A finalizer was registered since exit last chose what to run.
    var dirty = false
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
                throw vm.makeError("TypeError", "finalize.__new__(X): X is not a subtype of finalize")
            }
            return vm.heap.registerTracked(FinalizeObject(type: cls)).asValue
        }
        define(dict, "__init__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "__init__")
            if args.count < 3 {
                let missing = ["'obj'", "'func'"].suffix(3 - args.count)
                throw vm.makeError("TypeError", "finalize.__init__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: " and "))")
            }
            let referent = try vm.weakReferent(args[1])
            if f.watch != nil || vm.isRegistered(f) { return .none }
            f.watch = vm.makeObservingReference(to: referent, kind: .finalizer, observer: f)
            f.function = args[2].retained()
            f.arguments = vm.positionalTuple(args, from: 3)
            if args.keywordCount > 0 {
                let kwargs = vm.makeDict()
                for (name, value) in args.keywords { kwargs.setString(vm.intern(name), value, vm.heap) }
                f.keywords = kwargs.asValue
            }
            f.index = vm.finalizers.nextIndex
            vm.finalizers.nextIndex += 1
            vm.finalizers.live[f.index] = Unmanaged.passUnretained(f.retainedObject)
            vm.finalizers.dirty = true
            return .none
        }
        define(dict, "__call__", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "__call__")
            if args.count > 2 { throw vm.makeError("TypeError", "finalize.__call__() takes from 1 to 2 positional arguments but \(args.count) were given") }
            return try vm.runFinalizeFunction(f) ?? .none
        }
        define(dict, "detach", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "detach")
            guard vm.finalizers.live[f.index] != nil, f.watch != nil, let target = f.watch?.target else { return .none }
            let result = vm.finalizeDetails(f, target)
            vm.unregisterFinalizer(f).release(vm.heap)
            return result
        }
        define(dict, "peek", owner: "finalize") { (vm, args) throws(ScriptError) -> Value in
            let f = try receiver(args, "peek")
            guard vm.finalizers.live[f.index] != nil, f.watch != nil, let target = f.watch?.target else { return .none }
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

    func isRegistered(_ f: FinalizeObject) -> Bool {
        finalizers.live[f.index].map { $0.toOpaque() == Unmanaged.passUnretained(f).toOpaque() } ?? false
    }

    /// `(obj, func, args, kwargs)` for peek/detach.
    private func finalizeDetails(_ f: FinalizeObject, _ target: HeapObject) -> Value {
        let kwargs = f.keywords.isNone ? makeDict().asValue : f.keywords.retained()
        return makeTuple([target.retainedValue, f.function.retained(), f.arguments.retained(), kwargs])
    }

    /// Takes a finalizer out of the registry and empties it; returns its record (owned).
    private func unregisterFinalizer(_ f: FinalizeObject) -> FinalizeRecord {
        guard isRegistered(f) else { return FinalizeRecord(watch: nil, function: .none, arguments: .none, keywords: .none) }
        finalizers.live[f.index] = nil
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
        let positional = record.arguments.asObject(TupleObject.self).map { Array($0.items) } ?? []
        var keywords: [(String, Value)] = []
        if let kwargs = record.keywords.asObject(DictObject.self) {
            for entry in kwargs.liveEntries { keywords.append((entry.key?.asStr?.value ?? "", entry.value)) }
        }
        return try callWithKeywords(record.function, positional, keywords)
    }

    /// The object a finalizer watches died: run it, reporting (not raising) its errors.
    func finalizerObjectDied(_ object: HeapObject) {
        let f = unsafeDowncast(object, to: FinalizeObject.self)
        do throws(ScriptError) {
            try runFinalizeFunction(f)?.release(heap)
        } catch {
            let description = (try? repr(f.asValue)) ?? "<finalize object>"
            reportUnraisable(error, context: description, calledFromLibraryCode: true)
        }
    }

    /// At exit: runs the live finalizers with `atexit` set, newest first (including ones created
    /// meanwhile), then forbids any further finalizer function; the rest are dropped.
    func runExitFinalizers() {
        var pending: [FinalizeObject] = []
        var chosen = false
        while true {
            if !chosen || finalizers.dirty {
                pending = finalizers.live.values.map { $0.takeUnretainedValue() }
                    .filter { $0.runsAtExit }
                    .sorted { $0.index < $1.index }
                finalizers.dirty = false
                chosen = true
            }
            guard let f = pending.popLast() else { break }
            do throws(ScriptError) {
                try runFinalizeFunction(f)?.release(heap)
            } catch {
                // As sys.excepthook: a traceback, not "Exception ignored".
                writeToStandardError(formatException(error.object, calledFromLibraryCode: true))
                heap.release(error.object)
            }
        }
        finalizers.shutDown = true
        let remaining = finalizers.live.values.map { $0.takeUnretainedValue() }
        for f in remaining { unregisterFinalizer(f).release(heap) }
    }
}
