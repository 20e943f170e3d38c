import BigInt

/// A recursive-descent parser following grammar/tern.peg, producing the syntax tree.
///
/// Nesting is bounded (`maximumDepth`) so that deeply nested source is a
/// SyntaxError or RecursionError, never a native stack overflow.
struct Parser {
    private var tokens: [Token]
    private var index = 0
    private var depth = 0
    static let maximumDepth = 200
    /// Lines of the source, for messages that quote code.
    private let sourceLines: [Substring]

    init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Parses a whole module.
    static func parseModule(_ source: String) throws(SyntaxErrorInfo) -> [Statement] {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(tokens: tokens, source: source)
        return try parser.parseFile()
    }

    /// Parses a module from tokens already made, for the interactive console: a failure also
    /// says whether the parser had reached the end of the input (more lines might complete it).
    /// Tokens from `inputEnd` on were made up by the console (closing brackets still open).
    static func parseInteractiveEntry(tokens: [Token], source: String, inputEnd: Int? = nil) -> Result<[Statement], InteractiveParseFailure> {
        var parser = Parser(tokens: tokens, source: source)
        do throws(SyntaxErrorInfo) {
            return .success(try parser.parseFile())
        } catch {
            let stop = min(parser.index, parser.tokens.count - 1)
            let rest = parser.tokens[stop...]
            // Past the last NEWLINE (a block's body or its except/else part was still to come);
            // failing at a NEWLINE means the line itself was wrong (`if x` without its colon).
            let atEnd = stop >= (inputEnd ?? Int.max)
                || rest.allSatisfy { $0.kind == .dedent || $0.kind == .endOfFile }
            return .failure(InteractiveParseFailure(error: error, atEndOfInput: atEnd))
        }
    }

    /// Parses a single expression (eval input, f-string fields).
    static func parseExpression(_ source: String, lineOffset: Int = 0, columnOffset: Int = 0) throws(SyntaxErrorInfo) -> Expression {
        var tokens = try Lexer.tokenize("(" + source + ")")
        tokens = tokens.map { token in
            Token(kind: token.kind, text: token.text, line: token.line + lineOffset,
                  column: token.column + (token.line == 1 ? columnOffset - 1 : 0),
                  endLine: token.endLine + lineOffset, endColumn: token.endColumn + (token.endLine == 1 ? columnOffset - 1 : 0),
                  stringPrefix: token.stringPrefix, rawBody: token.rawBody, bodyLine: token.bodyLine + lineOffset,
                  bodyColumn: token.bodyColumn + (token.bodyLine == 1 ? columnOffset - 1 : 0))
        }
        var parser = Parser(tokens: tokens, source: source)
        let expression = try parser.parseStarExpressions()
        while parser.current.kind == .newline { parser.index += 1 }
        if parser.current.kind != .endOfFile { throw parser.syntaxError("invalid syntax") }
        return expression
    }

    // MARK: Token helpers

    private var current: Token { tokens[index] }
    private func peekToken(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func at(_ symbol: String) -> Bool { current.isOperator(symbol) }
    private func atKeyword(_ word: String) -> Bool { current.isKeyword(word) }

    private mutating func accept(_ symbol: String) -> Bool {
        if at(symbol) { index += 1; return true }
        return false
    }

    private mutating func acceptKeyword(_ word: String) -> Bool {
        if atKeyword(word) { index += 1; return true }
        return false
    }

    private mutating func expect(_ symbol: String) throws(SyntaxErrorInfo) {
        if !accept(symbol) {
            if symbol == ":" { throw syntaxError("expected ':'") }
            throw syntaxError("invalid syntax")
        }
    }

    private mutating func expectName() throws(SyntaxErrorInfo) -> String {
        guard current.kind == .name else { throw syntaxError("invalid syntax") }
        return advance().text
    }

    func syntaxError(_ message: String, at token: Token? = nil) -> SyntaxErrorInfo {
        let token = token ?? current
        if token.kind == .endOfFile || (token.kind == .newline && message == "invalid syntax" && token.column == 0) {
            return SyntaxErrorInfo(message: message, line: token.line, column: token.column + 1, endColumn: token.column + 2)
        }
        let width = max(1, token.endLine == token.line ? token.endColumn - token.column : 1)
        return SyntaxErrorInfo(message: message, line: token.line, column: token.column + 1, endColumn: token.column + 1 + width)
    }

    func syntaxError(_ message: String, for expression: Expression) -> SyntaxErrorInfo {
        let l = expression.location
        let end = l.endLine == l.line ? l.endColumn + 1 : l.column + 2
        return SyntaxErrorInfo(message: message, line: l.line, column: l.column + 1, endColumn: end)
    }

    /// CPython's error for two expressions side by side inside brackets (`[1 2]`, `f(a b)`):
    /// "Perhaps you forgot a comma?", spanning both. Returns when the next tokens are not an expression.
    private func checkMissingComma(after first: Expression) throws(SyntaxErrorInfo) {
        // `print "x"`-style NAME STRING pairs get other messages.
        if case .name = first.kind, current.kind == .string { return }
        if current.kind == .name, Vocabulary.keywords.contains(current.text) { return }
        var probe = self
        guard let second = try? probe.parseExpression() else { return }
        let end = second.location.endLine == first.location.line ? second.location.endColumn + 1 : first.location.column + 2
        throw SyntaxErrorInfo(message: "invalid syntax. Perhaps you forgot a comma?", line: first.location.line,
                              column: first.location.column + 1, endColumn: end)
    }

    private func location(from start: Token) -> Location {
        let previous = tokens[max(index - 1, 0)]
        return Location(line: start.line, column: start.column, endLine: previous.endLine, endColumn: previous.endColumn)
    }

    private func location(from start: Location) -> Location {
        let previous = tokens[max(index - 1, 0)]
        return Location(line: start.line, column: start.column, endLine: previous.endLine, endColumn: previous.endColumn)
    }

    private mutating func enter() throws(SyntaxErrorInfo) {
        depth += 1
        if depth > Parser.maximumDepth {
            var error = syntaxError("maximum recursion depth exceeded during compilation")
            error.isRecursionError = true
            throw error
        }
    }

    private mutating func leave() { depth -= 1 }

    // MARK: Statements

    private mutating func parseFile() throws(SyntaxErrorInfo) -> [Statement] {
        var statements: [Statement] = []
        while current.kind != .endOfFile {
            if current.kind == .newline { index += 1; continue }
            if current.kind == .indent { throw indentationError("unexpected indent") }
            statements += try parseStatement()
        }
        return statements
    }

    private func indentationError(_ message: String, at token: Token? = nil) -> SyntaxErrorInfo {
        var error = syntaxError(message, at: token)
        error.kind = "IndentationError"
        return error
    }

    private mutating func parseStatement() throws(SyntaxErrorInfo) -> [Statement] {
        let token = current
        if token.kind == .keyword {
            switch token.text {
            case "def": return [try parseFunction(decorators: [], start: token)]
            case "class": return [try parseClass(decorators: [], start: token)]
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "with": return [try parseWith()]
            case "async": throw syntaxError("async is not supported by Tern")
            default: break
            }
        }
        if token.isOperator("@") { return [try parseDecorated()] }
        return try parseSimpleStatements()
    }

    private mutating func parseSimpleStatements() throws(SyntaxErrorInfo) -> [Statement] {
        var statements: [Statement] = []
        statements.append(try parseSimpleStatement())
        while accept(";") {
            if current.kind == .newline { break }
            statements.append(try parseSimpleStatement())
        }
        if current.kind != .newline {
            if current.kind == .endOfFile { return statements }
            throw syntaxError("invalid syntax")
        }
        index += 1
        return statements
    }

    private mutating func parseBlock(after header: Token, kind: String) throws(SyntaxErrorInfo) -> [Statement] {
        if !accept(":") {
            // CPython insists on the ':' of these headers; for the others it only says so at the end of the line.
            let forced = ["function definition", "'try' statement", "'else' statement", "'finally' statement"].contains(kind)
            throw syntaxError(forced || current.kind == .newline ? "expected ':'" : "invalid syntax")
        }
        if current.kind != .newline {
            // Simple statements on the same line.
            return try parseSimpleStatements()
        }
        index += 1
        guard current.kind == .indent else {
            throw indentationError("expected an indented block after \(kind) on line \(header.line)")
        }
        index += 1
        var body: [Statement] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            if current.kind == .newline { index += 1; continue }
            if current.kind == .indent { throw indentationError("unexpected indent") }
            body += try parseStatement()
        }
        if current.kind == .dedent { index += 1 }
        return body
    }

