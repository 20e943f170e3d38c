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

    func testCompletionAddsParenthesesAsRlcompleter() {
        let interpreter = TernInterpreter()
        interpreter.standardOutput = { _ in }
        let console = TernConsole(interpreter: interpreter)
        for line in ["class C:", "    def m(self): pass", "    def n(self, a): pass", "", "c = C()", "s = 'x'", "import gc"] {
            console.push(line)
        }
        // "()" where CPython's inspect.signature finds no parameters, "(" for other callables.
        XCTAssertEqual(console.completions(before: "c.").candidates, ["c.m()", "c.n("])
        XCTAssertEqual(console.completions(before: "C.m").candidates, ["C.m("])
        XCTAssertEqual(console.completions(before: "s.upp").candidates, ["s.upper()"])
        XCTAssertEqual(console.completions(before: "gc.isen").candidates, ["gc.isenabled()"])
        XCTAssertEqual(console.completions(before: "glob").candidates, ["global ", "globals()"])
        XCTAssertEqual(console.completions(before: "C").candidates.first, "C()")
        XCTAssertEqual(console.completions(before: "c.__cl").candidates, ["c.__class__()"])
        XCTAssertEqual(console.completions(before: "s.__cl").candidates, ["s.__class__("])
        XCTAssertEqual(console.finish(), 0)
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }

    func testOfferedIndentationFollowsTheStatementNotItsContinuationLines() {
        let interpreter = TernInterpreter()
        interpreter.standardOutput = { _ in }
        let console = TernConsole(interpreter: interpreter)
        console.push("def h():")
        console.push("    s = \"\"\"a")
        XCTAssertEqual(console.suggestedIndentation, "", "inside the string")
        console.push("  y\"\"\"")
        XCTAssertEqual(console.suggestedIndentation, "    ")
        console.push("    v = max(1,")
        console.push("            7)")
        XCTAssertEqual(console.suggestedIndentation, "    ")
        console.push("    if (v and")
        console.push("            s):")
        XCTAssertEqual(console.suggestedIndentation, "        ")
        console.push("        return s")
        XCTAssertEqual(console.suggestedIndentation, "    ")
        console.push("")
        XCTAssertEqual(console.finish(), 0)
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }

    func testInputReadsThroughTheHostsLineReader() {
        let interpreter = TernInterpreter()
        var output = ""
        var errors = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { errors += $0 }
        var prompts: [String] = []
        var answers: [TernLineInput] = [.line("typed"), .endOfInput, .interrupted]
        interpreter.interactiveLineReader = { prompt, preceding in
            prompts.append(preceding + "|" + prompt)
            return answers.removeFirst()
        }
        let status = interpreter.run(source: """
            print("before", end=" ")
            print(input("name? "))
            for _ in range(2):
                try:
                    input()
                except (EOFError, KeyboardInterrupt) as error:
                    print(type(error).__name__)
            """)
        XCTAssertEqual(status, 0, errors)
        // The prompt goes to the reader, not to stdout; so does the unfinished line before it.
        XCTAssertEqual(prompts, ["|name? ", "|", "|"])
        XCTAssertEqual(output, "before typed\nEOFError\nKeyboardInterrupt\n")
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }

    func testHelpShowsSignaturesDocstringsAndTheHelpUtility() {
        let interpreter = TernInterpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { _ in }
        var requests = ["len", "keywords", "q"]
        interpreter.interactiveLineReader = { prompt, _ in
            XCTAssertEqual(prompt, "help> ")
            return .line(requests.removeFirst())
        }
        let console = TernConsole(interpreter: interpreter)
        for line in ["class Shape:", "    'A shape.'", "    sides = 0", "    def area(self, scale=1.0):",
                     "        'The area.'", "", "help(Shape)", "help(len)", "help(Shape().area)", "help()"] {
            console.push(line)
        }
        for expected in ["Help on class Shape in module __main__:\n\nclass Shape(builtins.object)\n |  A shape.\n",
                         " |  Methods defined here:\n |\n |  area(self, scale=1.0)\n |      The area.\n",
                         " |  Data and other attributes defined here:\n |\n |  sides = 0\n",
                         "Help on built-in function len in module builtins:\n\nlen(obj, /)\n",
                         "Help on method area in module __main__:\n\narea(scale=1.0) method of __main__.Shape instance\n",
                         "Welcome to Tern's help utility", "Here is a list of the Python keywords.",
                         "You are now leaving help"] {
            XCTAssertTrue(output.contains(expected), "missing \(expected) in:\n\(output)")
        }
        XCTAssertEqual(output.components(separatedBy: "len(obj, /)").count, 3, output)
        XCTAssertEqual(console.finish(), 0)
        XCTAssertEqual(interpreter.liveObjectCount, 0)
    }

    func testInterruptFromAnotherThreadEndsASleep() {
        let interpreter = TernInterpreter()
        var output = ""
        interpreter.standardOutput = { output += $0 }
        interpreter.standardError = { _ in }
        let handle = interpreter.interruptHandle
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { handle.requestInterrupt() }
        let start = Date()
        let status = interpreter.run(source: "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woken')\n")
        XCTAssertEqual(status, 0)
        XCTAssertEqual(output, "woken\n")
        // Well before the 30 seconds: the sleep noticed the request made on another thread.
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
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
