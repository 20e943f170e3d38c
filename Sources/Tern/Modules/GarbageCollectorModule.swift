#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `gc` module: the cycle collector's interface (Heap/CycleCollector.swift does the work).
extension Interpreter {
    func makeGarbageCollectorModule() -> ModuleObject {
        let module = makeModule("gc")
        let dict = module.dict
        // gc.garbage and gc.callbacks are the module's own lists: rebinding the names does not
        // change what the collector uses, as in CPython.
        if garbageList.isNone { garbageList = makeList([]) }
        if collectorCallbacks.isNone { collectorCallbacks = makeList([]) }
        dict.setString(intern("garbage"), garbageList, heap)
        dict.setString(intern("callbacks"), collectorCallbacks, heap)
        for (name, value) in [("DEBUG_STATS", GarbageCollectorDebug.stats), ("DEBUG_COLLECTABLE", GarbageCollectorDebug.collectable),
                              ("DEBUG_UNCOLLECTABLE", GarbageCollectorDebug.uncollectable),
                              ("DEBUG_SAVEALL", GarbageCollectorDebug.saveAll), ("DEBUG_LEAK", GarbageCollectorDebug.leak)] {
            dict.setString(intern(name), .int(value), heap)
        }
        define(dict, "collect") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "collect", allowed: ["generation"])
            if args.count > 1 { throw vm.makeError("TypeError", "collect() takes at most 1 argument (\(args.count) given)") }
            var generation = 2
            if let given = vm.argument(args, 0, "generation") { generation = try vm.index(given) }
            guard (0...2).contains(generation) else { throw vm.makeError("ValueError", "invalid generation") }
            if vm.heap.isCollecting { return .int(0) }
            let result = vm.collectWithCallbacks(generation: generation)
            return .int(result.collected + result.uncollectable)
        }
        define(dict, "enable") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.enable", 0...0)
            vm.heap.collector.isEnabled = true
            vm.heap.updateCollectionTrigger()
            return .none
        }
        define(dict, "disable") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.disable", 0...0)
            vm.heap.collector.isEnabled = false
            vm.heap.updateCollectionTrigger()
            return .none
        }
        define(dict, "isenabled") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.isenabled", 0...0)
            return .bool(vm.heap.collector.isEnabled)
        }
        define(dict, "get_count") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.get_count", 0...0)
            let counts = vm.heap.collector.counts
            return vm.makeTuple([.int(vm.heap.youngCount), .int(counts[1]), .int(counts[2])])
        }
        define(dict, "get_threshold") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.get_threshold", 0...0)
            return vm.makeTuple(vm.heap.collector.thresholds.map { Value.int($0) })
        }
        define(dict, "set_threshold") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "set_threshold() takes no keyword arguments") }
            if args.count == 0 { throw vm.makeError("TypeError", "set_threshold() takes at least 1 argument (0 given)") }
            if args.count > 3 { throw vm.makeError("TypeError", "set_threshold() takes at most 3 arguments (\(args.count) given)") }
            var thresholds = vm.heap.collector.thresholds
            for i in 0..<args.count {
                guard vm.isIntLike(args[i]) else {
                    throw vm.makeError("TypeError", "'\(vm.typeName(args[i]))' object cannot be interpreted as an integer")
                }
                // Parsed as a C int, with CPython's messages.
                guard let wide = vm.bigValue(args[i]), let value = Int(exactly: wide) else {
                    throw vm.makeError("OverflowError", "Python int too large to convert to C long")
                }
                if value > Int(Int32.max) { throw vm.makeError("OverflowError", "signed integer is greater than maximum") }
                if value < Int(Int32.min) { throw vm.makeError("OverflowError", "signed integer is less than minimum") }
                thresholds[i] = value
            }
            vm.heap.collector.thresholds = thresholds
            vm.heap.updateCollectionTrigger()
            return .none
        }
        define(dict, "get_debug") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.get_debug", 0...0)
            return .int(vm.heap.collector.debugFlags)
        }
        define(dict, "set_debug") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.set_debug", 1...1, style: .singleArgument)
            vm.heap.collector.debugFlags = try vm.index(args[0])
            return .none
        }
        define(dict, "get_stats") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.get_stats", 0...0)
            var stats = ContiguousArray<Value>()
            for generation in 0..<3 {
                let entry = vm.makeDict()
                entry.setString(vm.intern("collections"), .int(vm.heap.collector.collections[generation]), vm.heap)
                entry.setString(vm.intern("collected"), .int(vm.heap.collector.collected[generation]), vm.heap)
                entry.setString(vm.intern("uncollectable"), .int(0), vm.heap)
                stats.append(entry.asValue)
            }
            return vm.makeList(stats)
        }
        define(dict, "get_objects") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "get_objects", allowed: ["generation"])
            if args.count > 1 { throw vm.makeError("TypeError", "get_objects() takes at most 1 argument (\(args.count) given)") }
            var objects: ContiguousArray<Unmanaged<HeapObject>>
            if let given = vm.argument(args, 0, "generation"), !given.isNone {
                guard vm.isIntLike(given) || vm.special(given, "__index__") != nil else {
                    throw vm.makeError("TypeError", "argument should be integer or None, not '\(vm.typeName(given))'")
                }
                let generation = try vm.index(given)
                if generation >= 3 {
                    throw vm.makeError("ValueError", "generation parameter must be less than the number of available generations (3)")
                }
                if generation < -1 { throw vm.makeError("ValueError", "generation parameter cannot be negative") }
                if generation >= 0 {
                    objects = vm.heap.lists[generation].objects()
                } else {
                    // -1 means every generation, as no argument does.
                    objects = vm.heap.lists[0].objects()
                    objects.append(contentsOf: vm.heap.lists[1].objects())
                    objects.append(contentsOf: vm.heap.lists[2].objects())
                }
            } else {
                objects = vm.heap.lists[0].objects()
                objects.append(contentsOf: vm.heap.lists[1].objects())
                objects.append(contentsOf: vm.heap.lists[2].objects())
            }
            return vm.makeList(ContiguousArray(objects.map { reference in
                reference._withUnsafeGuaranteedRef { $0.retainedValue }
            }))
        }
        define(dict, "is_tracked") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.is_tracked", 1...1, style: .singleArgument)
            return .bool(vm.mayBeTracked(args[0], asDictItem: false))
        }
        define(dict, "is_finalized") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.is_finalized", 1...1, style: .singleArgument)
            guard case .object(let reference) = args[0] else { return .bool(false) }
            return .bool(reference._withUnsafeGuaranteedRef { $0.isFinalized })
        }
        define(dict, "get_referents") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "get_referents() takes no keyword arguments") }
            var referents = ContiguousArray<Value>()
            for value in args.values {
                guard case .object(let reference) = value else { continue }
                reference._withUnsafeGuaranteedRef { object in vm.forEachReferentInTraversalOrder(object) { referents.append($0.retained()) } }
            }
            return vm.makeList(referents)
        }
        define(dict, "get_referrers") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "get_referrers() takes no keyword arguments") }
            // Ints, floats, bools and None are values here, not objects: a referrer holds one identical to it.
            let targets = Array(args.values)
            var referrers = ContiguousArray<Value>()
            for reference in vm.heap.tracked {
                var refers = false
                reference._withUnsafeGuaranteedRef { object in
                    object.forEachReference { referent in
                        if !refers, targets.contains(where: { $0.isIdentical(to: referent) }) { refers = true }
                    }
                }
                if refers { referrers.append(reference._withUnsafeGuaranteedRef { $0.retainedValue }) }
            }
            return vm.makeList(referrers)
        }
        define(dict, "freeze") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.freeze", 0...0)
            for generation in 0..<3 { vm.heap.moveAll(from: generation, to: Int(CollectorState.permanentList)) }
            vm.heap.youngCount = 0
            return .none
        }
        define(dict, "unfreeze") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.unfreeze", 0...0)
            vm.heap.moveAll(from: Int(CollectorState.permanentList), to: 2)
            return .none
        }
        define(dict, "get_freeze_count") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "gc.get_freeze_count", 0...0)
            return .int(vm.heap.lists[Int(CollectorState.permanentList)].count)
        }
        return module
    }

    /// What gc.get_referents reports for `object`: every reference it holds, objects and plain
    /// values alike, in the order CPython's traversal visits them (a list's or tuple's items last
    /// first; a dict's values and keys in turn, or only the values while every key is a str).
    func forEachReferentInTraversalOrder(_ object: HeapObject, _ body: (Value) -> Void) {
        let type = object.typeRef.toOpaque()
        if type == Unmanaged.passUnretained(types.list).toOpaque() {
            for item in unsafeDowncast(object, to: ListObject.self).items.reversed() { body(item) }
        } else if type == Unmanaged.passUnretained(types.tuple).toOpaque() {
            for item in unsafeDowncast(object, to: TupleObject.self).items.reversed() { body(item) }
        } else if type == Unmanaged.passUnretained(types.dict).toOpaque() {
            let entries = unsafeDowncast(object, to: DictObject.self).liveEntries
            let stringKeys = entries.allSatisfy { $0.key?.asObject(StrObject.self)?.type === types.str }
            for entry in entries {
                body(entry.value)
                if !stringKeys, let key = entry.key { body(key) }
            }
        } else if object is TypeObject {
            // A class's hold on itself stands in for CPython's __mro__ tuple, which is not listed.
            Heap.forEachOwnedReference(object) { if $0.heapObject !== object { body($0) } }
        } else if object is WeakReferenceObject {
            // A reference's empty fields (no callback, no key) hold None in Tern and NULL in CPython.
            Heap.forEachOwnedReference(object) { if !$0.isNone { body($0) } }
        } else {
            Heap.forEachOwnedReference(object, body)
        }
    }

    /// CPython's answer to gc.is_tracked: an exact dict is tracked only once it holds something
    /// that may be (dicts start untracked there), the empty tuple never is, and other objects are
    /// when they can hold references.
    func mayBeTracked(_ value: Value, asDictItem: Bool) -> Bool {
        guard case .object(let reference) = value else { return false }
        let object = reference.takeUnretainedValue()
        if object.typeRef.toOpaque() == Unmanaged.passUnretained(types.dict).toOpaque() {
            if asDictItem { return true }
            var found = false
            for entry in unsafeDowncast(object, to: DictObject.self).liveEntries where !found {
                if let key = entry.key, mayBeTracked(key, asDictItem: true) { found = true }
                if mayBeTracked(entry.value, asDictItem: true) { found = true }
            }
            return found
        }
        if let tuple = object as? TupleObject, tuple.items.isEmpty { return false }
        // Builtin functions are collector objects in CPython; Tern tracks only the bound ones,
        // since an unbound one holds nothing that could close a cycle.
        if object.typeRef.toOpaque() == Unmanaged.passUnretained(types.builtinFunction).toOpaque() { return true }
        return object.gcSlot >= 0
    }

    /// How many objects CPython's collector would count for `object` when it is garbage. A class
    /// keeps its __mro__ and __bases__ tuples inside itself, where CPython has up to two more
    /// tracked objects; a dict holding nothing that may be tracked is untracked in CPython, so it
    /// is not counted. (Tern untracks such tuples itself, as CPython does.)
    func collectorObjectCount(_ object: HeapObject) -> Int {
        if let type = object as? TypeObject, type.isHeapType {
            // __mro__ holds the class itself, so it stays tracked (this collection has been counted).
            let basesTracked = type.bases.contains { $0.isHeapType }
                || heap.collector.collections.reduce(0, +) - 1 <= type.collectionsBeforeCreation
            return basesTracked ? 3 : 2
        }
        if object.typeRef.toOpaque() == Unmanaged.passUnretained(types.dict).toOpaque() {
            return mayBeTracked(.object(Unmanaged.passUnretained(object)), asDictItem: false) ? 1 : 0
        }
        return 1
    }

    /// Runs a collection of `generation` with gc.callbacks around it and the DEBUG_STATS report.
    @discardableResult
    func collectWithCallbacks(generation: Int) -> CollectionResult {
        // As CPython, the callbacks run inside the collection: gc.collect() there returns 0.
        heap.isCollecting = true
        defer { heap.isCollecting = false }
        let debug = heap.collector.debugFlags
        let started = debug & GarbageCollectorDebug.stats != 0 ? clockSeconds() : 0
        if debug & GarbageCollectorDebug.stats != 0 {
            let sizes = (0..<3).map { String(heap.lists[$0].count) }.joined(separator: " ")
            writeToStandardError("gc: collecting generation \(generation)...\ngc: objects in each generation: \(sizes)\n"
                              + "gc: objects in permanent generation: \(heap.lists[Int(CollectorState.permanentList)].count)\n")
        }
        runCollectorCallbacks("start", generation: generation, result: CollectionResult())
        let result = heap.collect(generation: generation)
        if debug & GarbageCollectorDebug.stats != 0 {
            let elapsed = clockSeconds() - started
            let tenThousandths = Int((elapsed * 10_000).rounded())
            let fraction = String(tenThousandths % 10_000)
            writeToStandardError("gc: done, \(result.collected) unreachable, \(result.uncollectable) uncollectable, "
                              + "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count) + fraction)s elapsed\n")
        }
        runCollectorCallbacks("stop", generation: generation, result: result)
        return result
    }

    /// Calls each gc.callbacks entry with (phase, info); one that raises is reported and the
    /// rest still run. The list is walked by index, so callbacks may change it.
    private func runCollectorCallbacks(_ phase: String, generation: Int, result: CollectionResult) {
        guard let list = collectorCallbacks.asObject(ListObject.self), !list.items.isEmpty else { return }
        let info = makeDict()
        info.setString(intern("generation"), .int(generation), heap)
        info.setString(intern("collected"), .int(result.collected), heap)
        info.setString(intern("uncollectable"), .int(result.uncollectable), heap)
        let phaseValue = makeStr(phase)
        var i = 0
        while i < list.items.count {
            let callback = list.items[i].retained()
            runUnraisable(callback, [phaseValue, info.asValue])
            callback.release(heap)
            i += 1
        }
        phaseValue.release(heap)
        heap.release(info)
    }

    /// gc.DEBUG_SAVEALL: an unreachable object goes to gc.garbage instead of being cleared.
    func saveGarbage(_ reference: Unmanaged<HeapObject>) {
        guard let list = garbageList.asObject(ListObject.self) else { return }
        list.items.append(reference._withUnsafeGuaranteedRef { $0.retainedValue })
    }

    private func clockSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }
}

extension Heap {
    /// Moves every object of list `source` to the end of list `target` (freeze, unfreeze).
    func moveAll(from source: Int, to target: Int) {
        for reference in lists[source].takeAll() {
            reference._withUnsafeGuaranteedRef { lists[target].append($0, list: UInt32(target)) }
        }
    }
}