    private mutating func parseSimpleStatement() throws(SyntaxErrorInfo) -> Statement {
        let start = current
        if start.kind == .keyword {
            switch start.text {
            case "pass": index += 1; return Statement(.pass, location(from: start))
            case "break": index += 1; return Statement(.breakLoop, location(from: start))
            case "continue": index += 1; return Statement(.continueLoop, location(from: start))
            case "return":
                index += 1
                var value: Expression? = nil
                if !atStatementEnd { value = try parseStarExpressions() }
                return Statement(.returnValue(value), location(from: start))
            case "raise":
                index += 1
                var exception: Expression? = nil
                var cause: Expression? = nil
                if !atStatementEnd {
                    exception = try parseExpression()
                    if acceptKeyword("from") { cause = try parseExpression() }
                }
                return Statement(.raise(exception, cause: cause), location(from: start))
            case "global", "nonlocal":
                index += 1
                var names = [try expectName()]
                while accept(",") { names.append(try expectName()) }
                return Statement(start.text == "global" ? .global(names) : .nonlocal(names), location(from: start))
            case "del":
                index += 1
                var targets: [Expression] = []
                repeat {
                    if atStatementEnd { break }
                    if at("*") {
                        let star = advance()
                        let inner = try parseBitwiseOr()
                        throw syntaxError("cannot delete starred", for: Expression(.starred(inner), location(from: star)))
                    }
                    let target = try parseBitwiseOr()
                    try validateDeleteTarget(target)
                    targets.append(target)
                } while accept(",")
                if targets.isEmpty { throw syntaxError("invalid syntax") }
                return Statement(.delete(targets), location(from: start))
            case "assert":
                index += 1
                let test = try parseExpression()
                var message: Expression? = nil
                if accept(",") { message = try parseExpression() }
                return Statement(.assert(test, message: message), location(from: start))
            case "import": return try parseImport()
            case "from": return try parseFromImport()
            default: break
            }
        }
        // Expression statement or assignment.
        let first = try parseStarExpressionsOrYield()
        if at(":=") { throw unparenthesizedAssignmentExpression(first) }
        if case .name(let word) = first.kind, word == "print" || word == "exec", !first.parenthesized,
           current.kind == .string || current.kind == .name || current.kind == .integer || current.kind == .float {
            // The error spans the statement's would-be arguments, as CPython's legacy-statement rule.
            var probe = self
            let arguments = try? probe.parseStarExpressions()
            let end = arguments.map { $0.location.endLine == start.line ? $0.location.endColumn + 1 : start.column + 2 } ?? start.column + 2
            throw SyntaxErrorInfo(message: "Missing parentheses in call to '\(word)'. Did you mean \(word)(...)?",
                                  line: start.line, column: start.column + 1, endColumn: end)
        }
        if at("=") {
            var targets = [first]
            var value = first
            while accept("=") {
                value = try parseStarExpressionsOrYield()
                targets.append(value)
            }
            targets.removeLast()
            try validateAssignment(targets, value: value)
            return Statement(.assign(targets: targets, value: value), location(from: start))
        }
        if current.kind == .op, let op = augmentedOperators[current.text] {
            index += 1
            switch first.kind {
            case .name, .attribute, .subscription: break
            default:
                throw syntaxError("'\(describe(first))' is an illegal expression for augmented assignment", for: first)
            }
            let value = try parseStarExpressionsOrYield()
            return Statement(.augmentedAssign(target: first, op, value: value), location(from: start))
        }
        if at(":") {
            index += 1
            let annotation = try parseExpression()
            var value: Expression? = nil
            if accept("=") { value = try parseStarExpressionsOrYield() }
            var simple = false
            if case .name = first.kind, !first.parenthesized { simple = true }
            switch first.kind {
            case .name, .attribute, .subscription: break
            case .tuple: throw syntaxError("only single target (not tuple) can be annotated", for: first)
            case .list: throw syntaxError("only single target (not list) can be annotated", for: first)
            default: throw syntaxError("illegal target for annotation", for: first)
            }
            return Statement(.annotatedAssign(target: first, annotation: annotation, value: value, simple: simple), location(from: start))
        }
        if case .starred = first.kind {
            throw syntaxError("can't use starred expression here", for: first)
        }
        return Statement(.expression(first), location(from: start))
    }

