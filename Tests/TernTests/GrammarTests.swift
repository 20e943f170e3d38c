import XCTest
@testable import Tern

/// Reads grammar/tern.peg and checks it against the lexer and parser: the vocabulary
/// lines equal the lexer's keywords and operators, every rule has an example that the
/// parser handles as the rule says, and the grammar refers only to rules it defines.
final class GrammarTests: XCTestCase {

    // MARK: Reading the grammar file

    struct Grammar {
        var keywords: [String] = []
        var operators: [String] = []
        /// Rule name -> body text (all alternatives, comments removed), in file order.
        var rules: [(name: String, body: String)] = []

        var ruleNames: Set<String> { Set(rules.map(\.name)) }
        func body(_ name: String) -> String? { rules.first { $0.name == name }?.body }
    }

    static var grammarPath: String {
        // .../Tests/TernTests/GrammarTests.swift -> .../grammar/tern.peg
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/grammar/tern.peg"
    }

    static func loadGrammar() throws -> Grammar {
        let text = try String(contentsOfFile: grammarPath, encoding: .utf8)
        var grammar = Grammar()
        var current: (name: String, body: String)? = nil
        func finish() {
            if let rule = current { grammar.rules.append(rule) }
            current = nil
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if line.hasPrefix("@keywords:") {
                finish()
                grammar.keywords = line.dropFirst("@keywords:".count).split(separator: " ").map(String.init)
                continue
            }
            if line.hasPrefix("@operators:") {
                finish()
                grammar.operators = line.dropFirst("@operators:".count).split(separator: " ").map(String.init)
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { finish(); continue }
            if line.hasPrefix("#") { continue }
            if let first = line.first, first.isLetter || first == "_" {
                finish()
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = String(line[..<colon])
                guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
                current = (name, stripComment(String(line[line.index(after: colon)...])))
                continue
            }
            if line.first == " ", current != nil {
                current!.body += " " + stripComment(line)
            }
        }
        finish()
        return grammar
    }

    /// Removes a trailing `# comment`, respecting quotes and `<prose>`.
    static func stripComment(_ line: String) -> String {
        var result = ""
        var quote: Character? = nil
        var inProse = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil }
            } else if inProse {
                if c == ">" { inProse = false }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "<" {
                inProse = true
            } else if c == "#" {
                break
            }
            result.append(c)
        }
        return result
    }

    /// The quoted terminals and the rule names a rule body mentions.
    static func references(in body: String) -> (terminals: [String], names: [String]) {
        var terminals: [String] = []
        var names: [String] = []
        let chars = Array(body)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < chars.count && chars[j] != c { j += 1 }
                terminals.append(String(chars[(i + 1)..<min(j, chars.count)]))
                i = j + 1
            } else if c == "<" {
                while i < chars.count && chars[i] != ">" { i += 1 }
                i += 1
            } else if c.isLetter || c == "_" {
                var j = i
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                names.append(String(chars[i..<j]))
                i = j
            } else {
                i += 1
            }
        }
        return (terminals, names)
    }

    static func isLexical(_ rule: String) -> Bool { rule == rule.uppercased() }

    // MARK: Vocabulary

    func testKeywordsMatchTheLexer() throws {
        let grammar = try Self.loadGrammar()
        XCTAssertFalse(grammar.keywords.isEmpty, "no @keywords line in \(Self.grammarPath)")
        XCTAssertEqual(grammar.keywords.count, Set(grammar.keywords).count, "duplicate keywords")
        XCTAssertEqual(Set(grammar.keywords), Vocabulary.keywords,
                       "grammar only: \(Set(grammar.keywords).subtracting(Vocabulary.keywords)); lexer only: \(Vocabulary.keywords.subtracting(grammar.keywords))")
        // And the lexer really produces a keyword token for each.
        for keyword in grammar.keywords {
            let tokens = try Lexer.tokenize(keyword)
            XCTAssertEqual(tokens.first?.kind, .keyword, keyword)
            XCTAssertEqual(tokens.first?.text, keyword)
        }
        XCTAssertEqual(try Lexer.tokenize("Async").first?.kind, .name, "keywords are case-sensitive")
    }

    func testOperatorsMatchTheLexer() throws {
        let grammar = try Self.loadGrammar()
        XCTAssertFalse(grammar.operators.isEmpty, "no @operators line in \(Self.grammarPath)")
        XCTAssertEqual(grammar.operators.count, Set(grammar.operators).count, "duplicate operators")
        let lexerOperators = Set(Lexer.operatorScalars.map(\.0))
        XCTAssertEqual(Set(grammar.operators), lexerOperators,
                       "grammar only: \(Set(grammar.operators).subtracting(lexerOperators)); lexer only: \(lexerOperators.subtracting(grammar.operators))")
        XCTAssertEqual(Set(grammar.operators), Set(Vocabulary.operators))
        // Each operator (but '!', which is only meaningful inside f-string fields) lexes as one token.
        let closing = ["(": ")", "[": "]", "{": "}"]
        let opening = [")": "(", "]": "[", "}": "{"]
        for op in grammar.operators where op != "!" {
            // Brackets must balance, so pair them up.
            let source = (opening[op].map { $0 + " " } ?? "") + "a " + op + " b" + (closing[op].map { " " + $0 } ?? "")
            let tokens = try Lexer.tokenize(source)
            let operators = tokens.filter { $0.kind == .op }
            XCTAssertEqual(operators.count, opening[op] != nil || closing[op] != nil ? 2 : 1, source)
            XCTAssert(operators.contains { $0.text == op }, source)
            XCTAssertEqual(tokens.filter { $0.kind == .name }.map(\.text), ["a", "b"], source)
        }
        XCTAssertThrowsError(try Lexer.tokenize("a ! b"))
    }

    func testSyntacticRulesUseOnlyVocabularyTerminals() throws {
        let grammar = try Self.loadGrammar()
        let vocabulary = Set(grammar.keywords).union(grammar.operators)
        var used = Set<String>()
        for rule in grammar.rules where !Self.isLexical(rule.name) {
            let terminals = Self.references(in: rule.body).terminals
            used.formUnion(terminals)
            if rule.name.hasPrefix("fstring_") { continue }  // character-level rules
            for terminal in terminals {
                XCTAssert(vocabulary.contains(terminal), "rule \(rule.name) uses '\(terminal)', which is neither keyword nor operator")
            }
        }
        // Every keyword and operator is used by some rule, except the reserved 'async' and 'await'.
        let unused = vocabulary.subtracting(used).subtracting(["async", "await"])
        XCTAssert(unused.isEmpty, "vocabulary never used by a rule: \(unused.sorted())")
    }

    func testGrammarReferencesOnlyDefinedRules() throws {
        let grammar = try Self.loadGrammar()
        XCTAssertEqual(grammar.rules.count, grammar.ruleNames.count, "a rule is defined twice")
        var referenced = Set<String>()
        for rule in grammar.rules {
            for name in Self.references(in: rule.body).names {
                XCTAssert(grammar.ruleNames.contains(name), "rule \(rule.name) refers to undefined \(name)")
                if name != rule.name { referenced.insert(name) }
            }
        }
        let roots: Set<String> = ["file", "fstring_body", "COMMENT"]
        let unreachable = grammar.ruleNames.subtracting(referenced).subtracting(roots)
        XCTAssert(unreachable.isEmpty, "rules nothing refers to: \(unreachable.sorted())")
        XCTAssertGreaterThan(grammar.rules.count, 100)
    }

    // MARK: Every rule has an example

    enum Example {
        /// Parses as a module, and the module's dump (ASTDump) equals the expectation.
        case parses(String, String)
        /// Parses, and the dump contains the fragment.
        case contains(String, String)
        /// Lexes to these tokens (see `describe`), end-of-line and end-of-file tokens included.
        case tokens(String, [String])
        /// Is rejected with this SyntaxError message.
        case rejected(String, String)
    }

    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .name: return "name:" + token.text
        case .keyword: return "kw:" + token.text
        case .integer: return "int:" + token.text
        case .float: return "float:" + token.text
        case .imaginary: return "imag:" + token.text
        case .string: return "str:" + token.stringPrefix + ":" + (token.stringPrefix.contains("f") ? token.rawBody : token.text)
        case .op: return token.text
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endOfFile: return "EOF"
        }
    }

    static let examples: [String: [Example]] = [
        // Statements
        "file": [.parses("", ""), .parses("x\n\ny\n", "x\ny"), .parses("# only a comment\n", "")],
        "statements": [.parses("a\nb\nc", "a\nb\nc")],
        "statement": [.parses("if a: b\nc", "(if a (b))\nc")],
        "simple_stmts": [.parses("a; b; c;", "a\nb\nc"), .rejected("a b", "invalid syntax")],
        "simple_stmt": [.parses("pass; break; continue", "pass\nbreak\ncontinue")],
        "expression_stmt": [.parses("f(x)", "(call f x)"), .parses("yield", "(yield)"),
                            .rejected("*a", "can't use starred expression here")],
        "compound_stmt": [.parses("while a: pass", "(while a (pass))")],
        "block": [.parses("if a:\n    b\n    c\nd", "(if a (b c))\nd"), .parses("if a: b; c", "(if a (b c))"),
                  .rejected("if a:\nb", "expected an indented block after 'if' statement on line 1")],
        "assignment": [.parses("x: int = 1", "(ann x int 1)"), .parses("a = b = 1", "(= a b 1)"),
                       .parses("a.b += 1", "(+= (. a b) 1)"), .parses("(x): int", "(ann-complex x int)")],
        "assigned_value": [.parses("x = yield y", "(= x (yield y))"), .parses("x = 1, 2", "(= x (tuple 1 2))")],
        "augmented_operator": [.parses("a += 1\na -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na **= 1\na @= 1\na <<= 1\na >>= 1\na &= 1\na |= 1\na ^= 1",
                                       "(+= a 1)\n(-= a 1)\n(*= a 1)\n(/= a 1)\n(//= a 1)\n(%= a 1)\n(**= a 1)\n(@= a 1)\n(<<= a 1)\n(>>= a 1)\n(&= a 1)\n(|= a 1)\n(^= a 1)"),
                               .rejected("a, b += 1", "'tuple' is an illegal expression for augmented assignment")],
        "return_stmt": [.parses("def f():\n return\n return 1, *a", "(def f () ((return) (return (tuple 1 (* a)))))")],
        "raise_stmt": [.parses("raise", "(raise)"), .parses("raise E from c", "(raise E from c)")],
        "global_stmt": [.parses("global a, b", "(global a b)")],
        "nonlocal_stmt": [.parses("def f():\n nonlocal a, b", "(def f () ((nonlocal a b)))")],
        "del_stmt": [.parses("del a, b[0], c.d,", "(del a ([] b 0) (. c d))"), .rejected("del f()", "cannot delete function call")],
        "assert_stmt": [.parses("assert x", "(assert x)"), .parses("assert x, 'm'", "(assert x 'm')")],
        "import_stmt": [.parses("import a\nfrom b import c", "(import a)\n(from b c)")],
        "import_name": [.parses("import a.b as c, d", "(import a.b as c d)")],
        "dotted_as_name": [.parses("import os.path as p", "(import os.path as p)")],
        "dotted_name": [.parses("import a.b.c", "(import a.b.c)")],
        "import_from": [.parses("from . import a", "(from . a)"), .parses("from ...x.y import a", "(from ...x.y a)"),
                        .parses("from .... import a", "(from .... a)"), .rejected("from import a", "invalid syntax")],
        "import_from_targets": [.parses("from m import (a, b as c,)", "(from m a b as c)"), .parses("from m import *", "(from m *)"),
                                .parses("from m import a, b", "(from m a b)"),
                                .rejected("from m import ()", "invalid syntax")],
        "import_from_as_name": [.parses("from m import a as b", "(from m a as b)")],
        "decorators": [.parses("@a\n@b.c(1)\ndef f(): pass", "(def f @a @(call (. b c) 1) () (pass))"),
                       .parses("@x[0]\nclass C: pass", "(class C @([] x 0) (pass))")],
        "function_def": [.parses("def f(a, b) -> int:\n    return a", "(def f (a b) -> int ((return a)))")],
        "class_def": [.parses("class C(A, metaclass=M, **k): pass", "(class C (A metaclass=M **k) (pass))"),
                      .parses("class C(): pass", "(class C (pass))")],
        "if_stmt": [.parses("if a: b\nelse: c", "(if a (b) (c))"), .parses("if (n := 1): pass", "(if (:= n 1) (pass))")],
        "elif_clause": [.parses("if a: b\nelif c: d\nelif e: f\nelse: g", "(if a (b) ((if c (d) ((if e (f) (g))))))")],
        "else_block": [.parses("while a: b\nelse: c", "(while a (b) (c))")],
        "while_stmt": [.parses("while x := f(): pass", "(while (:= x (call f)) (pass))")],
        "for_stmt": [.parses("for a, *b in c, d: pass\nelse: e", "(for (tuple a (* b)) (tuple c d) (pass) (e))"),
                     .rejected("for in x: pass", "invalid syntax")],
        "try_stmt": [.parses("try: a\nexcept E as e: b\nexcept: c\nelse: d\nfinally: f",
                             "(try (a) (except E as e (b)) (except (c)) (else (d)) (finally (f)))"),
                     .parses("try: a\nfinally: b", "(try (a) (finally (b)))"),
                     .rejected("try: a\nexcept: b\nexcept E: c", "default 'except:' must be last")],
        "except_block": [.parses("try: a\nexcept (A, B): b", "(try (a) (except (tuple A B) (b)))"),
                         .rejected("try: a\nexcept A, B: b", "multiple exception types must be parenthesized")],
        "finally_block": [.parses("try: pass\nfinally: x = 1", "(try (pass) (finally ((= x 1))))")],
        "with_stmt": [.parses("with (a as b, c,): pass", "(with (a as b) (c) (pass))"),
                      .parses("with a, b as c: pass", "(with (a) (b as c) (pass))"),
                      .parses("with (a): pass", "(with (a) (pass))")],
        "with_item": [.parses("with a as (b, c): pass", "(with (a as (tuple b c)) (pass))"),
                      .parses("with a as b.c[0]: pass", "(with (a as ([] (. b c) 0)) (pass))")],
        "parameters": [.parses("def f(a, /, b=1, *c, d, e=2, **g): pass", "(def f (a / b=1 *c d e=2 **g) (pass))"),
                       .parses("def f(*, a,): pass", "(def f (* a) (pass))"),
                       .rejected("def f(a=1, b): pass", "non-default argument follows default argument"),
                       // Duplicates are the symbol table's to find: the parser accepts them.
                       .parses("def f(a, a): pass", "(def f (a a) (pass))")],
        "positional_parameters": [.parses("def f(a, b, /, c): pass", "(def f (a b / c) (pass))"),
                                  .rejected("def f(/, a): pass", "at least one argument must precede /")],
        "star_parameters": [.parses("def f(*a, b, **c): pass", "(def f (*a b **c) (pass))"),
                            .rejected("def f(*): pass", "named arguments must follow bare *"),
                            .rejected("def f(*a, *b): pass", "* argument may appear only once")],
        "parameter": [.parses("def f(a: int = 1): pass", "(def f (a:int=1) (pass))")],
        "parameter_name": [.parses("def f(*a: str): pass", "(def f (*a:str) (pass))")],
        "double_star_parameter": [.parses("def f(**k: int,): pass", "(def f (**k:int) (pass))"),
                                  .rejected("def f(**k, a): pass", "arguments cannot follow var-keyword argument")],
        "lambda_parameters": [.parses("lambda a, /, b=1, *c, d, **e: 0", "(lambda (a / b=1 *c d **e) 0)")],
        "lambda_positional_parameters": [.parses("lambda a, b=2: a", "(lambda (a b=2) a)")],
        "lambda_star_parameters": [.parses("lambda *, k: k", "(lambda (* k) k)"), .parses("lambda **k: k", "(lambda (**k) k)")],
        "lambda_parameter": [.parses("lambda x=1: x", "(lambda (x=1) x)"), .rejected("lambda x: int: 0", "illegal target for annotation")],
        // Targets
        "star_targets": [.parses("a, *b, = c", "(= (tuple a (* b)) c)")],
        "star_target": [.parses("[a, *b] = c", "(= (list a (* b)) c)")],
        "target": [.parses("(a, [b, c]) = d", "(= (tuple a (list b c)) d)"), .parses("() = []", "(= (tuple) (list))"),
                   .rejected("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?")],
        "single_target": [.parses("((a)) += 1", "(+= a 1)"), .rejected("[a]: int", "only single target (not list) can be annotated")],
        "member_target": [.parses("a.b[0].c = 1", "(= (. ([] (. a b) 0) c) 1)"), .parses("f().x = 1", "(= (. (call f) x) 1)")],
        "target_primary": [.parses("a.b.c[d] = 1", "(= ([] (. (. a b) c) d) 1)")],
        "del_targets": [.parses("del (a, [b, c])", "(del (tuple a (list b c)))")],
        "del_target": [.parses("del a.b, c[0:1]", "(del (. a b) ([] c (slice 0 1 _)))"), .rejected("del a + b", "cannot delete expression")],
        // Expressions
        "star_expressions": [.parses("1, *a, 2,", "(tuple 1 (* a) 2)")],
        "star_expression": [.parses("x = *a, *b", "(= x (tuple (* a) (* b)))")],
        "star_named_expressions": [.parses("[1, *a, b,]", "(list 1 (* a) b)")],
        "star_named_expression": [.parses("{*a, y := 2}", "(set (* a) (:= y 2))")],
        "yield_expr": [.parses("def g():\n x = yield\n yield from y", "(def g () ((= x (yield)) (yield-from y)))"),
                       .parses("def g(): yield 1, 2", "(def g () ((yield (tuple 1 2))))")],
        "named_expression": [.parses("f(y := 2)", "(call f (:= y 2))"),
                             .rejected("(a.b := 1)", "cannot use assignment expressions with attribute")],
        "expression": [.parses("a if b else c if d else e", "(ifexp b a (ifexp d c e))"),
                       .rejected("x = a if b", "expected 'else' after 'if' expression")],
        "lambda_expr": [.parses("lambda: lambda x: x", "(lambda () (lambda (x) x))")],
        "disjunction": [.parses("a or b and c or d", "(or a (and b c) d)")],
        "conjunction": [.parses("a and not b and c", "(and a (not b) c)")],
        "inversion": [.parses("not not a == b", "(not (not (cmp a == b)))")],
        "comparison": [.parses("a < b <= c", "(cmp a < b <= c)")],
        "compare_operator": [.parses("a == b != c < d <= e > f >= g in h not in i is j is not k",
                                     "(cmp a == b != c < d <= e > f >= g in h not in i is j is not k)")],
        "bitwise_or": [.parses("a | b ^ c", "(| a (^ b c))")],
        "bitwise_xor": [.parses("a ^ b & c ^ d", "(^ (^ a (& b c)) d)")],
        "bitwise_and": [.parses("a & b << c", "(& a (<< b c))")],
        "shift_expr": [.parses("a << b >> c + d", "(>> (<< a b) (+ c d))")],
        "sum": [.parses("a - b + c * d", "(+ (- a b) (* c d))")],
        "term": [.parses("a * b / c // d % e @ f", "(@ (% (// (/ (* a b) c) d) e) f)")],
        "factor": [.parses("-a + ~b - +c", "(- (+ (neg a) (~ b)) (pos c))"), .parses("-1", "-1"), .parses("-(1)", "(neg 1)")],
        "power": [.parses("2 ** 3 ** 2", "(** 2 (** 3 2))"), .parses("-2 ** -x", "(neg (** 2 (neg x)))")],
        "primary": [.parses("a.b(c)[d]", "([] (call (. a b) c) d)")],
        "trailer": [.parses("f(a)(b).c[d]", "([] (. (call (call f a) b) c) d)")],
        "slices": [.parses("a[1, 2:3]", "([] a (tuple 1 (slice 2 3 _)))"), .parses("a[1,]", "([] a (tuple 1))"),
                   .rejected("a[]", "invalid syntax")],
        "slice": [.parses("a[::]", "([] a (slice _ _ _))"), .parses("a[1:2:3]", "([] a (slice 1 2 3))"),
                  .parses("a[:b, *c]", "([] a (tuple (slice _ b _) (* c)))"), .parses("a[x := 1]", "([] a (:= x 1))")],
        "atom": [.parses("x, True, False, None, 'a', 1, 1.5, ...", "(tuple x True False None 'a' 1 1.5 ...)"),
                 .rejected("x = 1j", "complex numbers are not supported by Tern")],
        "strings": [.parses("'a' \"b\" '''c'''", "'abc'"), .parses("'a' f'{b}' 'c'", "(f 'a' {b} 'c')"),
                    .rejected("b'x'", "bytes literals are not supported by Tern")],
        "group": [.parses("(a)", "a"), .parses("(yield)", "(yield)"), .rejected("(*a)", "cannot use starred expression here")],
        "tuple": [.parses("()", "(tuple)"), .parses("(1,)", "(tuple 1)"), .parses("(*a, b)", "(tuple (* a) b)")],
        "genexp": [.parses("(x for x in y)", "(genexp x (for x in y))")],
        "list": [.parses("[]", "(list)"), .parses("[a, *b]", "(list a (* b))")],
        "listcomp": [.parses("[x for x in y if x if z for w in x]", "(listcomp x (for x in y if x if z) (for w in x))")],
        "set": [.parses("{1, 2,}", "(set 1 2)")],
        "setcomp": [.parses("{x for x, in y}", "(setcomp x (for (tuple x) in y))")],
        "dict": [.parses("{}", "(dict)"), .parses("{1: 2, **m}", "(dict 1:2 **m)"),
                 .rejected("{1: 2, 3}", "':' expected after dictionary key")],
        "dictcomp": [.parses("{k: v for k, v in d}", "(dictcomp k:v (for (tuple k v) in d))")],
        "double_starred_kvpairs": [.parses("{**a, 'b': 1, **c,}", "(dict **a 'b':1 **c)")],
        "double_starred_kvpair": [.parses("{**a}", "(dict **a)")],
        "kvpair": [.parses("{a if b else c: lambda: d}", "(dict (ifexp b a c):(lambda () d))")],
        "for_if_clauses": [.parses("[1 for a in b for c in d]", "(listcomp 1 (for a in b) (for c in d))")],
        "for_if_clause": [.parses("[a for a in b or c if a if not a]", "(listcomp a (for a in (or b c) if a if (not a)))")],
        "arguments": [.parses("f(x for x in y)", "(call f (genexp x (for x in y)))"),
                      .parses("f(a, *b, c=1, **d,)", "(call f a (* b) c=1 **d)"),
                      .rejected("f(x for x in y, 1)", "Generator expression must be parenthesized"),
                      .rejected("f(a=1, b)", "positional argument follows keyword argument"),
                      .rejected("f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking"),
                      // Repeated keywords are the compiler's to find: the parser accepts them.
                      .parses("f(a=1, a=2)", "(call f a=1 a=2)")],
        "argument": [.parses("f(a=1, *b, **c)", "(call f (* b) a=1 **c)"),
                     .rejected("f(a.b=1)", "expression cannot contain assignment, perhaps you meant \"==\"?")],
        // f-strings
        "fstring_body": [.parses("f''", "(f )"), .parses("f'a{b}c{d}'", "(f 'a' {b} 'c' {d})")],
        "fstring_literal": [.parses("f'{{x}} \\n'", "(f '{x} \n')"), .parses("rf'\\n{x}'", "(f '\\n' {x})"),
                            .rejected("f'}'", "f-string: single '}' is not allowed")],
        "fstring_field": [.parses("f'{x!r:>{w}}'", "(f {x!r:'>' {w}})"), .parses("f'{x=}'", "(f 'x=' {x!r})"),
                          .parses("f'{x = :5}'", "(f 'x = ' {x:'5'})"),
                          .rejected("f'{x'", "f-string: expecting '}'"), .rejected("f'{}'", "f-string: empty expression not allowed")],
        "fstring_expression": [.parses("f'{a, b}'", "(f {(tuple a b)})"), .parses("f'{a if b else c}'", "(f {(ifexp b a c)})"),
                               .parses("f'{x for x in y}'", "(f {(genexp x (for x in y))})"),
                               .rejected("f'{a#}'", "f-string expression part cannot include '#'")],
        "fstring_conversion": [.parses("f'{a!s}{b!a}'", "(f {a!s} {b!a})"),
                               .rejected("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'")],
        "fstring_format_spec": [.parses("f'{x:{w}.{p}f}'", "(f {x:{w} '.' {p} 'f'})")],
        // Lexical rules
        "NAME": [.tokens("_a1 é", ["name:_a1", "name:é", "NEWLINE", "EOF"])],
        "ID_START": [.tokens("_x Ωmega", ["name:_x", "name:Ωmega", "NEWLINE", "EOF"])],
        "ID_CONTINUE": [.tokens("a1_b2", ["name:a1_b2", "NEWLINE", "EOF"])],
        "NUMBER": [.tokens("1 1.0 1j", ["int:1", "float:1.0", "imag:1", "NEWLINE", "EOF"])],
        "INTEGER": [.parses("0xff, 0o17, 0b101, 1_000", "(tuple 255 15 5 1000)")],
        "DECIMAL_INTEGER": [.parses("0, 00, 0_0, 123, 1_2_3", "(tuple 0 0 0 123 123)"),
                            .rejected("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")],
        "HEX_INTEGER": [.parses("0x_FF + 0XaB", "(+ 255 171)"), .rejected("0x", "invalid hexadecimal literal")],
        "OCTAL_INTEGER": [.parses("0o7_7", "63"), .rejected("0o8", "invalid digit '8' in octal literal")],
        "BINARY_INTEGER": [.parses("0b1_0", "2"), .rejected("0b2", "invalid digit '2' in binary literal")],
        "FLOAT": [.parses("1.5, .5, 5., 1_0.2_5", "(tuple 1.5 0.5 5.0 10.25)")],
        "DIGITS": [.tokens("1_000.000_1", ["float:1_000.000_1", "NEWLINE", "EOF"]), .rejected("1__0", "invalid decimal literal")],
        "EXPONENT": [.parses("1e3, 1E-3, 2.5e+1", "(tuple 1000.0 0.001 25.0)")],
        "IMAGINARY": [.tokens("2.5j 3J", ["imag:2.5", "imag:3", "NEWLINE", "EOF"])],
        "STRING": [.tokens("'a' \"b\"", ["str::a", "str::b", "NEWLINE", "EOF"])],
        "STRING_PREFIX": [.tokens("r'\\d' U'x' F'{y}' Rb'z'", ["str:r:\\d", "str:u:x", "str:f:{y}", "str:rb:z", "NEWLINE", "EOF"])],
        "SHORT_STRING": [.parses("'it\"s' \"it's\"", "'it\"sit's'"), .rejected("'abc", "unterminated string literal (detected at line 1)")],
        "LONG_STRING": [.parses("'''a\nb''' \"\"\"c\"\"\"", "'a\nbc'"),
                        .rejected("'''abc", "unterminated triple-quoted string literal (detected at line 1)")],
        "ESCAPE_SEQUENCE": [.parses("'\\x41\\u0042\\U00000043\\N{LATIN SMALL LETTER D}\\101\\t\\q'", "'ABCdA\t\\q'")],
        "COMMENT": [.tokens("a # b\n# c\n", ["name:a", "NEWLINE", "EOF"])],
        "NEWLINE": [.tokens("a\n\nb", ["name:a", "NEWLINE", "name:b", "NEWLINE", "EOF"]),
                    .tokens("(a,\n b)", ["(", "name:a", ",", "name:b", ")", "NEWLINE", "EOF"])],
        "INDENT": [.tokens("if a:\n  b", ["kw:if", "name:a", ":", "NEWLINE", "INDENT", "name:b", "NEWLINE", "DEDENT", "EOF"])],
        "DEDENT": [.tokens("a:\n b:\n  c\nd", ["name:a", ":", "NEWLINE", "INDENT", "name:b", ":", "NEWLINE", "INDENT", "name:c",
                                              "NEWLINE", "DEDENT", "DEDENT", "name:d", "NEWLINE", "EOF"]),
                   .rejected("if a:\n    b\n  c", "unindent does not match any outer indentation level")],
        "ENDMARKER": [.tokens("", ["EOF"])],
    ]

    func testEveryRuleHasAnExample() throws {
        let grammar = try Self.loadGrammar()
        let tested = Set(Self.examples.keys)
        let missing = grammar.ruleNames.subtracting(tested)
        let stale = tested.subtracting(grammar.ruleNames)
        XCTAssert(missing.isEmpty, "grammar rules without an example in GrammarTests.examples: \(missing.sorted())")
        XCTAssert(stale.isEmpty, "examples for rules the grammar does not define: \(stale.sorted())")
        XCTAssertGreaterThan(tested.count, 100)
    }

    func testExamples() throws {
        for (rule, examples) in Self.examples.sorted(by: { $0.key < $1.key }) {
            XCTAssertFalse(examples.isEmpty, rule)
            for example in examples {
                switch example {
                case .parses(let source, let expected):
                    do {
                        let dump = try ASTDump.parse(source)
                        XCTAssertEqual(dump, expected, "rule \(rule): \(source.debugDescription)")
                    } catch {
                        XCTFail("rule \(rule): \(source.debugDescription) does not parse: \(error)")
                    }
                case .contains(let source, let fragment):
                    do {
                        let dump = try ASTDump.parse(source)
                        XCTAssert(dump.contains(fragment), "rule \(rule): \(dump) lacks \(fragment)")
                    } catch {
                        XCTFail("rule \(rule): \(source.debugDescription) does not parse: \(error)")
                    }
                case .tokens(let source, let expected):
                    do {
                        let tokens = try Lexer.tokenize(source)
                        XCTAssertEqual(tokens.map(Self.describe), expected, "rule \(rule): \(source.debugDescription)")
                    } catch {
                        XCTFail("rule \(rule): \(source.debugDescription) does not lex: \(error)")
                    }
                case .rejected(let source, let message):
                    do {
                        let dump = try ASTDump.parse(source)
                        XCTFail("rule \(rule): \(source.debugDescription) parsed as \(dump), expected \(message)")
                    } catch let error as SyntaxErrorInfo {
                        XCTAssertEqual(error.message, message, "rule \(rule): \(source.debugDescription)")
                    }
                }
            }
        }
    }
}
