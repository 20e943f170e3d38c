/// The `time` module.
extension Interpreter {
    func makeTimeModule() -> ModuleObject {
        let module = makeModule("time")
        return module
    }
}
