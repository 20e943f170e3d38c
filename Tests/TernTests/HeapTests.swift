import XCTest
@testable import Tern

/// Reference counting on Tern's heap: objects are counted live when made, die when their
/// count reaches zero, release what they own, and deep chains die without native recursion.
final class HeapTests: XCTestCase {
    var vm: Interpreter!
    var heap: Heap { vm.heap }

    override func setUp() {
        vm = Interpreter()
    }

    override func tearDown() {
        vm.shutdown()
        vm = nil
    }

    func refcount(_ value: Value) -> Int { value.heapObject?.refcount ?? -1 }

    func testStrIsCountedAndFreed() {
        let before = heap.liveObjects
        let s = vm.makeStr("hello")
        XCTAssertEqual(heap.liveObjects, before + 1)
        XCTAssertEqual(refcount(s), 1)
        XCTAssertEqual(s.asStr?.value, "hello")
        heap.release(s)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testInlineValuesAreNotHeapObjects() {
        let before = heap.liveObjects
        let values: [Value] = [.none, .bool(true), .int(42), .float(1.5)]
        for value in values {
            XCTAssertNil(value.heapObject)
            value.retain()
            value.release(heap)
        }
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testListOwnsItsItems() {
        let before = heap.liveObjects
        let a = vm.makeStr("a")
        let b = vm.makeStr("b")
        b.retain()  // keep b alive past the list
        let list = vm.makeList([a, b, .int(3)])
        XCTAssertEqual(heap.liveObjects, before + 3)
        XCTAssertEqual(refcount(b), 2)
        heap.release(list)
        XCTAssertEqual(heap.liveObjects, before + 1, "the list and 'a' died; 'b' is still referenced")
        XCTAssertEqual(refcount(b), 1)
        heap.release(b)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testRetainKeepsObjectsAlive() {
        let before = heap.liveObjects
        let list = vm.makeList([])
        list.retain()
        heap.release(list)
        XCTAssertEqual(heap.liveObjects, before + 1)
        XCTAssertEqual(refcount(list), 1)
        heap.release(list)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testDictRetainsKeysAndValues() {
        let key = vm.intern("key")  // interned strings are immortal; make it before counting
        let before = heap.liveObjects
        let dict = vm.makeDict()
        let value = vm.makeStr("value")
        dict.setString(key, value, heap)
        XCTAssertEqual(refcount(value), 2, "the dict took its own reference")
        heap.release(value)
        XCTAssertEqual(heap.liveObjects, before + 2)
        XCTAssertEqual(dict.getString(key)?.asStr?.value, "value")
        // Replacing the value releases the old one.
        dict.setString(key, .int(1), heap)
        XCTAssertEqual(heap.liveObjects, before + 1)
        heap.release(dict)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testTuplesAndNesting() {
        let before = heap.liveObjects
        let inner = vm.makeList([vm.makeStr("x"), vm.makeStr("y")])
        let tuple = vm.makeTuple([inner, vm.makeStr("z")])
        XCTAssertEqual(heap.liveObjects, before + 5)
        heap.release(tuple)
        XCTAssertEqual(heap.liveObjects, before)
    }

    func testInternedStringsAreShared() {
        let before = heap.liveObjects
        let a = vm.intern("tern-test-interned")
        let b = vm.intern("tern-test-interned")
        XCTAssertTrue(a === b)
        XCTAssertEqual(heap.liveObjects, before + 1)
    }

    func testMillionNodeChainIsReleasedWithoutOverflow() {
        let before = heap.liveObjects
        var chain = vm.makeList([])
        for _ in 0..<1_000_000 {
            chain = vm.makeList([chain])
        }
        XCTAssertEqual(heap.liveObjects, before + 1_000_001)
        heap.release(chain)
        XCTAssertEqual(heap.liveObjects, before)
        XCTAssertEqual(heap.destroyDepth, 0)
        XCTAssertTrue(heap.deferred.isEmpty)
    }

    func testDeepDictChainIsReleasedWithoutOverflow() {
        let key = vm.intern("next")
        let before = heap.liveObjects
        var chain: Value = .none
        for _ in 0..<200_000 {
            let dict = vm.makeDict()
            dict.setString(key, chain, heap)
            heap.release(chain)
            chain = dict.asValue
        }
        XCTAssertEqual(heap.liveObjects, before + 200_000)
        heap.release(chain)
        XCTAssertEqual(heap.liveObjects, before)
    }

    // MARK: End to end

    /// Runs a program in a fresh interpreter and shuts it down.
    func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> (status: Int32, output: String, errors: String) {
        let (status, output, errors, leftOver) = Self.runCounting(source)
        XCTAssertEqual(leftOver, 0, "objects left after shutdown", file: file, line: line)
        return (status, output, errors)
    }

    static func runCounting(_ source: String) -> (status: Int32, output: String, errors: String, leftOver: Int) {
        let interpreter = TernInterpreter()
        var output = ""
        var errors = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { errors += $0 }
        let status = interpreter.run(source: source)
        return (status, output, errors, interpreter.liveObjectCount)
    }

    func testEmptyProgramLeavesNothingAlive() {
        let result = Self.runCounting("")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.leftOver, 0)
    }

    func testProgramRunsEndToEnd() {
        let result = run("""
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        squares = [i * i for i in range(5)]
        print(fib(15), squares, len(squares))
        print("a" + "b", len({"k": 1}))
        """)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, "610 [0, 1, 4, 9, 16] 5\nab 1\n")
        XCTAssertEqual(result.errors, "")
    }

    func testUncaughtExceptionReportsATraceback() {
        let result = run("x = 1\nprint('before')\n1 / 0\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "before\n")
        XCTAssertTrue(result.errors.hasPrefix("Traceback (most recent call last):\n"), result.errors)
        XCTAssertTrue(result.errors.hasSuffix("ZeroDivisionError: division by zero\n"), result.errors)
    }

    func testSyntaxErrorIsReported() {
        let result = run("x = (1,\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.contains("  File \"<string>\", line 1\n    x = (1,\n        ^\n"), result.errors)
        XCTAssertTrue(result.errors.contains("'(' was never closed"), result.errors)
    }

    func testDeepListChainInAProgram() {
        let result = run("""
        x = []
        for i in range(200000):
            x = [x]
        del x
        print('done')
        """)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output, "done\n")
    }
}
