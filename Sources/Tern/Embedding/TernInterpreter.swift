/// The embedding entry point: an independent interpreter that runs Python source.
public final class TernInterpreter {
    /// Tern's version string.
    public static let version = "0.1.0"

    let interpreter: Interpreter

    /// Creates an interpreter with its own heap, builtins and modules.
    public init() {
        interpreter = Interpreter()
    }

    /// Objects alive on this interpreter's heap.
    public var liveObjectCount: Int { interpreter.heap.liveObjects }

    /// Runs a program from a file as `__main__` and tears the interpreter down; returns the exit status
    /// (2 when the file cannot be read, as CPython).
    public func runFile(path: String, arguments: [String]) -> Int32 {
        guard let source = interpreter.readTextFile(path) else {
            interpreter.output.writeError("tern: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        if let slash = path.lastIndex(of: "/") {
            interpreter.mainDirectory = String(path[..<slash])
        } else {
            interpreter.mainDirectory = "."
        }
        interpreter.argv = arguments
        let status = interpreter.runMain(source: source, filename: path)
        interpreter.shutdown()
        return status
    }

    /// Runs source text as `__main__`; returns the exit status. Output goes to the given sinks when set.
    public func run(source: String, filename: String = "<string>",
                    standardOutput: ((String) -> Void)? = nil, standardError: ((String) -> Void)? = nil) -> Int32 {
        interpreter.output.standardOutputSink = standardOutput
        interpreter.output.standardErrorSink = standardError
        return interpreter.runMain(source: source, filename: filename)
    }

    /// Tears down modules and builtins; afterwards `liveObjectCount` is zero for programs without cycles.
    public func shutdown() {
        interpreter.shutdown()
    }
}
