import XCTest
@testable import Tern

final class ParserTests: XCTestCase {
    func dump(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            return try ASTDump.parse(source)
        } catch {
            XCTFail("\(source.debugDescription) does not parse: \(error)", file: file, line: line)
            return ""
        }
    }

    func assertParses(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dump(source, file: file, line: line), expected, source.debugDescription, file: file, line: line)
    }

    /// Asserts the parser rejects `source` as CPython 3.11 does: message, kind, line and offset.
    func assertSyntaxError(_ source: String, _ message: String, line: Int, column: Int? = nil, kind: String = "SyntaxError",
                           file: StaticString = #filePath, sourceLine: UInt = #line) {
        do {
            let statements = try Parser.parseModule(source)
            XCTFail("\(source.debugDescription) parsed as \(ASTDump.module(statements))", file: file, line: sourceLine)
        } catch {
            XCTAssertEqual(error.message, message, source.debugDescription, file: file, line: sourceLine)
            XCTAssertEqual(error.kind, kind, source.debugDescription, file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "line of \(source.debugDescription)", file: file, line: sourceLine)
            if let column {
                XCTAssertEqual(error.column, column, "offset of \(source.debugDescription)", file: file, line: sourceLine)
            }
        }
    }

    // MARK: Precedence and associativity

    func testArithmeticPrecedence() {
        assertParses("a + b * c - d / e", "(- (+ a (* b c)) (/ d e))")
        assertParses("(a + b) * c", "(* (+ a b) c)")
        assertParses("a - b - c", "(- (- a b) c)")
        assertParses("a // b % c * d", "(* (% (// a b) c) d)")
        assertParses("a << b + c", "(<< a (+ b c))")
        assertParses("a & b | c ^ d & e", "(| (& a b) (^ c (& d e)))")
        assertParses("a | b == c", "(cmp (| a b) == c)")
    }

    func testPowerIsRightAssociativeAndBindsTighterThanUnaryOnItsLeft() {
        assertParses("a ** b ** c", "(** a (** b c))")
        assertParses("-a ** b", "(neg (** a b))")
        assertParses("a ** -b ** c", "(** a (neg (** b c)))")
        assertParses("(-a) ** b", "(** (neg a) b)")
        assertParses("a.b ** c[d]", "(** (. a b) ([] c d))")
        assertParses("~a * b", "(* (~ a) b)")
        assertParses("2 ** -1", "(** 2 -1)")
    }

    func testBooleanOperators() {
        assertParses("a or b and not c", "(or a (and b (not c)))")
        assertParses("not a or b", "(or (not a) b)")
        assertParses("a and b and c", "(and a b c)")
        assertParses("not a < b", "(not (cmp a < b))")
        assertParses("a if b or c else d and e", "(ifexp (or b c) a (and d e))")
    }

    func testChainedComparisons() {
        assertParses("a < b < c", "(cmp a < b < c)")
        assertParses("a == b is not c not in d", "(cmp a == b is not c not in d)")
        assertParses("(a < b) < c", "(cmp (cmp a < b) < c)")
        assertParses("a < b + 1 > -c", "(cmp a < (+ b 1) > (neg c))")
    }

    func testConditionalIsRightAssociative() {
        assertParses("a if b else c if d else e", "(ifexp b a (ifexp d c e))")
        assertParses("(a if b else c) if d else e", "(ifexp d (ifexp b a c) e)")
    }

    func testNamedExpressions() {
        assertParses("if (n := len(a)) > 10: pass", "(if (cmp (:= n (call len a)) > 10) (pass))")
        assertParses("[y := f(x), y ** 2]", "(list (:= y (call f x)) (** y 2))")
        assertParses("f(a, x := 1)", "(call f a (:= x 1))")
    }

    // MARK: Lambda

    func testLambda() {
        assertParses("lambda: 0", "(lambda () 0)")
        assertParses("f = lambda x, y=2, *a, k, **kw: x + y", "(= f (lambda (x y=2 *a k **kw) (+ x y)))")
        assertParses("lambda x: lambda y: x + y", "(lambda (x) (lambda (y) (+ x y)))")
        assertParses("lambda x: x if x else -x", "(lambda (x) (ifexp x x (neg x)))")
        assertParses("(lambda: 0)()", "(call (lambda () 0))")
        assertParses("lambda a, /, b: 0", "(lambda (a / b) 0)")
    }

    // MARK: Comprehensions

    func testComprehensions() {
        assertParses("[x * 2 for x in range(10) if x % 2 if x > 3]",
                     "(listcomp (* x 2) (for x in (call range 10) if (% x 2) if (cmp x > 3)))")
        assertParses("{k: v for k, v in d.items()}", "(dictcomp k:v (for (tuple k v) in (call (. d items))))")
        assertParses("{x for x in y for y in z}", "(setcomp x (for x in y) (for y in z))")
        assertParses("sum(x for x in y)", "(call sum (genexp x (for x in y)))")
        assertParses("[(a, b) for a, *b in c]", "(listcomp (tuple a b) (for (tuple a (* b)) in c))")
        assertParses("[x for x in (yield)]", "(listcomp x (for x in (yield)))")
        assertParses("[x for x in a if b if c]", "(listcomp x (for x in a if b if c))")
    }

    // MARK: Targets

    func testStarTargets() {
        assertParses("a, *b = c", "(= (tuple a (* b)) c)")
        assertParses("*a, b = c", "(= (tuple (* a) b) c)")
        assertParses("[a, [b, *c]] = d", "(= (list a (list b (* c))) d)")
        assertParses("(a, b), c = d", "(= (tuple (tuple a b) c) d)")
        assertParses("x.y, z[0] = 1, 2", "(= (tuple (. x y) ([] z 0)) (tuple 1 2))")
        assertParses("for a, (b, *c) in d: pass", "(for (tuple a (tuple b (* c))) d (pass))")
        assertParses("a = *b, c", "(= a (tuple (* b) c))")
    }

    func testChainedAssignment() {
        assertParses("a = b = c = 0", "(= a b c 0)")
        assertParses("a, b = c = d, e", "(= (tuple a b) c (tuple d e))")
    }

    func testAnnotations() {
        assertParses("x: int", "(ann x int)")
        assertParses("x: list[int] = []", "(ann x ([] list int) (list))")
        assertParses("a.b: int = 1", "(ann-complex (. a b) int 1)")
        assertParses("def f(a: int, *b: str, c: 'C' = 1, **d: dict) -> None: pass",
                     "(def f (a:int *b:str c:'C'=1 **d:dict) -> None (pass))")
    }

    // MARK: Definitions

    func testDecorators() {
        assertParses("@a\n@b.c(1, k=2)\n@d[0] or e\ndef f(): pass",
                     "(def f @a @(call (. b c) 1 k=2) @(or ([] d 0) e) () (pass))")
        assertParses("@dataclass\nclass P:\n    x: int\n    y: int = 0",
                     "(class P @dataclass ((ann x int) (ann y int 0)))")
    }

    func testDecoratorLocationsStartAtTheDecorator() throws {
        let statements = try Parser.parseModule("\n@a\n@b\ndef f():\n    pass\n")
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(statements[0].location.line, 2)
        guard case .functionDefinition(let definition) = statements[0].kind else { return XCTFail("not a def") }
        XCTAssertEqual(definition.location.line, 4, "the def itself starts at 'def'")
        XCTAssertEqual(definition.decorators.map { $0.location.line }, [2, 3])
    }

    func testClassDefinitions() {
        assertParses("class A(B, C, metaclass=M):\n    def m(self): return 1",
                     "(class A (B C metaclass=M) ((def m (self) ((return 1)))))")
        assertParses("class A: pass", "(class A (pass))")
    }

    func testCompoundStatements() {
        assertParses("if a:\n    b\nelif c:\n    d\nelse:\n    e", "(if a (b) ((if c (d) (e))))")
        assertParses("for i in x:\n    continue\nelse:\n    break", "(for i x (continue) (break))")
        assertParses("with open(p) as f, lock:\n    pass", "(with ((call open p) as f) (lock) (pass))")
        assertParses("try:\n    a\nexcept (A, B) as e:\n    b\nfinally:\n    c",
                     "(try (a) (except (tuple A B) as e (b)) (finally (c)))")
    }

    // MARK: Literals

    func testLiterals() {
        assertParses("x = 'a' 'b' \"c\"", "(= x 'abc')")
        assertParses("x = f'{a!r:>{w}} and {b=}'", "(= x (f {a!r:'>' {w}} ' and b=' {b!r}))")
        assertParses("x = ...", "(= x ...)")
        assertParses("x = [1, (2,), {3}, {4: 5}, ()]", "(= x (list 1 (tuple 2) (set 3) (dict 4:5) (tuple)))")
        assertParses("x = 10 ** 30", "(= x (** 10 30))")
        assertParses("x = 123456789012345678901234567890", "(= x 123456789012345678901234567890)")
    }

    func testSubscripts() {
        assertParses("a[1:2, ::3]", "([] a (tuple (slice 1 2 _) (slice _ _ 3)))")
        assertParses("a[b][c]", "([] ([] a b) c)")
        assertParses("a[:]", "([] a (slice _ _ _))")
        assertParses("a[-1:]", "([] a (slice -1 _ _))")
    }

    func testLocations() throws {
        let statements = try Parser.parseModule("x = 1\nif y:\n    z = foo(a,\n            b)\n")
        XCTAssertEqual(statements.count, 2)
        XCTAssertEqual(statements[1].location.line, 2)
        guard case .ifStatement(_, let body, _) = statements[1].kind, case .assign(_, let value) = body[0].kind else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(body[0].location.line, 3)
        XCTAssertEqual(body[0].location.column, 4)
        XCTAssertEqual(value.location.line, 3)
        XCTAssertEqual(value.location.column, 8)
        XCTAssertEqual(value.location.endLine, 4)
        XCTAssertEqual(value.location.endColumn, 14)
    }

    // MARK: Errors (messages, lines and offsets checked against CPython 3.11's compile())

    func testSyntaxErrorsMatchCPython() {
        assertSyntaxError("x = 1 +", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("f(a for a in b, c)", "Generator expression must be parenthesized", line: 1, column: 3)
        assertSyntaxError("if x = 1: pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 4)
        assertSyntaxError("def f(a=1, b): pass", "non-default argument follows default argument", line: 1, column: 12)
        assertSyntaxError("print 'hi'", "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, column: 1)
        assertSyntaxError("x = (1, 2", "'(' was never closed", line: 1, column: 5)
        assertSyntaxError("a + 1 = 2", "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("del f()", "cannot delete function call", line: 1, column: 5)
        assertSyntaxError("(a, b): int", "only single target (not tuple) can be annotated", line: 1, column: 1)
        assertSyntaxError("class C(A)\n  pass", "expected ':'", line: 1, column: 11)
        assertSyntaxError("def f()\n  pass", "expected ':'", line: 1, column: 8)
        assertSyntaxError("if x\n  pass", "expected ':'", line: 1, column: 5)
        assertSyntaxError("x = [1, 2 3]", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 9)
        assertSyntaxError("x = (1 2)", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 6)
        assertSyntaxError("for x in range(3):\npass", "expected an indented block after 'for' statement on line 1", line: 2, column: 1,
                          kind: "IndentationError")
        assertSyntaxError("try:\n  pass\nx = 1", "expected 'except' or 'finally' block", line: 3, column: 1)
        assertSyntaxError("def f(*, **k): pass", "named arguments must follow bare *", line: 1, column: 7)
        assertSyntaxError("lambda *: 0", "named arguments must follow bare *", line: 1)
        assertSyntaxError("[x for x in y if]", "invalid syntax", line: 1, column: 17)
        assertSyntaxError("@dec\nx = 1", "invalid syntax", line: 2, column: 1)
        assertSyntaxError("import a.", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("from x import a as", "invalid syntax", line: 1, column: 19)
        assertSyntaxError("a ** = 2", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("def f(a, /, b, /): pass", "/ may appear only once", line: 1, column: 16)
        assertSyntaxError("x = 1 if 2", "expected 'else' after 'if' expression", line: 1, column: 5)
        assertSyntaxError("a = (b if c)", "expected 'else' after 'if' expression", line: 1, column: 6)
        assertSyntaxError("(1, 2 3, 4)", "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 5)
        assertSyntaxError("[x for x in lambda: y]", "invalid syntax", line: 1, column: 13)
        assertSyntaxError("x = a[1:2:3:4]", "invalid syntax", line: 1, column: 12)
        assertSyntaxError("for in x: pass", "invalid syntax", line: 1, column: 5)
        assertSyntaxError("from x import ()", "invalid syntax", line: 1, column: 16)
    }

    /// Assignment targets, unparenthesised ':=', starred targets, block headers and call arguments.
    func testTargetAndStatementErrorsMatchCPython() {
        assertSyntaxError("*a = [1, 2]", "starred assignment target must be in a list or tuple", line: 1, column: 1)
        assertSyntaxError("for *a in b: pass", "starred assignment target must be in a list or tuple", line: 1, column: 5)
        assertSyntaxError("x := 1", "invalid syntax", line: 1, column: 3)
        assertSyntaxError("x = y := 1", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("None = 1", "cannot assign to None", line: 1, column: 1)
        assertSyntaxError("True = 1", "cannot assign to True", line: 1, column: 1)
        assertSyntaxError("x == 1 = y", "cannot assign to comparison", line: 1, column: 1)
        assertSyntaxError("f(x for x in y,)", "Generator expression must be parenthesized", line: 1, column: 3)
        assertSyntaxError("[*a for a in b]", "iterable unpacking cannot be used in comprehension", line: 1, column: 2)
        assertSyntaxError("del *a", "cannot delete starred", line: 1, column: 5)
        assertSyntaxError("try:\n pass\nelse:\n pass", "expected 'except' or 'finally' block", line: 3, column: 1)
        assertSyntaxError("def f(**a=1): pass", "var-keyword argument cannot have default value", line: 1, column: 10)
        assertSyntaxError("from a import b,", "trailing comma not allowed without surrounding parentheses", line: 1, column: 17)
        assertSyntaxError("while True print(1)", "invalid syntax", line: 1, column: 12)
        assertSyntaxError("f(x=1 for x in y)", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 3)
        assertSyntaxError("x.y := 1", "cannot use assignment expressions with attribute", line: 1, column: 1)
        assertSyntaxError("(x.y := 1)", "cannot use assignment expressions with attribute", line: 1, column: 2)
        assertSyntaxError("f(x.y := 1)", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("for x in y := z: pass", "invalid syntax", line: 1, column: 12)
        assertSyntaxError("assert x := 1", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("del x := 1", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("x = 1, y := 2", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("with x := 1: pass", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("lambda: x := 1", "cannot use assignment expressions with lambda", line: 1, column: 1)
        assertSyntaxError("a[1:x := 2]", "invalid syntax", line: 1, column: 7)
        assertSyntaxError("x = f() = 1", "cannot assign to function call", line: 1, column: 5)
        assertSyntaxError("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("f() = 1 = 2", "cannot assign to function call", line: 1, column: 1)
        assertSyntaxError("not x = 1", "cannot assign to expression", line: 1, column: 1)
        assertSyntaxError("-x = 1", "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("a and b = 1", "cannot assign to expression", line: 1, column: 1)
        assertSyntaxError("a if b else c = 1", "cannot assign to conditional expression", line: 1, column: 1)
        assertSyntaxError("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("x = None = 1", "cannot assign to None", line: 1, column: 5)
        assertSyntaxError("(a, f()) = 1", "cannot assign to function call", line: 1, column: 5)
        assertSyntaxError("[a, 1] = 1", "cannot assign to literal", line: 1, column: 5)
        assertSyntaxError("a, f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 4)
        assertSyntaxError("f(True=1)", "cannot assign to True", line: 1, column: 3)
        assertSyntaxError("f(x.y=1)", "expression cannot contain assignment, perhaps you meant \"==\"?", line: 1, column: 3)
        assertSyntaxError("del f()", "cannot delete function call", line: 1, column: 5)
        assertSyntaxError("del (a, 1)", "cannot delete literal", line: 1, column: 9)
        assertSyntaxError("for f() in x: pass", "cannot assign to function call", line: 1, column: 5)
        assertSyntaxError("with a as f(): pass", "cannot assign to function call", line: 1, column: 11)
        assertSyntaxError("f() += 1", "'function call' is an illegal expression for augmented assignment", line: 1, column: 1)
        assertSyntaxError("lambda: 1 = 1", "cannot assign to lambda", line: 1, column: 1)
        assertSyntaxError("... = 1", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", line: 1, column: 1)
        assertSyntaxError("a < b = 1", "cannot assign to comparison", line: 1, column: 1)
        assertSyntaxError("print(*a for a in b)", "iterable unpacking cannot be used in comprehension", line: 1, column: 7)
        assertSyntaxError("f(), a = 1", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 6)
        assertSyntaxError("f(), g() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 6)
        assertSyntaxError("1, 2 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 4)
        assertSyntaxError("a, 1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 4)
        assertSyntaxError("a, None = 1", "cannot assign to None", line: 1, column: 4)
        assertSyntaxError("None, a = 1", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 7)
        assertSyntaxError("a.b, f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 6)
        assertSyntaxError("x = a, f() = 1", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 1)
        assertSyntaxError("a, (f()) = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 5)
        assertSyntaxError("(f()) = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 2)
        assertSyntaxError("(1) = 2", "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 2)
        assertSyntaxError("a, x == 1 = 2", "cannot assign to comparison", line: 1, column: 4)
        assertSyntaxError("if x print(1)", "invalid syntax", line: 1, column: 6)
        assertSyntaxError("if x", "expected ':'", line: 1, column: 5)
        assertSyntaxError("while x", "expected ':'", line: 1, column: 8)
        assertSyntaxError("for x in y print(1)", "invalid syntax", line: 1, column: 12)
        assertSyntaxError("for x in y", "expected ':'", line: 1, column: 11)
        assertSyntaxError("def f() print(1)", "expected ':'", line: 1, column: 9)
        assertSyntaxError("class C print(1)", "invalid syntax", line: 1, column: 9)
        assertSyntaxError("with x print(1)", "invalid syntax", line: 1, column: 8)
        assertSyntaxError("with x", "expected ':'", line: 1, column: 7)
        assertSyntaxError("try print(1)", "expected ':'", line: 1, column: 5)
        assertSyntaxError("if x: pass\nelif y print(1)", "invalid syntax", line: 2, column: 8)
        assertSyntaxError("if x: pass\nelif y", "expected ':'", line: 2, column: 7)
        assertSyntaxError("if x: pass\nelse print(1)", "expected ':'", line: 2, column: 6)
        assertSyntaxError("try:\n pass\nexcept E print(1)", "invalid syntax", line: 3, column: 10)
        assertSyntaxError("try:\n pass\nexcept E", "expected ':'", line: 3, column: 9)
        assertSyntaxError("try:\n pass\nfinally print(1)", "expected ':'", line: 3, column: 9)
        assertSyntaxError("lambda x print(1)", "invalid syntax", line: 1, column: 10)
        assertSyntaxError("try:\n pass\nx = 1", "expected 'except' or 'finally' block", line: 3, column: 1)
        assertSyntaxError("try:\n pass", "expected 'except' or 'finally' block", line: 2, column: 6)
        assertSyntaxError("del *a, b", "cannot delete starred", line: 1, column: 5)
        assertSyntaxError("del a, *b", "cannot delete starred", line: 1, column: 8)
        assertSyntaxError("{*a for a in b}", "iterable unpacking cannot be used in comprehension", line: 1, column: 2)
        assertSyntaxError("(*a for a in b)", "iterable unpacking cannot be used in comprehension", line: 1, column: 2)
        assertSyntaxError("{**a for a in b}", "dict unpacking cannot be used in dict comprehension", line: 1, column: 2)
        assertSyntaxError("with a as *b: pass", "starred assignment target must be in a list or tuple", line: 1, column: 11)
        assertSyntaxError("*a", "can't use starred expression here", line: 1, column: 1)
        assertSyntaxError("def f(**a, b): pass", "arguments cannot follow var-keyword argument", line: 1, column: 12)
        assertSyntaxError("def f(*, **a=1): pass", "named arguments must follow bare *", line: 1, column: 7)
        assertSyntaxError("lambda **a=1: 0", "var-keyword argument cannot have default value", line: 1, column: 11)
        assertSyntaxError("from a import b, c,", "trailing comma not allowed without surrounding parentheses", line: 1, column: 20)
        assertSyntaxError("from a import *,", "invalid syntax", line: 1, column: 16)
        assertSyntaxError("x = yield = 1", "assignment to yield expression not possible", line: 1, column: 5)
        assertSyntaxError("f(a for a in b, c)", "Generator expression must be parenthesized", line: 1, column: 3)
        assertSyntaxError("f(c, a for a in b)", "Generator expression must be parenthesized", line: 1, column: 6)
        assertSyntaxError("f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", line: 1, column: 8)
        assertSyntaxError("class C(x for x in y): pass", "invalid syntax", line: 1, column: 11)
        assertSyntaxError("f(a, b for b in c)", "Generator expression must be parenthesized", line: 1, column: 6)
        assertSyntaxError("def f():\n    return x := 1", "invalid syntax", line: 2, column: 14)
        assertSyntaxError("def f():\n    return x.y := 1", "invalid syntax", line: 2, column: 16)
    }
}