    private let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .trueDivide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "@=": .matrixMultiply, "<<=": .leftShift, ">>=": .rightShift, "&=": .bitAnd, "|=": .bitOr,
        "^=": .bitXor,
    ]

    private var atStatementEnd: Bool {
        current.kind == .newline || current.kind == .endOfFile || at(";")
    }

    private func describe(_ expression: Expression) -> String {
        switch expression.kind {
        case .call: return "function call"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .named: return "named expression"
        case .formatted: return "f-string expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .tuple: return "tuple"
        case .list: return "list"
        case .starred: return "starred"
        case .attribute: return "attribute"
        case .subscription: return "subscript"
        case .name: return "name"
        case .slice: return "slice"
        }
    }

    private func validateAssignTarget(_ target: Expression) throws(SyntaxErrorInfo) {
        switch target.kind {
        case .name, .attribute, .subscription: return
        case .tuple(let items), .list(let items):
            for item in items { try validateAssignTarget(item) }
        case .starred(let inner):
            try validateAssignTarget(inner)
        case .yield, .yieldFrom:
            throw syntaxError("assignment to yield expression not possible", for: target)
        default:
            throw syntaxError("cannot assign to \(describe(target))", for: target)
        }
    }

    /// "*a = b": a starred target needs a list or tuple around it.
    private func rejectLoneStarred(_ target: Expression) throws(SyntaxErrorInfo) {
        if case .starred = target.kind, !target.parenthesized {
            throw syntaxError("starred assignment target must be in a list or tuple", for: target)
        }
    }

    /// Checks the targets of `t1 = t2 = ... = value`.
    private func validateAssignment(_ targets: [Expression], value: Expression) throws(SyntaxErrorInfo) {
        do throws(SyntaxErrorInfo) {
            for target in targets { try validateAssignTarget(target) }
        } catch {
            throw assignmentHint(targets, value: value) ?? error
        }
        for target in targets { try rejectLoneStarred(target) }
    }

    /// CPython reports some invalid assignments through its named-expression rules first: they look at the
    /// last element of the first target and the operand after its '=' (when no further '=' follows it).
    private func assignmentHint(_ targets: [Expression], value: Expression) -> SyntaxErrorInfo? {
        let first = targets[0]
        var element = first
        if case .tuple(let items) = first.kind, !first.parenthesized, let last = items.last { element = last }
        guard let (operand, isWhole) = leadingOperand(targets.count > 1 ? targets[1] : value) else { return nil }
        if isWhole && targets.count > 1 { return nil }
        if case .name = element.kind {
            let l = element.location
            return SyntaxErrorInfo(message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: l.line,
                                   column: l.column + 1, endColumn: operand.location.endColumn + 1)
        }
        guard isOperandLevel(element) else { return nil }
        return syntaxError("cannot assign to \(describe(element)) here. Maybe you meant '==' instead of '='?", for: element)
    }

    /// The `bitwise_or` an expression starts with, and whether it is the whole expression.
    private func leadingOperand(_ expression: Expression) -> (Expression, Bool)? {
        if expression.parenthesized { return (expression, true) }
        switch expression.kind {
        case .tuple(let items): return items.first.flatMap { leadingOperand($0) }.map { ($0.0, false) }
        case .compare(let left, _): return leadingOperand(left).map { ($0.0, false) }
        case .boolean(_, let values): return values.first.flatMap { leadingOperand($0) }.map { ($0.0, false) }
        case .conditional(_, let body, _): return leadingOperand(body).map { ($0.0, false) }
        case .unary(.not, _), .lambda, .starred, .yield, .yieldFrom, .named: return nil
        default: return (expression, true)
        }
    }

    /// Whether an expression is a `bitwise_or` other than a display, a generator, True, False or None.
    private func isOperandLevel(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .tuple, .list, .generator: return false
        case .constant(let c): return keywordConstantName(c) == nil
        case .compare, .boolean, .conditional, .lambda, .starred, .yield, .yieldFrom: return expression.parenthesized
        case .named: return expression.parenthesized
        case .unary(.not, _): return expression.parenthesized
        default: return true
        }
    }

    private func keywordConstantName(_ constant: Constant) -> String? {
        switch constant {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        default: return nil
        }
    }

    /// A ':=' after the first expression of a statement: CPython names the target when it cannot be one.
    private func unparenthesizedAssignmentExpression(_ expression: Expression) -> SyntaxErrorInfo {
        var element = expression
        if case .tuple(let items) = expression.kind, !expression.parenthesized, let last = items.last { element = last }
        if case .name = element.kind, !element.parenthesized { return syntaxError("invalid syntax") }
        return syntaxError("cannot use assignment expressions with \(describe(element))", for: element)
    }

    private func validateDeleteTarget(_ target: Expression) throws(SyntaxErrorInfo) {
        switch target.kind {
        case .name, .attribute, .subscription: return
        case .tuple(let items), .list(let items):
            for item in items { try validateDeleteTarget(item) }
        default:
            throw syntaxError("cannot delete \(describe(target))", for: target)
        }
    }

    private mutating func parseDottedName() throws(SyntaxErrorInfo) -> String {
        var name = try expectName()
        while accept(".") { name += "." + (try expectName()) }
        return name
    }

    private mutating func parseImport() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        var aliases: [ImportAlias] = []
        repeat {
            let nameStart = current
            let name = try parseDottedName()
            var asName: String? = nil
            if acceptKeyword("as") { asName = try expectName() }
            aliases.append(ImportAlias(name: name, asName: asName, location: location(from: nameStart)))
        } while accept(",")
        return Statement(.importModules(aliases), location(from: start))
    }

    private mutating func parseFromImport() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        var level = 0
        while at(".") || at("...") {
            level += at("...") ? 3 : 1
            index += 1
        }
        var module: String? = nil
        if current.kind == .name { module = try parseDottedName() }
        if module == nil && level == 0 { throw syntaxError("invalid syntax") }
        guard acceptKeyword("import") else { throw syntaxError("invalid syntax") }
        var aliases: [ImportAlias] = []
        if at("*") {
            let star = advance()
            aliases.append(ImportAlias(name: "*", asName: nil, location: location(from: star)))
        } else {
            let parenthesized = accept("(")
            repeat {
                if parenthesized && at(")") { break }
                if !parenthesized && !aliases.isEmpty && atStatementEnd {
                    throw SyntaxErrorInfo(message: "trailing comma not allowed without surrounding parentheses", line: current.line,
                                          column: current.column + 1, endColumn: current.column + 1)
                }
                let nameStart = current
                let name = try expectName()
                var asName: String? = nil
                if acceptKeyword("as") { asName = try expectName() }
                aliases.append(ImportAlias(name: name, asName: asName, location: location(from: nameStart)))
            } while accept(",")
            if aliases.isEmpty { throw syntaxError("invalid syntax") }
            if parenthesized { try expect(")") }
            if !parenthesized, case .op = current.kind, current.text == "," {
                throw syntaxError("trailing comma not allowed without surrounding parentheses")
            }
        }
        return Statement(.importFrom(module: module, names: aliases, level: level), location(from: start))
    }

    private mutating func parseDecorated() throws(SyntaxErrorInfo) -> Statement {
        var decorators: [Expression] = []
        let start = current
        while accept("@") {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw syntaxError("invalid syntax") }
            index += 1
        }
        if atKeyword("def") { return try parseFunction(decorators: decorators, start: start) }
        if atKeyword("class") { return try parseClass(decorators: decorators, start: start) }
        throw syntaxError("invalid syntax")
    }

    private mutating func parseFunction(decorators: [Expression], start: Token) throws(SyntaxErrorInfo) -> Statement {
        let defToken = advance()
        let name = try expectName()
        try expect("(")
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        try expect(")")
        var returns: Expression? = nil
        if accept("->") { returns = try parseExpression() }
        let body = try parseBlock(after: defToken, kind: "function definition")
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body, decorators: decorators,
                                            returns: returns, location: location(from: defToken))
        return Statement(.functionDefinition(definition), location(from: start))
    }

    private mutating func parseParameters(closing: String, allowAnnotations: Bool) throws(SyntaxErrorInfo) -> Parameters {
        let parameters = Parameters()
        var seenDefault = false
        var seenStar = false
        while !at(closing) {
            let token = current
            if accept("**") {
                let nameToken = current
                let name = try expectName()
                var annotation: Expression? = nil
                if allowAnnotations && accept(":") { annotation = try parseExpression() }
                parameters.varKeywords = .init(name: name, annotation: annotation, location: location(from: nameToken))
                if at("=") { throw syntaxError("var-keyword argument cannot have default value") }
                _ = accept(",")
                if !at(closing) { throw syntaxError("arguments cannot follow var-keyword argument") }
                break
            }
            if accept("*") {
                if seenStar { throw syntaxError("* argument may appear only once", at: token) }
                seenStar = true
                if at(",") || at(closing) {
                    if at(closing) || peekToken().isOperator(closing) || peekToken().isOperator("**") {
                        throw syntaxError("named arguments must follow bare *", at: token)
                    }
                } else {
                    let nameToken = current
                    let name = try expectName()
                    var annotation: Expression? = nil
                    if allowAnnotations && accept(":") { annotation = try parseExpression() }
                    parameters.varArgs = .init(name: name, annotation: annotation, location: location(from: nameToken))
                }
                if !accept(",") { break }
                continue
            }
            if accept("/") {
                if seenStar || !parameters.positionalOnly.isEmpty {
                    throw syntaxError("/ may appear only once", at: token)
                }
                if parameters.positional.isEmpty { throw syntaxError("at least one argument must precede /", at: token) }
                parameters.positionalOnly = parameters.positional
                parameters.positional = []
                if !accept(",") { break }
                continue
            }
            let name = try expectName()
            var annotation: Expression? = nil
            if allowAnnotations && accept(":") { annotation = try parseExpression() }
            let parameter = Parameters.Parameter(name: name, annotation: annotation, location: location(from: token))
            var defaultValue: Expression? = nil
            if accept("=") { defaultValue = try parseExpression() }
            if seenStar {
                parameters.keywordOnly.append(parameter)
                parameters.keywordDefaults.append(defaultValue)
            } else {
                parameters.positional.append(parameter)
                if let defaultValue {
                    parameters.defaults.append(defaultValue)
                    seenDefault = true
                } else if seenDefault {
                    throw syntaxError("non-default argument follows default argument", at: token)
                }
            }
            if !accept(",") { break }
        }
        return parameters
    }

    private mutating func parseClass(decorators: [Expression], start: Token) throws(SyntaxErrorInfo) -> Statement {
        let classToken = advance()
        let name = try expectName()
        var bases: [Expression] = []
        var keywords: [Keyword] = []
        if accept("(") {
            (bases, keywords) = try parseCallArguments(allowGenerator: false)
            try expect(")")
        }
        let body = try parseBlock(after: classToken, kind: "class definition")
        let definition = ClassDefinition(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators,
                                         location: location(from: classToken))
        return Statement(.classDefinition(definition), location(from: start))
    }

    private mutating func parseIf() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        let test = try parseNamedExpression()
        try rejectAssignmentInCondition(test)
        let body = try parseBlock(after: start, kind: "'\(start.text)' statement")
        var orElse: [Statement] = []
        if atKeyword("elif") {
            orElse = [try parseIf()]
        } else if atKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: elseToken, kind: "'else' statement")
        }
        return Statement(.ifStatement(test: test, body: body, orElse: orElse), location(from: start))
    }

    /// `if x = 1:` gets CPython's hint rather than a bare "expected ':'".
    private func rejectAssignmentInCondition(_ test: Expression) throws(SyntaxErrorInfo) {
        if at("=") {
            let l = test.location
            throw SyntaxErrorInfo(message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: l.line,
                                  column: l.column + 1, endColumn: peekToken().endColumn + 1)
        }
    }

    private mutating func parseWhile() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        let test = try parseNamedExpression()
        try rejectAssignmentInCondition(test)
        let body = try parseBlock(after: start, kind: "'while' statement")
        var orElse: [Statement] = []
        if atKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: elseToken, kind: "'else' statement")
        }
        return Statement(.whileLoop(test: test, body: body, orElse: orElse), location(from: start))
    }

    private mutating func parseFor() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        let target = try parseTargetList()
        guard acceptKeyword("in") else { throw syntaxError("invalid syntax") }
        let iterable = try parseStarExpressions()
        let body = try parseBlock(after: start, kind: "'for' statement")
        var orElse: [Statement] = []
        if atKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: elseToken, kind: "'else' statement")
        }
        return Statement(.forLoop(target: target, iterable: iterable, body: body, orElse: orElse), location(from: start))
    }

    /// Targets of `for` and comprehensions: stops before `in`.
    private mutating func parseTargetList() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var items: [Expression] = []
        var trailingComma = false
        repeat {
            if atKeyword("in") { break }
            if at("*") {
                let star = advance()
                let inner = try parseBitwiseOr()
                items.append(Expression(.starred(inner), location(from: star)))
            } else {
                items.append(try parseBitwiseOr())
            }
            trailingComma = at(",")
        } while accept(",")
        if items.isEmpty { throw syntaxError("invalid syntax") }
        for item in items { try validateAssignTarget(item) }
        if items.count == 1 && !trailingComma {
            try rejectLoneStarred(items[0])
            return items[0]
        }
        return Expression(.tuple(items), location(from: start))
    }

    private mutating func parseTry() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        let body = try parseBlock(after: start, kind: "'try' statement")
        var handlers: [ExceptHandler] = []
        var orElse: [Statement] = []
        var finally: [Statement] = []
        while atKeyword("except") {
            let exceptToken = advance()
            if at("*") { throw syntaxError("exception groups are not supported by Tern") }
            var type: Expression? = nil
            var name: String? = nil
            if !at(":") {
                type = try parseExpression()
                if at(",") {
                    throw syntaxError("multiple exception types must be parenthesized", for: type!)
                }
                if acceptKeyword("as") { name = try expectName() }
            }
            let handlerBody = try parseBlock(after: exceptToken, kind: "'except' statement")
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: location(from: exceptToken)))
        }
        for (i, handler) in handlers.enumerated() where handler.type == nil && i != handlers.count - 1 {
            throw SyntaxErrorInfo(message: "default 'except:' must be last", line: handler.location.line,
                                  column: handler.location.column + 1, endColumn: handler.location.column + 2)
        }
        if handlers.isEmpty && !atKeyword("finally") {
            // At the end of the file CPython points just past the block's last line.
            var token = current
            if token.kind == .endOfFile || token.kind == .dedent,
               let newline = tokens[..<index].last(where: { $0.kind == .newline }) { token = newline }
            throw SyntaxErrorInfo(message: "expected 'except' or 'finally' block", line: token.line, column: token.column + 1,
                                  endColumn: token.kind == .newline ? token.column : token.endColumn + 1)
        }
        if atKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: elseToken, kind: "'else' statement")
        }
        if atKeyword("finally") {
            let finallyToken = advance()
            finally = try parseBlock(after: finallyToken, kind: "'finally' statement")
        }
        return Statement(.tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally), location(from: start))
    }

    private mutating func parseWith() throws(SyntaxErrorInfo) -> Statement {
        let start = advance()
        var items: [WithItem] = []
        // Parenthesised form: with (a as b, c as d):
        var parenthesized = false
        if at("(") {
            // Look ahead: is it a parenthesised with-item list (contains 'as' or trailing ',' at depth 1 before ':')?
            var scan = index + 1
            var level = 1
            var looksLikeItems = false
            while scan < tokens.count && level > 0 {
                let t = tokens[scan]
                if t.isOperator("(") || t.isOperator("[") || t.isOperator("{") { level += 1 }
                if t.isOperator(")") || t.isOperator("]") || t.isOperator("}") { level -= 1 }
                if level == 1 && (t.isKeyword("as") || t.isOperator(",")) { looksLikeItems = true }
                scan += 1
            }
            if looksLikeItems && scan < tokens.count && tokens[scan].isOperator(":") {
                parenthesized = true
                index += 1
            }
        }
        repeat {
            if parenthesized && at(")") { break }
            let context = try parseExpression()
            var target: Expression? = nil
            if acceptKeyword("as") {
                target = try parseTarget()
            }
            items.append(WithItem(context: context, target: target))
        } while accept(",")
        if parenthesized { try expect(")") }
        let body = try parseBlock(after: start, kind: "'with' statement")
        return Statement(.with(items, body: body), location(from: start))
    }

    private mutating func parseTarget() throws(SyntaxErrorInfo) -> Expression {
        if at("*") {
            let star = advance()
            let inner = try parseBitwiseOr()
            try rejectLoneStarred(Expression(.starred(inner), location(from: star)))
        }
        let target = try parseBitwiseOr()
        try validateAssignTarget(target)
        return target
    }

    // MARK: Expressions

    /// star_expressions: a tuple when a comma follows.
    mutating func parseStarExpressions() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        let first = try parseStarExpression()
        if !at(",") { return first }
        var items = [first]
        while accept(",") {
            if atExpressionEnd { break }
            items.append(try parseStarExpression())
        }
        return Expression(.tuple(items), location(from: start))
    }

    private mutating func parseStarExpressionsOrYield() throws(SyntaxErrorInfo) -> Expression {
        if atKeyword("yield") { return try parseYield() }
        return try parseStarExpressions()
    }

    private var atExpressionEnd: Bool {
        if current.kind == .newline || current.kind == .endOfFile { return true }
        if current.kind == .op {
            return [")", "]", "}", "=", ":", ";"].contains(current.text) || augmentedOperators[current.text] != nil
        }
        if current.kind == .keyword { return ["in", "for", "else", "from"].contains(current.text) }
        return false
    }

    private mutating func parseStarExpression() throws(SyntaxErrorInfo) -> Expression {
        if at("*") {
            let star = advance()
            let inner = try parseBitwiseOr()
            return Expression(.starred(inner), location(from: star))
        }
        // star_expression takes no unparenthesised ':=' ("x := 1", "return x := 1" are invalid syntax).
        return try parseExpression()
    }

    private mutating func parseYield() throws(SyntaxErrorInfo) -> Expression {
        let start = advance()
        if acceptKeyword("from") {
            let value = try parseExpression()
            return Expression(.yieldFrom(value), location(from: start))
        }
        if atExpressionEnd && !atKeyword("for") { return Expression(.yield(nil), location(from: start)) }
        let value = try parseStarExpressions()
        return Expression(.yield(value), location(from: start))
    }

    mutating func parseNamedExpression() throws(SyntaxErrorInfo) -> Expression {
        if current.kind == .name && peekToken().isOperator(":=") {
            let start = current
            let name = advance().text
            index += 1
            let value = try parseExpression()
            return Expression(.named(target: name, value: value), location(from: start))
        }
        let expression = try parseExpression()
        if at(":=") {
            throw syntaxError("cannot use assignment expressions with \(describe(expression))", for: expression)
        }
        return expression
    }

    mutating func parseExpression() throws(SyntaxErrorInfo) -> Expression {
        try enter()
        defer { leave() }
        if atKeyword("lambda") { return try parseLambda() }
        let start = current
        let body = try parseDisjunction()
        if atKeyword("if") {
            index += 1
            let test = try parseDisjunction()
            guard acceptKeyword("else") else { throw syntaxError("expected 'else' after 'if' expression", for: Expression(.tuple([body, test]), location(from: start))) }
            let orElse = try parseExpression()
            return Expression(.conditional(test: test, body: body, orElse: orElse), location(from: start))
        }
        return body
    }

    private mutating func parseLambda() throws(SyntaxErrorInfo) -> Expression {
        let start = advance()
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        if !accept(":") { throw syntaxError("invalid syntax") }
        let body = try parseExpression()
        return Expression(.lambda(parameters, body), location(from: start))
    }

    private mutating func parseDisjunction() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        let first = try parseConjunction()
        if !atKeyword("or") { return first }
        var values = [first]
        while acceptKeyword("or") { values.append(try parseConjunction()) }
        return Expression(.boolean(isAnd: false, values), location(from: start))
    }

    private mutating func parseConjunction() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        let first = try parseInversion()
        if !atKeyword("and") { return first }
        var values = [first]
        while acceptKeyword("and") { values.append(try parseInversion()) }
        return Expression(.boolean(isAnd: true, values), location(from: start))
    }

    private mutating func parseInversion() throws(SyntaxErrorInfo) -> Expression {
        if atKeyword("not") {
            try enter()
            defer { leave() }
            let start = advance()
            let operand = try parseInversion()
            return Expression(.unary(.not, operand), location(from: start))
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        let first = try parseBitwiseOr()
        var comparisons: [(CompareOperator, Expression)] = []
        while true {
            var op: CompareOperator? = nil
            if current.kind == .op {
                switch current.text {
                case "<": op = .less
                case "<=": op = .lessEqual
                case "==": op = .equal
                case "!=": op = .notEqual
                case ">": op = .greater
                case ">=": op = .greaterEqual
                default: break
                }
                if op != nil { index += 1 }
            } else if atKeyword("in") {
                index += 1
                op = .contained
            } else if atKeyword("not") && peekToken().isKeyword("in") {
                index += 2
                op = .notContained
            } else if atKeyword("is") {
                index += 1
                op = acceptKeyword("not") ? .isNot : .isSame
            }
            guard let found = op else { break }
            comparisons.append((found, try parseBitwiseOr()))
        }
        if comparisons.isEmpty { return first }
        return Expression(.compare(first, comparisons), location(from: start))
    }

    private mutating func parseBinaryLevel(_ operators: [String: BinaryOperator],
                                           next: (inout Parser) throws(SyntaxErrorInfo) -> Expression) throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var left = try next(&self)
        while current.kind == .op, let op = operators[current.text] {
            index += 1
            let right = try next(&self)
            left = Expression(.binary(op, left, right), location(from: start))
        }
        return left
    }

    mutating func parseBitwiseOr() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["|": .bitOr]) { (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseBitwiseXor() }
    }

    private mutating func parseBitwiseXor() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["^": .bitXor]) { (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseBitwiseAnd() }
    }

    private mutating func parseBitwiseAnd() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["&": .bitAnd]) { (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseShift() }
    }

    private mutating func parseShift() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["<<": .leftShift, ">>": .rightShift]) { (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseSum() }
    }

    private mutating func parseSum() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["+": .add, "-": .subtract]) { (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseTerm() }
    }

    private mutating func parseTerm() throws(SyntaxErrorInfo) -> Expression {
        try parseBinaryLevel(["*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply]) {
            (p: inout Parser) throws(SyntaxErrorInfo) in try p.parseFactor()
        }
    }

    private mutating func parseFactor() throws(SyntaxErrorInfo) -> Expression {
        if current.kind == .op, let op: UnaryOperator = ["-": .negative, "+": .positive, "~": .invert][current.text] {
            try enter()
            defer { leave() }
            let start = advance()
            let operand = try parseFactor()
            // Fold negative literals so that -9223372036854775808 stays a machine int.
            if op == .negative, case .constant(let c) = operand.kind, !operand.parenthesized {
                switch c {
                case .int(let v) where v != Int.min: return Expression(.constant(.int(-v)), location(from: start))
                case .bigInt(let v):
                    let negated = -v
                    if let small = Int(exactly: negated) { return Expression(.constant(.int(small)), location(from: start)) }
                    return Expression(.constant(.bigInt(negated)), location(from: start))
                case .float(let v): return Expression(.constant(.float(-v)), location(from: start))
                default: break
                }
            }
            return Expression(.unary(op, operand), location(from: start))
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        let base = try parsePrimary()
        if accept("**") {
            let exponent = try parseFactor()
            return Expression(.binary(.power, base, exponent), location(from: start))
        }
        return base
    }

    private mutating func parsePrimary() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var expression = try parseAtom()
        while true {
            if accept(".") {
                let name = try expectName()
                expression = Expression(.attribute(expression, name), location(from: start))
            } else if at("(") {
                try enter()
                index += 1
                let (arguments, keywords) = try parseCallArguments()
                try expect(")")
                leave()
                expression = Expression(.call(expression, arguments: arguments, keywords: keywords), location(from: start))
            } else if at("[") {
                try enter()
                index += 1
                let subscriptExpression = try parseSubscript()
                try expect("]")
                leave()
                expression = Expression(.subscription(expression, subscriptExpression), location(from: start))
            } else {
                return expression
            }
        }
    }

    private mutating func parseSubscript() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var items: [Expression] = []
        var trailingComma = false
        repeat {
            if at("]") { break }
            items.append(try parseSliceItem())
            trailingComma = at(",")
        } while accept(",")
        if items.isEmpty { throw syntaxError("invalid syntax") }
        if items.count == 1 && !trailingComma { return items[0] }
        return Expression(.tuple(items), location(from: start))
    }

    private mutating func parseSliceItem() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var lower: Expression? = nil
        if !at(":") {
            if at("*") { return try parseStarExpression() }
            lower = try parseNamedExpression()
            if !at(":") { return lower! }
        }
        index += 1
        var upper: Expression? = nil
        var step: Expression? = nil
        if !at(":") && !at("]") && !at(",") { upper = try parseExpression() }
        if accept(":") {
            if !at("]") && !at(",") { step = try parseExpression() }
        }
        return Expression(.slice(lower, upper, step), location(from: start))
    }

    /// Arguments of a call or class bases: positional (incl. *x) then keywords (incl. **x).
    private mutating func parseCallArguments(allowGenerator: Bool = true) throws(SyntaxErrorInfo) -> ([Expression], [Keyword]) {
        var arguments: [Expression] = []
        var keywords: [Keyword] = []
        while !at(")") {
            let start = current
            if accept("**") {
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, location: location(from: start)))
            } else if at("*") {
                let star = advance()
                let value = try parseExpression()
                let starred = Expression(.starred(value), location(from: star))
                if atKeyword("for") { try rejectStarredElement(starred) }
                if keywords.contains(where: { $0.name == nil }) {
                    throw syntaxError("iterable argument unpacking follows keyword argument unpacking", at: star)
                }
                arguments.append(starred)
            } else if current.kind == .name && peekToken().isOperator("=") {
                let name = advance().text
                let equals = advance()
                let value = try parseExpression()
                if atKeyword("for") {
                    throw SyntaxErrorInfo(message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: start.line,
                                          column: start.column + 1, endColumn: equals.endColumn + 1)
                }
                keywords.append(Keyword(name: name, value: value, location: location(from: start)))
            } else {
                // Only a plain name may take ':=' here; "f(a.b := 1)" is invalid syntax.
                let value = current.kind == .name && peekToken().isOperator(":=") ? try parseNamedExpression() : try parseExpression()
                if at(":=") { throw syntaxError("invalid syntax") }
                if at("=") {
                    if case .constant(let c) = value.kind, !value.parenthesized, let word = keywordConstantName(c) {
                        throw SyntaxErrorInfo(message: "cannot assign to \(word)", line: start.line, column: start.column + 1,
                                              endColumn: current.endColumn + 1)
                    }
                    throw syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", for: value)
                }
                if atKeyword("for") {
                    // Class bases may not be a bare generator expression.
                    if !allowGenerator { throw syntaxError("invalid syntax") }
                    let generators = try parseComprehensionClauses()
                    let generator = Expression(.generator(value, generators), location(from: start))
                    // A bare generator expression must be the only argument.
                    if !arguments.isEmpty || !keywords.isEmpty || at(",") {
                        throw syntaxError("Generator expression must be parenthesized", for: generator)
                    }
                    arguments.append(generator)
                    continue
                }
                if !keywords.isEmpty {
                    if keywords.contains(where: { $0.name == nil }) {
                        throw syntaxError("positional argument follows keyword argument unpacking", for: value)
                    }
                    throw syntaxError("positional argument follows keyword argument", for: value)
                }
                arguments.append(value)
            }
            if !accept(",") {
                if !at(")"), let last = keywords.last?.value ?? arguments.last { try checkMissingComma(after: last) }
                break
            }
        }
        return (arguments, keywords)
    }

    private mutating func parseComprehensionClauses() throws(SyntaxErrorInfo) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while atKeyword("for") {
            index += 1
            let target = try parseTargetList()
            guard acceptKeyword("in") else { throw syntaxError("invalid syntax") }
            let iterable = try parseDisjunction()
            var conditions: [Expression] = []
            while atKeyword("if") {
                index += 1
                conditions.append(try parseDisjunction())
            }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        if atKeyword("async") { throw syntaxError("async comprehensions are not supported by Tern") }
        return clauses
    }

    private mutating func parseAtom() throws(SyntaxErrorInfo) -> Expression {
        let token = current
        switch token.kind {
        case .name:
            index += 1
            return Expression(.name(token.text), location(from: token))
        case .integer:
            index += 1
            return Expression(.constant(try parseInteger(token)), location(from: token))
        case .float:
            index += 1
            let text = token.text.replacingUnderscores()
            return Expression(.constant(.float(Double(text) ?? .infinity)), location(from: token))
        case .imaginary:
            throw syntaxError("complex numbers are not supported by Tern")
        case .string:
            return try parseStrings()
        case .keyword:
            switch token.text {
            case "None": index += 1; return Expression(.constant(.none), location(from: token))
            case "True": index += 1; return Expression(.constant(.bool(true)), location(from: token))
            case "False": index += 1; return Expression(.constant(.bool(false)), location(from: token))
            case "yield": throw syntaxError("invalid syntax")
            default: break
            }
        case .op:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": index += 1; return Expression(.constant(.ellipsis), location(from: token))
            default: break
            }
        case .indent:
            throw indentationError("unexpected indent")
        default: break
        }
        throw syntaxError("invalid syntax")
    }

    private func parseInteger(_ token: Token) throws(SyntaxErrorInfo) -> Constant {
        let text = token.text.replacingUnderscores()
        var radix = 10
        var digits = Substring(text)
        if text.count > 1 && text.first == "0" {
            switch text.dropFirst().first {
            case "x", "X": radix = 16; digits = text.dropFirst(2)
            case "o", "O": radix = 8; digits = text.dropFirst(2)
            case "b", "B": radix = 2; digits = text.dropFirst(2)
            default: break
            }
        }
        if let value = Int(digits, radix: radix) { return .int(value) }
        if digits.count > 4300 && radix == 10 {
            throw SyntaxErrorInfo(message: "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                  line: token.line, column: token.column + 1, endColumn: token.endColumn + 1)
        }
        guard let big = BigInt(digits, radix: radix) else { throw syntaxError("invalid syntax", at: token) }
        return .bigInt(big)
    }

    /// Adjacent string literals concatenate; any f-string makes the whole a formatted string.
    private mutating func parseStrings() throws(SyntaxErrorInfo) -> Expression {
        let start = current
        var parts: [FormattedPart] = []
        var isFormatted = false
        var scanError: SyntaxErrorInfo? = nil
        while current.kind == .string {
            let token = advance()
            if token.stringPrefix.contains("b") {
                throw syntaxError("bytes literals are not supported by Tern", at: token)
            }
            if token.stringPrefix.contains("f") {
                isFormatted = true
                do {
                    parts += try FormattedStringParser.parse(token)
                } catch {
                    guard error.isFormattedStringScanError else { throw error }
                    if scanError == nil { scanError = error }
                }
            } else {
                parts.append(.literal(token.text))
            }
        }
        if var error = scanError {
            // CPython 3.11 finds these while parsing the whole string, so it reports them at the next token.
            error.line = current.line
            error.column = current.column + 1
            error.endColumn = current.kind == .newline ? current.column + 1 : current.endColumn + 1
            throw error
        }
        if !isFormatted {
            var text = ""
            for case .literal(let s) in parts { text += s }
            return Expression(.constant(.str(text)), location(from: start))
        }
        // Merge adjacent literals.
        var merged: [FormattedPart] = []
        for part in parts {
            if case .literal(let s) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + s)
            } else {
                merged.append(part)
            }
        }
        return Expression(.formatted(merged), location(from: start))
    }

    private mutating func parseParenthesized() throws(SyntaxErrorInfo) -> Expression {
        let start = advance()
        try enter()
        defer { leave() }
        if accept(")") { return Expression(.tuple([]), location(from: start)) }
        if atKeyword("yield") {
            let value = try parseYield()
            try expect(")")
            value.parenthesized = true
            return value
        }
        let first = try parseStarExpressionOrNamed()
        if atKeyword("for") {
            try rejectStarredElement(first)
            let clauses = try parseComprehensionClauses()
            try expect(")")
            return Expression(.generator(first, clauses), location(from: start))
        }
        if accept(")") {
            if case .starred = first.kind { throw syntaxError("cannot use starred expression here", for: first) }
            first.parenthesized = true
            return first
        }
        var items = [first]
        while accept(",") {
            if at(")") { break }
            items.append(try parseStarExpressionOrNamed())
        }
        if !at(")") {
            try checkMissingComma(after: items[items.count - 1])
            throw syntaxError("invalid syntax. Perhaps you forgot a comma?", for: items[items.count - 1])
        }
        index += 1
        let tuple = Expression(.tuple(items), location(from: start))
        tuple.parenthesized = true
        return tuple
    }

    private func rejectStarredElement(_ element: Expression) throws(SyntaxErrorInfo) {
        if case .starred = element.kind, !element.parenthesized {
            throw syntaxError("iterable unpacking cannot be used in comprehension", for: element)
        }
    }

    private mutating func parseStarExpressionOrNamed() throws(SyntaxErrorInfo) -> Expression {
        if at("*") { return try parseStarExpression() }
        return try parseNamedExpression()
    }

    private mutating func parseListDisplay() throws(SyntaxErrorInfo) -> Expression {
        let start = advance()
        try enter()
        defer { leave() }
        if accept("]") { return Expression(.list([]), location(from: start)) }
        let first = try parseStarExpressionOrNamed()
        if atKeyword("for") {
            try rejectStarredElement(first)
            let clauses = try parseComprehensionClauses()
            try expect("]")
            return Expression(.listComprehension(first, clauses), location(from: start))
        }
        var items = [first]
        while accept(",") {
            if at("]") { break }
            items.append(try parseStarExpressionOrNamed())
        }
        if !at("]") {
            try checkMissingComma(after: items[items.count - 1])
            throw syntaxError("invalid syntax. Perhaps you forgot a comma?", for: items[items.count - 1])
        }
        index += 1
        return Expression(.list(items), location(from: start))
    }

    private mutating func parseBraceDisplay() throws(SyntaxErrorInfo) -> Expression {
        let start = advance()
        try enter()
        defer { leave() }
        if accept("}") { return Expression(.dict(keys: [], values: []), location(from: start)) }
        // Dict if the first item is `k: v` or `**m`.
        if at("**") {
            let stars = advance()
            let mapping = try parseBitwiseOr()
            if atKeyword("for") {
                throw syntaxError("dict unpacking cannot be used in dict comprehension",
                                  for: Expression(.starred(mapping), location(from: stars)))
            }
            return try parseDictRest(start: start, keys: [nil], values: [mapping])
        }
        let first = try parseStarExpressionOrNamed()
        if accept(":") {
            let value = try parseExpression()
            if atKeyword("for") {
                let clauses = try parseComprehensionClauses()
                try expect("}")
                return Expression(.dictComprehension(key: first, value: value, clauses), location(from: start))
            }
            return try parseDictRest(start: start, keys: [first], values: [value])
        }
        if atKeyword("for") {
            try rejectStarredElement(first)
            let clauses = try parseComprehensionClauses()
            try expect("}")
            return Expression(.setComprehension(first, clauses), location(from: start))
        }
        var items = [first]
        while accept(",") {
            if at("}") { break }
            items.append(try parseStarExpressionOrNamed())
        }
        if !at("}") { try checkMissingComma(after: items[items.count - 1]) }
        try expect("}")
        return Expression(.set(items), location(from: start))
    }

    private mutating func parseDictRest(start: Token, keys: [Expression?], values: [Expression]) throws(SyntaxErrorInfo) -> Expression {
        var keys = keys
        var values = values
        while accept(",") {
            if at("}") { break }
            if accept("**") {
                keys.append(nil)
                values.append(try parseBitwiseOr())
                continue
            }
            keys.append(try parseExpression())
            guard accept(":") else { throw syntaxError("':' expected after dictionary key") }
            values.append(try parseExpression())
        }
        try expect("}")
        return Expression(.dict(keys: keys, values: values), location(from: start))
    }
}

extension String {
    func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}

/// A console entry that did not parse, and whether the parser stopped at the end of the input.
struct InteractiveParseFailure: Error {
    var error: SyntaxErrorInfo
    var atEndOfInput: Bool
}
