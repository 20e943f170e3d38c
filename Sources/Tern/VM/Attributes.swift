/// Attribute access with descriptors, classes and instances.
extension Interpreter {
    /// A builtin method bound to `receiver` (owned), as CPython's builtin_function_or_method with
    /// `__self__` set: `"s".upper`, `[].append`, `int.from_bytes`.
    func bindNative(_ native: NativeFunctionObject, _ method: Value, to receiver: Value) -> Value {
        let bound = NativeFunctionObject(type: types.builtinFunction, name: native.name, ownerTypeName: native.ownerTypeName,
                                         function: native.function)
        bound.boundSelf = receiver
        bound.unboundMethod = method.retained()
        return heap.registerTracked(bound).asValue
    }

    /// A new bound method (tracked, refcount 1), taking ownership of both references.
    func makeBoundMethod(function: Value, receiver: Value) -> Value {
        if let reused = heap.reusableBoundMethod(of: types.method) {
            reused.function = function
            reused.receiver = receiver
            heap.track(reused)
            return reused.asValue
        }
        return heap.registerTracked(BoundMethodObject(type: types.method, function: function, receiver: receiver)).asValue
    }

    /// The attribute dict of an object that has one (instances, functions, modules, subclass instances).
    /// The attribute dict as `__dict__` gives it to Python code, which may keep it apart from its
    /// instance: from now on the collector tracks it (see `makeInstanceDict`).
    func exposedInstanceDict(_ o: HeapObject) -> DictObject? {
        guard let dict = instanceDict(o, create: true) else { return nil }
        if dict.gcSlot < 0 { heap.track(dict) }
        return dict
    }

    func instanceDict(_ o: HeapObject, create: Bool) -> DictObject? {
        switch o {
        case let i as InstanceObject:
            if i.attributes == nil && create && i.type.instancesHaveDict { i.attributesReference = makeInstanceDict(for: i.type) }
            return i.attributes
        case let m as ModuleObject: return m.dict
        case let f as FunctionObject:
            if f.attributes == nil && create { f.attributes = makeDict() }
            return f.attributes
        case let e as ExceptionObject:
            if e.attributes == nil && create { e.attributes = makeDict() }
            return e.attributes
        case let l as ListObject where l.type.isHeapType:
            if l.instanceAttributes == nil && create { l.instanceAttributes = makeDict() }
            return l.instanceAttributes
        case let d as DictObject where d.type.isHeapType:
            if d.instanceAttributes == nil && create { d.instanceAttributes = makeDict() }
            return d.instanceAttributes
        case let t as TupleObject where t.type.isHeapType:
            if t.instanceAttributes == nil && create { t.instanceAttributes = makeDict() }
            return t.instanceAttributes
        case let i as IntObject where i.type.isHeapType:
            if i.instanceAttributes == nil && create { i.instanceAttributes = makeDict() }
            return i.instanceAttributes
        case let f as FloatObject where f.type.isHeapType:
            if f.instanceAttributes == nil && create { f.instanceAttributes = makeDict() }
            return f.instanceAttributes
        case let s as StrObject where s.type.isHeapType:
            if s.instanceAttributes == nil && create { s.instanceAttributes = makeDict() }
            return s.instanceAttributes
        case let s as SetObject where s.type.isHeapType:
            if s.instanceAttributes == nil && create { s.instanceAttributes = makeDict() }
            return s.instanceAttributes
        case let d as DescriptorObject where d.type.isHeapType:
            if d.attributes == nil && create { d.attributes = makeDict() }
            return d.attributes
        case let w as WeakReferenceObject where w.type.isHeapType:
            if w.instanceAttributes == nil && create { w.instanceAttributes = makeDict() }
            return w.instanceAttributes
        case let c as WeakContainerObject:  // CPython's are Python classes: even exact ones have a __dict__
            if c.instanceAttributes == nil && create { c.instanceAttributes = makeDict() }
            return c.instanceAttributes
        case let f as FinalizeObject where f.type.isHeapType:
            if f.instanceAttributes == nil && create { f.instanceAttributes = makeDict() }
            return f.instanceAttributes
        default: return nil
        }
    }

