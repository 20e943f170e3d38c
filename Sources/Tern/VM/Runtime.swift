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

    /// The canonical absolute form of a path (symbolic links resolved), or the path itself if it does not exist.
    func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
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
                            isEntry: true, resultSlot: nil, loopExit: Frame.notResumedInLoop))
        return try execute()
    }

    func makeModule(_ name: String) -> ModuleObject {
        let dict = makeDict()
        dict.setString(symbol("__name__"), intern(name).asValue, heap)
        dict.setString(symbol("__doc__"), .none, heap)
        dict.setString(symbol("__package__"), name == "__main__" ? .none : symbol("").asValue, heap)
        dict.setString(symbol("__loader__"), .none, heap)
        dict.setString(symbol("__spec__"), .none, heap)
        return heap.registerTracked(ModuleObject(type: types.module, name: name, dict: dict))
    }

    /// Reports an uncaught exception (or performs SystemExit) and returns the exit status.
    func handleUncaught(_ error: ScriptError) -> Int32 {
        let exception = error.object
        defer { heap.release(exception) }
        // As CPython's flush_io before PyErr_Print: stderr, then stdout, then the report.
        output.flushAll()
        if exception.type.isSubtype(of: types.exception("SystemExit")) {
            // The status is the `code` member: None is success, an int is the status, anything else is printed.
            let code = exceptionAttribute(exception, "code") ?? .none
            defer { code.release(heap) }
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                if let big = bigValue(code) { return Int32(truncatingIfNeeded: Int(truncatingIfNeeded: big)) }
                output.writeError((ignoringErrors { () throws(ScriptError) in try str(code) } ?? "") + "\n")
                return 1
            }
        }
        // As CPython's PyErr_Print: sys.last_* keep the exception (and the frames its traceback
        // holds) until shutdown clears them, after the first collection.
        if let sys = sysModule {
            sys.dict.setString(intern("last_type"), exception.type.asValue, heap)
            sys.dict.setString(intern("last_value"), exception.asValue, heap)
            sys.dict.setString(intern("last_traceback"), exception.traceback?.asValue ?? .none, heap)
        }
        reportThroughExceptHook(exception)
        if exception.type.isSubtype(of: types.exception("KeyboardInterrupt")) { endedByKeyboardInterrupt = true }
        return 1
    }

    /// sys.excepthook(type, value, traceback) when a program replaced it, else the traceback
    /// printed directly. A hook that fails is reported with the original exception, as CPython does.
    private func reportThroughExceptHook(_ exception: ExceptionObject) {
        guard let hook = sysModule?.dict.getString(symbol("excepthook")) else {
            output.writeError("sys.excepthook is missing\n")
            printException(exception)
            return
        }
        guard hook.heapObject.map({ Unmanaged.passUnretained($0).toOpaque() }) != defaultExceptHookAddress else {
            printException(exception)
            return
        }
        hook.retain()
        defer { hook.release(heap) }
        do throws(ScriptError) {
            try callValue(hook, [exception.type.asValue, exception.asValue, exception.traceback?.asValue ?? .none]).release(heap)
            output.flushAll()
        } catch {
            output.writeError("Error in sys.excepthook:\n")
            printException(error.object)
            heap.release(error.object)
            output.writeError("\nOriginal exception was:\n")
            printException(exception)
        }
    }

    // MARK: Imports

    /// IMPORT_NAME: loads `name` (and its parents); returns the top-level module for `import a.b`,
    /// or the named module itself when there is a from-list.
    func importModule(_ name: String, fromList: Value, level: Value, globals: DictObject) throws(ScriptError) -> Value {
        if case .int(let relativeLevel) = level, relativeLevel > 0 {
            // Tern has no packages, so no module has a parent to be relative to.
            throw makeImportError("ImportError", "attempted relative import with no known parent package", name: nil, path: nil)
        }
        if name.isEmpty { throw makeError("ValueError", "Empty module name") }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let top = try loadModule(parts[0])
        if parts.count > 1 {
            // A dotted name needs a package, and no Tern module is one.
            top.release(heap)
            throw makeImportError("ModuleNotFoundError", "No module named '\(name)'; '\(parts[0])' is not a package",
                                  name: name, path: nil)
        }
        return top
    }

    /// The module called `name` (owned): from sys.modules, a builtin module, or a `.py` file on sys.path.
    func loadModule(_ name: String) throws(ScriptError) -> Value {
        if let existing = modules.getString(intern(name)) {
            if existing.isNone {
                throw makeImportError("ModuleNotFoundError", "import of \(name) halted; None in sys.modules", name: name, path: nil)
            }
            return existing.retained()
        }
        if let builtin = try makeBuiltinModule(name) {
            defer { heap.release(builtin) }
            try modules.set(intern(name).asValue, builtin.asValue, self)
            return builtin.retainedValue
        }
        guard let (path, bytes) = findModuleSource(name) else {
            throw makeImportError("ModuleNotFoundError", "No module named '\(name)'", name: name, path: nil)
        }
        let source: String
        switch SourceDecoder.decode(bytes, filename: path) {
        case .success(let text): source = text
        case .failure(let failure): throw makeDecodingError(failure, bytes: bytes, filename: path)
        }
        let module = makeModule(name)
        defer { heap.release(module) }
        let dict = module.dict
        dict.setString(symbol("__file__"), owned: makeStr(path), heap)
        dict.setString(symbol("__builtins__"), builtins.asValue, heap)
        // Registered before running, so a circular import sees the partially initialized module.
        try modules.set(intern(name).asValue, module.asValue, self)
        modulesInitializing.insert(name)
        defer { modulesInitializing.remove(name) }
        do throws(ScriptError) {
            let code = try compile(source, filename: path)
            defer { heap.release(code) }
            try runModuleCode(code, globals: dict).release(heap)
        } catch {
            if let current = modules.getString(intern(name)), current.isIdentical(to: module.asValue),
               let removed = try? modules.remove(intern(name).asValue, self) {
                removed.release(heap)
            }
            throw error
        }
        // The module may have replaced itself in sys.modules.
        guard let loaded = modules.getString(intern(name)) else {
            throw makeImportError("ImportError", "Loaded module \(name) not found in sys.modules", name: name, path: nil)
        }
        return loaded.retained()
    }

    /// The path and bytes of `name`.py in the first sys.path directory that has it. A module beside
    /// the main script is named relative to the script's path as given, so tracebacks show both alike.
    private func findModuleSource(_ name: String) -> (String, [UInt8])? {
        guard let searchPath = sysModule.dict.getString(symbol("path"))?.asObject(ListObject.self) else { return nil }
        let scriptDirectory = absolutePath(mainDirectory)
        for entry in Array(searchPath.items) {
            guard var directory = entry.asStr?.value else { continue }
            if directory == scriptDirectory {
                directory = mainDirectory == "." ? "" : mainDirectory
            } else if directory.isEmpty {
                // "" (the console, -c, stdin) is the current directory, and CPython names
                // modules found there by their absolute path.
                directory = absolutePath(".")
            }
            let path = (directory.isEmpty ? "" : directory + "/") + name + ".py"
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            if case .success(let bytes) = readFileBytes(path) { return (path, bytes) }
        }
        return nil
    }

    /// IMPORT_FROM: an attribute of the module, or ImportError naming the module and its file.
    func importFrom(_ module: Value, _ name: StrObject) throws(ScriptError) -> Value {
        do throws(ScriptError) {
            return try getAttribute(module, name)
        } catch {
            guard error.object.type.isSubtype(of: types.attributeError!) else { throw error }
            heap.release(error.object)
            let dict = module.asObject(ModuleObject.self)?.dict
            let moduleName = dict?.getString(symbol("__name__"))?.asStr?.value ?? "<unknown module name>"
            let file = dict?.getString(symbol("__file__"))?.asStr?.value
            let location = file ?? "unknown location"
            if modulesInitializing.contains(moduleName) {
                throw makeImportError("ImportError", "cannot import name '\(name.value)' from partially initialized module "
                                      + "'\(moduleName)' (most likely due to a circular import) (\(location))", name: moduleName, path: file)
            }
            throw makeImportError("ImportError", "cannot import name '\(name.value)' from '\(moduleName)' (\(location))",
                                  name: moduleName, path: file)
        }
    }

    /// SETUP_ANNOTATIONS: a module or class body that annotates names gets an empty
    /// `__annotations__` dict unless it already has one.
    func setUpAnnotations(in namespace: DictObject) throws(ScriptError) {
        let name = symbol("__annotations__")
        if namespace.getString(name) != nil { return }
        let annotations = makeDict()
        namespace.setString(name, owned: annotations.asValue, heap)
    }

    /// IMPORT_STAR: the names in the module's `__all__`, or its public names when it has none.
    func importStar(_ module: Value, into namespace: DictObject) throws(ScriptError) {
        let moduleDict = module.asObject(ModuleObject.self)?.dict
        let all: Value
        do throws(ScriptError) {
            all = try getAttribute(module, symbol("__all__"))
        } catch {
            guard error.object.type.isSubtype(of: types.attributeError!) else { throw error }
            heap.release(error.object)
            all = .none
        }
        if !all.isNone {
            defer { all.release(heap) }
            let names = try collect(all)
            defer { for name in names { name.release(heap) } }
            let moduleName = moduleDict?.getString(symbol("__name__"))?.asStr?.value ?? "module"
            for nameValue in names {
                guard let name = nameValue.asStr else {
                    throw makeError("TypeError", "Item in \(moduleName).__all__ must be str, not \(typeName(nameValue))")
                }
                let value = try getAttribute(module, name)
                defer { value.release(heap) }
                try namespaceSet(namespace, name, value)
            }
            return
        }
        guard let moduleDict else { return }
        for entry in moduleDict.liveEntries {
            guard let key = entry.key?.asStr, !key.value.hasPrefix("_") else { continue }
            try namespaceSet(namespace, key, entry.value)
        }
    }

    /// `<module 'x' from 'path'>`, `<module 'math' (built-in)>`, or `<module 'x'>` for one made by calling the module type.
    func moduleRepr(_ module: ModuleObject) -> String {
        let name = module.dict.getString(symbol("__name__"))?.asStr?.value ?? module.name
        if let file = module.dict.getString(symbol("__file__"))?.asStr?.value { return "<module '\(name)' from '\(file)'>" }
        if builtinModuleNames.contains(module.name) { return "<module '\(name)' (built-in)>" }
        return "<module '\(name)'>"
    }

    /// An ImportError (or subclass) with its `name` and `path` attributes set.
    func makeImportError(_ typeName: String, _ message: String, name: String?, path: String?) -> ScriptError {
        let error = makeError(typeName, message)
        let details = instanceDict(error.object, create: true)!
        let values: [(String, Value)] = [("msg", makeStr(message)), ("name", name.map { makeStr($0) } ?? .none),
                                         ("path", path.map { makeStr($0) } ?? .none)]
        for (key, value) in values {
            details.setString(intern(key), value, heap)
            value.release(heap)
        }
        return error
    }

    /// `__import__`, the module type's constructor and ImportError's keyword arguments.
    func installImportSystem() {
        define(builtins, "__import__") { (vm, args) throws(ScriptError) -> Value in
            let parameterNames = ["name", "globals", "locals", "fromlist", "level"]
            func argument(_ index: Int) -> Value? { index < args.count ? args[index] : args.keyword(parameterNames[index]) }
            guard let nameValue = argument(0) else { throw vm.makeError("TypeError", "__import__() missing required argument 'name' (pos 1)") }
            guard let name = nameValue.asStr else { throw vm.makeError("TypeError", "module name must be a string") }
            let globals = argument(1)?.asObject(DictObject.self) ?? vm.builtins!
            return try vm.importModule(name.value, fromList: argument(3) ?? .none, level: argument(4) ?? .int(0), globals: globals)
        }
        let moduleType = types.module
        define(moduleType.dict, "__new__", owner: "module") { (vm, args) throws(ScriptError) -> Value in
            guard let type = args[0].asObject(TypeObject.self), type.isSubtype(of: vm.types.module) else {
                throw vm.makeError("TypeError", "module.__new__(X): X is not a subtype of module")
            }
            let name = (args.count > 1 ? args[1] : args.keyword("name"))?.asStr?.value ?? "?"
            return vm.heap.registerTracked(ModuleObject(type: type, name: name, dict: vm.makeDict())).asValue
        }
        define(moduleType.dict, "__init__", owner: "module") { (vm, args) throws(ScriptError) -> Value in
            guard let module = args[0].asObject(ModuleObject.self) else { return .none }
            if args.count > 3 { throw vm.makeError("TypeError", "module() takes at most 2 arguments (\(args.count - 1) given)") }
            guard let name = args.count > 1 ? args[1] : args.keyword("name") else {
                throw vm.makeError("TypeError", "module() missing required argument 'name' (pos 1)")
            }
            guard name.asStr != nil else { throw vm.makeError("TypeError", "module() argument 'name' must be str, not \(vm.typeName(name))") }
            let doc = (args.count > 2 ? args[2] : args.keyword("doc")) ?? .none
            module.dict.setString(vm.symbol("__name__"), name, vm.heap)
            module.dict.setString(vm.symbol("__doc__"), doc, vm.heap)
            for key in ["__package__", "__loader__", "__spec__"] { module.dict.setString(vm.intern(key), .none, vm.heap) }
            return .none
        }
        define(types.exception("ImportError").dict, "__init__", owner: "ImportError") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            for (keyword, _) in args.keywords where keyword != "name" && keyword != "path" {
                throw vm.makeError("TypeError", "'\(keyword)' is an invalid keyword argument for ImportError()")
            }
            let positional = ContiguousArray(args.values[1..<args.count].map { $0.retained() })
            let old = e.arguments
            e.arguments = vm.makeTuple(positional).asObject(TupleObject.self)!
            vm.heap.release(old)
            let details = vm.instanceDict(e, create: true)!
            details.setString(vm.symbol("msg"), positional.count == 1 ? positional[0] : .none, vm.heap)
            details.setString(vm.symbol("name"), args.keyword("name") ?? .none, vm.heap)
            details.setString(vm.symbol("path"), args.keyword("path") ?? .none, vm.heap)
            return .none
        }
    }

    func displayHook(_ value: Value) throws(ScriptError) {
        guard let hook = sysModule.dict.getString(symbol("displayhook")) else {
            throw makeError("RuntimeError", "lost sys.displayhook")
        }
        if let native = hook.asObject(NativeFunctionObject.self), native.name == "displayhook", native.ownerTypeName == nil {
            try defaultDisplayHook(value)
            return
        }
        hook.retain()
        defer { hook.release(heap) }
        try callValue(hook, [value]).release(heap)
    }
}
