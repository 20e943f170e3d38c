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
    private var originalTerminal = termios()
    private let historyPath: String?
    /// Where Tab completions come from (set once the console exists: `tern -i FILE` runs the
    /// file, whose input() calls are edited here too, before it does).
    weak var console: TernConsole? = nil
    private let interrupt: TernInterruptHandle
    /// Set by the Ctrl-C key binding while a line is edited.
    private var interruptKeyPressed = false
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
        tern_editor_add_function(made, "tern-key", "Tab, Ctrl-C, Ctrl-D, Ctrl-R, Backspace and Ctrl-\\ of the console", { editor, key in
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
            let shownPrompt = String(prompt.unicodeScalars.filter { $0 != "\u{1}" && $0 != "\u{2}" })
            fputs("\u{1b}[A\r" + shownPrompt + adjusted + "\u{1b}[K\n", stdout)
            fflush(stdout)
        }
        return adjusted
    }
    /// The keys bound to "tern-key".
    private func handleKey(_ key: Int32) -> UInt8 {
        switch key {
        case 0x09: return complete()
        case 0x03:
            // Ctrl-C ends the read; the caller reports KeyboardInterrupt.
            interruptKeyPressed = true
            return tern_editor_end_of_input()
        case 0x04: return deleteOrEnd()
        case 0x12: return reverseSearch()
        case 0x7f, 0x08: return backspace()
        case 0x1c:
            quit()
            return tern_editor_error()
        case 0x17: return cutWordBefore()
        case 0x0b:
            let (text, cursor) = currentLine()
            return cut(from: cursor, to: text.unicodeScalars.count)
        case 0x15: return cut(from: 0, to: currentLine().cursor)
        case 0x19:
            guard !killed.isEmpty else { return tern_editor_error() }
            _ = tern_editor_insert(editor, killed)
            return tern_editor_refresh()
        case 0x1a:
            // Ctrl-Z: stop as the terminal would stop us (libedit's handler puts the terminal
            // back, and redraws the line when the shell continues us).
            kill(getpid(), SIGTSTP)
            return tern_editor_refresh()
        default: return tern_editor_error()
        }
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

    /// Backspace: in the indentation at the start of a line, back to the previous level (four
    /// columns), as the indentation was typed; elsewhere one character.
    private func backspace() -> UInt8 {
        guard let editor else { return tern_editor_error() }
        let (text, cursor) = currentLine()
        guard cursor > 0 else { return tern_editor_error() }
        let before = text.unicodeScalars.prefix(cursor)
        var count = 1
        if before.allSatisfy({ $0 == " " }) { count = (cursor - 1) % 4 + 1 }
        tern_editor_delete_before(editor, Int32(count))
        return tern_editor_refresh()
    }

    /// Ctrl-D as readline has it: on an empty line (or one with only indentation), the end of input (libedit's own binding
    /// would also print "^D"); otherwise the character under the cursor goes.
    private func deleteOrEnd() -> UInt8 {
        guard let editor else { return tern_editor_error() }
        let (text, cursor) = currentLine()
        // Only the offered indentation counts as empty.
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return tern_editor_end_of_input() }
        guard cursor < text.unicodeScalars.count else { return tern_editor_error() }
        _ = tern_editor_move_cursor(editor, 1)
        tern_editor_delete_before(editor, 1)
        return tern_editor_refresh()
    }

    /// Ctrl-W as readline has it: back to the previous whitespace (libedit stops at punctuation).
    private func cutWordBefore() -> UInt8 {
        let (text, cursor) = currentLine()
        let before = Array(text.unicodeScalars.prefix(cursor))
        var start = before.count
        while start > 0 && (before[start - 1] == " " || before[start - 1] == "\t") { start -= 1 }
        while start > 0 && before[start - 1] != " " && before[start - 1] != "\t" { start -= 1 }
        return cut(from: start, to: cursor)
    }

    /// Alt-D (forward) and Alt-Backspace: cut to the end or start of a word of letters and digits.
    private func cutWord(forward: Bool) -> UInt8 {
        let (text, cursor) = currentLine()
        let scalars = Array(text.unicodeScalars)
        func inWord(_ index: Int) -> Bool { scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) }
        if forward {
            var end = cursor
            while end < scalars.count && !inWord(end) { end += 1 }
            while end < scalars.count && inWord(end) { end += 1 }
            return cut(from: cursor, to: end)
        }
        var start = cursor
        while start > 0 && !inWord(start - 1) { start -= 1 }
        while start > 0 && inWord(start - 1) { start -= 1 }
        return cut(from: start, to: cursor)
    }

    /// Removes characters start..<end of the line into the buffer Ctrl-Y pastes. Cuts made one
    /// after another join, as in readline (`a b c` and Ctrl-W twice gives back `b c`).
    private func cut(from start: Int, to end: Int) -> UInt8 {
        guard let editor, start < end else { return tern_editor_error() }
        let (text, cursor) = currentLine()
        let piece = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
        if let previous = afterLastCut, previous.text == text, previous.cursor == cursor {
            killed = end <= cursor ? piece + killed : killed + piece
        } else {
            killed = piece
        }
        _ = tern_editor_move_cursor(editor, Int32(end - cursor))
        tern_editor_delete_before(editor, Int32(end - start))
        afterLastCut = currentLine()
        return tern_editor_refresh()
    }

    /// Ctrl-\: quits as SIGQUIT does in a terminal (CPython's console leaves it to the terminal).
    private func quit() {
        tcsetattr(0, TCSADRAIN, &originalTerminal)
        saveHistory()
        signal(SIGQUIT, SIG_DFL)
        kill(getpid(), SIGQUIT)
    }

    /// What Ctrl-K, Ctrl-U, Ctrl-W, Alt-D and Alt-Backspace cut, for Ctrl-Y.
    private var killed = ""
    /// The line right after the last cut, to tell whether the next cut follows it directly.
    private var afterLastCut: (text: String, cursor: Int)? = nil
    /// The text before the cursor whose completions were last listed.
    private var listedCompletionsFor: String? = nil
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

    /// Tab: indentation at the start of a line, otherwise the console's completions. One
    /// candidate is inserted; several insert their common prefix, or are listed.
    private func complete() -> UInt8 {
        guard let editor else { return tern_editor_error() }
        let info = tern_editor_line(editor)
        guard let start = info.buffer, let cursor = info.cursor else { return tern_editor_error() }
        let before = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self),
                                                          count: cursor - start), as: UTF8.self)
        if before.allSatisfy({ $0 == " " || $0 == "\t" }) {
            _ = tern_editor_insert(editor, "    ")
            return tern_editor_refresh()
        }
        guard let console else { return tern_editor_error() }
        let (word, candidates) = console.completions(before: before)
        if word.isEmpty {
            // Nothing to complete (after a space or a bracket): a tab, as rlcompleter inserts.
            _ = tern_editor_insert(editor, "\t")
            return tern_editor_refresh()
        }
        guard !candidates.isEmpty else { return tern_editor_error() }
        let common = candidates.dropFirst().reduce(candidates[0]) { commonPrefix($0, $1) }
        if common.count > word.count {
            _ = tern_editor_insert(editor, String(common.dropFirst(word.count)))
            return tern_editor_refresh()
        }
        if candidates.count == 1 { return tern_editor_refresh() }
        // Several, with nothing more in common: list them under the line, then redraw it;
        // once per text (readline's Tab Tab shows the list once, too).
        if listedCompletionsFor == before { return tern_editor_error() }
        listedCompletionsFor = before
        let shown = candidates.sorted()
        if shown.count >= 100 {
            // As readline asks before a long list.
            fputs("\nDisplay all \(shown.count) possibilities? (y or n)", stdout)
            fflush(stdout)
            var key: wchar_t = 0
            while tern_editor_read_character(editor, &key) == 1 {
                if key == 0x79 || key == 0x59 || key == 0x20 { break }
                if key == 0x6e || key == 0x4e || key == 0x7f || key == 0x07 || key == 0x03 {
                    fputs("\n", stdout)
                    return tern_editor_redisplay()
                }
            }
        }
        // In columns, filled downwards, as readline lists them.
        let width = (shown.map(\.count).max() ?? 0) + 2
        let columns = max(1, terminalWidth() / width)
        let rows = (shown.count + columns - 1) / columns
        var listing = "\n"
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns where row + column * rows < shown.count {
                line += shown[row + column * rows].padding(toLength: width)
            }
            listing += String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        fputs(listing, stdout)
        fflush(stdout)
        return tern_editor_redisplay()
    }

    private func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix(while: { $0 == $1 }).map(\.0))
    }

    func terminalWidth() -> Int {
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
            // One byte at a time: what follows the line stays unread for the program's input().
            var chunk: [UInt8] = [0]
            let n = read(0, &chunk, 1)
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

/// Prompts with escape sequences, for libedit's EL_PROMPT_ESC (started with "\\1").
enum PromptText {
    /// `text` with its escape sequences between \\1 markers, so libedit sends them but gives
    /// them no columns. Readline's \\001 and \\002 markers, which CPython users put in sys.ps1,
    /// become libedit's. libedit keeps a marked run with the character after it, so adjacent runs
    /// are merged and a run at the end goes before the prompt's trailing spaces.
    static func markingEscapes(_ text: String) -> String {
        // The prompt as visible characters and runs of escape sequences.
        var pieces: [(literal: Bool, scalars: [Unicode.Scalar])] = []
        func add(_ scalar: Unicode.Scalar, literal: Bool) {
            if let last = pieces.last, last.literal == literal {
                pieces[pieces.count - 1].scalars.append(scalar)
            } else {
                pieces.append((literal, [scalar]))
            }
        }
        var scalars = text.unicodeScalars[...]
        var insideMarkers = false
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1}" || scalar == "\u{2}" {
                insideMarkers = scalar == "\u{1}"
            } else if insideMarkers {
                add(scalar, literal: true)
            } else if scalar == "\u{1b}" {
                add(scalar, literal: true)
                for next in escapeSequenceTail(&scalars) { add(next, literal: true) }
            } else {
                add(scalar, literal: false)
            }
        }
        if pieces.count >= 2, pieces[pieces.count - 1].literal {
            let ending = pieces.removeLast().scalars
            var visible = pieces.removeLast().scalars
            let spaces = visible.reversed().prefix(while: { $0 == " " }).count
            let kept = Array(visible[..<(visible.count - max(spaces, spaces == 0 ? 1 : spaces))])
            let moved = Array(visible[kept.count...])
            visible = kept
            if !visible.isEmpty { pieces.append((false, visible)) }
            if let last = pieces.last, last.literal {
                pieces[pieces.count - 1].scalars += ending
            } else {
                pieces.append((true, ending))
            }
            pieces.append((false, moved))
        }
        var result = String.UnicodeScalarView()
        for piece in pieces {
            if piece.literal { result.append("\u{1}") }
            result.append(contentsOf: piece.scalars)
            if piece.literal { result.append("\u{1}") }
        }
        return String(result)
    }

    /// Takes the rest of an escape sequence from `scalars`: a CSI sequence up to its final
    /// letter, an OSC string up to BEL or ESC \\, or one character.
    private static func escapeSequenceTail(_ scalars: inout Substring.UnicodeScalarView) -> [Unicode.Scalar] {
        guard let kind = scalars.popFirst() else { return [] }
        var tail = [kind]
        switch kind {
        case "[":
            while let next = scalars.popFirst() {
                tail.append(next)
                if (0x40...0x7e).contains(next.value) { break }
            }
        case "]":
            while let next = scalars.popFirst() {
                tail.append(next)
                if next == "\u{7}" { break }
                if next == "\u{1b}", scalars.first == "\\" {
                    tail.append(scalars.removeFirst())
                    break
                }
            }
        default:
            break
        }
        return tail
    }
}
