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
