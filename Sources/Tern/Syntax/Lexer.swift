/// A syntax error found while reading source, reported as CPython does:
/// file, line, the line's text and a caret under `column`.
public struct SyntaxErrorInfo: Error {
    /// "SyntaxError" or "IndentationError".
    public var kind: String = "SyntaxError"
    /// The message, as CPython words it (`msg`).
    public var message: String
    /// 1-based line.
    public var line: Int
    /// 1-based column of the caret (CPython's `offset`), 0 for none.
    public var column: Int
    /// 1-based column just past the caret span.
    public var endColumn: Int
    /// Set when the error is a RecursionError raised by the parser for deeply nested source.
    public var isRecursionError = false
    /// The text CPython shows instead of the source line (an f-string field's expression).
    public var text: String? = nil
    /// Found while scanning an f-string's body: CPython reports it at the token after the string.
    var isFormattedStringScanError = false
}

/// Turns source text into tokens, tracking indentation and bracket nesting.
struct Lexer {
    private let chars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var indentStack: [Int] = [0]
    /// The same indentation measured with tabs counting one column, as CPython's tokenizer keeps
    /// it: the two stacks must agree, or the source mixes tabs and spaces ambiguously (TabError).
    private var alternateIndentStack: [Int] = [0]
    /// Open brackets with their positions, for "was never closed" / "does not match".
    private var brackets: [(symbol: Unicode.Scalar, line: Int, column: Int)] = []
    private var atLineStart = true
    private var pendingDedents = 0
    private var tokens: [Token] = []
    static let maximumNesting = 200
    /// The operators as scalar arrays, longest first, made once.
    static let operatorScalars: [(String, [Unicode.Scalar])] = Vocabulary.operators.map { ($0, Array($0.unicodeScalars)) }
    static let maximumIndentation = 100

    init(source: String) {
        chars = Array(source.unicodeScalars)
    }

    static func tokenize(_ source: String) throws(SyntaxErrorInfo) -> [Token] {
        var lexer = Lexer(source: source)
        try lexer.run()
        return lexer.tokens
    }

    /// For the interactive console: brackets still open at the end are closed by tokens made
    /// up for the purpose (the parser can then say whether what was typed is a valid start);
    /// returns the tokens and the index of the first made-up one (nil when none was needed).
    static func tokenizeClosingBrackets(_ source: String) throws(SyntaxErrorInfo) -> (tokens: [Token], closersStart: Int?) {
        var lexer = Lexer(source: source)
        lexer.closesOpenBrackets = true
        try lexer.run()
        return (lexer.tokens, lexer.closersStart)
    }

    /// Set by `tokenizeClosingBrackets`.
    private var closesOpenBrackets = false
    private var closersStart: Int? = nil

