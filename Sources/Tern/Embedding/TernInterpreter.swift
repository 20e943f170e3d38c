#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedding entry point: an independent interpreter that runs Python source.
///
/// Each instance has its own heap, builtins and modules; several can live in one
/// process. Output goes to the process's standard streams unless
/// `standardOutput`/`standardError` are set.
public final class TernInterpreter {
    /// Tern's version string.
    public static let version = "0.1.0"

    /// The CPython version whose behaviour Tern reproduces ("3.11").
    public static var pythonVersion: String {
        let (major, minor, _) = Interpreter.pythonVersion
        return "\(major).\(minor)"
    }

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

    /// Whether the last program run ended with an uncaught KeyboardInterrupt. CPython's command
    /// then ends by the SIGINT signal (status 130 in a shell); a host decides what to do.
    public var endedByKeyboardInterrupt: Bool { interpreter.endedByKeyboardInterrupt }

    /// Descriptions of the objects still alive; filled only in debug builds run with TERN_TRACE_LIVE_OBJECTS set.
    public var liveObjectDescriptions: [String] { interpreter.heap.describeLiveObjects() }

    /// How the process's stdout is buffered when no `standardOutput` closure is set. The default
    /// is CPython's: unbuffered when PYTHONUNBUFFERED is set, by line on a terminal, otherwise in
    /// blocks flushed at exit, before `input()` and on `flush()`. Setting `.unbuffered` makes
    /// stderr unbuffered too (`-u`); stderr is otherwise line-buffered.
    public var outputBuffering: OutputBuffering {
        get { interpreter.output.standardOutputBuffering }
        set { interpreter.output.standardOutputBuffering = newValue }
    }

    /// Runs a program from a file as `__main__` and tears the interpreter down; returns the exit status.
    ///
    /// A file that cannot be read prints `tern: can't open file '…': [Errno N] …` and returns 2, as
    /// CPython. `arguments` becomes `sys.argv` (conventionally the script path first), sys.path[0]
    /// is the script's directory, and modules beside the script can be imported.
    ///
    /// - Parameter absolutePaths: when true, the script is named as `python3 FILE` names it:
    ///   `__file__` and tracebacks use its absolute path (the current directory joined with a
    ///   relative `path`). When false they use `path` exactly as given.
    public func runFile(path: String, arguments: [String], absolutePaths: Bool = false) -> Int32 {
        switch mainProgram(path: path, absolutePaths: absolutePaths) {
        case .success(let program): return runProgram(program, arguments: arguments)
        case .failure(let failure):
            interpreter.shutdown()
            return failure.status
        }
    }

    /// Runs a program file as `__main__` for `tern -i`: nothing is torn down afterwards, and
    /// SystemExit is reported like any exception instead of ending anything. Returns the status
    /// the program alone would have had.
    func runFileForInspection(path: String, arguments: [String]) -> Int32 {
        interpreter.argv = arguments
        switch mainProgram(path: path, absolutePaths: true) {
        case .success(let program): return interpreter.runMain(program, inspecting: true)
        case .failure(let failure):
            // As CPython: the console starts anyway, with an empty __main__.
            interpreter.beginInteractiveSession()
            return failure.status
        }
    }

    /// Runs `source` as `__main__` for `tern -i -c`: as `runFileForInspection`, for a command.
    func runCommandForInspection(_ source: String, arguments: [String]) -> Int32 {
        interpreter.argv = arguments
        return interpreter.runMain(MainProgram(bytes: Array(source.utf8), filename: "<string>", setsFile: false, pathEntry: ""),
                                   inspecting: true)
    }

    /// A file that could not be run: the message is already written.
    struct UnrunnableFile: Error {
        var status: Int32
    }

    /// The program in a file (a directory's __main__.py), or the reported reason it cannot run.
    private func mainProgram(path: String, absolutePaths: Bool) -> Result<MainProgram, UnrunnableFile> {
        let absolute = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        var filePath = path
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            // A directory runs its __main__.py, as CPython does.
            let main = (path.hasSuffix("/") ? path : path + "/") + "__main__.py"
            guard stat(main, &status) == 0 else {
                interpreter.output.writeError("tern: can't find '__main__' module in '\(absolute)'\n")
                return .failure(UnrunnableFile(status: 1))
            }
            filePath = main
        }
        let bytes: [UInt8]
        switch interpreter.readFileBytes(filePath) {
        case .success(let read): bytes = read
        case .failure(let error):
            let code = error.code
            interpreter.output.writeError("tern: can't open file '\(absolute)': [Errno \(code)] \(String(cString: strerror(code)))\n")
            return .failure(UnrunnableFile(status: 2))
        }
        let directory = filePath.lastIndex(of: "/").map { String(filePath[..<$0]) }
        interpreter.mainDirectory = directory.map { $0.isEmpty ? "/" : $0 } ?? "."
        var filename = filePath
        if absolutePaths {
            if !filename.hasPrefix("/") { filename = currentDirectory() + "/" + filename }
            // Modules beside the script are then found (and named) by absolute path, as CPython names them.
            interpreter.mainDirectory = interpreter.absolutePath(interpreter.mainDirectory)
        }
        return .success(MainProgram(bytes: bytes, filename: filename, setsFile: true,
                                    pathEntry: interpreter.absolutePath(interpreter.mainDirectory)))
    }

    /// Runs `source` as `python3 -c` does and tears the interpreter down; returns the exit status.
    /// Tracebacks name the file `<string>`, there is no `__file__`, and sys.path[0] is "" (the
    /// current directory). `arguments` becomes `sys.argv`; CPython's is `["-c", ...]`.
    public func runCommand(_ source: String, arguments: [String] = ["-c"]) -> Int32 {
        runProgram(MainProgram(bytes: Array(source.utf8), filename: "<string>", setsFile: false, pathEntry: ""),
                   arguments: arguments)
    }

    /// Reads the whole of standard input and runs it as `python3 -` does, then tears the
    /// interpreter down; returns the exit status. Tracebacks name the file `<stdin>`.
    /// `arguments` becomes `sys.argv`; CPython's is `["-", ...]`.
    public func runStandardInput(arguments: [String] = ["-"]) -> Int32 {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(0, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return runProgram(MainProgram(bytes: bytes, filename: "<stdin>", setsFile: false, pathEntry: ""), arguments: arguments)
    }

    /// Runs source text as `__main__`, then tears the interpreter down; returns the exit status.
    /// `filename` names the code in tracebacks; `__file__` is set to it unless it is in angle
    /// brackets (like the default `<string>`). sys.path[0] is the current directory.
    public func run(source: String, filename: String = "<string>", arguments: [String] = [""]) -> Int32 {
        interpreter.argv = arguments
        let status = interpreter.runMain(source: source, filename: filename)
        interpreter.shutdown()
        return status
    }

    private func runProgram(_ program: MainProgram, arguments: [String]) -> Int32 {
        interpreter.argv = arguments
        let status = interpreter.runMain(program)
        interpreter.shutdown()
        return status
    }

    private func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// Tears down modules and builtins; afterwards `liveObjectCount` is zero. Safe to call more than once.
    public func shutdown() {
        interpreter.shutdown()
    }
}
