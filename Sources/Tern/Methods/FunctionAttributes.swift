/// Assignment to the writable special attributes of Python functions.
extension Interpreter {
    /// `f.__defaults__ = ...` and `f.__kwdefaults__ = ...`; false for other names.
    func assignFunctionDefaults(_ f: FunctionObject, _ name: String, _ value: Value) throws(ScriptError) -> Bool {
        switch name {
        case "__defaults__":
            if !value.isNone && value.asObject(TupleObject.self) == nil {
                throw makeError("TypeError", "__defaults__ must be set to a tuple object")
            }
            let old = f.defaults
            value.retain()
            f.defaults = value.asObject(TupleObject.self)
            if let old { heap.release(old) }
            return true
        case "__kwdefaults__":
            if !value.isNone && value.asObject(DictObject.self) == nil {
                throw makeError("TypeError", "__kwdefaults__ must be set to a dict object")
            }
            let old = f.keywordDefaults
            value.retain()
            f.keywordDefaults = value.asObject(DictObject.self)
            if let old { heap.release(old) }
            return true
        default:
            return false
        }
    }
}
