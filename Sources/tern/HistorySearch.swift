import CEditLine

/// Ctrl-R as readline has it (libedit's own search shows "bck:" and takes arrow keys as text):
/// the prompt becomes "(reverse-i-search)`text': ", each key typed narrows the search to older
/// lines containing the text, Ctrl-R again finds the next older one, Backspace shortens the
/// text, Enter runs the line found, Ctrl-G gives the old line back, and any other key keeps the
/// line found and then does what it does (arrows, Ctrl-A, Ctrl-C...).
extension EditLineReader {
    func reverseSearch() -> UInt8 {
        guard let editor else { return tern_editor_error() }
        let entries = historyEntries()
        let normalPrompt = shownPrompt
        let original = currentLine()
        var query = ""
        var found: Int? = nil
        var failed = false

        /// The newest entry from `start` on that contains the query and differs from the line
        /// found (readline skips repeats).
        func search(from start: Int) -> Int? {
            let current = found.map { entries[$0] }
            var index = start
            while index < entries.count {
                if entries[index].firstRange(of: query) != nil && entries[index] != current { return index }
                index += 1
            }
            return nil
        }
        func matchCursor(_ line: String) -> Int {
            guard let range = line.firstRange(of: query) else { return line.unicodeScalars.count }
            return line[..<range.lowerBound].unicodeScalars.count
        }
        func show() {
            clearShownLine()
            setPrompt((failed ? "(failed reverse-i-search)`" : "(reverse-i-search)`") + query + "': ")
            if let found {
                replaceLine(with: entries[found], cursor: matchCursor(entries[found]))
            } else {
                replaceLine(with: original.text, cursor: original.cursor)
            }
            tern_editor_redraw(editor)
        }
        /// Ends the search with the line found (or the old one) in place.
        func finish(keepingMatch: Bool) {
            setPrompt(normalPrompt)
            if keepingMatch, let found {
                replaceLine(with: entries[found], cursor: matchCursor(entries[found]))
            } else {
                replaceLine(with: original.text, cursor: original.cursor)
            }
        }

        show()
        while true {
            var key: wchar_t = 0
            guard tern_editor_read_character(editor, &key) == 1 else {
                finish(keepingMatch: true)
                return tern_editor_refresh()
            }
            switch key {
            case 0x12:  // Ctrl-R: the next older match
                if query.isEmpty { break }
                if let next = search(from: (found ?? -1) + 1) {
                    found = next
                    failed = false
                } else {
                    failed = true
                }
            case 0x07:  // Ctrl-G: give up
                finish(keepingMatch: false)
                return tern_editor_refresh()
            case 0x7f, 0x08:  // Backspace: a shorter text, searched again from the newest line
                guard !query.isEmpty else { break }
                query.removeLast()
                found = nil
                failed = false
                if !query.isEmpty {
                    found = search(from: 0)
                    failed = found == nil
                }
            case 0x0a, 0x0d:  // Enter: run the line found
                finish(keepingMatch: true)
                tern_editor_push(editor, "\n")
                return tern_editor_refresh()
            default:
                guard key >= 0x20, let scalar = Unicode.Scalar(UInt32(key)) else {
                    // Another key: keep the line, then let the key do its work.
                    finish(keepingMatch: true)
                    if let scalar = Unicode.Scalar(UInt32(key)) { tern_editor_push(editor, String(Character(scalar))) }
                    return tern_editor_refresh()
                }
                query.unicodeScalars.append(scalar)
                if failed { break }
                // The line found stays while it still contains the longer text.
                if let current = found, entries[current].firstRange(of: query) != nil { break }
                let previous = found
                found = nil
                if let next = search(from: previous ?? 0) {
                    found = next
                } else {
                    found = previous
                    failed = true
                }
            }
            show()
        }
    }

    /// Takes the cursor back to where the prompt starts and clears from there, as a full
    /// redraw needs (libedit's redraw assumes the cursor is at the prompt's start).
    private func clearShownLine() {
        let width = terminalWidth()
        let visiblePrompt = PromptText.markingEscapes(shownPrompt).split(separator: "\u{1}", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        let row = (visiblePrompt.unicodeScalars.count + currentLine().cursor) / max(1, width)
        fputs((row > 0 ? "\u{1b}[\(row)A" : "") + "\r\u{1b}[J", stdout)
        fflush(stdout)
    }

    /// The history, newest first.
    private func historyEntries() -> [String] {
        guard let history else { return [] }
        var entries: [String] = []
        var entry = tern_history_step(history, 1)
        while let text = entry {
            entries.append(String(cString: text))
            entry = tern_history_step(history, 0)
        }
        return entries
    }
}
