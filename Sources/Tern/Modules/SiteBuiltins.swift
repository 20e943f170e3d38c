/// The builtins CPython's site module adds in every program, not only at the console: help,
/// copyright, credits, license, exit and quit. Their classes live in a `_sitebuiltins` module, as
/// CPython's do, so teardown frees them; help() loads its renderer (Console/Help.swift) on first
/// use, which keeps start-up short.
extension Interpreter {
    /// The builtins this module provides.
    static let siteBuiltinNames = ["help", "copyright", "credits", "license", "exit", "quit"]

    func installSiteBuiltins() {
        let module = installModule("_sitebuiltins")
        // Given the module's globals by the caller: a Swift capture of the module would outlive it.
        define(module.dict, "_load_help") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1, let globals = args[0].asObject(DictObject.self) else {
                throw vm.makeError("TypeError", "_load_help() takes the module's globals")
            }
            try vm.loadHelp(into: globals)
            return .none
        }
        runBuiltinSource(Interpreter.siteBuiltinsSource, named: "<_sitebuiltins>", in: module.dict)
        for name in Interpreter.siteBuiltinNames {
            if let value = module.dict.getString(intern(name)) { builtins.setString(intern(name), value, heap) }
        }
    }

    /// Runs Python source that is part of Tern in `globals`; its lines are not kept for tracebacks.
    func runBuiltinSource(_ source: String, named filename: String, in globals: DictObject) {
        do throws(ScriptError) {
            let code = try compile(source, filename: filename)
            defer { heap.release(code) }
            try runModuleCode(code, globals: globals).release(heap)
        } catch {
            heap.release(error.object)
        }
        sourceLines[filename] = nil
    }

    /// Tern's own texts, and exit/quit as CPython's Quitter objects.
    static let siteBuiltinsSource = #"""
import sys

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
    def __call__(self, *args, **kwds):
        _load_help(globals())
        if args or kwds:
            return _document(*args, **kwds)
        _interact()

copyright = _Printer("copyright", "Copyright (c) 2026 the Tern authors.\nAll rights reserved.")
credits = _Printer("credits", "Tern is written in Swift by its authors. It follows the language and\nbehaviour of CPython, by the Python Software Foundation and its contributors.")
license = _Printer("license", "Tern is distributed under the terms its authors publish with its source code.\nThe Python language it implements is documented by the Python Software\nFoundation; Tern contains no CPython source code.", "Type license() to see the full license text")
class Quitter:
    def __init__(self, name, eof):
        self.name, self.eof = name, eof
    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)
    def __call__(self, code=None):
        # As CPython's: a shell that catches SystemExit still sees stdin closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)

help = _Helper()
exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
"""#
}
