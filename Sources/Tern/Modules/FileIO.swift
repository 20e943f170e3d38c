/// `open()` and the methods of text file objects (also sys.stdout and sys.stderr).
extension Interpreter {
    func installFileSupport() {
    }
}
