// The marker line under a traceback's source line, as CPython 3.11 draws it: `^` under the
// span of the instruction that failed, or for a binary operation or a subscript `~` under the
// operands and `^` under the operator or the brackets. Nothing is drawn when the span covers
// the whole line.

extension Interpreter {
    /// The marker line (without its newline) for a failure at `span` on source line `raw`, or nil.
    func caretLine(source raw: String, span: SourceSpan) -> String? {
        guard span.column >= 0, span.endColumn >= 0, span.line > 0 else { return nil }
        let characters = Array(raw.unicodeScalars)
        let indent = characters.prefix(while: { $0.properties.isWhitespace }).count
        var strippedEnd = characters.count
        while strippedEnd > indent && characters[strippedEnd - 1].properties.isWhitespace { strippedEnd -= 1 }
        let strippedLength = strippedEnd - indent
        let start = min(Int(span.column), characters.count)
        var end = min(Int(span.endColumn), characters.count)
        var anchors: (left: Int, right: Int)? = nil
        if span.line == span.endLine {
            guard start <= end else { return nil }
            anchors = caretAnchors(segment: Array(characters[start..<end]))
        } else {
            // A span running on past this line is marked to the line's end.
            end = strippedEnd
        }
        guard start >= indent, end >= start else { return nil }
        let hasSecondaryRange = anchors.map { $0.right - $0.left > 0 } ?? false
        guard end - start < strippedLength || hasSecondaryRange else { return nil }
        var text = String(repeating: " ", count: 4 + start - indent)
        if let anchors {
            text += String(repeating: "~", count: anchors.left)
            text += String(repeating: "^", count: anchors.right - anchors.left)
            text += String(repeating: "~", count: max(end - start - anchors.right, 0))
        } else {
            text += String(repeating: "^", count: end - start)
        }
        return text
    }

    /// Where the operator of a binary operation, or the brackets of a subscript, sit within
    /// `segment` (the failed expression's text), found by parsing the segment on its own.
    private func caretAnchors(segment: [Unicode.Scalar]) -> (left: Int, right: Int)? {
        var text = ""
        text.unicodeScalars.append(contentsOf: segment)
        guard let statements = try? Parser.parseModule(text), statements.count == 1,
              case .expression(let expression) = statements[0].kind else { return nil }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
        switch expression.kind {
        case .binary(_, let left, let right):
            guard left.location.endLine == 1, right.location.line == 1 else { return nil }
            let operatorStart = left.location.endColumn, operatorEnd = right.location.column
            guard operatorStart <= operatorEnd, operatorEnd <= segment.count else { return nil }
            let between = segment[operatorStart..<operatorEnd]
            let offset = between.prefix(while: isSpace).count
            var leftAnchor = operatorStart + offset
            var rightAnchor = leftAnchor + 1
            if offset + 1 < between.count && !isSpace(between[between.startIndex + offset + 1]) { rightAnchor += 1 }
            while leftAnchor < segment.count && (isSpace(segment[leftAnchor]) || segment[leftAnchor] == ")" || segment[leftAnchor] == "#") {
                leftAnchor += 1
                rightAnchor += 1
            }
            return (leftAnchor, rightAnchor)
        case .subscription(let value, let index):
            guard value.location.endLine == 1, index.location.endLine == 1 else { return nil }
            var leftAnchor = value.location.endColumn
            var rightAnchor = index.location.endColumn + 1
            while leftAnchor < segment.count && segment[leftAnchor] != "[" { leftAnchor += 1 }
            while rightAnchor < segment.count && segment[rightAnchor] != "]" { rightAnchor += 1 }
            if rightAnchor < segment.count { rightAnchor += 1 }
            return (leftAnchor, rightAnchor)
        default:
            return nil
        }
    }
}
