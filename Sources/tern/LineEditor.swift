#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import Tern

/// Where the console gets its lines: libedit on a terminal, plain reads otherwise.
protocol LineReader: AnyObject {
    /// The next line without its newline; nil at end of input. `interrupted` is set when Ctrl-C
    /// ended the read instead.
    func readLine(prompt: String, prefill: String, unfinishedOutput: String, interrupted: inout Bool) -> String?
    /// Remembers an entered line for Up/Down and the history file.
    func addToHistory(_ line: String)
    /// Writes the history file (at exit).
    func saveHistory()
}

/// Line editing with libedit: emacs keys, history with Ctrl-R search, Tab completion.
final class EditLineReader: LineReader {
    private var editor: UnsafeMutableRawPointer? = nil
    private var history: UnsafeMutableRawPointer? = nil
    private var promptText: UnsafeMutablePointer<CChar>? = nil
    private let historyPath: String?
    private let console: TernConsole
    private let interrupt: TernInterruptHandle
    /// Set by the Ctrl-C key binding while a line is edited.
    private var interruptKeyPressed = false
    /// Whether saving may replace the history file (it was libedit's, or there was none).
    private var historyWritable = false

    /// Nil when libedit is not available in this build or cannot start on this terminal.
    init?(console: TernConsole, interrupt: TernInterruptHandle, historyPath: String?) {
        guard tern_editline_available() != 0 else { return nil }
        self.console = console
        self.interrupt = interrupt
        self.historyPath = historyPath
        // Without the locale, libedit mangles non-ASCII input.
        setlocale(LC_CTYPE, "")
        let client = Unmanaged.passUnretained(self).toOpaque()
        guard let made = tern_editor_create("tern", { editor in
            guard let editor, let client = tern_editor_client(editor) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().promptText
        }, client) else { return nil }
        editor = made
        history = tern_history_create(made, 1000)
        if let history, let historyPath {
            // A file libedit cannot read (another program's history) is left alone, not overwritten.
            historyWritable = tern_history_load(history, historyPath) >= 0 || access(historyPath, F_OK) != 0
        }
        tern_editor_add_function(made, "tern-complete", "Complete the word before the cursor", { editor, _ in
            guard let editor, let client = tern_editor_client(editor) else { return tern_editor_error() }
            return Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().complete()
        }, "^I")
        tern_editor_add_function(made, "tern-interrupt", "Drop the line (KeyboardInterrupt)", { editor, _ in
            guard let editor, let client = tern_editor_client(editor) else { return tern_editor_error() }
            Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().interruptKeyPressed = true
            return tern_editor_end_of_input()
        }, "^C")
        // Keys terminals send that libedit's emacs map leaves unbound, and readline's Ctrl-R.
        // Ctrl-U and Ctrl-W as readline has them: cut before the cursor, cut the previous word.
        for (key, function) in [("^R", "em-inc-search-prev"), ("^U", "vi-kill-line-prev"), ("^W", "ed-delete-prev-word"), ("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"),
                                ("\\eOH", "ed-move-to-beg"), ("\\eOF", "ed-move-to-end"), ("\\e[1~", "ed-move-to-beg"),
                                ("\\e[4~", "ed-move-to-end"), ("\\e[3~", "ed-delete-next-char"),
                                ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
                                ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word")] {
            tern_editor_bind(made, key, function)
        }
    }

    deinit {
        if let history { tern_history_destroy(history) }
        if let editor { tern_editor_destroy(editor) }
        free(promptText)
    }

