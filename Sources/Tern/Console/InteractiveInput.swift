/// What the interactive console does with the lines typed so far, decided as CPython's
/// interactive tokenizer and parser decide it.
enum InteractiveInputStatus {
    /// Keep reading: a bracket or triple-quoted string is open, a line ends in a backslash,
    /// or a compound statement has not been ended by a blank line.
    case needsMoreInput
    /// Run these statements (none for a blank or comment-only entry).
    case complete([Statement])
    /// Show this SyntaxError and start over.
    case invalid(SyntaxErrorInfo)
}

enum InteractiveInput {
    /// Statements that go on until a blank line: their first keyword (or `@` for a decorator).
    private static let compoundKeywords: Set<String> = ["if", "while", "for", "def", "class", "with", "try", "async"]

    /// Classifies `lines` (each without its newline), the entry typed since the last prompt.
    static func classify(_ lines: [String]) -> InteractiveInputStatus {
        let source = lines.joined(separator: "\n") + "\n"
        let tokens: [Token]
        let closersStart: Int?
        do throws(SyntaxErrorInfo) {
            (tokens, closersStart) = try Lexer.tokenizeClosingBrackets(source)
        } catch {
            return isUnfinished(error) ? .needsMoreInput : .invalid(error)
        }
        if let closersStart {
            // Inside brackets: wait for more unless what was typed already cannot be right.
            if case .failure(let failure) = Parser.parseInteractiveEntry(tokens: tokens, source: source, inputEnd: closersStart),
               !failure.atEndOfInput {
                return .invalid(failure.error)
            }
            return .needsMoreInput
        }
        guard let first = tokens.first(where: { $0.kind != .newline && $0.kind != .endOfFile }) else {
            return .complete([])
        }
        let isCompound = (first.kind == .keyword && compoundKeywords.contains(first.text)) || first.isOperator("@")
        let statements: [Statement]
        switch Parser.parseInteractiveEntry(tokens: tokens, source: source) {
        case .success(let parsed):
            statements = parsed
        case .failure(let failure):
            // A compound statement missing its body (or its except/else part) at the end of what
            // was typed may still be completed by the next lines, until a blank line ends it.
            if isCompound && failure.atEndOfInput {
                let ended = lines.count > 1 && (lines.last.map { $0.allSatisfy { $0 == " " || $0 == "\t" } } ?? false)
                guard ended else { return .needsMoreInput }
                // CPython's interactive tokenizer reports it at the blank line that ended the entry.
                var error = failure.error
                error.line = lines.count
                error.column = 1
                error.endColumn = 2
                return .invalid(error)
            }
            return .invalid(failure.error)
        }
        if isCompound {
            // One compound statement per entry: a line back at the left margin is an error.
            if statements.count > 1 {
                // CPython's caret spans the first token of the line back at the margin.
                let second = statements[1].location
                let token = tokens.first {
                    $0.line == second.line && $0.column == second.column && $0.kind != .dedent && $0.kind != .indent
                }
                let end = token.map { $0.endLine == $0.line ? $0.endColumn + 1 : second.column + 2 } ?? second.column + 2
                return .invalid(SyntaxErrorInfo(message: "invalid syntax", line: second.line, column: second.column + 1,
                                                endColumn: end))
            }
            let ended = lines.count > 1 && (lines.last.map { $0.allSatisfy { $0 == " " || $0 == "\t" } } ?? false)
            return ended ? .complete(statements) : .needsMoreInput
        }
        return .complete(statements)
    }

    /// An unfinished entry when input ends (Ctrl-D on a continuation line): a compound statement
    /// runs as if a blank line ended it; anything else gets the error it has as it stands.
    static func classifyAtEndOfInput(_ lines: [String]) -> InteractiveInputStatus {
        switch classify(lines + [""]) {
        case .needsMoreInput:
            let source = lines.joined(separator: "\n") + "\n"
            do throws(SyntaxErrorInfo) {
                let tokens = try Lexer.tokenize(source)
                if case .failure(let failure) = Parser.parseInteractiveEntry(tokens: tokens, source: source) {
                    return .invalid(failure.error)
                }
                return .complete(try Parser.parseModule(source))
            } catch {
                return .invalid(error)
            }
        case let other:
            return other
        }
    }

    /// Errors that only mean the entry is not finished yet.
    private static func isUnfinished(_ error: SyntaxErrorInfo) -> Bool {
        error.message.hasPrefix("unterminated triple-quoted string literal")
            || error.message == "unexpected EOF while parsing"
    }

    /// The indentation to offer on the next line of an unfinished entry: one level deeper after a
    /// line ending in `:`, one level shallower after `return`, `pass`, `break`, `continue` or
    /// `raise`, otherwise that of the line the last statement began on (a string or bracket that
    /// spans lines does not change it).
    static func suggestedIndentation(after lines: [String]) -> String {
        var tokens: [Token] = []
        do throws(SyntaxErrorInfo) {
            tokens = try Lexer.tokenizeClosingBrackets(lines.joined(separator: "\n") + "\n").0
        } catch {
            // Inside a triple-quoted string, spaces would become part of the string.
            if error.message.hasPrefix("unterminated triple-quoted string literal") { return "" }
        }
        guard let last = lines.last(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }) else { return "" }
        var statementLine = last
        if let start = lastStatementStart(tokens), lines.indices.contains(start - 1) { statementLine = lines[start - 1] }
        let indentation = String(statementLine.prefix(while: { $0 == " " || $0 == "\t" }))
        var code = Substring(last.drop(while: { $0 == " " || $0 == "\t" }))
        if let hash = code.firstIndex(of: "#"), !code[..<hash].contains(where: { $0 == "\"" || $0 == "'" }) {
            code = code[..<hash]
        }
        if code.trimmingTrailingWhitespace().hasSuffix(":") { return indentation + "    " }
        let firstWord = statementLine.dropFirst(indentation.count).prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        if ["return", "pass", "break", "continue", "raise"].contains(firstWord) {
            return String(indentation.dropLast(min(4, indentation.count)))
        }
        return indentation
    }

    /// The line (1-based) where the last logical line of `tokens` begins.
    private static func lastStatementStart(_ tokens: [Token]) -> Int? {
        var start: Int? = nil
        var atStart = true
        for token in tokens {
            switch token.kind {
            case .newline: atStart = true
            case .indent, .dedent, .endOfFile: continue
            default:
                if atStart { start = token.line }
                atStart = false
            }
        }
        return start
    }
}

private extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let c = self[index(before: end)].unicodeScalars.first, c == " " || c == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
