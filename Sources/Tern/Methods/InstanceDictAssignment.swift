/// `obj.__dict__ = d`: replaces the attribute dict of objects that have one.
extension Interpreter {
    /// False when `object` keeps no attribute dict (the caller reports the missing attribute).
    func assignInstanceDict(_ object: HeapObject, _ value: Value) throws(ScriptError) -> Bool {
        guard instanceDict(object, create: true) != nil else { return false }
        guard let dict = value.asObject(DictObject.self) else {
            throw makeError("TypeError", "__dict__ must be set to a dictionary, not a '\(typeName(value))'")
        }
        dict.retain()
        let old: DictObject?
        switch object {
        case let i as InstanceObject: old = i.attributes; i.attributes = dict
        case let f as FunctionObject: old = f.attributes; f.attributes = dict
        case let e as ExceptionObject: old = e.attributes; e.attributes = dict
        case let l as ListObject: old = l.instanceAttributes; l.instanceAttributes = dict
        case let d as DictObject: old = d.instanceAttributes; d.instanceAttributes = dict
        case let t as TupleObject: old = t.instanceAttributes; t.instanceAttributes = dict
        case let s as SetObject: old = s.instanceAttributes; s.instanceAttributes = dict
        case let d as DescriptorObject: old = d.attributes; d.attributes = dict
        default:
            heap.release(dict)
            throw makeError("AttributeError", "attribute '__dict__' of '\(object.type.name)' objects is not writable")
        }
        if let old { heap.release(old) }
        return true
    }
}
