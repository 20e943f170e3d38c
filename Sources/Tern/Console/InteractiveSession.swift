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
    /// (unless the program set them) and the console's builtins.
    func prepareInteractivePrompt() {
        let dict = sysModule.dict
        if dict.getString(intern("ps1")) == nil { dict.setString(intern("ps1"), owned: makeStr(">>> "), heap) }
        if dict.getString(intern("ps2")) == nil { dict.setString(intern("ps2"), owned: makeStr("... "), heap) }
        installConsoleBuiltins()
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

    /// help, copyright, credits and license, as the site module gives CPython's console. Their
    /// classes live in a `_sitebuiltins` module, as CPython's do, so teardown frees them.
    private func installConsoleBuiltins() {
        guard builtins.getString(intern("help")) == nil else { return }
        let module = installModule("_sitebuiltins")
        let filename = "<_sitebuiltins>"
        do throws(ScriptError) {
            let code = try compile(Interpreter.consoleBuiltinsSource, filename: filename)
            defer { heap.release(code) }
            try runModuleCode(code, globals: module.dict).release(heap)
        } catch {
            heap.release(error.object)
        }
        sourceLines[filename] = nil
        for name in Interpreter.consoleBuiltinNames {
            if let value = module.dict.getString(intern(name)) { builtins.setString(intern(name), value, heap) }
        }
    }

    /// The builtins the console adds (or replaces: exit and quit become CPython's Quitter objects).
    static let consoleBuiltinNames = ["help", "copyright", "credits", "license", "exit", "quit"]

    /// Tern's own texts for the console's builtins, and a help() that reads docstrings.
    static let consoleBuiltinsSource = #"""
class _Printer:
    def __init__(self, name, text, short=None):
        self._name, self._text, self._short = name, text, short
    def __repr__(self):
        return self._short or self._text
    def __call__(self):
        print(self._text)

class _Helper:
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."
    def __call__(self, *args):
        if not args:
            print(_help_text)
            return
        obj = args[0]
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or type(obj).__name__
        if isinstance(obj, type):
            kind = "class"
        elif callable(obj):
            kind = "function"
        else:
            kind = type(obj).__name__ + " object"
            name = ""
        print(("Help on %s %s:" % (kind, name)).replace("  ", " ").rstrip(" ") + "\n")
        doc = getattr(obj, "__doc__", None)
        if isinstance(obj, type):
            print("class %s(%s)" % (obj.__name__, ", ".join(b.__name__ for b in obj.__bases__)))
            if doc:
                for line in doc.strip().splitlines():
                    print(" |  " + line.strip())
            members = [n for n in sorted(dir(obj)) if not n.startswith("_") or n == "__init__"]
            if members:
                print(" |\n |  Attributes and methods defined here or inherited:\n |")
                for n in members:
                    print(" |  " + n)
        elif doc:
            print(name + ("(...)" if callable(obj) else ""))
            for line in doc.strip().splitlines():
                print("    " + line.strip())
        else:
            print(name + ("(...)" if callable(obj) else ""))
            print("    (no documentation)")
        print()

_help_text = """Tern is an interpreter for Python 3 source (it behaves as CPython 3.11).

help(object) shows what is known about an object: its documentation string and, for a
class, its attributes. dir(object) lists its attribute names.

At the prompt, lines are edited with the usual keys: Left/Right, Home/End (Ctrl-A/Ctrl-E),
Alt-B/Alt-F or Ctrl-Left/Ctrl-Right by word, Ctrl-K and Ctrl-U to cut, Ctrl-Y to paste,
Up/Down through the history (kept in ~/.tern_history), Ctrl-R to search it, and Tab to
complete names, attributes after a dot, and module names after import. A statement ending
in ':' continues on the next lines until a blank line. Ctrl-C interrupts a running
statement; Ctrl-D (or exit()) leaves the console."""

copyright = _Printer("copyright", "Copyright (c) 2026 the Tern authors.\nAll rights reserved.")
credits = _Printer("credits", "Tern is written in Swift by its authors. It follows the language and\nbehaviour of CPython, by the Python Software Foundation and its contributors.")
license = _Printer("license", "Tern is distributed under the terms its authors publish with its source code.\nThe Python language it implements is documented by the Python Software\nFoundation; Tern contains no CPython source code.", "Type license() to see the full license text")
class Quitter:
    def __init__(self, name, eof):
        self.name, self.eof = name, eof
    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)

help = _Helper()
exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
"""#
}
