#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// help() text through a pager, as pydoc shows it on a terminal: $MANPAGER or $PAGER, else
// `less`. Only for a program whose stdin and stdout are the process's own terminal; a host
// with its own output, a pipe or TERM=dumb gets the text printed instead.
extension Interpreter {
    /// Shows `text` in a pager; false when no pager applies (the caller prints it).
    func pageText(_ text: String) -> Bool {
        guard output.standardOutputSink == nil, isatty(0) != 0, isatty(1) != 0 else { return false }
        let terminal = getenv("TERM").map { String(cString: $0) } ?? ""
        if terminal == "dumb" || terminal == "emacs" { return false }
        let configured = ["MANPAGER", "PAGER"].compactMap { (name: String) -> String? in getenv(name).map { String(cString: $0) } }
            .first { !$0.isEmpty }
        guard let command = configured ?? (commandExists("less") ? "less" : nil) else { return false }
        output.flushAll()
        guard let pipe = popen(command, "w") else { return false }
        // A pager quit before reading everything must not end Tern by SIGPIPE: the signal is
        // held back on this thread and taken away afterwards.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, pipe) }
        pclose(pipe)
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var taken: Int32 = 0
            sigwait(&blocked, &taken)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        // Ctrl-C inside the pager is the pager's, as pydoc ignores it while the pager runs.
        heap.interruptRequested = false
        return true
    }

    private func commandExists(_ name: String) -> Bool {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access(String($0) + "/" + name, X_OK) == 0 }
    }
}
