import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `tern` binary (found beside the test bundle, in .build/debug) on command lines
/// and source files a behaviour program cannot express, and compares with python3: run in the
/// same way when it is on PATH, otherwise with the expected text recorded here from python3 3.11.
final class CommandLineTests: XCTestCase {
    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The directory of the test bundle's build products, where `tern` is built too.
    static var productsDirectory: String {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return (bundle.bundlePath as NSString).deletingLastPathComponent
        }
        return Bundle.main.bundlePath
    }

    static var ternPath: String { productsDirectory + "/tern" }

    var workDirectory = ""

    override func setUpWithError() throws {
        let template = NSTemporaryDirectory() + "tern-cli-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw XCTSkip("no temporary directory") }
        workDirectory = String(cString: made)
        guard FileManager.default.isExecutableFile(atPath: Self.ternPath) else {
            throw XCTSkip("tern binary not built at \(Self.ternPath)")
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: workDirectory)
    }

    /// Runs `executable` with `arguments` in the work directory, stdin from `input`.
    func run(_ executable: String, _ arguments: [String], input: String = "", mergeOutput: Bool = false,
             environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workDirectory)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PYTHONUNBUFFERED")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdinPipe = Pipe(), stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = mergeOutput ? stdoutPipe : stderrPipe
        try process.run()
        stdinPipe.fileHandleForWriting.write(input.data(using: .utf8)!)
        try stdinPipe.fileHandleForWriting.close()
        let out = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
        let err = mergeOutput ? Data() : stderrPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    func tern(_ arguments: [String], input: String = "", mergeOutput: Bool = false,
              environment: [String: String] = [:]) throws -> Result {
        try run(Self.ternPath, arguments, input: input, mergeOutput: mergeOutput, environment: environment)
    }

    /// python3's result for the same command line, or nil when python3 is not installed.
    func python(_ arguments: [String], input: String = "", mergeOutput: Bool = false,
                environment: [String: String] = [:]) throws -> Result? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(directory) + "/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return try run(candidate, arguments, input: input, mergeOutput: mergeOutput, environment: environment)
            }
        }
        return nil
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = workDirectory + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    /// Runs the same arguments through tern and python3 and expects the same result; without
    /// python3, expects `recorded` (with WORK standing for the work directory).
    func assertSameAsPython(_ arguments: [String], input: String = "", mergeOutput: Bool = false,
                            environment: [String: String] = [:], recorded: Result? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let ours = try tern(arguments, input: input, mergeOutput: mergeOutput, environment: environment)
        if var theirs = try python(arguments, input: input, mergeOutput: mergeOutput, environment: environment) {
            // CPython names itself by its own path in these messages; tern says "tern".
            var lines: [String] = []
            for line in theirs.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if let range = line.range(of: ": can't "), !line.hasPrefix(" ") {
                    lines.append("tern" + line[range.lowerBound...])
                } else {
                    lines.append(line)
                }
            }
            theirs.stderr = lines.joined(separator: "\n")
            XCTAssertEqual(ours, theirs, "tern \(arguments)", file: file, line: line)
        } else if var recorded {
            recorded.stdout = recorded.stdout.replacingOccurrences(of: "WORK", with: workDirectory)
            recorded.stderr = recorded.stderr.replacingOccurrences(of: "WORK", with: workDirectory)
            XCTAssertEqual(ours, recorded, "tern \(arguments)", file: file, line: line)
        }
    }

    // MARK: The forms of the command line

    func testScriptArgumentsAndFile() throws {
        _ = write("show.py", "import sys\nprint(sys.argv, __name__, __file__ == sys.argv[0] or __file__)\n")
        try assertSameAsPython(["show.py", "a", "-c", "--x"],
                               recorded: Result(stdout: "['show.py', 'a', '-c', '--x'] __main__ WORK/show.py\n", stderr: "", status: 0))
    }

    func testCommandForm() throws {
        try assertSameAsPython(["-c", "import sys; print(sys.argv, sys.path[0] == '')", "x", "y"],
                               recorded: Result(stdout: "['-c', 'x', 'y'] True\n", stderr: "", status: 0))
        try assertSameAsPython(["-c", "print(__file__)"], recorded: Result(stdout: "", stderr: """
            Traceback (most recent call last):
              File "<string>", line 1, in <module>
            NameError: name '__file__' is not defined. Did you mean: '__name__'?

            """, status: 1))
        try assertSameAsPython(["-c", "def f():\n    return 1/0\nf()"], recorded: Result(stdout: "", stderr: """
            Traceback (most recent call last):
              File "<string>", line 3, in <module>
              File "<string>", line 2, in f
            ZeroDivisionError: division by zero

            """, status: 1))
        try assertSameAsPython(["-c", "x = (1"], recorded: Result(stdout: "", stderr: """
              File "<string>", line 1
                x = (1
                    ^
            SyntaxError: '(' was never closed

            """, status: 1))
    }

    func testStandardInputForm() throws {
        try assertSameAsPython(["-", "p", "q"], input: "import sys\nprint(sys.argv, __name__)\n1/0\n",
                               recorded: Result(stdout: "['-', 'p', 'q'] __main__\n", stderr: """
                                   Traceback (most recent call last):
                                     File "<stdin>", line 3, in <module>
                                   ZeroDivisionError: division by zero

                                   """, status: 1))
        // No program and stdin not a terminal: stdin is the program, sys.argv is [''].
        try assertSameAsPython([], input: "import sys\nprint(sys.argv)\n",
                               recorded: Result(stdout: "['']\n", stderr: "", status: 0))
    }

    func testInspectQuietlyWithStandardInputArgumentsAndAfterAFile() throws {
        // -q drops the banner, so the console's whole output compares with python3's.
        try assertSameAsPython(["-i", "-q", "-", "a", "b"], input: "import sys; sys.argv\n",
                               recorded: Result(stdout: "['-', 'a', 'b']\n", stderr: ">>> >>> \n", status: 0))
        // After `-i FILE`, the program's globals remain but __file__ is gone, as in CPython.
        _ = write("inspected.py", "answer = 42\n")
        try assertSameAsPython(["-q", "-i", "inspected.py"], input: "answer\n'__file__' in globals()\n",
                               recorded: Result(stdout: "42\nFalse\n", stderr: ">>> >>> >>> \n", status: 0))
    }

    func testUncaughtKeyboardInterruptEndsBySigint() throws {
        // CPython prints the traceback, then ends by SIGINT itself (status 130 in a shell).
        try assertSameAsPython(["-c", "print('before')\nraise KeyboardInterrupt"], recorded: Result(stdout: "before\n", stderr: """
            Traceback (most recent call last):
              File "<string>", line 2, in <module>
            KeyboardInterrupt

            """, status: 2))
    }

    func testMissingFile() throws {
        try assertSameAsPython(["missing.py", "arg"], recorded: Result(stdout: "", stderr:
            "tern: can't open file 'WORK/missing.py': [Errno 2] No such file or directory\n", status: 2))
    }

    func testOptionErrors() throws {
        let unknown = try tern(["-Q"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "Unknown option: -Q\nusage: tern [option] ... [-c cmd | file | -] [arg] ...\nTry `tern -h' for more information.\n")
        let long = try tern(["--frobnicate"])
        XCTAssertEqual(long.status, 2)
        XCTAssertTrue(long.stderr.hasPrefix("unknown option --frobnicate\nusage: tern"))
        let missing = try tern(["-c"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("Argument expected for the -c option\n"))
    }

    func testVersionAndHelp() throws {
        let version = try tern(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("Tern "))
        XCTAssertEqual(try tern(["-V"]).stdout, version.stdout)
        let help = try tern(["-h"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.hasPrefix("usage: tern [option] ... [-c cmd | file | -] [arg] ..."))
        XCTAssertEqual(try tern(["--help"]).stdout, help.stdout)
        // Options after the program belong to the program.
        XCTAssertEqual(try tern(["-c", "import sys; print(sys.argv)", "-V"]).stdout, "['-c', '-V']\n")
    }

    // MARK: Output buffering

    func testInterleavedOutputThroughOnePipe() throws {
        // stdout on a pipe is block-buffered (flushed at exit, before the traceback); stderr by line.
        _ = write("mixed.py", """
            import sys
            print("a")
            print("b", file=sys.stderr)
            sys.stderr.write("partial")
            print("c")
            for i in range(2000):
                print("line", i, "x" * (i % 37))
                if i % 300 == 0:
                    print("err", i, file=sys.stderr)
            raise ValueError("boom")

            """)
        try assertSameAsPython(["mixed.py"], mergeOutput: true)
        try assertSameAsPython(["mixed.py"], mergeOutput: true, environment: ["PYTHONUNBUFFERED": "1"])
        try assertSameAsPython(["-u", "mixed.py"], mergeOutput: true)
        let ours = try tern(["mixed.py"], mergeOutput: true)
        XCTAssertTrue(ours.stdout.hasPrefix("b\npartialerr 0\n"), String(ours.stdout.prefix(40)))
        XCTAssertTrue(ours.stdout.hasSuffix("ValueError: boom\n"))
    }

    func testInputFlushesThePrompt() throws {
        _ = write("ask.py", "import sys\nprint('before')\nname = input('name? ')\nprint('hi', name)\nprint('done', file=sys.stderr)\n")
        try assertSameAsPython(["ask.py"], input: "ada\n", mergeOutput: true,
                               recorded: Result(stdout: "before\nname? done\nhi ada\n", stderr: "", status: 0))
    }

    // MARK: Source files no behaviour program can be

    func testNullBytes() throws {
        _ = write("nul.py", Array("x = 1\ny = 2 \0 + 3\nprint(x)\n".utf8))
        try assertSameAsPython(["nul.py"], recorded: Result(stdout: "", stderr: """
              File "WORK/nul.py", line 2
                y = 2 
            SyntaxError: source code cannot contain null bytes

            """, status: 1))
    }

    func testInvalidUTF8() throws {
        _ = write("latin.py", Array("x = 1\n# caf".utf8) + [0xE9] + Array("\nprint(x)\n".utf8))
        try assertSameAsPython(["latin.py"], recorded: Result(stdout: "", stderr:
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file WORK/latin.py on line 2, but no encoding declared; "
            + "see https://peps.python.org/pep-0263/ for details\n", status: 1))
        _ = write("declared.py", Array("# -*- coding: utf-8 -*-\nx = \"".utf8) + [0xFF] + Array("\"\n".utf8))
        try assertSameAsPython(["declared.py"], recorded: Result(stdout: "", stderr: """
              File "WORK/declared.py", line 2
                x = "\u{FFFD}"
                     ^
            SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte

            """, status: 1))
        _ = write("latin1.py", Array("# coding: latin-1\nprint(\"caf".utf8) + [0xE9] + Array("\")\n".utf8))
        try assertSameAsPython(["latin1.py"], recorded: Result(stdout: "café\n", stderr: "", status: 0))
        _ = write("bom.py", [0xEF, 0xBB, 0xBF] + Array("print('bom')\n".utf8))
        try assertSameAsPython(["bom.py"], recorded: Result(stdout: "bom\n", stderr: "", status: 0))
    }

    func testUnterminatedStringAtEndOfFile() throws {
        _ = write("open.py", "x = 1\ny = \"abc")
        try assertSameAsPython(["open.py"], recorded: Result(stdout: "", stderr: """
              File "WORK/open.py", line 2
                y = "abc
                    ^
            SyntaxError: unterminated string literal (detected at line 2)

            """, status: 1))
        _ = write("open3.py", "x = 1\ny = '''abc\n\n")
        try assertSameAsPython(["open3.py"], recorded: Result(stdout: "", stderr: """
              File "WORK/open3.py", line 2
                y = '''abc
                    ^
            SyntaxError: unterminated triple-quoted string literal (detected at line 3)

            """, status: 1))
    }

    func testDeeplyNestedBrackets() throws {
        _ = write("parens.py", String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000) + "\n")
        let parens = try tern(["parens.py"])
        XCTAssertEqual(parens.status, 1)
        XCTAssertTrue(parens.stderr.hasSuffix("SyntaxError: too many nested parentheses\n"), String(parens.stderr.suffix(200)))
        _ = write("lists.py", "x = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        let lists = try tern(["lists.py"])
        XCTAssertEqual(lists.status, 1)
        XCTAssertTrue(lists.stderr.hasSuffix("SyntaxError: too many nested parentheses\n"), String(lists.stderr.suffix(200)))
    }

    func testTenMegabyteLine() throws {
        let text = String(repeating: "a", count: 10_000_000)
        _ = write("long.py", "x = '" + text + "'\nprint(len(x), x[-3:])\ny = 1" + String(repeating: " ", count: 10_000_000) + "\nprint(y)\n")
        try assertSameAsPython(["long.py"], recorded: Result(stdout: "10000000 aaa\n1\n", stderr: "", status: 0))
    }

    func testNoLiveObjectsAfterBadInput() throws {
        _ = write("deep.py", "def f():\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print('caught')\nx = [[1]] * 3\n")
        let result = try tern(["deep.py"], environment: ["TERN_REPORT_LIVE_OBJECTS": "1"])
        XCTAssertEqual(result, Result(stdout: "caught\n", stderr: "", status: 0))
    }
}

/// SIGINT (Ctrl-C) raises KeyboardInterrupt in a script, as in CPython: compared with python3.
final class InterruptTests: XCTestCase {
    /// Runs `executable` on `script`, sends SIGINT once "ready" is printed, returns stdout and status.
    /// (The signal may land before the statement after the print starts: the scripts print the
    /// same either way.)
    func interrupted(_ executable: String, _ script: String) throws -> (String, Int32) {
        let path = NSTemporaryDirectory() + "tern-interrupt-\(getpid())-\(UUID().uuidString).py"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-u", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let handle = output.fileHandleForReading
        // Waits for the whole line: python3 -u writes "ready" and "\n" separately, and a
        // signal between the two would cut the newline.
        while !text.contains("ready\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        process.interrupt()
        text += String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (text, process.terminationStatus)
    }

    func testKeyboardInterruptInSleepLoopAndUncaught() throws {
        guard FileManager.default.isExecutableFile(atPath: CommandLineTests.ternPath) else {
            throw XCTSkip("tern binary not built at \(CommandLineTests.ternPath)")
        }
        let python = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { String($0) + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let scripts = [
            "import time\ntry:\n    print('ready')\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('sleep interrupted')\nprint('after')\n",
            "n = 0\ntry:\n    print('ready')\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('loop interrupted')\n",
            "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint('ready')\nfib(60)\n",
        ]
        let recorded = [("ready\nsleep interrupted\nafter\n", Int32(0)), ("ready\nloop interrupted\n", 0), ("ready\n", -1)]
        for (index, script) in scripts.enumerated() {
            let ours = try interrupted(CommandLineTests.ternPath, script)
            if let python {
                let theirs = try interrupted(python, script)
                XCTAssertEqual(ours.0, theirs.0, script)
                XCTAssertEqual(ours.1, theirs.1, script)
            } else {
                XCTAssertEqual(ours.0, recorded[index].0, script)
                if recorded[index].1 >= 0 { XCTAssertEqual(ours.1, recorded[index].1, script) }
            }
        }
    }
}