    private func isDataDescriptor(_ v: Value) -> Bool {
        if let d = v.asObject(DescriptorObject.self) { return d.type.isSubtype(of: types.property) || nativeMember(v) != nil }
        let type = typeOf(v)
        return type.isHeapType && (type.lookup(symbol("__set__")) != nil || type.lookup(symbol("__delete__")) != nil)
    }

    /// A user descriptor with `__set__` or `__delete__` but no `__get__`: the instance's own
    /// attribute wins, and without one the descriptor itself is the value.
    private func lacksGet(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        let type = r.takeUnretainedValue().type
        return type.isHeapType && type.lookup(symbol("__get__")) == nil
    }

    /// Binds a class attribute found for an instance (functions become bound methods).
    func bindDescriptor(_ attribute: Value, instance: Value, owner: TypeObject) throws(ScriptError) -> Value {
        guard case .object(let r) = attribute else { return attribute.retained() }
        let o = r.takeUnretainedValue()
        switch o {
        case is FunctionObject:
            if instance.isNone { return attribute.retained() }
            return makeBoundMethod(function: attribute.retained(), receiver: instance.retained())
        case let native as NativeFunctionObject:
            if native.isClassMethod {
                return bindNative(native, attribute, to: owner.retainedValue)
            }
            if native.isStaticMethod || native.ownerTypeName == nil || instance.isNone || native.boundSelf != nil { return attribute.retained() }
            return bindNative(native, attribute, to: instance.retained())
        case let d as DescriptorObject:
            if d.type.isSubtype(of: types.staticMethod) { return d.getter.retained() }
            if d.type.isSubtype(of: types.classMethod) {
                return makeBoundMethod(function: d.getter.retained(), receiver: owner.retainedValue)
            }
            if d.type.isSubtype(of: types.property) {
                if instance.isNone { return attribute.retained() }
                if d.getter.isNone { throw makeError("AttributeError", "property object has no getter") }
                return try callValue(d.getter, [instance])
            }
            if nativeMember(attribute) != nil {
                if instance.isNone { return attribute.retained() }
                return try callValue(d.getter, [instance])
            }
        default:
            if o.type.isHeapType, let get = o.type.lookup(symbol("__get__")) {
                return try callValue(get, [attribute, instance, owner.asValue])
            }
        }
        return attribute.retained()
    }

    func getAttribute(_ object: Value, _ name: StrObject) throws(ScriptError) -> Value {
        do throws(ScriptError) {
            return try findAttribute(object, name)
        } catch {
            throw attributeErrorNaming(error, object, name)
        }
    }

    /// As CPython's PyObject_GetAttr: an AttributeError records what was looked up, for "Did you mean".
    func attributeErrorNaming(_ error: ScriptError, _ object: Value, _ name: StrObject) -> ScriptError {
        if error.object.type.isSubtype(of: types.attributeError!) {
            setExceptionField(error.object, "name", name.asValue)
            setExceptionField(error.object, "obj", object)
        }
        return error
    }

    private func findAttribute(_ object: Value, _ name: StrObject) throws(ScriptError) -> Value {
        let type = typeOf(object)
        if type.layout == .weakReference,
           let result = try throughProxy(object, { (target) throws(ScriptError) in try getAttribute(target, name) }) { return result }
        if let s = object.asObject(SuperObject.self), type === types.superType {
            return try superGetAttribute(s, name)
        }
        // A GenericAlias answers for its class (`list[int].__name__`), except for its own attributes.
        if type === types.genericAlias, let alias = object.asObject(TupleObject.self), alias.items.count == 2,
           !["__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce__", "__reduce_ex__",
             "__copy__", "__deepcopy__"].contains(name.value) {
            return try getAttribute(alias.items[0], name)
        }
        if type.isHeapType, let custom = type.lookup(symbol("__getattribute__")), custom.asObject(NativeFunctionObject.self) == nil {
            do throws(ScriptError) {
                return try callValue(custom, [object, name.asValue])
            } catch {
                return try fallbackGetattr(object, name, error)
            }
        }
        do throws(ScriptError) {
            return try genericGetAttribute(object, name)
        } catch {
            return try fallbackGetattr(object, name, error)
        }
    }

