import XCTest
import CPseudoTerminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `tern` console in a pseudo-terminal, typed at as a person would: line editing,
/// history, completion, auto-indentation and Ctrl-C go through libedit and the terminal driver.
final class TerminalTests: XCTestCase {
    /// A `tern` process whose stdin, stdout and stderr are a new pseudo-terminal.
    final class Session {
        let pid: pid_t
        let master: Int32
        private(set) var transcript = ""

        init(arguments: [String] = [], environment: [String: String]) throws {
            var env = ProcessInfo.processInfo.environment
            env["TERM"] = "xterm"
            for (key, value) in environment { env[key] = value }
            let argv = ([CommandLineTests.ternPath] + arguments).map { strdup($0) } + [nil]
            let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                for p in argv { free(p) }
                for p in envp { free(p) }
            }
            var child: pid_t = 0
            master = tern_spawn_in_pseudo_terminal(CommandLineTests.ternPath, argv, envp, 30, 100, &child)
            guard master >= 0 else { throw XCTSkip("no pseudo-terminal available") }
            pid = child
        }

        deinit {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(master)
        }

        /// Sends keystrokes.
        func type(_ keys: String) {
            let bytes = Array(keys.utf8)
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }

        /// Reads output until `text` has appeared after `start` characters of the transcript
        /// (nil: anywhere new since the last wait), or the timeout passes.
        @discardableResult
        func wait(for text: String, timeout: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            let start = waitStart
            while Date() < deadline {
                // The next wait starts after this match (not after all output read so far,
                // which may hold what it waits for).
                if transcript.count > start, let found = transcript.dropFirst(start).range(of: text) {
                    waitStart = transcript.distance(from: transcript.startIndex, to: found.upperBound)
                    return true
                }
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&descriptor, 1, 50) > 0 {
                    var buffer = [UInt8](repeating: 0, count: 4096)
                    let n = read(master, &buffer, buffer.count)
                    if n <= 0 { break }
                    transcript += String(decoding: buffer[0..<n], as: UTF8.self)
                }
            }
            return transcript.count > start && transcript.dropFirst(start).contains(text)
        }
        private var waitStart = 0

        /// Types a line and waits for the prompt that follows it (at the start of a line: the
        /// line's own redraw also shows the prompt, and keys typed before the prompt is up would
        /// reach the terminal driver rather than the line editor).
        func enter(_ line: String, expecting prompt: String = ">>> ") {
            type(line + "\r")
            wait(for: "\n" + prompt)
        }

        /// Waits for the process to end; its exit status, or nil on timeout.
        func exitStatus(timeout: Double = 10) -> Int32? {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
                wait(for: "\u{0}", timeout: 0.05)
            }
            return nil
        }
    }

    var historyFile = ""

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: CommandLineTests.ternPath) else {
            throw XCTSkip("tern binary not built at \(CommandLineTests.ternPath)")
        }
        historyFile = NSTemporaryDirectory() + "tern-history-\(getpid())-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: historyFile)
    }

    func makeSession() throws -> Session {
        let session = try Session(environment: ["TERN_HISTORY": historyFile])
        XCTAssertTrue(session.wait(for: ">>> "), "no prompt: \(session.transcript)")
        return session
    }

    func testMultiLineFunctionWithAutoIndentation() throws {
        let session = try makeSession()
        session.enter("def double(x):", expecting: "... ")
        // The body is typed without indentation: the console offers it.
        session.enter("return x * 2", expecting: "... ")
        session.enter("")
        session.type("double(21)\r")
        XCTAssertTrue(session.wait(for: "42"), session.transcript)
        XCTAssertTrue(session.transcript.contains("...     return x * 2"), session.transcript)
    }

    func testRecallWithUpAndEditInTheMiddle() throws {
        let session = try makeSession()
        session.enter("print(1234)")
        // Up recalls the line; Left twice puts the cursor before "4)"; Backspace deletes the 3.
        session.type("\u{1b}[A")
        session.type("\u{1b}[D\u{1b}[D\u{7f}9\r")
        XCTAssertTrue(session.wait(for: "1294"), session.transcript)
    }

    func testTabCompletesAnAttribute() throws {
        let session = try makeSession()
        session.enter("import math")
        // Tab completes "sqr" to "sqrt(" (libedit redraws only the new part).
        session.type("math.sqr\t")
        XCTAssertTrue(session.wait(for: "t("), session.transcript)
        session.type("49)\r")
        XCTAssertTrue(session.wait(for: "7.0"), session.transcript)
        // At the start of a line, Tab indents.
        session.enter("if True:", expecting: "... ")
        session.type("\u{15}\tprint('indented')\r")
        session.wait(for: "... ")
        session.type("\r")
        XCTAssertTrue(session.wait(for: "indented\r\n"), session.transcript)
    }

    func testControlCInterruptsARunningLoopAndTheConsoleGoesOn() throws {
        let session = try makeSession()
        session.enter("n = 0", expecting: ">>> ")
        session.enter("while True: n += 1", expecting: "... ")
        session.type("\r")
        usleep(300_000)
        session.type("\u{03}")
        XCTAssertTrue(session.wait(for: "KeyboardInterrupt"), session.transcript)
        session.wait(for: ">>> ")
        session.type("n > 0\r")
        XCTAssertTrue(session.wait(for: "True"), session.transcript)
        session.wait(for: "\n>>> ")
        // Ctrl-C at the prompt drops the line.
        session.type("this is dropped")
        session.type("\u{03}")
        XCTAssertTrue(session.wait(for: "KeyboardInterrupt"), session.transcript)
        session.type("1 + 1\r")
        XCTAssertTrue(session.wait(for: "2"), session.transcript)
    }

    func testControlDInsideAnEntryEndsTheEntryNotTheSession() throws {
        let session = try makeSession()
        session.enter("if True:", expecting: "... ")
        session.enter("print('ran' * 2)", expecting: "... ")
        // Ctrl-U drops the offered indentation, then Ctrl-D on the empty line.
        session.type("\u{15}\u{04}")
        XCTAssertTrue(session.wait(for: "ranran"), session.transcript)
        session.wait(for: ">>> ")
        // Indentation typed by hand on top of the offer counts once, as in CPython's console.
        session.enter("def g():", expecting: "... ")
        session.enter("    return 'typed indentation'", expecting: "... ")
        session.enter("")
        session.type("g()\r")
        XCTAssertTrue(session.wait(for: "'typed indentation'"), session.transcript)
    }

    func testUnderscoreHoldsTheLastValue() throws {
        let session = try makeSession()
        session.enter("6 * 7")
        session.type("_ + 1\r")
        XCTAssertTrue(session.wait(for: "43"), session.transcript)
    }

    func testHistoryIsSavedAndLoadedAndControlDExits() throws {
        // An empty file (made by `touch`) is a history file like any other.
        XCTAssertTrue(FileManager.default.createFile(atPath: historyFile, contents: Data()))
        do {
            let session = try makeSession()
            session.enter("remembered = 'from the first session'")
            session.type("\u{04}")
            XCTAssertEqual(session.exitStatus(), 0, session.transcript)
        }
        let saved = (try? String(contentsOfFile: historyFile, encoding: .utf8)) ?? ""
        XCTAssertTrue(saved.contains("remembered"), saved)
        let session = try makeSession()
        session.type("\u{1b}[A")
        XCTAssertTrue(session.wait(for: "remembered = 'from the first session'"), session.transcript)
        session.type("\r")
        session.wait(for: ">>> ")
        session.type("exit(3)\r")
        XCTAssertEqual(session.exitStatus(), 3, session.transcript)
    }

    func testReverseSearchFindsOlderLines() throws {
        let session = try makeSession()
        session.enter("first = 'alpha'")
        session.enter("second = 'beta'")
        session.enter("print('searched', first)")
        session.enter("third = 3")
        // Ctrl-R and "pri" find the print line; Enter runs it.
        session.type("\u{12}pri")
        XCTAssertTrue(session.wait(for: "(reverse-i-search)`pri': print('searched', first)"), session.transcript)
        session.type("\r")
        XCTAssertTrue(session.wait(for: "searched alpha"), session.transcript)
        session.wait(for: ">>> ")
        // Ctrl-R again goes further back; Ctrl-G gives back the line being typed.
        session.type("kept\u{12}=")
        XCTAssertTrue(session.wait(for: "(reverse-i-search)`=': third = 3"), session.transcript)
        session.type("\u{12}")
        XCTAssertTrue(session.wait(for: "(reverse-i-search)`=': second = 'beta'"), session.transcript)
        session.type("\u{07}\u{05}d = 5\r")
        session.wait(for: "\n>>> ")
        session.type("keptd\r")
        XCTAssertTrue(session.wait(for: "\n5"), session.transcript)
        session.wait(for: "\n>>> ")
        // Another key (End) keeps the line found and then moves: the line is edited, not run.
        session.type("\u{12}alpha\u{1b}[F + '!'\r")
        session.wait(for: ">>> ")
        session.type("first\r")
        XCTAssertTrue(session.wait(for: "'alpha!'"), session.transcript)
    }

    func testInputAtTheConsoleIsEdited() throws {
        let session = try makeSession()
        session.type("answer = input('name' + '? ')\r")
        XCTAssertTrue(session.wait(for: "name? "), session.transcript)
        // Ctrl-A goes to the start of the line, as at the prompt.
        session.type("ob\u{01}b\r")
        session.wait(for: ">>> ")
        session.type("answer\r")
        XCTAssertTrue(session.wait(for: "'bob'"), session.transcript)
        session.wait(for: ">>> ")
        // Ctrl-D is EOFError and Ctrl-C KeyboardInterrupt; the console goes on.
        session.type("input('more' + '? ')\r")
        session.wait(for: "more? ")
        session.type("\u{04}")
        XCTAssertTrue(session.wait(for: "EOFError"), session.transcript)
        session.wait(for: ">>> ")
        session.type("input('more' + '? ')\r")
        session.wait(for: "more? ")
        session.type("abc\u{03}")
        XCTAssertTrue(session.wait(for: "KeyboardInterrupt"), session.transcript)
        session.wait(for: ">>> ")
        // The typed line went into the history, as readline keeps input() lines.
        session.type("\u{1b}[A\u{1b}[A\u{1b}[A\u{1b}[A")
        XCTAssertTrue(session.wait(for: "bob"), session.transcript)
        XCTAssertFalse(session.transcript.contains("^D"), session.transcript)
    }

    func testBackspaceTakesBackAnIndentationLevelAndUnknownKeysAreIgnored() throws {
        let session = try makeSession()
        session.enter("if True:", expecting: "... ")
        session.enter("if True:", expecting: "... ")
        session.enter("x = 'inner'", expecting: "... ")
        // One Backspace goes from the offered eight columns back to four: the outer block.
        session.type("\u{7f}y = 'outer'\r")
        session.wait(for: "... ")
        session.enter("")
        session.type("x, y\r")
        XCTAssertTrue(session.wait(for: "('inner', 'outer')"), session.transcript)
        session.wait(for: ">>> ")
        // F12, Insert and PageDown leave nothing behind on the line.
        session.type("\u{1b}[24~\u{1b}[2~\u{1b}[6~7 * 6\r")
        XCTAssertTrue(session.wait(for: "42"), session.transcript)
    }

    func testIndentingWithTabAsInCPythonAndStringsKeepTheirText() throws {
        let session = try makeSession()
        // A CPython user presses Tab for each level; on top of the offered indentation it
        // counts once.
        session.enter("for i in range(2):", expecting: "... ")
        session.enter("\tif i:", expecting: "... ")
        session.enter("\t\tprint('tab', i)", expecting: "... ")
        session.type("\r")
        XCTAssertTrue(session.wait(for: "tab 1"), session.transcript)
        session.wait(for: "\n>>> ")
        // Inside a triple-quoted string nothing is offered: the text stays as typed.
        session.enter("s = '''note:", expecting: "... ")
        session.enter("abc'''")
        session.type("s\r")
        XCTAssertTrue(session.wait(for: "'note:\\nabc'"), session.transcript)
        session.wait(for: "\n>>> ")
        // A name that only starts with "else" is not taken back to the `if`.
        session.enter("if True:", expecting: "... ")
        session.enter("x = 1", expecting: "... ")
        session.enter("else_ = 2", expecting: "... ")
        session.enter("")
        session.type("x + else_\r")
        XCTAssertTrue(session.wait(for: "\n3"), session.transcript)
    }

    func testCutAndPasteAsReadline() throws {
        let session = try makeSession()
        // Ctrl-W cuts back to whitespace; two cuts in a row paste back together with Ctrl-Y.
        session.type("y = 1 + 20 + 300\u{17}\u{17}+ 4 \u{19}\r")
        session.wait(for: "\n>>> ")
        session.type("y\r")
        XCTAssertTrue(session.wait(for: "\n325"), session.transcript)
        session.wait(for: "\n>>> ")
        // Ctrl-A, Ctrl-K cuts the line; Ctrl-Y twice pastes it twice.
        session.type("'ab'\u{01}\u{0b}\u{19}\u{19}\r")
        XCTAssertTrue(session.wait(for: "'abab'"), session.transcript)
    }

    func testSeedDocumentFinalizeExampleTyped() throws {
        let session = try makeSession()
        session.enter("import weakref")
        session.enter("class Object:", expecting: "... ")
        session.enter("pass", expecting: "... ")
        session.enter("")
        session.enter("kenny = Object()")
        session.type("weakref.finalize(kenny, print, \"You killed Kenny!\")\r")
        XCTAssertTrue(session.wait(for: "<finalize object at 0x"), session.transcript)
        session.wait(for: ">>> ")
        session.type("del kenny\r")
        XCTAssertTrue(session.wait(for: "You killed Kenny!"), session.transcript)
        session.wait(for: ">>> ")
        session.enter("obj = Object()")
        session.enter("weakref.finalize(obj, print, \"obj dead or exiting\")")
        session.type("exit()\r")
        XCTAssertTrue(session.wait(for: "obj dead or exiting"), session.transcript)
        XCTAssertEqual(session.exitStatus(), 0, session.transcript)
    }
}
