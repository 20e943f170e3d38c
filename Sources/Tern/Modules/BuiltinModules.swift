/// Modules implemented in Swift that `import` can load (sys is created at start-up).
extension Interpreter {
    /// A new module object for a builtin module name, or nil when there is none by that name.
    func makeBuiltinModule(_ name: String) throws(ScriptError) -> ModuleObject? {
        switch name {
        case "math": return makeMathModule()
        case "time": return makeTimeModule()
        default: return nil
        }
    }
}
