/// Inline caches for attribute, method and global instructions.
///
/// Each attribute instruction remembers what the slow path found for the
/// receiver's type (by its unique version): that the name can only live in the
/// instance dict, that it is a `__slots__` slot, or that it is a plain method.
/// A hit skips the MRO walk and descriptor checks and, written with borrowed
/// references only, costs no Swift ARC traffic. The helpers stay out of line:
/// inlined into the dispatch loop, the optimiser miscompiled the method cache.
extension Interpreter {
    /// LOAD_ATTR: the attribute (owned) when the cache answers, else nil (take the slow path).
    @inline(never)
    func cachedLoadAttribute(_ object: Value, _ caches: UnsafeMutablePointer<InlineCache>, _ name: Unmanaged<StrObject>) -> Value? {
        guard case .object(let reference) = object else { return nil }
        return reference._withUnsafeGuaranteedRef { o -> Value? in
            guard let cache = InlineCache.entry(caches, version: o.typeRef._withUnsafeGuaranteedRef({ $0.version })) else { return nil }
            switch cache.pointee.kind {
            case .instanceDict, .exceptionDict:
                let attributes = cache.pointee.kind == .instanceDict ? unsafeDowncast(o, to: InstanceObject.self).attributesReference
                    : unsafeDowncast(o, to: ExceptionObject.self).attributesReference
                guard let dict = attributes,
                      let found = dict._withUnsafeGuaranteedRef({ d in
                          name._withUnsafeGuaranteedRef { d.getString($0, hint: &cache.pointee.index) }
                      }) else {
                    return nil
                }
                found.retain()
                return found
            case .slot:
                let instance = unsafeDowncast(o, to: InstanceObject.self)
                guard let found = instance.slots[cache.pointee.index] else { return nil }
                found.retain()
                return found
            default:
                return nil
            }
        }
    }

    /// STORE_ATTR: stores and returns true when the cache answers.
    @inline(never)
    func cachedStoreAttribute(_ object: Value, _ value: Value, _ caches: UnsafeMutablePointer<InlineCache>, _ name: Unmanaged<StrObject>) -> Bool {
        guard case .object(let reference) = object else { return false }
        return reference._withUnsafeGuaranteedRef { o -> Bool in
            guard let cache = InlineCache.entry(caches, version: o.typeRef._withUnsafeGuaranteedRef({ $0.version })) else { return false }
            switch cache.pointee.kind {
            case .instanceDict:
                let instance = unsafeDowncast(o, to: InstanceObject.self)
                if instance.attributesReference == nil {
                    instance.attributesReference = o.typeRef._withUnsafeGuaranteedRef { makeInstanceDict(for: $0) }
                }
                let count = instance.attributesReference.unsafelyUnwrapped._withUnsafeGuaranteedRef { d in
                    name._withUnsafeGuaranteedRef { d.setString($0, value, hint: &cache.pointee.index, heap) }
                    return d.count
                }
                o.typeRef._withUnsafeGuaranteedRef { type in
                    if count > type.instanceAttributeHint && count <= 16 { type.instanceAttributeHint = count }
                }
                return true
            case .exceptionDict:
                let exception = unsafeDowncast(o, to: ExceptionObject.self)
                if exception.attributesReference == nil { exception.attributes = makeDict() }
                exception.attributesReference.unsafelyUnwrapped._withUnsafeGuaranteedRef { d in
                    name._withUnsafeGuaranteedRef { d.setString($0, value, hint: &cache.pointee.index, heap) }
                }
                return true
            case .slot:
                let instance = unsafeDowncast(o, to: InstanceObject.self)
                value.retain()
                let old = instance.slots[cache.pointee.index]
                instance.slots[cache.pointee.index] = value
                old?.release(heap)
                return true
            default:
                return false
            }
        }
    }