    private func fallbackGetattr(_ object: Value, _ name: StrObject, _ error: ScriptError) throws(ScriptError) -> Value {
        let type = typeOf(object)
        guard error.object.type.isSubtype(of: types.attributeError!), type.isHeapType,
              let getattr = type.lookup(symbol("__getattr__")) else { throw error }
        heap.release(error.object)
        return try callValue(getattr, [object, name.asValue])
    }

    /// object.__getattribute__: data descriptors, instance dict, class attributes.
    func genericGetAttribute(_ object: Value, _ name: StrObject) throws(ScriptError) -> Value {
        let type = typeOf(object)
        if let t = object.asObject(TypeObject.self) {
            return try typeGetAttribute(t, name)
        }
        let classAttribute = type.lookup(name)
        if let classAttribute, isDataDescriptor(classAttribute), !lacksGet(classAttribute) {
            return try bindDescriptor(classAttribute, instance: object, owner: type)
        }
        if case .object(let r) = object {
            let o = r.takeUnretainedValue()
            if let instance = o as? InstanceObject, !instance.slots.isEmpty, let index = type.slotNames.firstIndex(of: name.value) {
                if let v = instance.slots[index] { return v.retained() }
                throw makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
            }
            if let dict = instanceDict(o, create: false), let found = dict.getString(name) {
                return found.retained()
            }
            if let special = try specialAttribute(o, name.value) { return special }
            // A slot of a builtin-layout subclass (a weakref.ref subclass) lives in the attribute dict: unset here.
            if !(o is InstanceObject), let member = classAttribute?.asObject(DescriptorObject.self),
               member.type === types.memberDescriptor, member.getter.asStr != nil {
                throw makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
            }
        }
        if let classAttribute {
            return try bindDescriptor(classAttribute, instance: object, owner: type)
        }
        if let special = try valueSpecialAttribute(object, name.value) { return special }
        if let module = object.asObject(ModuleObject.self) {
            throw makeError("AttributeError", "module '\(module.name)' has no attribute '\(name.value)'")
        }
        throw makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
    }

    func typeGetAttribute(_ t: TypeObject, _ name: StrObject) throws(ScriptError) -> Value {
        // A class's own `__dict__` entry describes its instances; the class's namespace comes from type.
        if name === symbol("__dict__"), let namespace = try typeSpecialAttribute(t, "__dict__") { return namespace }
        // So are its names (type's data descriptors): a `__name__` in the class dict is for instances.
        if name === symbol("__name__") || name === symbol("__qualname__"), let text = try typeSpecialAttribute(t, name.value) {
            return text
        }
        let metaAttribute = t.type.lookup(name)
        if let metaAttribute, isDataDescriptor(metaAttribute), t.type.isHeapType {
            return try bindDescriptor(metaAttribute, instance: t.asValue, owner: t.type)
        }
        if let found = t.lookup(name) {
            if let d = found.asObject(DescriptorObject.self) {
                if d.type.isSubtype(of: types.staticMethod) { return d.getter.retained() }
                if d.type.isSubtype(of: types.classMethod) {
                    return makeBoundMethod(function: d.getter.retained(), receiver: t.retainedValue)
                }
                return found.retained()
            }
            if let native = found.asObject(NativeFunctionObject.self), native.isClassMethod {
                return bindNative(native, found, to: t.retainedValue)
            }
            if case .object(let r) = found, r.takeUnretainedValue().type.isHeapType,
               let get = r.takeUnretainedValue().type.lookup(symbol("__get__")) {
                return try callValue(get, [found, .none, t.asValue])
            }
            return found.retained()
        }
        if let special = try typeSpecialAttribute(t, name.value) { return special }
        if let metaAttribute {
            return try bindDescriptor(metaAttribute, instance: t.asValue, owner: t.type)
        }
        throw makeError("AttributeError", "type object '\(t.name)' has no attribute '\(name.value)'")
    }

