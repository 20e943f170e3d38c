#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tern

/// The interpreter Ctrl-C interrupts. A signal handler is a C function and cannot capture
/// anything, so this one value is global; it is set once, before the handler is installed.
nonisolated(unsafe) var interruptTarget: TernInterruptHandle? = nil

/// Makes SIGINT a KeyboardInterrupt request to `interpreter`, as CPython turns Ctrl-C into
/// KeyboardInterrupt. No SA_RESTART: a blocking read or sleep returns EINTR and sees the request.
func routeInterrupts(to interpreter: TernInterpreter) {
    interruptTarget = interpreter.interruptHandle
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = { _ in interruptTarget?.requestInterrupt() }
    #else
    action.__sigaction_u.__sa_handler = { _ in interruptTarget?.requestInterrupt() }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
}

/// Where the console keeps its history: $TERN_HISTORY (empty: no history file), else
/// ~/.tern_history.
func historyPath() -> String? {
    if let configured = getenv("TERN_HISTORY").map({ String(cString: $0) }) {
        return configured.isEmpty ? nil : configured
    }
    guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
    return home + "/.tern_history"
}

/// Reads lines and feeds them to the console until end of input or exit(); returns the exit
/// status after tearing the session down as a program ends.
func runConsole(_ console: TernConsole, reader: LineReader) -> Int32 {
    let interrupt = console.interpreter.interruptHandle
    while true {
        console.flushOutput()
        var interrupted = false
        let line = reader.readLine(prompt: console.prompt, prefill: console.suggestedIndentation,
                                   unfinishedOutput: console.takeUnfinishedOutputLine(), interrupted: &interrupted)
        if interrupted {
            // As CPython: the line is dropped, KeyboardInterrupt is reported, a new entry starts.
            console.discardInput()
            fputs("\nKeyboardInterrupt\n", stderr)
            continue
        }
        guard let line else {
            fputs("\n", stderr)
            // Ctrl-D inside an entry ends the entry, not the session (piped input ends anyway:
            // the next read finds the end again).
            if console.isContinuing {
                if case .exited = console.endOfInput() { break }
                continue
            }
            break
        }
        reader.addToHistory(line)
        // A Ctrl-C that arrived between reading and running is not the entry's.
        interrupt.takeRequest()
        if case .exited = console.push(line) { break }
    }
    reader.saveHistory()
    return console.finish()
}
