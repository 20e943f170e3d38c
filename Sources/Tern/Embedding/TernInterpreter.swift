/// The embedding entry point: an independent interpreter that runs Python source.
///
/// Each instance has its own heap, builtins and modules; several can live in one
/// process. Output goes to the process's standard streams unless
/// `standardOutput`/`standardError` are set.
public final class TernInterpreter {
    /// Tern's version string.
    public static let version = "0.1.0"

    let interpreter: Interpreter

    /// Creates an interpreter with its own heap, builtins and modules.
    public init() {
        interpreter = Interpreter()
    }

    /// Receives everything the program writes to standard output, instead of the process's stdout.
    public var standardOutput: ((String) -> Void)? {
        get { interpreter.output.standardOutputSink }
        set { interpreter.output.standardOutputSink = newValue }
    }

    /// Receives everything written to standard error (tracebacks included), instead of the process's stderr.
    public var standardError: ((String) -> Void)? {
        get { interpreter.output.standardErrorSink }
        set { interpreter.output.standardErrorSink = newValue }
    }

    /// Objects alive on this interpreter's heap.
    public var liveObjectCount: Int { interpreter.heap.liveObjects }

    /// Descriptions of the objects still alive; filled only in debug builds run with TERN_TRACE_LIVE_OBJECTS set.
    public var liveObjectDescriptions: [String] { interpreter.heap.describeLiveObjects() }

    /// Runs a program from a file as `__main__` and tears the interpreter down; returns the exit status
    /// (2 when the file cannot be read, as CPython). `arguments` becomes `sys.argv` (the script path first).
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
        return run(source: source, filename: path, arguments: arguments)
    }

    /// Runs source text as `__main__`, then tears the interpreter down; returns the exit status.
    public func run(source: String, filename: String = "<string>", arguments: [String] = [""]) -> Int32 {
        interpreter.argv = arguments
        let status = interpreter.runMain(source: source, filename: filename)
        interpreter.shutdown()
        return status
    }

    /// Tears down modules and builtins; afterwards `liveObjectCount` is zero. Safe to call more than once.
    public func shutdown() {
        interpreter.shutdown()
    }
}