    func setAttribute(_ object: Value, _ name: StrObject, _ value: Value) throws(ScriptError) {
        let type = typeOf(object)
        if type.layout == .weakReference,
           let result = try throughProxy(object, { (target) throws(ScriptError) in try setAttribute(target, name, value) }) { return result }
        if type.isHeapType, let custom = type.lookup(symbol("__setattr__")), custom.asObject(NativeFunctionObject.self) == nil {
            try callValue(custom, [object, name.asValue, value]).release(heap)
            return
        }
        try genericSetAttribute(object, name, value)
    }

    func genericSetAttribute(_ object: Value, _ name: StrObject, _ value: Value) throws(ScriptError) {
        let type = typeOf(object)
        if let t = object.asObject(TypeObject.self) {
            guard t.isHeapType else {
                throw makeError("TypeError", "cannot set '\(name.value)' attribute of immutable type '\(t.name)'")
            }
            if name.value == "__name__" || name.value == "__qualname__" {
                // The class's own name fields (CPython's type getsets), not an entry of its dict.
                guard let text = value.asStr else {
                    throw makeError("TypeError", "can only assign string to \(t.name).\(name.value), not '\(typeName(value))'")
                }
                if name.value == "__name__" { t.name = text.value } else { t.qualifiedName = text.value }
                t.attributesChanged(heap)
                return
            }
            t.dict.setString(name, value, heap)
            t.attributesChanged(heap)
            if name.value == "__del__" { t.hasFinalizer = true }
            return
        }
        if let classAttribute = type.lookup(name) {
            if let member = nativeMember(classAttribute) {
                if member.setter.isNone { throw makeError("AttributeError", "readonly attribute") }
                try callValue(member.setter, [object, value]).release(heap)
                return
            }
            if let d = classAttribute.asObject(DescriptorObject.self), d.type.isSubtype(of: types.property) {
                if d.setter.isNone {
                    throw makeError("AttributeError", "property '\(name.value)' of '\(type.name)' object has no setter")
                }
                try callValue(d.setter, [object, value]).release(heap)
                return
            }
            let classType = typeOf(classAttribute)
            if classType.isHeapType {
                if let set = classType.lookup(symbol("__set__")) {
                    try callValue(set, [classAttribute, object, value]).release(heap)
                    return
                }
                // A descriptor that can only delete still owns the attribute.
                if classType.lookup(symbol("__delete__")) != nil { throw makeError("AttributeError", "__set__") }
            }
        }
        guard case .object(let r) = object else { throw unwritableAttributeError(object, name) }
        let o = r.takeUnretainedValue()
        if let instance = o as? InstanceObject, let index = type.slotNames.firstIndex(of: name.value) {
            value.retain()
            let old = instance.slots[index]
            instance.slots[index] = value
            old?.release(heap)
            return
        }
        if let f = o as? FunctionObject, try assignFunctionDefaults(f, name.value, value) { return }
        if o is FunctionObject, name.value == "__name__" || name.value == "__qualname__" || name.value == "__doc__" {
            let f = o as! FunctionObject
            switch name.value {
            case "__doc__":
                let old = f.doc
                f.doc = value.retained()
                old.release(heap)
            default:
                guard let s = value.asStr else { throw makeError("TypeError", "__name__ must be set to a string object") }
                if name.value == "__name__" {
                    let old = f.name
                    f.name = s.retainedObject
                    heap.release(old)
                } else {
                    let old = f.qualifiedName
                    f.qualifiedName = s.retainedObject
                    heap.release(old)
                }
            }
            return
        }
        if name.value == "__class__" {
            try assignClass(o, value)
            return
        }
        if let e = o as? ExceptionObject, try setExceptionAttribute(e, name.value, value) { return }
        // Builtin-layout subclasses with __slots__ (and no __dict__) keep only their slot names.
        if type.isHeapType, !type.instancesHaveDict, !(o is InstanceObject), !type.slotNames.contains(name.value) {
            throw makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
        }
        if name.value == "__dict__", !(o is ModuleObject), try assignInstanceDict(o, value) { return }
        guard let dict = instanceDict(o, create: true) else { throw unwritableAttributeError(object, name) }
        dict.setString(name, value, heap)
    }

