/// Methods of `mappingproxy`, the read-only view a class's `__dict__` gives: each reads the underlying dict.
extension Interpreter {
    func installMappingProxyMethods() {
        let proxy = types.mappingProxy.dict!
        for name in ["keys", "values", "items", "get", "copy", "__getitem__", "__contains__", "__len__", "__iter__"] {
            define(proxy, name, owner: "mappingproxy") { (vm, args) throws(ScriptError) -> Value in
                guard args.count >= 1, let view = args[0].asObject(IteratorObject.self), view.kind == .mappingProxy else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' requires a 'mappingproxy' object")
                }
                // The dict's own method, so arity errors and results match dict's.
                let method = try vm.getAttribute(view.source, vm.intern(name))
                defer { method.release(vm.heap) }
                let rest = Array(args.values[1...])
                return try vm.withArguments(rest, keywordNames: args.keywordNames) { (inner) throws(ScriptError) in
                    try vm.call(method, inner)
                }
            }
        }
    }
}
