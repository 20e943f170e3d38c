/// The methods of `str`.
extension Interpreter {
    func installStrMethods() {
    }
}