    func deleteAttribute(_ object: Value, _ name: StrObject) throws(ScriptError) {
        if let result = try throughProxy(object, { (target) throws(ScriptError) in try deleteAttribute(target, name) }) { return result }
        let type = typeOf(object)
        if type.isHeapType, let custom = type.lookup(symbol("__delattr__")), custom.asObject(NativeFunctionObject.self) == nil {
            try callValue(custom, [object, name.asValue]).release(heap)
            return
        }
        try genericDeleteAttribute(object, name)
    }

    func genericDeleteAttribute(_ object: Value, _ name: StrObject) throws(ScriptError) {
        let type = typeOf(object)
        if let t = object.asObject(TypeObject.self) {
            if !t.isHeapType { throw makeError("TypeError", "cannot set '\(name.value)' attribute of immutable type '\(t.name)'") }
            if name.value == "__name__" || name.value == "__qualname__" {
                throw makeError("TypeError", "cannot delete '\(name.value)' attribute of immutable type '\(t.name)'")
            }
            guard let old = t.dict.removeString(name, heap) else {
                throw makeError("AttributeError", "type object '\(t.name)' has no attribute '\(name.value)'")
            }
            t.attributesChanged(heap)
            old.release(heap)
            return
        }
        if let member = nativeMember(type.lookup(name)) {
            if member.type === types.memberDescriptor, !member.setter.isNone {
                // A writable slot member (KeyedRef.key) is emptied.
                try callValue(member.setter, [object, nullValue]).release(heap)
                return
            }
            if member.type === types.getSetDescriptor, let owner = member.doc.asStr {
                throw makeError("AttributeError", "attribute '\(name.value)' of '\(owner.value)' objects is not writable")
            }
            throw makeError("AttributeError", "readonly attribute")
        }
        if let classAttribute = type.lookup(name), let d = classAttribute.asObject(DescriptorObject.self), d.type.isSubtype(of: types.property) {
            if d.deleter.isNone {
                throw makeError("AttributeError", "property '\(name.value)' of '\(type.name)' object has no deleter")
            }
            try callValue(d.deleter, [object]).release(heap)
            return
        }
        if let classAttribute = type.lookup(name), case .object(let r) = classAttribute, r.takeUnretainedValue().type.isHeapType {
            let classType = r.takeUnretainedValue().type
            if let delete = classType.lookup(symbol("__delete__")) {
                try callValue(delete, [classAttribute, object]).release(heap)
                return
            }
            // A descriptor that can only set still owns the attribute.
            if classType.lookup(symbol("__set__")) != nil { throw makeError("AttributeError", "__delete__") }
        }
        guard case .object(let r) = object else { throw unwritableAttributeError(object, name) }
        if let instance = r.takeUnretainedValue() as? InstanceObject, let index = type.slotNames.firstIndex(of: name.value) {
            guard let old = instance.slots[index] else { throw makeError("AttributeError", name.value) }
            instance.slots[index] = nil
            old.release(heap)
            return
        }
        guard let dict = instanceDict(r.takeUnretainedValue(), create: false) else { throw unwritableAttributeError(object, name) }
        guard let old = dict.removeString(name, heap) else {
            throw makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
        }
        old.release(heap)
    }

