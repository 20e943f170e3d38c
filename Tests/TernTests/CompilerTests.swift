import XCTest
@testable import Tern

/// Compiles small sources with the CodeGenerator (as `Interpreter.compile` does) and checks
/// the code objects and the symbol table's classification of names.
final class CompilerTests: XCTestCase {
    var vm: Interpreter!
    var compiled: [CodeObject] = []

    override func setUp() {
        vm = Interpreter()
    }

    override func tearDown() {
        for code in compiled { vm.heap.release(code) }
        compiled = []
        vm.shutdown()
        vm = nil
    }

    func compile(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> CodeObject {
        let statements = try Parser.parseModule(source)
        let code = try CodeGenerator.compileModule(statements, filename: "<test>", vm: vm)
        compiled.append(code)
        return code
    }

    func compileError(_ source: String) -> SyntaxErrorInfo? {
        do {
            let statements = try Parser.parseModule(source)
            let code = try CodeGenerator.compileModule(statements, filename: "<test>", vm: vm)
            vm.heap.release(code)
            return nil
        } catch {
            return error
        }
    }

    func symbols(_ source: String) throws -> SymbolTableBuilder {
        try SymbolTableBuilder.build(try Parser.parseModule(source))
    }

    /// The scope at a path of child indices from the module.
    func scope(_ builder: SymbolTableBuilder, _ path: Int...) -> Scope {
        var scope = builder.module
        for i in path { scope = scope.children[i] }
        return scope
    }

    // MARK: Code object helpers

    func strings(_ objects: some Sequence<StrObject>) -> [String] { objects.map(\.value) }

    func describeConstant(_ value: Value) -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .object:
            if let s = value.asStr { return "'" + s.value + "'" }
            if let code = value.asObject(CodeObject.self) { return "<code \(code.name)>" }
            return "<\(value.heapObject!.type.name)>"
        }
    }

    func constants(_ code: CodeObject) -> [String] { code.constants.map(describeConstant) }

    func nestedCode(_ code: CodeObject, named name: String) -> CodeObject? {
        for constant in code.constants {
            if let inner = constant.asObject(CodeObject.self) {
                if inner.name == name { return inner }
                if let found = nestedCode(inner, named: name) { return found }
            }
        }
        return nil
    }

    func opcodes(_ code: CodeObject) -> [Opcode] {
        code.instructions.map { Opcode(rawValue: UInt8($0 & 0xFF))! }
    }

    // MARK: Constants and names

    func testModuleConstantsAreDeduplicated() throws {
        let code = try compile("a = 1\nb = 'x'\nc = 1\nd = 2.5\ne = 'x'\nf = None\n")
        XCTAssertEqual(constants(code), ["1", "'x'", "2.5", "None"])
        XCTAssertEqual(strings(code.names), ["a", "b", "c", "d", "e", "f"])
        XCTAssertTrue(code.localNames.isEmpty, "module code uses names, not fast locals")
        XCTAssertTrue(code.codeFlags.contains(.usesNameLookup))
        XCTAssertEqual(code.name, "<module>")
    }

    func testBigIntegerConstant() throws {
        let code = try compile("x = 123456789012345678901234567890\n")
        XCTAssertEqual(code.constants.count, 2)
        XCTAssertNotNil(code.constants[0].heapObject, "a big int is a heap object")
        XCTAssertEqual(describeConstant(code.constants[1]), "None")
    }

    func testFunctionCodeObject() throws {
        let code = try compile("""
        def f(a, b=1, /, c=2, *args, d, e=3, **kw):
            x = a + d
            return x
        """)
        let f = try XCTUnwrap(nestedCode(code, named: "f"))
        XCTAssertEqual(f.argumentCount, 3)
        XCTAssertEqual(f.positionalOnlyCount, 2)
        XCTAssertEqual(f.keywordOnlyCount, 2)
        XCTAssertTrue(f.codeFlags.contains(.varArgs))
        XCTAssertTrue(f.codeFlags.contains(.varKeywords))
        XCTAssertFalse(f.codeFlags.contains(.generator))
        XCTAssertFalse(f.codeFlags.contains(.usesNameLookup))
        // Parameters first, in CPython's co_varnames order (positional, keyword-only, *args, **kw), then other locals.
        XCTAssertEqual(strings(f.localNames), ["a", "b", "c", "d", "e", "args", "kw", "x"])
        XCTAssertEqual(f.totalArgumentCount, 7)
        XCTAssertTrue(f.names.isEmpty, "no global or attribute names")
        XCTAssertEqual(f.qualifiedName, "f")
        XCTAssertEqual(f.firstLine, 1)
        XCTAssertEqual(opcodes(f).last, .returnValue)
        XCTAssertTrue(opcodes(f).contains(.loadFast))
        XCTAssertTrue(opcodes(f).contains(.storeFast))
        XCTAssertGreaterThanOrEqual(f.stackSize, 2)
    }

    func testQualifiedNamesAndDocstrings() throws {
        let code = try compile("""
        class C:
            def m(self):
                "Doc."
                def inner(): pass
                return inner
        """)
        let m = try XCTUnwrap(nestedCode(code, named: "m"))
        XCTAssertEqual(m.qualifiedName, "C.m")
        XCTAssertEqual(m.docstring.asStr?.value, "Doc.")
        let inner = try XCTUnwrap(nestedCode(code, named: "inner"))
        XCTAssertEqual(inner.qualifiedName, "C.m.<locals>.inner")
        let c = try XCTUnwrap(nestedCode(code, named: "C"))
        XCTAssertTrue(c.codeFlags.contains(.usesNameLookup))
    }

    func testGeneratorFlag() throws {
        let code = try compile("def g():\n    yield 1\ndef h():\n    return [x for x in ()]\n")
        XCTAssertTrue(try XCTUnwrap(nestedCode(code, named: "g")).codeFlags.contains(.generator))
        XCTAssertFalse(try XCTUnwrap(nestedCode(code, named: "h")).codeFlags.contains(.generator))
        let comprehension = try XCTUnwrap(nestedCode(code, named: "<listcomp>"))
        XCTAssertEqual(strings(comprehension.localNames), [".0", "x"])
        XCTAssertEqual(comprehension.argumentCount, 1)
    }

    func testGlobalNamesInFunctions() throws {
        let code = try compile("def f():\n    return len(y) + z.attr\n")
        let f = try XCTUnwrap(nestedCode(code, named: "f"))
        XCTAssertTrue(f.localNames.isEmpty)
        XCTAssertEqual(Set(strings(f.names)), ["len", "y", "z", "attr"])
        XCTAssertTrue(opcodes(f).contains(.loadGlobal))
        XCTAssertFalse(opcodes(f).contains(.loadFast))
    }

    func testPrivateNamesAreMangled() throws {
        let code = try compile("class _K:\n    __x = 1\n    def m(self):\n        return self.__y\n")
        let k = try XCTUnwrap(nestedCode(code, named: "_K"))
        XCTAssertTrue(strings(k.names).contains("_K__x"))
        let m = try XCTUnwrap(nestedCode(code, named: "m"))
        XCTAssertEqual(strings(m.names), ["_K__y"])
    }

    func testLineNumbers() throws {
        let code = try compile("a = 1\n\nb = 2\n")
        XCTAssertEqual(code.lineNumbers.count, code.instructions.count)
        XCTAssertEqual(Set(code.lineNumbers), [1, 3])
        XCTAssertEqual(code.lineNumbers.first, 1)
    }

    // MARK: Scope analysis

    func testLocalsAndGlobals() throws {
        let builder = try symbols("""
        g = 1
        def f(p):
            global h
            l = p
            h = l
            return g
        """)
        let f = scope(builder, 0)
        XCTAssertEqual(f.kind, .function)
        XCTAssertEqual(f.name, "f")
        XCTAssertEqual(f.locals, ["p", "l"])
        XCTAssertEqual(f.access(of: "p"), .local)
        XCTAssertEqual(f.access(of: "l"), .local)
        XCTAssertEqual(f.access(of: "h"), .globalExplicit)
        XCTAssertEqual(f.access(of: "g"), .globalImplicit)
        XCTAssertEqual(builder.module.access(of: "g"), .name)
        XCTAssertTrue(f.cells.isEmpty)
        XCTAssertTrue(f.frees.isEmpty)
    }

    func testCellAndFreeVariables() throws {
        let builder = try symbols("""
        def outer(a):
            b = 1
            c = 2
            def inner():
                return a + b
            return inner
        """)
        let outer = scope(builder, 0)
        let inner = scope(builder, 0, 0)
        XCTAssertEqual(Set(outer.cells), ["a", "b"])
        XCTAssertEqual(outer.access(of: "a"), .cell)
        XCTAssertEqual(outer.access(of: "b"), .cell)
        XCTAssertEqual(outer.access(of: "c"), .local)
        XCTAssertEqual(outer.locals, ["a", "c", "inner"], "a parameter keeps its argument slot; b moves to a cell")
        XCTAssertEqual(Set(inner.frees), ["a", "b"])
        XCTAssertEqual(inner.access(of: "a"), .free)
        XCTAssertEqual(inner.access(of: "b"), .free)
        XCTAssertTrue(inner.locals.isEmpty)
    }

    func testFreeVariablesPassThroughIntermediateScopes() throws {
        let builder = try symbols("""
        def a():
            x = 1
            def b():
                def c():
                    return x
                return c
            return b
        """)
        XCTAssertEqual(scope(builder, 0).access(of: "x"), .cell)
        XCTAssertEqual(scope(builder, 0, 0).frees, ["x"], "b carries x for c")
        XCTAssertEqual(scope(builder, 0, 0).access(of: "x"), .free)
        XCTAssertEqual(scope(builder, 0, 0, 0).access(of: "x"), .free)
    }

    func testNonlocal() throws {
        let builder = try symbols("""
        def counter():
            n = 0
            def bump():
                nonlocal n
                n += 1
                return n
            return bump
        """)
        XCTAssertEqual(scope(builder, 0).access(of: "n"), .cell)
        XCTAssertEqual(scope(builder, 0, 0).access(of: "n"), .free)
        XCTAssertTrue(scope(builder, 0, 0).locals.isEmpty)
    }

    func testClassBodiesDoNotCreateClosuresForMethods() throws {
        let builder = try symbols("""
        class C:
            x = 1
            def m(self):
                return x
        """)
        let c = scope(builder, 0)
        let m = scope(builder, 0, 0)
        XCTAssertEqual(c.kind, .classBody)
        XCTAssertEqual(c.access(of: "x"), .name)
        XCTAssertEqual(m.access(of: "x"), .globalImplicit, "methods do not see class-level names")
    }

    func testSuperNeedsTheClassCell() throws {
        let builder = try symbols("""
        class C(B):
            def m(self):
                return super().m()
        """)
        let c = scope(builder, 0)
        let m = scope(builder, 0, 0)
        XCTAssertTrue(m.needsClassCell)
        XCTAssertEqual(c.cells, ["__class__"])
        XCTAssertEqual(m.access(of: "__class__"), .free)
    }

    func testComprehensionScopes() throws {
        let builder = try symbols("""
        def f(items):
            return [y for x in items if (y := x)]
        """)
        let f = scope(builder, 0)
        let comprehension = scope(builder, 0, 0)
        XCTAssertEqual(comprehension.kind, .comprehension)
        XCTAssertEqual(comprehension.name, "<listcomp>")
        XCTAssertEqual(comprehension.access(of: "x"), .local)
        XCTAssertEqual(comprehension.access(of: ".0"), .local)
        // The walrus target binds in the enclosing function.
        XCTAssertEqual(f.access(of: "y"), .cell)
        XCTAssertEqual(comprehension.access(of: "y"), .free)
        // The first iterable is evaluated in f.
        XCTAssertTrue(f.used.contains("items"))
        XCTAssertFalse(comprehension.used.contains("items"))
    }

    func testLambdaScope() throws {
        let builder = try symbols("def f(k):\n    return lambda v: v + k\n")
        let lambda = scope(builder, 0, 0)
        XCTAssertEqual(lambda.kind, .lambda)
        XCTAssertEqual(lambda.access(of: "v"), .local)
        XCTAssertEqual(lambda.access(of: "k"), .free)
        XCTAssertEqual(scope(builder, 0).access(of: "k"), .cell)
    }

    // MARK: Errors found after parsing (CPython 3.11's messages)

    func testScopeErrors() {
        XCTAssertEqual(compileError("nonlocal x")?.message, "nonlocal declaration not allowed at module level")
        XCTAssertEqual(compileError("def f():\n    nonlocal x")?.message, "no binding for nonlocal 'x' found")
        XCTAssertEqual(compileError("def f():\n    x = 1\n    global x")?.message, "name 'x' is assigned to before global declaration")
        XCTAssertEqual(compileError("def f(x):\n    global x")?.message, "name 'x' is parameter and global")
        XCTAssertEqual(compileError("def f():\n    from m import *")?.message, "import * only allowed at module level")
        XCTAssertEqual(compileError("class C:\n    [(y := 1) for _ in ()]")?.message,
                       "assignment expression within a comprehension cannot be used in a class body")
    }

    func testControlFlowErrors() {
        XCTAssertEqual(compileError("return 1")?.message, "'return' outside function")
        XCTAssertEqual(compileError("yield 1")?.message, "'yield' outside function")
        XCTAssertEqual(compileError("break")?.message, "'break' outside loop")
        XCTAssertEqual(compileError("continue")?.message, "'continue' not properly in loop")
        XCTAssertEqual(compileError("x = *a")?.message, "can't use starred expression here")
        XCTAssertNil(compileError("def f():\n    while x:\n        break\n    return 1"))
    }
}
