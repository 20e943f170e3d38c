#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import Tern

/// Tab at the console: indentation, or completions from the console, listed as readline lists them.
extension EditLineReader {
    /// Tab: indentation at the start of a line, otherwise the console's completions. One
    /// candidate is inserted; several insert their common prefix, or are listed.
    func complete() -> UInt8 {
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
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