    /// For LOAD_METHOD: the plain function found on the type when calling it with self needs no bound method.
    func lookupMethod(_ object: Value, _ name: StrObject) -> Value? {
        let type = typeOf(object)
        if object.asObject(TypeObject.self) != nil || type === types.superType { return nil }
        // A proxy's attributes are its referent's, dunders included (`p.__repr__()`).
        if type.layout == .weakReference && isWeakProxy(object) { return nil }
        if type.isHeapType, let custom = type.lookup(symbol("__getattribute__")), custom.asObject(NativeFunctionObject.self) == nil {
            return nil
        }
        guard let attribute = type.lookup(name) else { return nil }
        guard case .object(let r) = attribute else { return nil }
        let o = r.takeUnretainedValue()
        let isPlainFunction = o is FunctionObject
        let isNativeMethod = (o as? NativeFunctionObject).map { $0.ownerTypeName != nil && !$0.isClassMethod && !$0.isStaticMethod && $0.boundSelf == nil } ?? false
        guard isPlainFunction || isNativeMethod else { return nil }
        if case .object(let instanceReference) = object, let dict = instanceDict(instanceReference.takeUnretainedValue(), create: false),
           dict.getString(name) != nil {
            return nil
        }
        return attribute.retained()
    }

    // MARK: Namespaces

    func builtinsOf(_ globals: DictObject) -> DictObject { builtins }

    func namespaceGet(_ namespace: DictObject, _ name: StrObject) throws(ScriptError) -> Value? {
        if namespace.type === types.dict { return namespace.getString(name)?.retained() }
        do throws(ScriptError) {
            return try getItem(namespace.asValue, name.asValue)
        } catch {
            if error.object.type.isSubtype(of: types.keyError!) {
                heap.release(error.object)
                return nil
            }
            throw error
        }
    }

    func namespaceSet(_ namespace: DictObject, _ name: StrObject, _ value: Value) throws(ScriptError) {
        if namespace.type === types.dict {
            namespace.setString(name, value, heap)
        } else {
            try setItem(namespace.asValue, name.asValue, value)
        }
    }

    /// `obj.__class__ = C`: allowed between heap types whose instances have the same layout.
    func assignClass(_ object: HeapObject, _ value: Value) throws(ScriptError) {
        guard let newType = value.asObject(TypeObject.self) else {
            throw makeError("TypeError", "__class__ must be set to a class, not '\(typeName(value))' object")
        }
        let oldType = object.type
        guard oldType.isHeapType, newType.isHeapType, object is InstanceObject, newType.layout == oldType.layout,
              newType.slotNames == oldType.slotNames, newType.instancesHaveDict == oldType.instancesHaveDict else {
            if !newType.isHeapType || !oldType.isHeapType {
                throw makeError("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            throw makeError("TypeError", "__class__ assignment: '\(newType.name)' object layout differs from '\(oldType.name)'")
        }
        newType.retain()
        object.typeRef = Unmanaged.passUnretained(newType)
        heap.release(oldType)
    }
}

extension Interpreter {
    /// `hasattr(object, name)`: false only when the lookup raises AttributeError.
    func hasAttribute(_ object: Value, _ name: String) throws(ScriptError) -> Bool {
        guard let found = try attributeIfPresent(object, intern(name)) else { return false }
        found.release(heap)
        return true
    }

    /// `getattr(object, name, None)` that tells absence apart: the attribute (owned), or nil when
    /// looking it up raised AttributeError (other errors propagate).
    func attributeIfPresent(_ object: Value, _ name: StrObject) throws(ScriptError) -> Value? {
        do throws(ScriptError) {
            return try getAttribute(object, name)
        } catch {
            guard error.object.type.isSubtype(of: types.attributeError!) else { throw error }
            heap.release(error.object)
            return nil
        }
    }

    /// `object.name(*arguments)`, owned result.
    func callMethod(_ object: Value, _ name: String, _ arguments: [Value]) throws(ScriptError) -> Value {
        let method = try getAttribute(object, intern(name))
        defer { method.release(heap) }
        return try callValue(method, arguments)
    }
}
