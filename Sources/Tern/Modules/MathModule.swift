/// The `math` module.
extension Interpreter {
    func makeMathModule() -> ModuleObject {
        let module = makeModule("math")
        return module
    }
}
