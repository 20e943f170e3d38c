// The interpreter's side of the interactive console: `__main__` for typed entries, running one
// entry as CPython's "single" mode does (expression values echoed through sys.displayhook), and
// the console's own builtins (help, copyright, credits, license).

extension Interpreter {
    /// The file name typed entries carry in tracebacks.
    static let interactiveFilename = "<stdin>"

    /// Sets up `__main__` and sys for a session with no program before it (plain `tern`).
    func beginInteractiveSession() {
        stackGuard = StackGuard()
        configureSysForProgram(scriptDirectory: "")
        installMainModule(MainProgram(bytes: [], filename: Interpreter.interactiveFilename, setsFile: false, pathEntry: ""))
        prepareInteractivePrompt()
    }

    /// What every session needs, after a program too (`tern -i FILE`): sys.ps1 and sys.ps2
    /// (unless the program set them).
    func prepareInteractivePrompt() {
        let dict = sysModule.dict
        if dict.getString(intern("ps1")) == nil { dict.setString(intern("ps1"), owned: makeStr(">>> "), heap) }
        if dict.getString(intern("ps2")) == nil { dict.setString(intern("ps2"), owned: makeStr("... "), heap) }
        endedByKeyboardInterrupt = false
    }

    /// The prompt to show: str(sys.ps1) for a new entry, str(sys.ps2) for a continuation line.
    func interactivePrompt(continuation: Bool) -> String {
        guard let value = sysModule.dict.getString(intern(continuation ? "ps2" : "ps1")) else { return "" }
        return ignoringErrors { () throws(ScriptError) in try str(value) } ?? ""
    }

    /// Runs one complete entry in `__main__`. Returns nil to go on, or the exit status when the
    /// entry raised SystemExit. Errors are reported as CPython's console reports them.
    func runInteractiveEntry(_ statements: [Statement], lines: [String]) -> Int32? {
        guard !statements.isEmpty else { return nil }
        defer {
            output.flushAll()
            endedByKeyboardInterrupt = false
        }
        let code: CodeObject
        do throws(SyntaxErrorInfo) {
            code = try CodeGenerator.compileModule(statements, filename: Interpreter.interactiveFilename, vm: self, interactive: true)
        } catch {
            // The compiler's errors come without the source line in CPython's console.
            _ = handleUncaught(makeSyntaxError(error, filename: Interpreter.interactiveFilename))
            return nil
        }
        defer { heap.release(code) }
        guard let main = modules.getString(symbol("__main__")), let module = main.asObject(ModuleObject.self) else {
            writeToStandardError("RuntimeError: lost __main__\n")
            return nil
        }
        // Held: the entry may take `__main__` out of sys.modules.
        main.retain()
        defer { main.release(heap) }
        do throws(ScriptError) {
            try runModuleCode(code, globals: module.dict).release(heap)
            return nil
        } catch {
            let isExit = error.object.type.isSubtype(of: types.exception("SystemExit"))
            let status = handleUncaught(error)
            return isExit ? status : nil
        }
    }

    /// A SyntaxError in an entry, shown with the entry's line and a caret as CPython shows it.
    func reportInteractiveSyntaxError(_ info: SyntaxErrorInfo, lines: [String]) {
        let filename = Interpreter.interactiveFilename
        // The entry's lines are the source only while the error is made: CPython's tracebacks
        // show no source lines for <stdin>.
        sourceLines[filename] = lines.map { Substring($0) }
        let error = makeSyntaxError(info, filename: filename)
        sourceLines[filename] = nil
        _ = handleUncaught(error)
    }

    /// sys.displayhook's default: echoes repr(value) to sys.stdout and keeps it in builtins._.
    func defaultDisplayHook(_ value: Value) throws(ScriptError) {
        if value.isNone { return }
        // As CPython: `_` is None while repr runs.
        builtins.setString(symbol("_"), .none, heap)
        let text = try repr(value) + "\n"
        guard let stdout = sysModule.dict.getString(symbol("stdout")), !stdout.isNone else {
            throw makeError("RuntimeError", "lost sys.stdout")
        }
        if let file = stdout.asObject(FileObject.self), file.standardStream != 0 {
            if file.standardStream == 2 { output.writeError(text) } else { output.write(text) }
        } else {
            stdout.retain()
            defer { stdout.release(heap) }
            let written = makeStr(text)
            defer { written.release(heap) }
            try callMethod(stdout, "write", [written]).release(heap)
        }
        builtins.setString(symbol("_"), value, heap)
    }
}
