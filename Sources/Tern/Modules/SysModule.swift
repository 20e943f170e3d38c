/// The `sys` module.
extension Interpreter {
    func installSysModule() {
        let sys = makeModule("sys")
        sysModule = sys
        try? modules.set(intern("sys").asValue, sys.asValue, self)
        sys.dict.setString(intern("modules"), modules.asValue, heap)
        sys.dict.setString(intern("maxsize"), .int(Int.max), heap)
        let stdoutFile = heap.register(FileObject(type: types.file, path: "<stdout>", mode: .write, handle: nil, standardStream: 1))
        let stderrFile = heap.register(FileObject(type: types.file, path: "<stderr>", mode: .write, handle: nil, standardStream: 2))
        sys.dict.setString(intern("stdout"), stdoutFile.asValue, heap)
        sys.dict.setString(intern("stderr"), stderrFile.asValue, heap)
        heap.release(stdoutFile)
        heap.release(stderrFile)
        define(sys.dict, "exit") { (vm, args) throws(ScriptError) -> Value in
            throw vm.makeError("SystemExit", value: args.count > 0 ? args[0] : .none)
        }
        define(sys.dict, "getrefcount") { (vm, args) throws(ScriptError) -> Value in
            if case .object(let r) = args[0] { return .int(r.takeUnretainedValue().refcount) }
            return .int(Int(UInt32.max))
        }
        define(sys.dict, "getrecursionlimit") { (vm, _) throws(ScriptError) -> Value in .int(vm.recursionLimit) }
        define(sys.dict, "setrecursionlimit") { (vm, args) throws(ScriptError) -> Value in
            let limit = try vm.index(args[0])
            if limit < 1 { throw vm.makeError("ValueError", "recursion limit must be greater or equal than 1") }
            vm.recursionLimit = limit
            return .none
        }
        heap.release(sys)
    }

}
