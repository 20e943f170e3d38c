/// Class creation (`class` statements, `type(name, bases, dict)`), instantiation and context managers.
extension Interpreter {
    /// C3 linearization of a new class's bases.
    func computeMRO(_ type: TypeObject) throws(ScriptError) -> [TypeObject] {
        var sequences: [[TypeObject]] = type.bases.map { $0.mro }
        sequences.append(type.bases)
        var result: [TypeObject] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: TypeObject? = nil
            for sequence in sequences {
                let head = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let chosen = candidate else {
                var heads: [TypeObject] = []
                for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) { heads.append(sequence[0]) }
                let names = heads.map { $0.name }.joined(separator: ", ")
                throw makeError("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(chosen)
            sequences = sequences.map { $0.first === chosen ? Array($0.dropFirst()) : $0 }
        }
    }

    /// __build_class__(function, name, *bases, **keywords)
    func buildClass(_ args: Arguments) throws(ScriptError) -> Value {
        guard args.count >= 2, let body = args[0].asObject(FunctionObject.self), let name = args[1].asStr else {
            throw makeError("TypeError", "__build_class__: invalid arguments")
        }
        let bases = Array(args.values[2..<args.count])
        // The metaclass: the explicit one or the first base's type, then the most derived of it
        // and the bases' types (CPython's _PyType_CalculateMetaclass).
        var metaclass = args.keyword("metaclass") ?? (bases.first.map { typeOf($0).asValue } ?? types.type.asValue)
        if let explicit = metaclass.asObject(TypeObject.self) {
            var winner = explicit
            for base in bases {
                let candidate = typeOf(base)
                if winner.isSubtype(of: candidate) { continue }
                if candidate.isSubtype(of: winner) { winner = candidate; continue }
                throw makeError("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
            metaclass = winner.asValue
        }
        let basesTuple = makeTuple(bases.map { $0.retained() })
        defer { basesTuple.release(heap) }
        let classKeywords = args.keywords.filter { $0.0 != "metaclass" }
        // The namespace the body runs in: what the metaclass's __prepare__ gives, or a new dict.
        let namespace: DictObject
        let prepareName = symbol("__prepare__")
        // Classes of `type` itself (most of them) skip the call to type.__prepare__.
        let inheritsTypePrepare = metaclass.asObject(TypeObject.self).map {
            $0.lookup(prepareName)?.heapObject === types.type.dict.getString(prepareName)?.heapObject
        } ?? false
        if !inheritsTypePrepare, let prepare = try attributeIfPresent(metaclass, prepareName) {
            defer { prepare.release(heap) }
            let prepared = try callWithKeywords(prepare, [name.asValue, basesTuple], classKeywords)
            guard let dict = prepared.asObject(DictObject.self) else {
                let owner = metaclass.asObject(TypeObject.self).map { $0.name } ?? "<metaclass>"
                let kind = typeName(prepared)
                // A mapping that is not a dict is valid in CPython; Tern runs class bodies in dicts only.
                let isMapping = typeOf(prepared).lookup(symbol("__getitem__")) != nil
                prepared.release(heap)
                throw makeError("TypeError", isMapping ? "\(owner).__prepare__() returned a \(kind): Tern runs class bodies only in a dict or dict subclass"
                                                       : "\(owner).__prepare__() must return a mapping, not \(kind)")
            }
            namespace = dict
        } else {
            namespace = makeDict()
        }
        defer { heap.release(namespace) }
        let code = body.code
        let base = freeStackTop
        try pushFrame(function: body, code: code, base: base, resultSlot: nil)
        for i in 0..<code.slotCount where i >= code.cellNames.count + code.freeNames.count { base[i] = nullValue }
        frames[frames.count - 1].isEntry = true
        namespace.retain()
        frames[frames.count - 1].locals = Unmanaged.passUnretained(namespace)
        let result = try execute()
        result.release(heap)
        let made = try callWithKeywords(metaclass, [name.asValue, basesTuple, namespace.asValue], classKeywords)
        if let cell = namespace.getString(symbol("__classcell__"))?.asObject(CellObject.self) {
            let old = cell.contents
            cell.contents = made.retained()
            old?.release(heap)
        }
        return made
    }

    /// type(name, bases, dict): makes a heap type.
    /// `keywords` are the class statement's keywords other than `metaclass`, for `__init_subclass__`.
    func makeClass(metatype: TypeObject, name: String, bases: [Value], namespace: DictObject,
                   keywords: [(String, Value)] = []) throws(ScriptError) -> Value {
        var baseTypes: [TypeObject] = []
        for base in bases {
            guard let t = base.asObject(TypeObject.self) else {
                // CPython finds the base's own type (int for 3) is no metaclass, before anything else.
                throw makeError("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
            if !t.isBaseType {
                throw makeError("TypeError", "type '\(t.name)' is not an acceptable base type")
            }
            if baseTypes.contains(where: { $0 === t }) { throw makeError("TypeError", "duplicate base class \(t.name)") }
            baseTypes.append(t)
        }
        if baseTypes.isEmpty { baseTypes = [types.object] }
        // The instance layout comes from the most derived builtin base.
        var layout: ObjectLayout = .object
        for base in baseTypes {
            let builtin = base.isHeapType ? base.builtinBase : base
            if builtin.layout != .object {
                if layout != .object && layout != builtin.layout {
                    throw makeError("TypeError", "multiple bases have instance lay-out conflict")
                }
                layout = builtin.layout
            }
        }
        let type = TypeObject(type: metatype, name: name, layout: layout, isHeapType: true)
        type.bases = baseTypes
        for base in baseTypes { base.retain() }
        type.dict = makeDict()
        heap.registerTracked(type)
        type.collectionsBeforeCreation = heap.collector.collections.reduce(0, +)
        do throws(ScriptError) {
            type.mro = try computeMRO(type)
        } catch {
            heap.release(type)
            throw error
        }
        // The class's own entry counts too: as through CPython's __mro__ tuple, every class is in
        // a reference cycle with itself, so only the cycle collector frees it.
        for entry in type.mro { entry.retain() }
        for base in baseTypes { base.subclasses.append(Unmanaged.passUnretained(type)) }
        for entry in namespace.liveEntries {
            guard let key = entry.key?.asStr else { continue }
            if key.value == "__classcell__" { continue }
            var value = entry.value
            // __init_subclass__ and __class_getitem__ are implicit classmethods; __new__ a staticmethod.
            if key.value == "__init_subclass__" || key.value == "__class_getitem__", value.asObject(FunctionObject.self) != nil {
                value = heap.registerTracked(DescriptorObject(type: types.classMethod, getter: value.retained())).asValue
                type.dict.setString(key, value, heap)
                value.release(heap)
                continue
            }
            if key.value == "__new__", value.asObject(FunctionObject.self) != nil {
                value = heap.registerTracked(DescriptorObject(type: types.staticMethod, getter: value.retained())).asValue
                type.dict.setString(key, value, heap)
                value.release(heap)
                continue
            }
            type.dict.setString(key, value, heap)
        }
        if let module = namespace.getString(symbol("__module__"))?.asStr {
            type.moduleName = module.value
        } else if let caller = frames.last, let module = caller.globals.takeUnretainedValue().getString(symbol("__name__"))?.asStr {
            type.moduleName = module.value
            type.dict.setString(symbol("__module__"), module.asValue, heap)
        }
        if let qualified = namespace.getString(symbol("__qualname__"))?.asStr { type.qualifiedName = qualified.value }
        // The qualified name lives on the class, not in its dict.
        type.dict.removeString(symbol("__qualname__"), heap)?.release(heap)
        // __eq__ without __hash__ makes instances unhashable.
        if type.dict.getString(symbol("__eq__")) != nil && type.dict.getString(symbol("__hash__")) == nil {
            type.dict.setString(symbol("__hash__"), .none, heap)
        }
        type.hasFinalizer = type.lookup(symbol("__del__")) != nil
        // __slots__ (a refused layout must not leak the half-made class)
        do throws(ScriptError) {
            if let slots = namespace.getString(symbol("__slots__")) {
                var names: [String] = []
                if let s = slots.asStr { names = [s.value] } else {
                    try forEachItem(of: slots) { (item) throws(ScriptError) in
                        guard let s = item.asStr else { throw makeError("TypeError", "__slots__ items must be strings, not '\(typeName(item))'") }
                        names.append(s.value)
                        return true
                    }
                }
                // Variable-sized layouts (int, tuple) have no room for slots, even __dict__ or __weakref__.
                if !names.isEmpty, layout == .int || layout == .tuple,
                   let base = baseTypes.first(where: { $0.isSubtype(of: types.int) || $0.isSubtype(of: types.tuple) }) {
                    throw makeError("TypeError", "nonempty __slots__ not supported for subtype of '\(base.name)'")
                }
                let baseHasWeakrefSlot = baseTypes.contains { $0.isHeapType && $0.instancesAllowWeakReferences }
                if names.filter({ $0 == "__weakref__" }).count > (baseHasWeakrefSlot ? 0 : 1) {
                    throw makeError("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                let baseHasDict = baseTypes.contains { $0.isHeapType && $0.instancesHaveDict }
                if names.filter({ $0 == "__dict__" }).count > (baseHasDict ? 0 : 1) {
                    throw makeError("TypeError", "__dict__ slot disallowed: we already got one")
                }
                let inherited = baseTypes.flatMap { $0.slotNames }
                let own = names.filter { $0 != "__dict__" && $0 != "__weakref__" }.map { mangleSlot($0, name) }
                try installSlotDescriptors(type, own)
                type.slotNames = inherited + own
                type.instancesHaveDict = names.contains("__dict__") || baseTypes.contains { $0.isHeapType && $0.instancesHaveDict }
                type.instancesAllowWeakReferences = names.contains("__weakref__") || baseTypes.contains { $0.isHeapType && $0.instancesAllowWeakReferences }
            } else {
                type.slotNames = baseTypes.flatMap { $0.slotNames }
                type.instancesHaveDict = true
                // CPython gives variable-sized layouts (int, tuple) no weak reference slot.
                type.instancesAllowWeakReferences = (layout != .int && layout != .tuple)
                    || baseTypes.contains { $0.isHeapType && $0.instancesAllowWeakReferences }
            }
        } catch {
            heap.release(type)
            throw error
        }
        // `__dict__` and `__weakref__` attributes for what this class adds to its instances' layout.
        let dictFromBase = baseTypes.contains { ($0.isHeapType && $0.instancesHaveDict) || [.exception, .type, .module].contains($0.layout) }
        let weakrefFromBase = baseTypes.contains { base in
            base.isHeapType ? base.instancesAllowWeakReferences
                : [.set, .frozenset, .type, .function, .module, .weakKeyDictionary, .weakValueDictionary, .weakSet].contains(base.layout)
        }
        installInstanceLayoutDescriptors(type, addsDict: type.instancesHaveDict && !dictFromBase,
                                         addsWeakref: type.instancesAllowWeakReferences && !weakrefFromBase)
        // type.__new__ gives every class its own __doc__, so a class without a docstring does not inherit one.
        if type.dict.getString(symbol("__doc__")) == nil { type.dict.setString(symbol("__doc__"), .none, heap) }
        type.version = heap.newTypeVersion()
        // __set_name__ hooks.
        for entry in type.dict.liveEntries {
            if let setName = special(entry.value, "__set_name__"), typeOf(entry.value).isHeapType {
                do throws(ScriptError) {
                    try callValue(setName, [entry.value, type.asValue, entry.key!]).release(heap)
                } catch {
                    heap.release(type)
                    throw error
                }
            }
        }
        // __init_subclass__ of the parent, given the class keywords.
        if let parent = type.mro.dropFirst().first, let hook = parent.lookup(symbol("__init_subclass__")) {
            if hook.asObject(NativeFunctionObject.self) == nil {
                let bound = try typeGetAttribute(type.mro[1], symbol("__init_subclass__"))
                defer { bound.release(heap) }
                if let method = bound.asObject(BoundMethodObject.self) {
                    do throws(ScriptError) {
                        try callWithKeywords(method.function, [type.asValue], keywords).release(heap)
                    } catch {
                        heap.release(type)
                        throw error
                    }
                }
            } else if !keywords.isEmpty {
                heap.release(type)
                throw makeError("TypeError", "\(name).__init_subclass__() takes no keyword arguments")
            }
        }
        return type.asValue
    }

    /// `type.__new__(metatype, name, bases, namespace, **keywords)` with its arguments checked.
    func makeClassFromArguments(metatype: TypeObject, _ args: Arguments) throws(ScriptError) -> Value {
        guard args.count == 3 else { throw makeError("TypeError", "type.__new__() takes exactly 3 arguments (\(args.count) given)") }
        guard let name = args[0].asStr else {
            throw makeError("TypeError", "type.__new__() argument 1 must be str, not \(typeName(args[0]))")
        }
        guard let bases = args[1].asObject(TupleObject.self) else {
            throw makeError("TypeError", "type.__new__() argument 2 must be tuple, not \(typeName(args[1]))")
        }
        guard let namespace = args[2].asObject(DictObject.self) else {
            throw makeError("TypeError", "type.__new__() argument 3 must be dict, not \(typeName(args[2]))")
        }
        return try makeClass(metatype: metatype, name: name.value, bases: Array(bases.items), namespace: namespace,
                             keywords: args.keywords)
    }

    /// Calls `callable` with positional `values` and `keywords`.
    func callWithKeywords(_ callable: Value, _ values: [Value], _ keywords: [(String, Value)]) throws(ScriptError) -> Value {
        if keywords.isEmpty { return try callValue(callable, values) }
        let names = makeTuple(keywords.map { intern($0.0).retainedValue })
        defer { names.release(heap) }
        return try withArguments(values + keywords.map { $0.1 }, keywordNames: names.asObject(TupleObject.self)) { (a) throws(ScriptError) in
            try self.call(callable, a)
        }
    }

    private func mangleSlot(_ slot: String, _ className: String) -> String {
        guard slot.hasPrefix("__"), !slot.hasSuffix("__") else { return slot }
        let stripped = className.drop(while: { $0 == "_" })
        return "_" + stripped + slot
    }

    /// Calling a type: type(x), or instance creation via __new__ and __init__.
    func callType(_ type: TypeObject, _ args: Arguments) throws(ScriptError) -> Value {
        // A metaclass that overrides __call__ decides what calling its classes does.
        if type.type.isHeapType, let call = type.type.lookup(symbol("__call__")),
           call.asObject(NativeFunctionObject.self)?.ownerTypeName != "type" {
            return try withArguments([type.asValue] + Array(args.values), keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                try self.call(call, a)
            }
        }
        return try constructInstance(type, args)
    }

    /// type.__call__: `__new__`, then `__init__` when `__new__` returned an instance of `type`.
    func constructInstance(_ type: TypeObject, _ args: Arguments) throws(ScriptError) -> Value {
        // Proxies come only from weakref.proxy (CPython's proxy types have no tp_new).
        if type.layout == .weakReference, type === weakrefTypes.proxy || type === weakrefTypes.callableProxy {
            throw makeError("TypeError", "cannot create '\(type.name)' instances")
        }
        if type === types.type {
            if args.count == 1 && args.keywordCount == 0 { return typeOf(args[0]).retainedValue }
            if args.count != 3 { throw makeError("TypeError", "type() takes 1 or 3 arguments") }
            return try makeClassFromArguments(metatype: type, args)
        }
        // str(x), int(x), float(x): what their __new__ does, without building its argument list.
        if args.count == 1 && args.keywordCount == 0 {
            let x = args[0]
            if type === types.str { return try strObject(of: x) }
            if type === types.int { return try intValue(of: x) }
            if type === types.float, case .float = x { return x }
        }
        let newMethod = type.lookup(symbol("__new__"))
        // An exception class that keeps BaseException's __new__ and __init__: what they would do.
        if args.keywordCount == 0, case .object(let new)? = newMethod, new.toOpaque() == baseExceptionNew,
           case .object(let initializer)? = type.lookup(symbol("__init__")), initializer.toOpaque() == baseExceptionInit,
           type.layout == .exception {
            var items = ContiguousArray<Value>()
            items.reserveCapacity(args.count)
            for value in args.values { items.append(value.retained()) }
            return makeExceptionObject(type: type, arguments: makeTupleObject(items)).asValue
        }
        var instance: Value
        if let newMethod, let descriptor = newMethod.asObject(DescriptorObject.self) {
            var values = [type.asValue]
            values.append(contentsOf: args.values)
            instance = try withArguments(values, keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                try self.call(descriptor.getter, a)
            }
        } else if let newMethod, let native = newMethod.asObject(NativeFunctionObject.self) {
            var values = [type.asValue]
            values.append(contentsOf: args.values)
            instance = try withArguments(values, keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                try native.function(self, a)
            }
        } else {
            instance = try allocateInstance(type)
        }
        guard typeOf(instance).isSubtype(of: type) else { return instance }
        if let initMethod = typeOf(instance).lookup(symbol("__init__")) {
            if let native = initMethod.asObject(NativeFunctionObject.self), native.ownerTypeName == "object" {
                if (args.count > 0 || args.keywordCount > 0) && (newMethod?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object") {
                    instance.release(heap)
                    throw makeError("TypeError", "\(type.name)() takes no arguments")
                }
                return instance
            }
            var values = [instance]
            values.append(contentsOf: args.values)
            let result: Value
            do throws(ScriptError) {
                result = try withArguments(values, keywordNames: args.keywordNames) { (a) throws(ScriptError) in
                    try self.call(initMethod, a)
                }
            } catch {
                instance.release(heap)
                throw error
            }
            if !result.isNone {
                result.release(heap)
                instance.release(heap)
                throw makeError("TypeError", "__init__() should return None, not '\(typeName(result))'")
            }
        }
        return instance
    }

    /// A new plain instance of a class (layout `object`), recycled when one is free.
    func makeInstance(of type: TypeObject) -> InstanceObject { makeInstanceReference(of: type).takeUnretainedValue() }

    /// `makeInstance` without a Swift retain.
    @inline(__always)
    func makeInstanceReference(of type: TypeObject) -> Unmanaged<InstanceObject> {
        // A bare object() can never hold a reference (no dict, no slots, no __class__ assignment):
        // the collector never sees it, as in CPython. (The free list serves heap types only.)
        if type === types.object {
            return Unmanaged.passUnretained(heap.register(InstanceObject(type: type, slotCount: 0)))
        }
        if let reused = heap.reusableInstance(of: type) {
            reused._withUnsafeGuaranteedRef { instance in
                // A recycled instance keeps its emptied slot buffer when the count fits.
                instance.resizeSlots(type.slotNames.count)
                heap.track(instance)
            }
            return reused
        }
        return Unmanaged.passUnretained(heap.registerTracked(InstanceObject(type: type, slotCount: type.slotNames.count)))
    }

    /// A new empty instance of a heap type with the layout of its builtin base.
    func allocateInstance(_ type: TypeObject) throws(ScriptError) -> Value {
        let object: HeapObject
        switch type.layout {
        case .object:
            return makeInstance(of: type).asValue
        case .list: object = ListObject(type: type, items: [])
        case .dict: object = DictObject(type: type)
        case .set, .frozenset: object = SetObject(type: type)
        case .tuple: object = TupleObject(type: type, items: [])
        case .exception:
            return makeExceptionObject(type: type, arguments: makeTuple([]).asObject(TupleObject.self)!).asValue
        case .property, .staticMethod, .classMethod:
            object = DescriptorObject(type: type, getter: .none)
        default:
            throw makeError("TypeError", "cannot create '\(type.name)' instances")
        }
        return heap.registerTracked(object).asValue
    }

    // MARK: Context managers

    func enterContext(_ manager: Value) throws(ScriptError) -> (Value, Value) {
        let type = typeOf(manager)
        guard let enter = type.lookup(symbol("__enter__")) else {
            throw makeError("TypeError", "'\(type.name)' object does not support the context manager protocol")
        }
        guard let exit = type.lookup(symbol("__exit__")) else {
            throw makeError("TypeError", "'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bindDescriptor(exit, instance: manager, owner: type)
        do throws(ScriptError) {
            let entered = try callValue(enter, [manager])
            return (boundExit, entered)
        } catch {
            boundExit.release(heap)
            throw error
        }
    }

    func callExit(_ exit: Value, _ exception: Value) throws(ScriptError) -> Value {
        let e = exception.asObject(ExceptionObject.self)
        let traceback = e?.traceback?.asValue ?? Value.none
        let result = try callValue(exit, [typeOf(exception).asValue, exception, traceback])
        defer { result.release(heap) }
        return .bool(try isTrue(result))
    }

    // MARK: Finalizers

    /// Runs `__del__` (or closes a generator) for an object about to die; errors are reported, never raised.
    func runFinalizer(_ object: HeapObject) {
        let saved = handledException
        handledException = .none
        defer {
            handledException.release(heap)
            handledException = saved
        }
        if let generator = object as? GeneratorObject {
            do throws(ScriptError) { try closeGenerator(generator) } catch {
                reportUnraisable(error, context: "<generator object \(generator.qualifiedNameObject.value) at \(addressString(generator))>",
                                 object: generator.asValue)
            }
            return
        }
        guard let method = object.type.lookup(symbol("__del__")) else { return }
        do throws(ScriptError) {
            try callSpecialMethod(method, on: object.asValue, []).release(heap)
        } catch {
            let description = unraisableContext(method)
            reportUnraisable(error, context: description, object: method)
        }
    }

    func addressString(_ object: HeapObject) -> String {
        "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()), radix: 16)
    }

    // MARK: yield from

    /// Sends a value into a delegate iterator; returns the yielded value or nil when it finished.
    func sendToDelegate(_ iterator: Value, _ sent: Value) throws(ScriptError) -> Value? {
        if let generator = iterator.asObject(GeneratorObject.self) {
            switch try resumeGenerator(generator, send: sent) {
            case .yielded(let v): return v
            case .returned(let v):
                delegateResult = v
                return nil
            }
        }
        if sent.isNone, iterator.asObject(IteratorObject.self) != nil {
            if let next = try nextFromIterator(iterator) { return next }
            delegateResult = .none
            return nil
        }
        // Other iterators: __next__ (or send), keeping the value their StopIteration carries.
        let method: Value
        if sent.isNone {
            guard let next = special(iterator, "__next__") else {
                throw makeError("TypeError", "'\(typeName(iterator))' object is not an iterator")
            }
            method = next
        } else {
            guard let send = special(iterator, "send") else {
                throw makeError("AttributeError", "'\(typeName(iterator))' object has no attribute 'send'")
            }
            method = send
        }
        do throws(ScriptError) {
            return try callValue(method, sent.isNone ? [iterator] : [iterator, sent])
        } catch {
            if error.object.type.isSubtype(of: types.stopIteration!) {
                delegateResult = exceptionAttribute(error.object, "value") ?? Value.none
                heap.release(error.object)
                return nil
            }
            throw error
        }
    }

    func takeDelegateResult() -> Value {
        let v = delegateResult
        delegateResult = .none
        return v
    }

    // MARK: Dict merging for calls and displays

    func dictUpdate(_ dict: DictObject, _ other: Value, isDisplay: Bool) throws(ScriptError) {
        if let source = other.asObject(DictObject.self) {
            if dict.copyTables(from: source, heap) { return }
            for entry in source.liveEntries { try dict.set(entry.key!, entry.value, self) }
            return
        }
        // A mapping is anything with a `keys` attribute, looked up as CPython does: on the object
        // itself, so instance attributes, __getattr__ and proxies count.
        guard let keysMethod = try attributeIfPresent(other, symbol("keys")) else {
            if isDisplay { throw makeError("TypeError", "'\(typeName(other))' object is not a mapping") }
            let items = try collect(other)
            defer { for item in items { item.release(heap) } }
            for (index, item) in items.enumerated() {
                let pair: [Value]
                do throws(ScriptError) { pair = try collect(item) } catch {
                    guard error.object.type.isSubtype(of: types.typeError!) else { throw error }
                    heap.release(error.object)
                    throw makeError("TypeError", "cannot convert dictionary update sequence element #\(index) to a sequence")
                }
                defer { for v in pair { v.release(heap) } }
                guard pair.count == 2 else {
                    throw makeError("ValueError", "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
                }
                try dict.set(pair[0], pair[1], self)
            }
            return
        }
        try mergeMapping(dict, other, keysMethod: keysMethod)
    }

    /// Stores `other[key]` for each key its bound `keys` method (consumed) returns.
    private func mergeMapping(_ dict: DictObject, _ other: Value, keysMethod: Value) throws(ScriptError) {
        defer { keysMethod.release(heap) }
        let keys = try callValue(keysMethod, [])
        defer { keys.release(heap) }
        try forEachItem(of: keys) { (key) throws(ScriptError) in
            let value = try getItem(other, key)
            defer { value.release(heap) }
            try dict.set(key, value, self)
            return true
        }
    }

    func mergeKeywords(into dict: DictObject, _ other: Value, function: Value) throws(ScriptError) {
        let temporary = makeDict()
        defer { heap.release(temporary) }
        if other.asObject(DictObject.self) != nil {
            try dictUpdate(temporary, other, isDisplay: true)
        } else if let keysMethod = try attributeIfPresent(other, symbol("keys")) {
            try mergeMapping(temporary, other, keysMethod: keysMethod)
        } else {
            throw makeError("TypeError", "\(describeCallable(function)) argument after ** must be a mapping, not \(typeName(other))")
        }
        for entry in temporary.liveEntries {
            guard let key = entry.key!.asStr else { throw makeError("TypeError", "keywords must be strings") }
            if dict.getString(key) != nil {
                throw makeError("TypeError", "\(describeCallable(function)) got multiple values for keyword argument '\(key.value)'")
            }
            try dict.set(entry.key!, entry.value, self)
        }
    }

    func describeCallable(_ v: Value) -> String {
        if let f = v.asObject(FunctionObject.self) {
            let module = f.module.asStr?.value ?? "__main__"
            return "\(module).\(f.qualifiedName.value)()"
        }
        if let n = v.asObject(NativeFunctionObject.self) { return "\(n.name)()" }
        if let t = v.asObject(TypeObject.self) { return "\(t.name)()" }
        return "\(typeName(v)) object"
    }

    func starredArgumentError(_ error: ScriptError, _ iterable: Value) throws(ScriptError) -> ScriptError {
        if error.object.type === types.typeError!, special(iterable, "__iter__") == nil,
           special(iterable, "__getitem__") == nil {
            heap.release(error.object)
            return makeError("TypeError", "Value after * must be an iterable, not \(typeName(iterable))")
        }
        return error
    }
}
