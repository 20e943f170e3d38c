/// The `member_descriptor` class attributes that `__slots__` entries create.
extension Interpreter {
    /// Adds one descriptor per slot to the class dict, refusing names the class body also assigns.
    func installSlotDescriptors(_ type: TypeObject, _ slots: [String]) throws(ScriptError) {
        for slot in slots where type.dict.getString(intern(slot)) != nil {
            throw makeError("ValueError", "'\(slot)' in __slots__ conflicts with class variable")
        }
        for slot in slots {
            // The instance's slot storage holds the value; the descriptor only names it (getter) and its class (doc).
            let descriptor = heap.registerTracked(DescriptorObject(type: types.memberDescriptor, getter: makeStr(slot),
                                                                   doc: makeStr(type.name)))
            type.dict.setString(intern(slot), descriptor.asValue, heap)
            heap.release(descriptor)
        }
    }

    /// A member of a builtin type (`defineMember`), rather than a `__slots__` entry.
    func nativeMember(_ attribute: Value?) -> DescriptorObject? {
        guard let d = attribute?.asObject(DescriptorObject.self), d.type === types.memberDescriptor, d.getter.asStr == nil else { return nil }
        return d
    }

    /// `<member 'x' of 'P' objects>`; nil for other descriptors.
    func memberDescriptorRepr(_ d: DescriptorObject) -> String? {
        guard d.type === types.memberDescriptor, let owner = d.doc.asStr else { return nil }
        let name = d.getter.asStr?.value ?? d.getter.asObject(NativeFunctionObject.self)?.name ?? "?"
        return "<member '\(name)' of '\(owner.value)' objects>"
    }
}
