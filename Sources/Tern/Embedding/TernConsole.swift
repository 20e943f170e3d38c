/// An interactive session on a `TernInterpreter`, as CPython's console runs one: lines go in one
/// at a time, entries run in `__main__` when complete, expression values are echoed, and errors
/// are reported without ending the session. A line editor (the `tern` command's, or a host's own
/// UI) feeds it; the console itself reads and writes no terminal.
///
/// ```swift
/// let console = TernConsole(interpreter: TernInterpreter())
/// console.push("def f(x):")      // .needsMoreInput
/// console.push("    return x * 2")
/// console.push("")               // .ready: f is defined
/// console.push("f(21)")          // prints 42
/// let status = console.finish()  // 0
/// ```
public final class TernConsole {
    /// What the console did with a line.
    public enum Step: Equatable, Sendable {
        /// The entry ran (or was blank, or was an error that has been reported): a new entry starts.
        case ready
        /// The entry is unfinished: the next line continues it (prompt `sys.ps2`).
        case needsMoreInput
        /// The entry raised SystemExit (`exit()`): the session is over with this status.
        case exited(Int32)
    }

    /// The interpreter the session runs in.
    public let interpreter: TernInterpreter
    private var lines: [String] = []
    private var exitStatus: Int32? = nil

    /// Starts a session with an empty `__main__`, as `tern` with no program does. `arguments`
    /// becomes `sys.argv` (CPython's console has `['']`).
    public init(interpreter: TernInterpreter, arguments: [String] = [""]) {
        self.interpreter = interpreter
        interpreter.interpreter.argv = arguments
        interpreter.interpreter.output.tracksLastLine = true
        interpreter.interpreter.beginInteractiveSession()
    }

    /// Starts a session after running a program file as `__main__` (`tern -i FILE`): the
    /// session sees its globals. An exception the program raised, SystemExit included, is
    /// reported and the session starts anyway, as CPython's `-i` does; `programStatus` is what
    /// the program alone would have exited with.
    public init(interpreter: TernInterpreter, runningFile path: String, arguments: [String]) {
        self.interpreter = interpreter
        interpreter.interpreter.output.tracksLastLine = true
        programStatus = interpreter.runFileForInspection(path: path, arguments: arguments)
        interpreter.interpreter.prepareInteractivePrompt()
    }

    /// Starts a session after running `source` as `__main__` (`tern -i -c CODE`), as
    /// `init(interpreter:runningFile:arguments:)` does for a file.
    public init(interpreter: TernInterpreter, runningCommand source: String, arguments: [String] = ["-c"]) {
        self.interpreter = interpreter
        interpreter.interpreter.output.tracksLastLine = true
        programStatus = interpreter.runCommandForInspection(source, arguments: arguments)
        interpreter.interpreter.prepareInteractivePrompt()
    }

    /// The exit status of the program a `runningFile` or `runningCommand` session started with
    /// (nil otherwise).
    public private(set) var programStatus: Int32? = nil

    /// The first lines CPython's console prints (Tern's version and the help hint).
    public static var banner: String {
        #if os(Linux)
        let platform = "linux"
        #else
        let platform = "darwin"
        #endif
        return "Tern \(TernInterpreter.version) (Python \(TernInterpreter.pythonVersion) compatible) on \(platform)\n"
            + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."
    }

    /// The prompt for the next line: str(sys.ps1), or str(sys.ps2) inside an unfinished entry.
    public var prompt: String { interpreter.interpreter.interactivePrompt(continuation: !lines.isEmpty) }

    /// Whether the next line continues an unfinished entry.
    public var isContinuing: Bool { !lines.isEmpty }

    /// Adds a line (without its newline) to the current entry and runs the entry once it is
    /// complete. Output goes where the interpreter's output goes.
    @discardableResult
    public func push(_ line: String) -> Step {
        if let exitStatus { return .exited(exitStatus) }
        lines.append(line)
        return process(InteractiveInput.classify(lines))
    }

    /// Input ended (Ctrl-D) in the middle of an entry: as CPython's console, a compound
    /// statement runs as it stands and anything else reports its SyntaxError. The session goes on.
    @discardableResult
    public func endOfInput() -> Step {
        if let exitStatus { return .exited(exitStatus) }
        guard !lines.isEmpty else { return .ready }
        return process(InteractiveInput.classifyAtEndOfInput(lines))
    }

    private func process(_ status: InteractiveInputStatus) -> Step {
        switch status {
        case .needsMoreInput:
            return .needsMoreInput
        case .invalid(let error):
            let entry = lines
            lines = []
            interpreter.interpreter.reportInteractiveSyntaxError(error, lines: entry)
            interpreter.interpreter.output.flushAll()
            return .ready
        case .complete(let statements):
            let entry = lines
            lines = []
            if let status = interpreter.interpreter.runInteractiveEntry(statements, lines: entry) {
                exitStatus = status
                return .exited(status)
            }
            return .ready
        }
    }

    /// Drops the unfinished entry (Ctrl-C at the prompt).
    public func discardInput() {
        lines = []
    }

    /// The indentation to offer on the next line of an unfinished entry ("" for a new entry):
    /// one level more after a line ending in `:`.
    public var suggestedIndentation: String {
        lines.isEmpty ? "" : InteractiveInput.suggestedIndentation(after: lines)
    }

    /// Completions for the text before the cursor: the word to replace and whole-word
    /// candidates (names, `obj.attribute`s, module names after `import`; callables end in "(").
    /// Nothing is called or evaluated to find them.
    public func completions(before text: String) -> (word: String, candidates: [String]) {
        interpreter.interpreter.completions(before: text)
    }

    /// Flushes the program's output (before a prompt is shown).
    public func flushOutput() {
        interpreter.interpreter.output.flushAll()
    }

    /// The text the program wrote to the process's stdout or stderr after its last line end
    /// (`print("x", end="")`): the next prompt appears after it on the same line. Reading it
    /// forgets it, as the line entered next ends that terminal line.
    public func takeUnfinishedOutputLine() -> String {
        let text = interpreter.interpreter.output.lastLineText
        interpreter.interpreter.output.lastLineText = ""
        return text
    }

    /// Ends the session as a program ends (at-exit finalizers, module teardown) and returns the
    /// exit status: the SystemExit status, or 0.
    public func finish() -> Int32 {
        interpreter.interpreter.output.flushAll()
        interpreter.shutdown()
        return exitStatus ?? 0
    }
}
