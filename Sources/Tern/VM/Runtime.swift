#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running programs: compiling source, module execution, imports and the public entry points.
extension Interpreter {
    func readTextFile(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Compiles source into a module code object (owned), or throws a SyntaxError exception.
    func compile(_ source: String, filename: String) throws(ScriptError) -> CodeObject {
        sourceLines[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        do throws(SyntaxErrorInfo) {
            let statements = try Parser.parseModule(source)
            return try CodeGenerator.compileModule(statements, filename: filename, vm: self)
        } catch {
            throw makeSyntaxError(error, filename: filename)
        }
    }

    /// Runs a module code object with `globals` as its namespace.
    func runModuleCode(_ code: CodeObject, globals: DictObject) throws(ScriptError) -> Value {
        let base = freeStackTop
        guard callDepth < recursionLimit else { throw makeError("RecursionError", "maximum recursion depth exceeded") }
        callDepth &+= 1
        globals.retain()
        frames.append(Frame(code: Unmanaged.passUnretained(code), function: nil, globals: Unmanaged.passUnretained(globals),
                            locals: Unmanaged.passUnretained(globals), base: base, stackPointer: base, pc: 0, generator: nil,
                            isEntry: true, resultSlot: nil, handledExceptionDepth: 0))
        return try execute()
    }

    func makeModule(_ name: String) -> ModuleObject {
        let dict = makeDict()
        dict.setString(intern("__name__"), intern(name).asValue, heap)
        dict.setString(intern("__doc__"), .none, heap)
        return heap.registerTracked(ModuleObject(type: types.module, name: name, dict: dict))
    }

    /// Runs a program as `__main__`; returns the exit status after reporting any uncaught exception.
    func runMain(source: String, filename: String) -> Int32 {
        stackGuard = StackGuard()
        let module = makeModule("__main__")
        module.dict.setString(intern("__file__"), owned: makeStr(filename), heap)
        try? modules.set(intern("__main__").asValue, module.asValue, self)
        heap.release(module)
        do throws(ScriptError) {
            let code = try compile(source, filename: filename)
            defer { heap.release(code) }
            let result = try runModuleCode(code, globals: module.dict)
            result.release(heap)
            output.flush()
            return 0
        } catch {
            return handleUncaught(error)
        }
    }

    /// Reports an uncaught exception (or performs SystemExit) and returns the exit status.
    func handleUncaught(_ error: ScriptError) -> Int32 {
        let exception = error.object
        defer { heap.release(exception) }
        output.flush()
        if exception.type.isSubtype(of: types.exception("SystemExit")) {
            let code = exception.arguments.items.first ?? Value.none
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                output.writeError(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        if exception.type.isSubtype(of: types.exception("SyntaxError")), exception.arguments.items.count == 2,
           let details = exception.arguments.items[1].asObject(TupleObject.self), details.items.count >= 6,
           exception.traceback == nil {
            let info = SyntaxErrorInfo(kind: exception.type.name, message: exceptionMessage(exception),
                                       line: (try? index(details.items[1])) ?? 1, column: (try? index(details.items[2])) ?? 0,
                                       endColumn: (try? index(details.items[5])) ?? 0)
            output.writeError(formatSyntaxError(info, filename: details.items[0].asStr?.value ?? "<string>"))
            return 1
        }
        printException(exception)
        return 1
    }

    // MARK: Imports

    func importModule(_ name: String, fromList: Value, level: Value, globals: DictObject) throws(ScriptError) -> Value {
        let top = String(name.split(separator: ".").first ?? Substring(name))
        let module = try loadModule(top)
        return module
    }

    func loadModule(_ name: String) throws(ScriptError) -> Value {
        if let existing = modules.getString(intern(name)) { return existing.retained() }
        if let builtin = try makeBuiltinModule(name) {
            try modules.set(intern(name).asValue, builtin.asValue, self)
            return builtin.asValue
        }
        let path = (mainDirectory.isEmpty ? "" : mainDirectory + "/") + name + ".py"
        guard let source = readTextFile(path) else {
            let error = makeError("ModuleNotFoundError", "No module named '\(name)'")
            return try { () throws(ScriptError) -> Value in throw error }()
        }
        let module = makeModule(name)
        module.dict.setString(intern("__file__"), owned: makeStr(path), heap)
        try modules.set(intern(name).asValue, module.asValue, self)
        do throws(ScriptError) {
            let code = try compile(source, filename: path)
            defer { heap.release(code) }
            try runModuleCode(code, globals: module.dict).release(heap)
        } catch {
            _ = try? modules.remove(intern(name).asValue, self).map { $0.release(heap) }
            heap.release(module)
            throw error
        }
        return module.asValue
    }

    func importFrom(_ module: Value, _ name: StrObject) throws(ScriptError) -> Value {
        do throws(ScriptError) {
            return try getAttribute(module, name)
        } catch {
            guard error.object.type.isSubtype(of: types.exception("AttributeError")) else { throw error }
            heap.release(error.object)
            let moduleName = module.asObject(ModuleObject.self)?.name ?? "?"
            let file = module.asObject(ModuleObject.self)?.dict.getString(intern("__file__"))?.asStr?.value
            throw makeError("ImportError", "cannot import name '\(name.value)' from '\(moduleName)' (\(file ?? "unknown location"))")
        }
    }

    func importStar(_ module: Value, into namespace: DictObject) throws(ScriptError) {
        guard let m = module.asObject(ModuleObject.self) else { return }
        for entry in m.dict.liveEntries {
            guard let key = entry.key?.asStr, !key.value.hasPrefix("_") else { continue }
            namespace.setString(key, entry.value, heap)
        }
    }

    func displayHook(_ value: Value) throws(ScriptError) {
        if value.isNone { return }
        output.write(try repr(value) + "\n")
        builtins.setString(intern("_"), value, heap)
    }
}
