/// The `member_descriptor` class attributes that `__slots__` entries create.
extension Interpreter {
    /// Adds one descriptor per slot to the class dict, refusing names the class body also assigns.
    func installSlotDescriptors(_ type: TypeObject, _ slots: [String]) throws(ScriptError) {
        for slot in slots where type.dict.getString(intern(slot)) != nil {
            throw makeError("ValueError", "'\(slot)' in __slots__ conflicts with class variable")
        }
        for slot in slots {
            // The instance's slot storage holds the value; the descriptor only names it (getter) and its class (doc).
            // The class itself is held too (`__objclass__`): as in CPython, a class is in a
            // reference cycle with its descriptors, so only the cycle collector frees it.
            let descriptor = heap.registerTracked(DescriptorObject(type: types.memberDescriptor, getter: makeStr(slot),
                                                                   deleter: type.retainedValue, doc: makeStr(type.name)))
            type.dict.setString(intern(slot), descriptor.asValue, heap)
            heap.release(descriptor)
        }
    }

    /// A member of a builtin type (`defineMember`) or a class's `__dict__`/`__weakref__`
    /// attribute, rather than a `__slots__` entry: a data descriptor with a native getter.
    func nativeMember(_ attribute: Value?) -> DescriptorObject? {
        guard let d = attribute?.asObject(DescriptorObject.self),
              (d.type === types.memberDescriptor && d.getter.asStr == nil) || d.type === types.getSetDescriptor else { return nil }
        return d
    }

    /// Puts `__dict__` and `__weakref__` attributes in the dict of a class whose instances gain them
    /// (CPython's getset descriptors); reading and writing through them is the instance's own.
    func installInstanceLayoutDescriptors(_ type: TypeObject, addsDict: Bool, addsWeakref: Bool) {
        func install(_ name: String, _ getter: @escaping (Interpreter, Value) throws(ScriptError) -> Value,
                     _ setter: @escaping (Interpreter, Value, Value) throws(ScriptError) -> Void) {
            defineMember(type, name, getter, setter: setter, kind: types.getSetDescriptor, owner: type)
        }
        if addsDict {
            install("__dict__", { (vm, object) throws(ScriptError) -> Value in
                guard let o = object.heapObject, let dict = vm.exposedInstanceDict(o) else {
                    throw vm.makeError("AttributeError", "'\(vm.typeName(object))' object has no attribute '__dict__'")
                }
                return dict.retainedValue
            }, { (vm, object, value) throws(ScriptError) in
                guard let o = object.heapObject, try vm.assignInstanceDict(o, value) else {
                    throw vm.makeError("AttributeError", "attribute '__dict__' of '\(type.name)' objects is not writable")
                }
            })
        }
        if addsWeakref {
            install("__weakref__", { (vm, object) throws(ScriptError) -> Value in
                object.heapObject.flatMap { vm.heap.weakList(of: $0) }?.takeUnretainedValue().retainedValue ?? .none
            }, { (vm, _, _) throws(ScriptError) in
                throw vm.makeError("AttributeError", "attribute '__weakref__' of '\(type.name)' objects is not writable")
            })
        }
    }

    /// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of member and getset descriptors.
    func installMemberDescriptorAttributes() {
        for type in [types.memberDescriptor, types.getSetDescriptor] {
            defineReadOnlyProperty(type, "__name__") { (vm, v) throws(ScriptError) -> Value in
                vm.makeStr(vm.memberName(v))
            }
            defineReadOnlyProperty(type, "__qualname__") { (vm, v) throws(ScriptError) -> Value in
                let owner = v.asObject(DescriptorObject.self)?.doc.asStr?.value ?? "?"
                return vm.makeStr("\(owner).\(vm.memberName(v))")
            }
            defineReadOnlyProperty(type, "__objclass__") { (vm, v) throws(ScriptError) -> Value in
                guard let owner = v.asObject(DescriptorObject.self)?.deleter, owner.asObject(TypeObject.self) != nil else {
                    throw vm.makeError("AttributeError", "'\(vm.typeName(v))' object has no attribute '__objclass__'")
                }
                return owner.retained()
            }
            defineReadOnlyProperty(type, "__doc__") { (vm, v) throws(ScriptError) -> Value in
                switch (vm.typeOf(v) === vm.types.getSetDescriptor, vm.memberName(v)) {
                case (true, "__weakref__"): return vm.makeStr("list of weak references to the object")
                case (true, "__dict__"): return vm.makeStr("dictionary for instance variables")
                default: return .none
                }
            }
        }
    }

    /// The attribute a member or getset descriptor stands for.
    private func memberName(_ v: Value) -> String {
        guard let d = v.asObject(DescriptorObject.self) else { return "?" }
        return d.getter.asStr?.value ?? d.getter.asObject(NativeFunctionObject.self)?.name ?? "?"
    }

    /// `<member 'x' of 'P' objects>`; nil for other descriptors.
    func memberDescriptorRepr(_ d: DescriptorObject) -> String? {
        guard d.type === types.memberDescriptor, let owner = d.doc.asStr else { return nil }
        let name = d.getter.asStr?.value ?? d.getter.asObject(NativeFunctionObject.self)?.name ?? "?"
        return "<member '\(name)' of '\(owner.value)' objects>"
    }

    /// `<attribute '__dict__' of 'C' objects>`; nil for other descriptors.
    func getSetDescriptorRepr(_ d: DescriptorObject) -> String? {
        guard d.type === types.getSetDescriptor, let owner = d.doc.asStr,
              let name = d.getter.asObject(NativeFunctionObject.self)?.name else { return nil }
        return "<attribute '\(name)' of '\(owner.value)' objects>"
    }
}
