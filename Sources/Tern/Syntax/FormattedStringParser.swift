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

    private func error(_ message: String) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: "f-string: " + message, line: token.line, column: token.column + 1, endColumn: token.column + 2)
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
        var depth = 0
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
            if c == "\\" { throw SyntaxErrorInfo(message: "f-string expression part cannot include a backslash", line: token.line, column: token.column + 1, endColumn: token.column + 2) }
            if c == "#" { throw SyntaxErrorInfo(message: "f-string expression part cannot include '#'", line: token.line, column: token.column + 1, endColumn: token.column + 2) }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" {
                if depth == 0 { end = position; break }
                depth -= 1
            }
            if depth == 0 {
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
        let expression = try Parser.parseExpression(expressionText, lineOffset: token.bodyLine - 1,
                                                    columnOffset: token.bodyColumn + start)
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
}