    /// LOAD_METHOD: the unbound function (owned) when the cache answers, else nil.
    @inline(never)
    func cachedMethod(_ object: Value, _ caches: UnsafeMutablePointer<InlineCache>, _ name: Unmanaged<StrObject>) -> Value? {
        let version: Int
        switch object {
        case .object(let reference):
            version = reference._withUnsafeGuaranteedRef { o in o.typeRef._withUnsafeGuaranteedRef { $0.version } }
        case .int: version = types.int.version
        case .float: version = types.float.version
        default: return nil
        }
        guard let entry = InlineCache.entry(caches, version: version)?.pointee, let function = entry.value else { return nil }
        if entry.kind == .method, case .object(let reference) = object {
            // An instance attribute of the same name would shadow the method.
            let shadowed = reference._withUnsafeGuaranteedRef { o -> Bool in
                guard let dict = unsafeDowncast(o, to: InstanceObject.self).attributesReference else { return false }
                return dict._withUnsafeGuaranteedRef { d in d.count > 0 && name._withUnsafeGuaranteedRef { d.getString($0) } != nil }
            }
            if shadowed { return nil }
        }
        function._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
        return .object(function)
    }

    /// LOAD_METHOD: replaces the object in `slot` (the top of the stack) with [method, object]
    /// when the attribute is a plain method (cached per call site), else with [null, attribute].
    ///
    /// The two writes are addressed from `slot` upwards on purpose: when the same stores were
    /// expressed as pop-then-push in `execute`, the release optimizer dropped the first store.
    @inline(never)
    func loadMethod(slot: UnsafeMutablePointer<Value>, name: Unmanaged<StrObject>,
                    caches: UnsafeMutablePointer<InlineCache>) throws(ScriptError) {
        let object = slot.pointee
        // module.function(...): the module's global, pushed as a plain callable. Tried first: the
        // test is one type comparison, and a module's method cache would only miss.
        if let found = moduleGlobal(object, name, caches) {
            found.retain()
            object.release(heap)
            slot.pointee = nullValue
            slot.successor().initialize(to: found)
            return
        }
        if let method = cachedMethod(object, caches, name) {
            slot.pointee = method
            slot.successor().initialize(to: object)
            return
        }
        let nameObject = name.takeUnretainedValue()
        // super().method(...): push the function and the instance, so the call runs in the loop.
        if let (function, receiver) = superMethod(object, nameObject) {
            slot.pointee = function.retained()
            slot.successor().initialize(to: receiver.retained())
            object.release(heap)
            return
        }
        if let method = lookupMethod(object, nameObject) {
            fillAttributeCache(caches, object: object, name: nameObject, kind: .method)
            slot.pointee = method
            slot.successor().initialize(to: object)
            return
        }
        // The object stays on the stack until the attribute is fetched, so an exception unwinds it.
        let attribute = try getAttribute(object, nameObject)
        object.release(heap)
        slot.pointee = nullValue
        slot.successor().initialize(to: attribute)
    }

