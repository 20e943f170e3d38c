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

    /// `<member 'x' of 'P' objects>`; nil for other descriptors.
    func memberDescriptorRepr(_ d: DescriptorObject) -> String? {
        guard d.type === types.memberDescriptor, let slot = d.getter.asStr, let owner = d.doc.asStr else { return nil }
        return "<member '\(slot.value)' of '\(owner.value)' objects>"
    }
}