    private var column: Int { position - lineStart }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = position + offset
        return i < chars.count ? chars[i] : nil
    }

    private func error(_ message: String, line: Int? = nil, column: Int? = nil, width: Int = 1) -> SyntaxErrorInfo {
        let c = (column ?? self.column) + 1
        return SyntaxErrorInfo(message: message, line: line ?? self.line, column: c, endColumn: c + width)
    }

    private mutating func add(_ kind: Token.Kind, _ text: String, startLine: Int, startColumn: Int) {
        tokens.append(Token(kind: kind, text: text, line: startLine, column: startColumn, endLine: line, endColumn: column))
    }

    private mutating func run() throws(SyntaxErrorInfo) {
        while true {
            if atLineStart && brackets.isEmpty {
                let blank = try handleIndentation()
                if blank { continue }
            }
            guard let c = peek() else { break }
            if c == " " || c == "\t" || c == "\u{0C}" {
                position += 1
                continue
            }
            if c == "#" {
                while let d = peek(), d != "\n" && d != "\r" { position += 1 }
                continue
            }
            if c == "\\" {
                // Explicit line joining.
                if peek(1) == "\n" || (peek(1) == "\r") {
                    position += 1
                    if peek() == "\r" { position += 1 }
                    if peek() == "\n" { position += 1 }
                    line += 1
                    lineStart = position
                    if peek() == nil {
                        throw error("unexpected EOF while parsing", line: line - 1, column: 0)
                    }
                    continue
                }
                throw error("unexpected character after line continuation character", column: column + 1)
            }
            if c == "\n" || c == "\r" {
                let startColumn = column
                position += 1
                if c == "\r" && peek() == "\n" { position += 1 }
                if brackets.isEmpty {
                    tokens.append(Token(kind: .newline, text: "", line: line, column: startColumn, endLine: line, endColumn: startColumn + 1))
                    atLineStart = true
                }
                line += 1
                lineStart = position
                continue
            }
            if c == "\0" {
                // CPython reports it with no caret (offset 0).
                throw error("source code cannot contain null bytes", column: -1)
            }
            if isIdentifierStart(c) {
                if try lexStringIfPrefixed() { continue }
                lexName()
                continue
            }
            if ("0"..."9").contains(c) {
                try lexNumber()
                continue
            }
            if c == "." && peek(1).map({ ("0"..."9").contains($0) }) == true {
                try lexNumber()
                continue
            }
            if c == "\"" || c == "'" {
                try lexString(prefix: "", prefixLength: 0)
                continue
            }
            try lexOperator()
        }
        // End of input.
        if closesOpenBrackets && !brackets.isEmpty {
            closersStart = tokens.count
            let closing: [Unicode.Scalar: String] = ["(": ")", "[": "]", "{": "}"]
            while let open = brackets.popLast() {
                tokens.append(Token(kind: .op, text: closing[open.symbol] ?? ")", line: line, column: column,
                                    endLine: line, endColumn: column + 1))
            }
        }
        if let open = brackets.last {
            throw SyntaxErrorInfo(message: "'\(Character(open.symbol))' was never closed", line: open.line,
                                  column: open.column + 1, endColumn: open.column + 2)
        }
        if let last = tokens.last, last.kind != .newline && last.kind != .dedent && last.kind != .indent {
            tokens.append(Token(kind: .newline, text: "", line: line, column: column, endLine: line, endColumn: column + 1))
        }
        while indentStack.count > 1 {
            indentStack.removeLast()
            alternateIndentStack.removeLast()
            tokens.append(Token(kind: .dedent, text: "", line: line, column: 0, endLine: line, endColumn: 0))
        }
        tokens.append(Token(kind: .endOfFile, text: "", line: line, column: 0, endLine: line, endColumn: 0))
    }

    /// Measures indentation at the start of a line; returns true for blank/comment lines.
    private mutating func handleIndentation() throws(SyntaxErrorInfo) -> Bool {
        var width = 0
        var alternateWidth = 0
        var scan = position
        while scan < chars.count {
            let c = chars[scan]
            if c == " " {
                width += 1
                alternateWidth += 1
            } else if c == "\t" {
                width = (width / 8 + 1) * 8
                alternateWidth += 1
            } else if c == "\u{0C}" {
                width = 0
                alternateWidth = 0
            } else {
                break
            }
            scan += 1
        }
        let next: Unicode.Scalar? = scan < chars.count ? chars[scan] : nil
        if next == nil || next == "#" || next == "\n" || next == "\r" {
            // Blank line: skip to its end without producing tokens.
            position = scan
            while let d = peek(), d != "\n" && d != "\r" { position += 1 }
            if peek() == nil { atLineStart = false; return false }
            position += 1
            if chars[position - 1] == "\r" && peek() == "\n" { position += 1 }
            line += 1
            lineStart = position
            return true
        }
        position = scan
        atLineStart = false
        let current = indentStack.last ?? 0
        let tabError = SyntaxErrorInfo(kind: "TabError", message: "inconsistent use of tabs and spaces in indentation",
                                       line: line, column: 0, endColumn: 0)
        if width == current {
            if alternateWidth != alternateIndentStack.last ?? 0 { throw tabError }
        } else if width > current {
            if alternateWidth <= alternateIndentStack.last ?? 0 { throw tabError }
            if indentStack.count >= Lexer.maximumIndentation {
                throw SyntaxErrorInfo(kind: "IndentationError", message: "too many levels of indentation", line: line,
                                      column: width + 1, endColumn: width + 1)
            }
            indentStack.append(width)
            alternateIndentStack.append(alternateWidth)
            tokens.append(Token(kind: .indent, text: "", line: line, column: 0, endLine: line, endColumn: width))
        } else {
            while let top = indentStack.last, top > width {
                indentStack.removeLast()
                alternateIndentStack.removeLast()
                tokens.append(Token(kind: .dedent, text: "", line: line, column: width, endLine: line, endColumn: width))
            }
            if indentStack.last != width {
                // CPython's tokenizer has read the whole line when it notices, so it points past its end.
                var lineEnd = lineStart
                while lineEnd < chars.count && chars[lineEnd] != "\n" && chars[lineEnd] != "\r" { lineEnd += 1 }
                throw SyntaxErrorInfo(kind: "IndentationError", message: "unindent does not match any outer indentation level",
                                      line: line, column: lineEnd - lineStart + 1, endColumn: -1)
            }
            if alternateWidth != alternateIndentStack.last ?? 0 { throw tabError }
        }
        return false
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        return c.properties.isXIDStart
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return c.properties.isXIDContinue
    }

    private mutating func lexName() {
        let startColumn = column
        let start = position
        while let c = peek(), isIdentifierContinue(c) { position += 1 }
        let text = String(scalars: chars[start..<position])
        add(Vocabulary.keywords.contains(text) ? .keyword : .name, text, startLine: line, startColumn: startColumn)
    }

    /// Recognises string prefixes (r, f, rf, u, b, ...) directly followed by a quote.
    private mutating func lexStringIfPrefixed() throws(SyntaxErrorInfo) -> Bool {
        var length = 0
        var prefix = ""
        while length < 3, let c = peek(length), c.isASCII, "rRfFuUbB".unicodeScalars.contains(c) {
            prefix.unicodeScalars.append(c)
            length += 1
        }
        guard length > 0, let quote = peek(length), quote == "\"" || quote == "'" else { return false }
        let lower = prefix.lowercased()
        let valid: Set<String> = ["r", "u", "f", "b", "rf", "fr", "rb", "br"]
        guard valid.contains(lower) else { return false }
        try lexString(prefix: lower, prefixLength: length)
        return true
    }

    private mutating func lexString(prefix: String, prefixLength: Int) throws(SyntaxErrorInfo) {
        let startLine = line
        let startColumn = column
        position += prefixLength
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        let bodyLine = line
        let bodyColumn = column
        let isRaw = prefix.contains("r")
        let isFormat = prefix.contains("f")
        var raw = String.UnicodeScalarView()
        while true {
            guard let c = peek() else {
                if triple {
                    throw SyntaxErrorInfo(message: "unterminated triple-quoted string literal (detected at line \(chars.last == "\n" || chars.last == "\r" ? line - 1 : line))",
                                          line: startLine, column: startColumn + 1, endColumn: startColumn + 2)
                }
                throw SyntaxErrorInfo(message: "unterminated string literal (detected at line \(startLine))",
                                      line: startLine, column: startColumn + 1, endColumn: startColumn + 2)
            }
            if c == quote {
                if !triple { position += 1; break }
                if peek(1) == quote && peek(2) == quote { position += 3; break }
            }
            if c == "\\" {
                raw.append(c)
                position += 1
                if let d = peek() {
                    raw.append(d)
                    position += 1
                    if d == "\n" { line += 1; lineStart = position }
                    if d == "\r" {
                        if peek() == "\n" { raw.append("\n"); position += 1 }
                        line += 1
                        lineStart = position
                    }
                }
                continue
            }
            if c == "\n" || c == "\r" {
                if !triple {
                    throw SyntaxErrorInfo(message: "unterminated string literal (detected at line \(startLine))",
                                          line: startLine, column: startColumn + 1, endColumn: startColumn + 2)
                }
                position += 1
                if c == "\r" && peek() == "\n" { position += 1 }
                raw.append("\n")
                line += 1
                lineStart = position
                continue
            }
            raw.append(c)
            position += 1
        }
        let body = String(raw)
        var token: Token
        if isFormat {
            token = Token(kind: .string, text: "", line: startLine, column: startColumn, endLine: line, endColumn: column)
            token.rawBody = body
            token.bodyLine = bodyLine
            token.bodyColumn = bodyColumn
        } else {
            let decoded = isRaw ? body : try Lexer.decodeEscapes(body, line: startLine, column: startColumn)
            token = Token(kind: .string, text: decoded, line: startLine, column: startColumn, endLine: line, endColumn: column)
        }
        token.stringPrefix = prefix
        tokens.append(token)
    }

    private mutating func lexNumber() throws(SyntaxErrorInfo) {
        let startColumn = column
        let start = position
        var isFloat = false
        func digits(_ allowed: (Unicode.Scalar) -> Bool) {
            while let c = peek(), allowed(c) || (c == "_" && peek(1).map(allowed) == true) { position += 1 }
        }
        let isDecimal: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            position += 2
            if peek() == "_" { position += 1 }
            let allowed: (Unicode.Scalar) -> Bool
            switch x {
            case "x", "X": allowed = { $0.isASCII && ($0.properties.isASCIIHexDigit) }
            case "o", "O": allowed = { ("0"..."7").contains($0) }
            default: allowed = { $0 == "0" || $0 == "1" }
            }
            let digitStart = position
            digits(allowed)
            if position == digitStart {
                let kindName = (x == "x" || x == "X") ? "hexadecimal" : (x == "o" || x == "O") ? "octal" : "binary"
                if let c = peek(), ("0"..."9").contains(c) { throw error("invalid digit '\(Character(c))' in \(kindName) literal") }
                throw error("invalid \(kindName) literal", column: column - 1)
            }
            if let c = peek(), isIdentifierContinue(c) {
                let kindName = (x == "x" || x == "X") ? "hexadecimal" : (x == "o" || x == "O") ? "octal" : "binary"
                if ("0"..."9").contains(c) {
                    throw error("invalid digit '\(Character(c))' in \(kindName) literal")
                }
                throw error("invalid \(kindName) literal", column: c == "_" ? column : column - 1)
            }
        } else {
            digits(isDecimal)
            if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
                isFloat = true
                position += 1
                digits(isDecimal)
            }
            if let e = peek(), e == "e" || e == "E" {
                let save = position
                position += 1
                if let sign = peek(), sign == "+" || sign == "-" { position += 1 }
                if let d = peek(), isDecimal(d) {
                    isFloat = true
                    digits(isDecimal)
                } else {
                    position = save
                }
            }
            if let j = peek(), j == "j" || j == "J" {
                position += 1
                add(.imaginary, String(scalars: chars[start..<(position - 1)]), startLine: line, startColumn: startColumn)
                return
            }
            if let c = peek(), isIdentifierContinue(c) {
                throw error("invalid decimal literal", column: c == "_" ? column : column - 1)
            }
        }
        let text = String(scalars: chars[start..<position])
        // Leading zeros are not allowed in decimal integers ("010").
        if !isFloat, text.count > 1, text.first == "0", text.unicodeScalars.dropFirst().first.map(isDecimal) == true || text.dropFirst().first == "_" {
            if !text.allSatisfy({ $0 == "0" || $0 == "_" }) {
                throw SyntaxErrorInfo(message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                      line: line, column: startColumn + 1, endColumn: column + 1)
            }
        }
        add(isFloat ? .float : .integer, text, startLine: line, startColumn: startColumn)
    }

    private mutating func lexOperator() throws(SyntaxErrorInfo) {
        let startColumn = column
        for (symbol, scalars) in Lexer.operatorScalars {
            var matches = true
            for (i, s) in scalars.enumerated() where peek(i) != s {
                matches = false
                break
            }
            if !matches { continue }
            if symbol == "!" { break }
            position += scalars.count
            let c = scalars[0]
            if symbol.count == 1 && (c == "(" || c == "[" || c == "{") {
                if brackets.count >= Lexer.maximumNesting {
                    throw error("too many nested parentheses", column: startColumn)
                }
                brackets.append((c, line, startColumn))
            } else if symbol.count == 1 && (c == ")" || c == "]" || c == "}") {
                guard let open = brackets.popLast() else {
                    throw error("unmatched '\(symbol)'", column: startColumn)
                }
                let expected: Unicode.Scalar = open.symbol == "(" ? ")" : open.symbol == "[" ? "]" : "}"
                if expected != c {
                    if open.line != line {
                        throw error("closing parenthesis '\(symbol)' does not match opening parenthesis '\(Character(open.symbol))' on line \(open.line)", column: startColumn)
                    }
                    throw error("closing parenthesis '\(symbol)' does not match opening parenthesis '\(Character(open.symbol))'", column: startColumn)
                }
            }
            add(.op, symbol, startLine: line, startColumn: startColumn)
            return
        }
        let c = peek()!
        if c == "!" {
            throw error("invalid syntax")
        }
        if c == "$" || c == "?" || c == "`" {
            throw error("invalid syntax")
        }
        let code = String(c.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        if c.properties.generalCategory == .spaceSeparator || c.properties.generalCategory == .control || c.properties.generalCategory == .format {
            throw error("invalid non-printable character U+\(padded)")
        }
        throw error("invalid character '\(Character(c))' (U+\(padded))")
    }

    /// Decodes backslash escapes of a non-raw string literal.
    static func decodeEscapes(_ body: String, line: Int, column: Int) throws(SyntaxErrorInfo) -> String {
        if !body.contains("\\") { return body }
        var result = String.UnicodeScalarView()
        let scalars = Array(body.unicodeScalars)
        var i = 0
        func hexValue(_ count: Int, _ name: String) throws(SyntaxErrorInfo) -> Unicode.Scalar {
            var value: UInt32 = 0
            for k in 0..<count {
                guard i + 1 + k < scalars.count, let digit = UInt32(String(scalars[i + 1 + k]), radix: 16) else {
                    throw SyntaxErrorInfo(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i)-\(i + k): truncated \(name) escape",
                                          line: line, column: column + 1, endColumn: column + 2)
                }
                value = value * 16 + digit
            }
            i += count
            guard let scalar = Unicode.Scalar(value) else {
                throw SyntaxErrorInfo(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - count - 1)-\(i): illegal Unicode character",
                                      line: line, column: column + 1, endColumn: column + 2)
            }
            return scalar
        }
        while i < scalars.count {
            let c = scalars[i]
            if c != "\\" || i + 1 >= scalars.count {
                result.append(c)
                i += 1
                continue
            }
            i += 1
            let e = scalars[i]
            switch e {
            case "\n": break
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\"": result.append("\"")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value: UInt32 = 0
                var k = 0
                while k < 3 && i < scalars.count && ("0"..."7").contains(scalars[i]) {
                    value = value * 8 + (scalars[i].value - 48)
                    i += 1
                    k += 1
                }
                result.append(Unicode.Scalar(value)!)
                continue
            case "x":
                result.append(try hexValue(2, "\\xXX"))
            case "u":
                result.append(try hexValue(4, "\\uXXXX"))
            case "U":
                result.append(try hexValue(8, "\\UXXXXXXXX"))
            case "N":
                // \N{NAME}: look the name up among Unicode scalars.
                guard i + 1 < scalars.count, scalars[i + 1] == "{", let close = scalars[(i + 1)...].firstIndex(of: "}") else {
                    throw SyntaxErrorInfo(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 1)-\(i): malformed \\N character escape",
                                          line: line, column: column + 1, endColumn: column + 2)
                }
                let name = String(scalars: scalars[(i + 2)..<close]).uppercased()
                guard let scalar = Lexer.scalar(named: name) else {
                    throw SyntaxErrorInfo(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 1)-\(close): unknown Unicode character name",
                                          line: line, column: column + 1, endColumn: column + 2)
                }
                result.append(scalar)
                i = close
            default:
                result.append("\\")
                result.append(e)
            }
            i += 1
        }
        return String(result)
    }

    static func scalar(named name: String) -> Unicode.Scalar? {
        for plane: UInt32 in [0x0000, 0x10000] {
            for value in plane..<(plane + 0x10000) {
                if let scalar = Unicode.Scalar(value), scalar.properties.name == name || scalar.properties.nameAlias == name {
                    return scalar
                }
            }
        }
        return nil
    }
}
