/// Splits an f-string literal's body into literal text and replacement fields
/// (`{expression!conversion:spec}`), parsing each field's expression.
struct FormattedStringParser {
    private let chars: [Unicode.Scalar]
    private var position = 0
    private let token: Token
    private let isRaw: Bool

    static func parse(_ token: Token) throws(SyntaxErrorInfo) -> [FormattedPart] {
        var parser = FormattedStringParser(token: token)
        return try parser.parseParts(nested: 0)
    }

    private init(token: Token) {
        self.token = token
        self.chars = Array(token.rawBody.unicodeScalars)
        self.isRaw = token.stringPrefix.contains("r")
    }

    /// An error in the body's structure; the parser moves it to the token after the string.
    private func error(_ message: String) -> SyntaxErrorInfo {
        var info = SyntaxErrorInfo(message: "f-string: " + message, line: token.line, column: token.column + 1, endColumn: token.column + 2)
        info.isFormattedStringScanError = true
        return info
    }

    private func decode(_ text: String) throws(SyntaxErrorInfo) -> String {
        if isRaw { return text }
        return try Lexer.decodeEscapes(text, line: token.line, column: token.column)
    }

    /// Parses until the end, or (when nested inside a format spec) until the closing brace.
    private mutating func parseParts(nested: Int) throws(SyntaxErrorInfo) -> [FormattedPart] {
        var parts: [FormattedPart] = []
        var literal = String.UnicodeScalarView()
        func flush(_ parts: inout [FormattedPart], _ literal: inout String.UnicodeScalarView) throws(SyntaxErrorInfo) {
            if !literal.isEmpty {
                parts.append(.literal(try decode(String(literal))))
                literal = String.UnicodeScalarView()
            }
        }
        while position < chars.count {
            let c = chars[position]
            if c == "{" {
                if nested == 0 && position + 1 < chars.count && chars[position + 1] == "{" {
                    literal.append("{")
                    position += 2
                    continue
                }
                try flush(&parts, &literal)
                position += 1
                parts += try parseField(nested: nested)
                continue
            }
            if c == "}" {
                if nested > 0 { break }
                if position + 1 < chars.count && chars[position + 1] == "}" {
                    literal.append("}")
                    position += 2
                    continue
                }
                throw error("single '}' is not allowed")
            }
            if c == "\\" && !isRaw && position + 1 < chars.count {
                literal.append(c)
                literal.append(chars[position + 1])
                position += 2
                continue
            }
            literal.append(c)
            position += 1
        }
        try flush(&parts, &literal)
        return parts
    }

    private mutating func parseField(nested: Int) throws(SyntaxErrorInfo) -> [FormattedPart] {
        if nested >= 2 { throw error("expressions nested too deeply") }
        let start = position
        var openBrackets: [Unicode.Scalar] = []
        var quote: Unicode.Scalar? = nil
        var end = -1
        var selfDocumenting = false
        while position < chars.count {
            let c = chars[position]
            if let q = quote {
                if c == q { quote = nil }
                position += 1
                continue
            }
            if c == "'" || c == "\"" { quote = c; position += 1; continue }
            if c == "\\" {
                var info = error("")
                info.message = "f-string expression part cannot include a backslash"
                throw info
            }
            if c == "#" {
                var info = error("")
                info.message = "f-string expression part cannot include '#'"
                throw info
            }
            if c == "(" || c == "[" || c == "{" { openBrackets.append(c) }
            if c == ")" || c == "]" || c == "}" {
                guard let open = openBrackets.popLast() else {
                    if c == "}" { end = position; break }
                    throw error("unmatched '\(c)'")
                }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if c != expected { throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(open)'") }
            }
            if openBrackets.isEmpty {
                if c == "!" && position + 1 < chars.count && chars[position + 1] != "=" { end = position; break }
                if c == ":" { end = position; break }
                if c == "=" && position + 1 < chars.count && chars[position + 1] != "=" {
                    let previous = position > start ? chars[position - 1] : " "
                    if previous != "=" && previous != "!" && previous != "<" && previous != ">" {
                        end = position
                        selfDocumenting = true
                        break
                    }
                }
            }
            position += 1
        }
        if end < 0 {
            if quote != nil { throw error("unterminated string") }
            throw error("expecting '}'")
        }
        let expressionText = String(scalars: chars[start..<end])
        if expressionText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("empty expression not allowed")
        }
        let expression = try parseFieldExpression(expressionText, start: start)
        var parts: [FormattedPart] = []
        var conversion: Character? = nil
        if selfDocumenting {
            position += 1
            // Whitespace after '=' belongs to the literal text too.
            var trailing = ""
            while position < chars.count && chars[position] == " " { trailing.append(" "); position += 1 }
            parts.append(.literal(expressionText + "=" + trailing))
        }
        if position < chars.count && chars[position] == "!" {
            position += 1
            guard position < chars.count else { throw error("expecting '}'") }
            let c = Character(chars[position])
            guard c == "r" || c == "s" || c == "a" else {
                throw error("invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = c
            position += 1
        }
        var spec: [FormattedPart]? = nil
        if position < chars.count && chars[position] == ":" {
            position += 1
            spec = try parseParts(nested: nested + 1)
        }
        guard position < chars.count && chars[position] == "}" else { throw error("expecting '}'") }
        position += 1
        if selfDocumenting && conversion == nil && spec == nil { conversion = "r" }
        parts.append(.field(expression, conversion: conversion, spec: spec))
        return parts
    }

    /// Parses a field's expression at its place in the source. A syntax error in it is reported
    /// as CPython 3.11 does: against the text `(expression)`, on the line where the field starts.
    private func parseFieldExpression(_ text: String, start: Int) throws(SyntaxErrorInfo) -> Expression {
        let lineOffset = token.bodyLine - 1
        let columnOffset = token.bodyColumn + start
        do {
            return try Parser.parseExpression(text, lineOffset: lineOffset, columnOffset: columnOffset)
        } catch {
            if error.isRecursionError { throw error }
            var relative = error
            do {
                _ = try Parser.parseExpression(text, lineOffset: 0, columnOffset: 1)
            } catch let found {
                relative = found
            }
            let startLine = token.bodyLine + chars[..<start].filter { $0 == "\n" }.count
            let wrapped = "(" + text + ")"
            let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
            var info = relative
            info.message = relative.message.hasPrefix("f-string") ? relative.message : "f-string: " + relative.message
            info.line = startLine + relative.line - 1
            info.text = relative.line >= 1 && relative.line <= lines.count ? String(lines[relative.line - 1]) : wrapped
            info.isFormattedStringScanError = false
            throw info
        }
    }
}
