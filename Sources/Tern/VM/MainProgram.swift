#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the `__main__` program comes from, and so how CPython would set it up.
struct MainProgram {
    /// The source, still as bytes: decoding errors are the program's SyntaxErrors.
    var bytes: [UInt8]
    /// The name for tracebacks and code objects: a path, `<string>` (-c) or `<stdin>` (-).
    var filename: String
    /// Whether `__main__.__file__` is set (only for programs read from a file).
    var setsFile: Bool
    /// sys.path[0]: the script's directory (made absolute), or "" for -c and stdin.
    var pathEntry: String
}

/// The errno of a failed file read.
struct FileReadError: Error {
    var code: Int32
}

extension Interpreter {
    /// The bytes of a file, or the errno of the failure.
    func readFileBytes(_ path: String) -> Result<[UInt8], FileReadError> {
        guard let file = fopen(path, "rb") else { return .failure(FileReadError(code: errno)) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 { return .failure(FileReadError(code: errno)) }
                break
            }
        }
        return .success(bytes)
    }

    /// The SyntaxError for source bytes that could not be decoded.
    func makeDecodingError(_ failure: SourceDecodingFailure, bytes: [UInt8], filename: String) -> ScriptError {
        switch failure {
        case .message(let message):
            // Only a message, as CPython's tokenizer raises it: printed without a location.
            let error = makeError("SyntaxError", message)
            _ = ignoringErrors { () throws(ScriptError) in try initializeSyntaxErrorFields(error.object) }
            return error
        case .located(let info):
            sourceLines[filename] = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            return makeSyntaxError(info, filename: filename)
        }
    }

    /// Runs source text as `__main__`; returns the exit status after reporting any uncaught exception.
    func runMain(source: String, filename: String) -> Int32 {
        runMain(MainProgram(bytes: Array(source.utf8), filename: filename,
                            setsFile: !(filename.hasPrefix("<") && filename.hasSuffix(">")),
                            pathEntry: absolutePath(mainDirectory)))
    }

    /// Makes `__main__` for `program` and puts it in sys.modules, which holds it; returns it (borrowed).
    @discardableResult
    func installMainModule(_ program: MainProgram) -> ModuleObject {
        let module = installModule("__main__")
        if program.setsFile { module.dict.setString(symbol("__file__"), owned: makeStr(program.filename), heap) }
        return module
    }

    /// A new module for code Tern runs itself, in sys.modules, which holds it; returns it
    /// (borrowed). As in CPython, `__main__` sees the builtins module, imported modules its dict.
    func installModule(_ name: String) -> ModuleObject {
        let module = makeModule(name)
        if let builtinsModule = try? builtinsModule() {
            module.dict.setString(symbol("__builtins__"), owned: builtinsModule, heap)
        }
        try? modules.set(intern(name).asValue, module.asValue, self)
        heap.release(module)
        return module
    }

    /// Runs a program as `__main__`: decodes and compiles it, runs it, and reports an uncaught
    /// exception (a SyntaxError included) as CPython does; returns the exit status.
    /// With `inspecting` (`tern -i`), SystemExit is reported as a traceback, as CPython does when
    /// the console is to follow.
    func runMain(_ program: MainProgram, inspecting: Bool = false) -> Int32 {
        stackGuard = StackGuard()
        configureSysForProgram(scriptDirectory: program.pathEntry)
        let module = installMainModule(program)
        // As CPython, `__file__` goes when the program is done (at-exit code and `-i` do not
        // see it), except after SystemExit, which CPython's report ends the process from.
        var keepsFile = false
        let globals = module.dict
        globals.retain()
        defer {
            if program.setsFile && !keepsFile { globals.removeString(symbol("__file__"), heap)?.release(heap) }
            heap.release(globals)
        }
        do throws(ScriptError) {
            let source: String
            switch SourceDecoder.decode(program.bytes, filename: program.filename) {
            case .success(let text): source = text
            case .failure(let failure): throw makeDecodingError(failure, bytes: program.bytes, filename: program.filename)
            }
            let code = try compile(source, filename: program.filename)
            defer { heap.release(code) }
            let result = try runModuleCode(code, globals: module.dict)
            result.release(heap)
            output.flushAll()
            return 0
        } catch {
            if inspecting && error.object.type.isSubtype(of: types.exception("SystemExit")) {
                output.flushAll()
                printException(error.object)
                heap.release(error.object)
                return 1
            }
            keepsFile = error.object.type.isSubtype(of: types.exception("SystemExit"))
            return handleUncaught(error)
        }
    }
}
