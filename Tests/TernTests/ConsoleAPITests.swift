import XCTest
import Tern

/// TernConsole as a host uses it: lines in, steps and prompts out, output through the
/// interpreter's sinks, completion, and a clean teardown.
final class ConsoleAPITests: XCTestCase {
    func testEntriesPromptsAndEcho() {
        let interpreter = TernInterpreter()
        var output = ""
        var errors = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { errors += $0 }
        let console = TernConsole(interpreter: interpreter)
        XCTAssertEqual(console.prompt, ">>> ")
        XCTAssertEqual(console.push("def double(x):"), .needsMoreInput)
        XCTAssertEqual(console.prompt, "... ")
        XCTAssertEqual(console.suggestedIndentation, "    ")
        XCTAssertEqual(console.push("    return x * 2"), .needsMoreInput)
        XCTAssertEqual(console.suggestedIndentation, "")
        XCTAssertEqual(console.push(""), .ready)
        XCTAssertEqual(console.push("double(21)"), .ready)
        XCTAssertEqual(console.push("_ + 1"), .ready)
        XCTAssertEqual(output, "42\n43\n")
        XCTAssertEqual(console.push("x = (1,"), .needsMoreInput)
        XCTAssertEqual(console.push("2)"), .ready)
        XCTAssertEqual(console.push("1 / 0"), .ready)
        XCTAssertTrue(errors.hasSuffix("ZeroDivisionError: division by zero\n"), errors)
        XCTAssertEqual(console.push("x = = 1"), .ready)
        XCTAssertTrue(errors.hasSuffix("SyntaxError: invalid syntax\n"), errors)
        XCTAssertEqual(console.completions(before: "dou").candidates, ["double("])
        XCTAssertEqual(console.completions(before: "x.cou").candidates, ["x.count("])
        XCTAssertEqual(console.completions(before: "import wea").candidates, ["weakref"])
        XCTAssertEqual(console.push("exit(5)"), .exited(5))
        XCTAssertEqual(console.finish(), 5)
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }

    func testInterruptHandleRaisesKeyboardInterrupt() {
        let interpreter = TernInterpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { _ in }
        let console = TernConsole(interpreter: interpreter)
        // Requested before the loop runs: the loop's first back edge raises it.
        interpreter.interruptHandle.requestInterrupt()
        console.push("try:")
        console.push("    while True: pass")
        console.push("except KeyboardInterrupt:")
        console.push("    print('interrupted')")
        XCTAssertEqual(console.push(""), .ready)
        XCTAssertEqual(output, "interrupted\n")
        XCTAssertFalse(interpreter.interruptHandle.takeRequest())
        XCTAssertEqual(console.finish(), 0)
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }
}