    /// For `super().name` on an instance: the Python function or builtin method found after the
    /// start type (borrowed) and the instance, or nil to take the general path.
    private func superMethod(_ object: Value, _ name: StrObject) -> (Value, Value)? {
        guard case .object(let reference) = object,
              reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == Unmanaged.passUnretained(types.superType).toOpaque() })
        else { return nil }
        let s = unsafeDowncast(reference.takeUnretainedValue(), to: SuperObject.self)
        guard case .object(let receiverReference) = s.receiver,
              receiverReference.toOpaque() != Unmanaged.passUnretained(s.receiverType).toOpaque() else { return nil }
        var afterStart = false
        for type in s.receiverType.mroPointers {
            if !afterStart {
                afterStart = type.toOpaque() == Unmanaged.passUnretained(s.startType).toOpaque()
                continue
            }
            guard let found = type._withUnsafeGuaranteedRef({ $0.dict.getString(name) }) else { continue }
            guard case .object(let f) = found else { return nil }
            let isMethod = f._withUnsafeGuaranteedRef { o -> Bool in
                if o.typeRef.toOpaque() == Unmanaged.passUnretained(types.function).toOpaque() { return true }
                // A builtin method (`super().__init__(...)` reaching BaseException.__init__), which
                // `bindDescriptor` would bind to the instance.
                guard o.typeRef.toOpaque() == Unmanaged.passUnretained(types.builtinFunction).toOpaque() else { return false }
                let native = unsafeDowncast(o, to: NativeFunctionObject.self)
                return !native.isClassMethod && !native.isStaticMethod && native.ownerTypeName != nil && native.boundSelf == nil
            }
            return isMethod ? (found, s.receiver) : nil
        }
        return nil
    }

    /// After a slow attribute lookup, records what a later lookup on the same type can skip.
    func fillAttributeCache(_ caches: UnsafeMutablePointer<InlineCache>, object: Value, name: StrObject, kind: AttributeAccess) {
        let type = typeOf(object)
        let cache = InlineCache.wayToFill(caches)
        if kind == .method && !type.isHeapType {
            // Only receivers without an instance dict: nothing can shadow the type's method.
            switch object {
            case .int, .float: break
            case .object(let reference):
                switch reference.takeUnretainedValue() {
                case is StrObject, is ListObject, is DictObject, is SetObject, is TupleObject, is IntObject, is GeneratorObject,
                     is WeakContainerObject, is FinalizeObject: break
                default: return
                }
            default: return
            }
            if let found = type.lookup(name), let native = found.asObject(NativeFunctionObject.self),
               native.ownerTypeName != nil, !native.isClassMethod, !native.isStaticMethod, native.boundSelf == nil {
                cache.pointee = InlineCache(typeVersion: type.version, kind: .nativeMethod, index: 0,
                                            value: Unmanaged.passUnretained(native))
            }
            return
        }
        if kind == .load, !(object.heapObject is TypeObject), let getter = nativePropertyGetter(type, name) {
            cache.pointee = InlineCache(typeVersion: type.version, kind: .nativeProperty, index: 0,
                                        value: Unmanaged.passUnretained(getter))
            return
        }
        let isException = type.layout == .exception && object.heapObject is ExceptionObject
        guard type.isHeapType, isException || (type.layout == .object && object.heapObject is InstanceObject) else { return }
        let hook = kind == .store ? symbol("__setattr__") : symbol("__getattribute__")
        if let custom = type.lookup(hook), custom.asObject(NativeFunctionObject.self) == nil { return }
        let found = type.lookup(name)
        switch kind {
        case .method:
            if let found, let function = found.asObject(FunctionObject.self) {
                cache.pointee = InlineCache(typeVersion: type.version, kind: .method, index: 0,
                                            value: Unmanaged.passUnretained(function))
            }
        case .load, .store:
            // A `__slots__` entry's member descriptor: read and write the slot directly.
            if let found, let member = found.asObject(DescriptorObject.self), member.type === types.memberDescriptor,
               let index = type.slotNames.firstIndex(of: name.value) {
                cache.pointee = InlineCache(typeVersion: type.version, kind: .slot, index: index)
                return
            }
            // Special names (`__class__`, `__dict__`) are handled by the slow path.
            guard found == nil, !(name.value.hasPrefix("__") && name.value.hasSuffix("__")) else { return }
            if isException {
                // Members kept in the exception's fields (SystemExit.code, OSError.errno, ...) take the slow path.
                guard !exceptionMemberNames(type).contains(name.value) else { return }
                cache.pointee = InlineCache(typeVersion: type.version, kind: .exceptionDict)
            } else if let index = type.slotNames.firstIndex(of: name.value) {
                cache.pointee = InlineCache(typeVersion: type.version, kind: .slot, index: index)
            } else if type.instancesHaveDict {
                cache.pointee = InlineCache(typeVersion: type.version, kind: .instanceDict)
            }
        }
    }

    enum AttributeAccess { case load, store, method }

    /// The Swift getter of a property `name` of `type`, when reading the attribute always means
    /// calling it: the type keeps the generic `__getattribute__` and has no `__getattr__` (which
    /// an AttributeError from the getter would reach), and `findAttribute` has no special case for
    /// it (proxies forward every name, `super()` and generic aliases look elsewhere).
    private func nativePropertyGetter(_ type: TypeObject, _ name: StrObject) -> NativeFunctionObject? {
        guard type.layout != .weakReference, type !== types.superType, type !== types.genericAlias else { return nil }
        guard let found = type.lookup(name), let property = found.asObject(DescriptorObject.self),
              property.type === types.property, let getter = property.getter.asObject(NativeFunctionObject.self) else { return nil }
        if let custom = type.lookup(symbol("__getattribute__")), custom.asObject(NativeFunctionObject.self) == nil { return nil }
        guard type.lookup(symbol("__getattr__")) == nil else { return nil }
        return getter
    }

    /// LOAD_ATTR: the Swift getter to call (borrowed) when the cache says the attribute is a native property.
    @inline(never)
    func cachedPropertyGetter(_ object: Value, _ caches: UnsafeMutablePointer<InlineCache>) -> Unmanaged<HeapObject>? {
        let version: Int
        switch object {
        case .object(let reference): version = reference._withUnsafeGuaranteedRef { o in o.typeRef._withUnsafeGuaranteedRef { $0.version } }
        default: return nil
        }
        guard let entry = InlineCache.entry(caches, version: version), entry.pointee.kind == .nativeProperty else { return nil }
        return entry.pointee.value
    }

    /// LOAD_GLOBAL: the global or builtin (owned) when the cache answers, else nil.
    @inline(never)
    func cachedGlobal(_ globals: Unmanaged<DictObject>, _ cache: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard cache.pointee.owner == globals.toOpaque() else { return nil }
        return globals._withUnsafeGuaranteedRef { g -> Value? in
            guard g.version == cache.pointee.typeVersion else { return nil }
            let found: Value
            if cache.pointee.kind == .global {
                found = g.entries[cache.pointee.index].value
            } else {
                guard builtins.version == cache.pointee.secondaryVersion else { return nil }
                found = builtins.entries[cache.pointee.index].value
            }
            found.retain()
            return found
        }
    }

    /// After a slow global lookup, remembers where the name was found.
    func fillGlobalCache(_ cache: UnsafeMutablePointer<InlineCache>, globals: DictObject, name: StrObject) {
        guard globals.type === types.dict else { return }
        if let index = globals.entryIndex(ofString: name) {
            cache.pointee = InlineCache(typeVersion: globals.version, kind: .global, index: index,
                                        owner: Unmanaged.passUnretained(globals).toOpaque())
        } else if let index = builtins.entryIndex(ofString: name) {
            cache.pointee = InlineCache(typeVersion: globals.version, kind: .builtin, index: index,
                                        secondaryVersion: builtins.version, owner: Unmanaged.passUnretained(globals).toOpaque())
        }
    }

    /// The instance `Class(...)` makes before its Python `__init__` runs in the dispatch loop:
    /// what object.__new__ or BaseException.__new__ (args = the positional arguments) would make.
    func newInstanceForInitializer(_ type: TypeObject, arguments: UnsafeMutablePointer<Value>,
                                   positionalCount: Int) -> Unmanaged<HeapObject> {
        if type.layout == .exception {
            var items = ContiguousArray<Value>()
            items.reserveCapacity(positionalCount)
            for i in 0..<positionalCount { items.append(arguments[i].retained()) }
            return Unmanaged.passUnretained(makeExceptionObject(type: type, arguments: makeTupleObject(items)))
        }
        return unsafeBitCast(makeInstanceReference(of: type), to: Unmanaged<HeapObject>.self)
    }

    /// `module.name` when it is simply an entry of a plain module's dict (borrowed): what the
    /// generic lookup would find, since the module type's only data descriptors are
    /// `__dict__` and `__class__`. The call site's cache remembers the entry.
    @inline(__always)
    func moduleGlobal(_ object: Value, _ name: Unmanaged<StrObject>, _ caches: UnsafeMutablePointer<InlineCache>) -> Value? {
        guard case .object(let reference) = object,
              reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == moduleTypeAddress })
        else { return nil }
        let dict = reference._withUnsafeGuaranteedRef { Unmanaged.passUnretained(unsafeDowncast($0, to: ModuleObject.self).dict) }
        let (dictVersion, count) = dict._withUnsafeGuaranteedRef { ($0.version, $0.entries.count) }
        var i = 0
        while i < InlineCache.ways {
            let entry = caches + i
            if entry.pointee.kind == .moduleAttribute, entry.pointee.owner == dict.toOpaque(),
               entry.pointee.typeVersion == dictVersion, entry.pointee.index < count {
                return dict._withUnsafeGuaranteedRef { $0.entries[entry.pointee.index].value }
            }
            i &+= 1
        }
        return moduleGlobalLookup(dict, name, caches)
    }

    @inline(never)
    private func moduleGlobalLookup(_ dict: Unmanaged<DictObject>, _ name: Unmanaged<StrObject>,
                                    _ caches: UnsafeMutablePointer<InlineCache>) -> Value? {
        let key = name.takeUnretainedValue()
        // A global that shadows one of the module type's data descriptors takes the generic path.
        if key.value == "__dict__" || key.value == "__class__" { return nil }
        let table = dict.takeUnretainedValue()
        guard let index = table.entryIndex(ofString: key) else { return nil }
        InlineCache.wayToFill(caches).pointee = InlineCache(typeVersion: table.version, kind: .moduleAttribute, index: index,
                                                           owner: dict.toOpaque())
        return table.entries[index].value
    }

    /// CALL with no arguments on a class that keeps object's __new__ and __init__: the new instance
    /// (owned), or nil to take another path. `callable` must be a class whose metaclass is `type`.
    @inline(never)
    func plainInstance(_ callable: Unmanaged<HeapObject>, _ caches: UnsafeMutablePointer<InlineCache>) -> Unmanaged<HeapObject>? {
        let (isClass, version) = callable._withUnsafeGuaranteedRef { o -> (Bool, Int) in
            let type = unsafeDowncast(o, to: TypeObject.self)
            return (type.isHeapType, type.version)
        }
        guard isClass else { return nil }
        if let entry = InlineCache.entry(caches, version: version), entry.pointee.kind == .plainConstructor {
            return callable._withUnsafeGuaranteedRef {
                unsafeBitCast(makeInstanceReference(of: unsafeDowncast($0, to: TypeObject.self)), to: Unmanaged<HeapObject>.self)
            }
        }
        let type = unsafeDowncast(callable.takeUnretainedValue(), to: TypeObject.self)
        guard type.layout == .object,
              type.lookup(symbol("__new__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object",
              type.lookup(symbol("__init__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "object" else { return nil }
        InlineCache.wayToFill(caches).pointee = InlineCache(typeVersion: version, kind: .plainConstructor, index: 0)
        return unsafeBitCast(makeInstanceReference(of: type), to: Unmanaged<HeapObject>.self)
    }

    /// CALL on a class whose instances are made by object.__new__ (or BaseException.__new__) and set up
    /// by a Python `__init__`: that function (borrowed), so the call can run it in the dispatch loop; else nil.
    @inline(never)
    func constructorInitializer(_ callable: Unmanaged<HeapObject>, _ caches: UnsafeMutablePointer<InlineCache>) -> Unmanaged<FunctionObject>? {
        // Builtin types construct natively: ruled out before anything takes a Swift reference.
        let (isClass, version) = callable._withUnsafeGuaranteedRef { o -> (Bool, Int) in
            guard o.typeRef.toOpaque() == Unmanaged.passUnretained(types.type).toOpaque() else { return (false, 0) }
            let type = unsafeDowncast(o, to: TypeObject.self)
            return (type.isHeapType, type.version)
        }
        guard isClass else { return nil }
        if let entry = InlineCache.entry(caches, version: version), entry.pointee.kind == .constructor,
           let function = entry.pointee.value {
            return unsafeBitCast(function, to: Unmanaged<FunctionObject>.self)
        }
        let type = unsafeDowncast(callable.takeUnretainedValue(), to: TypeObject.self)
        guard type.isHeapType else { return nil }  // builtin types construct natively
        // Plain instances (object.__new__) and exceptions whose __new__ is BaseException's.
        let newOwner = type.lookup(symbol("__new__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName
        guard (type.layout == .object && newOwner == "object") || (type.layout == .exception && newOwner == "BaseException"),
              let initializer = type.lookup(symbol("__init__"))?.asObject(FunctionObject.self),
              !initializer.code.codeFlags.contains(.generator) else { return nil }
        InlineCache.wayToFill(caches).pointee = InlineCache(typeVersion: version, kind: .constructor, index: 0,
                                                          value: Unmanaged.passUnretained(initializer))
        return Unmanaged.passUnretained(initializer)
    }
}
