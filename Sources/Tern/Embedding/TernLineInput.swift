/// A line a host's editor read for `input()` (see `TernInterpreter.interactiveLineReader`).
public enum TernLineInput: Equatable, Sendable {
    /// The line, without its newline.
    case line(String)
    /// The user ended input (Ctrl-D): `input()` raises EOFError.
    case endOfInput
    /// The user pressed Ctrl-C: `input()` raises KeyboardInterrupt.
    case interrupted
}

extension TernInterpreter {
    /// Reads the lines `input()` asks for while sys.stdin and sys.stdout are still the process's
    /// own streams, so a console host can give them line editing (CPython's `input()` uses
    /// readline at its interactive prompt). The closure gets input()'s prompt, which it shows,
    /// and the text the program already wrote on the current terminal line (when a `TernConsole`
    /// tracks it; "" otherwise). Output has been flushed before it is called. When nil, or when
    /// sys.stdin or sys.stdout were replaced, `input()` writes the prompt to sys.stdout and
    /// reads sys.stdin.
    public var interactiveLineReader: ((_ prompt: String, _ precedingText: String) -> TernLineInput)? {
        get { interpreter.interactiveLineReader }
        set { interpreter.interactiveLineReader = newValue }
    }
}