    func readLine(prompt: String, prefill: String, unfinishedOutput: String, interrupted: inout Bool) -> String? {
        guard let editor else { return nil }
        free(promptText)
        // Output without a final newline stays on the prompt's line: libedit is told it is part
        // of the prompt (and redraws it from the line's start), so its cursor arithmetic holds.
        if !unfinishedOutput.isEmpty && !unfinishedOutput.unicodeScalars.contains(where: { $0 == "\u{1b}" || $0 == "\t" }) {
            fputs("\r", stdout)
            promptText = strdup(unfinishedOutput + prompt)
        } else {
            promptText = strdup(prompt)
        }
        // Auto-indentation is typed for the user, unless more input is already waiting (a paste
        // brings its own indentation).
        indentKeyUsed = false
        let prefilled = !prefill.isEmpty && !inputIsWaiting()
        if prefilled { tern_editor_push(editor, prefill) }
        var count: Int32 = 0
        interrupt.takeRequest()
        interruptKeyPressed = false
        guard let line = tern_editor_gets(editor, &count) else {
            if interruptKeyPressed || interrupt.takeRequest() {
                interrupted = true
                tern_editor_reset(editor)
            }
            return nil
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        let adjusted = prefilled ? adjustedForPrefill(text, prefill: prefill) : text
        previousLine = adjusted
        if adjusted != text, prompt.count + text.count < terminalWidth() {
            // Redraw the line as it will run: up one row, the prompt and the line, clear the rest.
            fputs("\u{1b}[A\r" + prompt + adjusted + "\u{1b}[K\n", stdout)
            fflush(stdout)
        }
        return adjusted
    }
    /// Set when Tab indented the line being read.
    private var indentKeyUsed = false
    /// The line read before, for the indentation of `else` and its kin.
    private var previousLine = ""

    /// Forgives what the offered indentation gets in the way of: indentation typed by hand on top
    /// of it (as CPython's console needs) counts once, and `else`, `elif`, `except` and `finally`
    /// typed straight after it go back one level, to their `if` or `try`.
    private func adjustedForPrefill(_ text: String, prefill: String) -> String {
        guard text.hasPrefix(prefill) else { return text }
        var rest = text.dropFirst(prefill.count)
        var indentation = prefill
        if rest.first == " " || rest.first == "\t" {
            // Spaces typed on top of the offer are the indentation meant (Tab indents deeper).
            if indentKeyUsed { return text }
            indentation = String(rest.prefix(while: { $0 == " " || $0 == "\t" }))
            rest = rest.dropFirst(indentation.count)
        }
        let word = rest.prefix(while: { $0.isLetter })
        if ["else", "elif", "except", "finally"].contains(word) {
            // One level out from the block just typed, unless the offer already went out (after
            // `return` and the like).
            let previous = previousLine.prefix(while: { $0 == " " || $0 == "\t" }).count
            let target = max(0, previous - 4)
            if indentation.count > target { indentation = String(repeating: " ", count: target) }
        }
        return indentation + rest
    }

    func addToHistory(_ line: String) {
        guard let history, !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
        tern_history_add(history, line)
    }

    func saveHistory() {
        guard let history, let historyPath, historyWritable else { return }
        _ = tern_history_save(history, historyPath)
    }

    /// Whether bytes are already waiting on stdin (a paste in progress).
    private func inputIsWaiting() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// Tab: indentation at the start of a line, otherwise the console's completions. One
    /// candidate is inserted; several insert their common prefix, or are listed.
    private func complete() -> UInt8 {
        guard let editor else { return tern_editor_error() }
        let info = tern_editor_line(editor)
        guard let start = info.buffer, let cursor = info.cursor else { return tern_editor_error() }
        let before = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self),
                                                          count: cursor - start), as: UTF8.self)
        if before.allSatisfy({ $0 == " " || $0 == "\t" }) {
            indentKeyUsed = true
            _ = tern_editor_insert(editor, "    ")
            return tern_editor_refresh()
        }
        let (word, candidates) = console.completions(before: before)
        guard !candidates.isEmpty else { return tern_editor_error() }
        let common = candidates.dropFirst().reduce(candidates[0]) { commonPrefix($0, $1) }
        if common.count > word.count {
            _ = tern_editor_insert(editor, String(common.dropFirst(word.count)))
            return tern_editor_refresh()
        }
        if candidates.count == 1 { return tern_editor_refresh() }
        // Several, with nothing more in common: list them under the line, then redraw it.
        let shown = candidates.map { name -> String in
            // As readline lists them: the part after the last dot.
            if let dot = name.lastIndex(of: ".") { return String(name[name.index(after: dot)...]) }
            return name
        }
        let width = (shown.map(\.count).max() ?? 0) + 2
        let columns = max(1, terminalWidth() / width)
        var listing = "\n"
        for (index, name) in shown.enumerated() {
            listing += name.padding(toLength: width)
            if (index + 1) % columns == 0 || index == shown.count - 1 { listing += "\n" }
        }
        fputs(listing, stdout)
        fflush(stdout)
        return tern_editor_redisplay()
    }

    private func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix(while: { $0 == $1 }).map(\.0))
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// Lines from stdin without editing (`tern -i` with piped input, or no libedit): the prompt
/// goes to stderr, as CPython writes it there without readline.
final class PlainLineReader: LineReader {
    private var pending: [UInt8] = []
    private var atEnd = false
    private let interrupt: TernInterruptHandle

    init(interrupt: TernInterruptHandle) {
        self.interrupt = interrupt
    }

    func readLine(prompt: String, prefill: String, unfinishedOutput: String, interrupted: inout Bool) -> String? {
        fputs(prompt, stderr)
        fflush(stderr)
        interrupt.takeRequest()
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                let line = String(decoding: pending, as: UTF8.self)
                pending = []
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = read(0, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR {
                    if interrupt.takeRequest() {
                        interrupted = true
                        pending = []
                        return nil
                    }
                    continue
                }
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                pending.append(contentsOf: chunk[0..<n])
            }
        }
    }

    func addToHistory(_ line: String) {}
    func saveHistory() {}
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
