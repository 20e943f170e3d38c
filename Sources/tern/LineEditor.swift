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
    private(set) var editor: UnsafeMutableRawPointer? = nil
    private(set) var history: UnsafeMutableRawPointer? = nil
    /// What the prompt function gives libedit (see `setPrompt`).
    private var promptText: UnsafeMutablePointer<CChar>? = nil
    /// The prompt as given to `setPrompt`.
    private(set) var shownPrompt = ""
    /// The terminal's settings before libedit changed them (restored for Ctrl-\).
    var originalTerminal = termios()
    private let historyPath: String?
    /// Where Tab completions come from (set once the console exists: `tern -i FILE` runs the
    /// file, whose input() calls are edited here too, before it does).
    weak var console: TernConsole? = nil
    private let interrupt: TernInterruptHandle
    /// Set by the Ctrl-C key binding while a line is edited.
    var interruptKeyPressed = false
    /// Whether saving may replace the history file (it was libedit's, or there was none).
    private var historyWritable = false

    /// Nil when libedit is not available in this build or cannot start on this terminal.
    init?(interrupt: TernInterruptHandle, historyPath: String?) {
        guard tern_editline_available() != 0 else { return nil }
        self.interrupt = interrupt
        self.historyPath = historyPath
        // Without the locale, libedit mangles non-ASCII input.
        setlocale(LC_CTYPE, "")
        tcgetattr(0, &originalTerminal)
        let client = Unmanaged.passUnretained(self).toOpaque()
        guard let made = tern_editor_create("tern", { editor in
            guard let editor, let client = tern_editor_client(editor) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().promptText
        }, client) else { return nil }
        editor = made
        history = tern_history_create(made, 1000)
        if let history, let historyPath {
            // A file libedit cannot read (another program's history) is left alone, not overwritten.
            var status = stat()
            let missingOrEmpty = stat(historyPath, &status) != 0 || status.st_size == 0
            historyWritable = tern_history_load(history, historyPath) >= 0 || missingOrEmpty
        }
        // The console's own keys go to one function, which tells them apart by the key.
        tern_editor_add_function(made, "tern-key", "The console's own keys (EditingKeys.swift)", { editor, key in
            guard let editor, let client = tern_editor_client(editor) else { return tern_editor_error() }
            return Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().handleKey(key)
        }, "^I")
        for key in ["^C", "^D", "^R", "^?", "^H", "^\\", "^W", "^Z", "^K", "^U", "^Y"] {
            tern_editor_bind(made, key, "tern-key")
        }
        // Alt-D, Alt-Backspace and Ctrl-Delete cut words into the same buffer as Ctrl-K/U/W.
        tern_editor_add_function(made, "tern-word-key", "Cut a word into the buffer Ctrl-Y pastes", { editor, key in
            guard let editor, let client = tern_editor_client(editor) else { return tern_editor_error() }
            return Unmanaged<EditLineReader>.fromOpaque(client).takeUnretainedValue().cutWord(forward: key == 0x64 || key == 0x7e)
        }, "\\ed")
        for key in ["\\e^?", "\\e^H", "\\e[3;5~", "\\e[3;3~"] {
            tern_editor_bind(made, key, "tern-word-key")
        }
        // Keys that have no use here: without a binding, libedit would insert the tail of their
        // escape sequence as text.
        tern_editor_add_function(made, "tern-ignore", "Ignore the key", { _, _ in tern_editor_normal() }, "\\e[2~")
        for key in ["\\e[5~", "\\e[6~", "\\eOP", "\\eOQ", "\\eOR", "\\eOS", "\\e[15~", "\\e[17~", "\\e[18~",
                    "\\e[19~", "\\e[20~", "\\e[21~", "\\e[23~", "\\e[24~", "\\e[Z", "\\e[1;5A", "\\e[1;5B",
                    "\\e[1;3A", "\\e[1;3B", "\\e[1;2A", "\\e[1;2B", "\\e[1;2C", "\\e[1;2D", "\\e[5;5~",
                    "\\e[6;5~", "\\e[2;5~", "\\e[3;2~"] {
            tern_editor_bind(made, key, "tern-ignore")
        }
        // Keys terminals send that libedit's emacs map leaves unbound.
        for (key, function) in [("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"),
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
        let line = edit(prompt: prompt, prefill: prefill, unfinishedOutput: unfinishedOutput, interrupted: &interrupted)
        if let line { previousLine = line }
        return line
    }

    /// A line for the program's input(), edited as console lines are and remembered in the
    /// history, as readline does for CPython's input().
    func readInput(prompt: String, precedingText: String) -> TernLineInput {
        var interrupted = false
        let line = edit(prompt: prompt, prefill: "", unfinishedOutput: precedingText, interrupted: &interrupted)
        // As with CPython's readline, the report that follows starts on the prompt's line.
        if interrupted { return .interrupted }
        guard let line else { return .endOfInput }
        if !line.isEmpty { addToHistory(line) }
        return .line(line)
    }

    private func edit(prompt: String, prefill: String, unfinishedOutput: String, interrupted: inout Bool) -> String? {
        guard let editor else { return nil }
        // Ctrl-C pressed as the last entry finished still counts, as the signal would in CPython.
        if interrupt.takeRequest() {
            interrupted = true
            return nil
        }
        // Output without a final newline stays on the prompt's line: libedit is told it is part
        // of the prompt (and redraws it from the line's start), so its cursor arithmetic holds.
        if !unfinishedOutput.isEmpty && !unfinishedOutput.unicodeScalars.contains(where: { $0 == "\u{1b}" || $0 == "\t" }) {
            fputs("\r", stdout)
            setPrompt(unfinishedOutput + prompt)
        } else {
            setPrompt(prompt)
        }
        // Auto-indentation is typed for the user, unless more input is already waiting (a paste
        // brings its own indentation).
        listedCompletionsFor = nil
        let prefilled = !prefill.isEmpty && !inputIsWaiting()
        if prefilled { tern_editor_push(editor, prefill) }
        var count: Int32 = 0
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
        if adjusted != text, prompt.count + text.count < terminalWidth() {
            // Redraw the line as it will run: up one row, the prompt and the line, clear the rest.
            let plainPrompt = String(prompt.unicodeScalars.filter { $0 != "\u{1}" && $0 != "\u{2}" })
            fputs("\u{1b}[A\r" + plainPrompt + adjusted + "\u{1b}[K\n", stdout)
            fflush(stdout)
        }
        return adjusted
    }
    /// Makes `text` the prompt libedit shows. Escape sequences (colours) are marked as taking no
    /// room on the line, as readline's \\001...\\002 markers do; those markers work too.
    func setPrompt(_ text: String) {
        shownPrompt = text
        free(promptText)
        promptText = strdup(PromptText.markingEscapes(text))
    }

    /// The line being edited and the cursor's offset in it (in characters).
    func currentLine() -> (text: String, cursor: Int) {
        guard let editor else { return ("", 0) }
        let info = tern_editor_line(editor)
        guard let start = info.buffer, let cursor = info.cursor, let end = info.end else { return ("", 0) }
        let bytes = UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self)
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: end - start), as: UTF8.self)
        let before = String(decoding: UnsafeBufferPointer(start: bytes, count: cursor - start), as: UTF8.self)
        return (text, before.unicodeScalars.count)
    }

    /// Replaces the whole line with `text`, the cursor `cursor` characters into it.
    func replaceLine(with text: String, cursor: Int) {
        guard let editor else { return }
        let old = currentLine().text.unicodeScalars.count
        _ = tern_editor_move_cursor(editor, Int32(old))
        tern_editor_delete_before(editor, Int32(old))
        if !text.isEmpty { _ = tern_editor_insert(editor, text) }
        _ = tern_editor_move_cursor(editor, Int32(cursor - text.unicodeScalars.count))
    }


    /// What Ctrl-K, Ctrl-U, Ctrl-W, Alt-D and Alt-Backspace cut, for Ctrl-Y.
    var killed = ""
    /// The line right after the last cut, to tell whether the next cut follows it directly.
    var afterLastCut: (text: String, cursor: Int)? = nil
    /// The text before the cursor whose completions were last listed.
    var listedCompletionsFor: String? = nil
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
            // Indentation typed on top of the offer (spaces or Tab, as CPython's console needs
            // them) is the indentation meant.
            indentation = String(rest.prefix(while: { $0 == " " || $0 == "\t" }))
            rest = rest.dropFirst(indentation.count)
        }
        let word = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
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

    func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
