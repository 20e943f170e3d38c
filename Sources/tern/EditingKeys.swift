#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine

/// The console's own keys: Ctrl-C, Ctrl-D, Backspace, readline's cut and paste, Ctrl-Z and
/// Ctrl-\ (Tab and Ctrl-R have files of their own).
extension EditLineReader {
    /// The keys bound to "tern-key".
    func handleKey(_ key: Int32) -> UInt8 {
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
    func cutWord(forward: Bool) -> UInt8 {
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
}
