#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tern

// The `tern` command: a host of the Tern library like any other, parsing its command line
// as CPython does (options end at the program; everything after it belongs to the program).

/// What the command line asks for.
enum Command {
    /// `tern FILE [ARGS...]`
    case file(path: String, arguments: [String])
    /// `tern -c CODE [ARGS...]`
    case command(code: String, arguments: [String])
    /// `tern - [ARGS...]`, or no program with stdin not a terminal
    case standardInput(arguments: [String])
    /// No program (or `-`) and stdin is a terminal, or -i: the interactive prompt, with
    /// `arguments` as sys.argv.
    case interactive(arguments: [String])
    case help
    case version(verbose: Bool)
    /// A command line error: the message, then the usage hint; exit status 2.
    case usageError(String)
}

struct Options {
    var unbuffered = false
    var ignoreEnvironment = false
    /// -i: the console follows the program (or starts even when stdin is not a terminal).
    var inspect = false
    /// -q: no banner when the console starts.
    var quiet = false
}

let usageLine = "usage: tern [option] ... [-c cmd | file | -] [arg] ..."

let helpText = """
\(usageLine)
Options (and corresponding environment variables):
-B     : accepted for compatibility; Tern writes no .pyc files
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONUNBUFFERED)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the Tern version number and exit (also --version)

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

"""

/// Parses the arguments after the command name, as CPython's getopt does.
func parse(_ arguments: [String], _ options: inout Options) -> Command {
    var index = 0
    var versionCount = 0
    var wantsHelp = false
    func finish(_ command: Command) -> Command {
        if wantsHelp { return .help }
        if versionCount > 0 { return .version(verbose: versionCount > 1) }
        return command
    }
    while index < arguments.count {
        let argument = arguments[index]
        if argument == "-" {
            return finish(standardInput(Array(arguments[index...]), options))
        }
        if !argument.hasPrefix("-") {
            return finish(.file(path: argument, arguments: Array(arguments[index...])))
        }
        if argument == "--" {
            index += 1
            guard index < arguments.count else { break }
            if arguments[index] == "-" { return finish(standardInput(Array(arguments[index...]), options)) }
            return finish(.file(path: arguments[index], arguments: Array(arguments[index...])))
        }
        if argument.hasPrefix("--") {
            switch argument {
            case "--help": wantsHelp = true
            case "--version": versionCount += 1
            default: return .usageError("unknown option \(argument)")
            }
            index += 1
            continue
        }
        // A cluster of one-letter options, such as -uc CODE.
        let letters = Array(argument.unicodeScalars.dropFirst())
        var position = 0
        while position < letters.count {
            let letter = letters[position]
            switch letter {
            case "c":
                let rest = String(String.UnicodeScalarView(letters[(position + 1)...]))
                if !rest.isEmpty {
                    return finish(.command(code: rest, arguments: ["-c"] + arguments[(index + 1)...]))
                }
                guard index + 1 < arguments.count else { return .usageError("Argument expected for the -c option") }
                return finish(.command(code: arguments[index + 1], arguments: ["-c"] + arguments[(index + 2)...]))
            case "h", "?": wantsHelp = true
            case "V": versionCount += 1
            case "u": options.unbuffered = true
            case "E": options.ignoreEnvironment = true
            case "i": options.inspect = true
            case "q": options.quiet = true
            case "B": break
            default: return .usageError("Unknown option: -\(letter)")
            }
            position += 1
        }
        index += 1
    }
    return finish(standardInput([""], options))
}

/// The program on stdin, read at the prompt when stdin is a terminal (or with -i).
func standardInput(_ arguments: [String], _ options: Options) -> Command {
    isatty(0) != 0 || options.inspect ? .interactive(arguments: arguments) : .standardInput(arguments: arguments)
}

func writeError(_ text: String) {
    fputs(text, stderr)
}

var options = Options()
let command = parse(Array(CommandLine.arguments.dropFirst()), &options)

func makeInterpreter() -> TernInterpreter {
    let interpreter = TernInterpreter()
    if options.unbuffered {
        interpreter.outputBuffering = .unbuffered
    } else if options.ignoreEnvironment {
        interpreter.outputBuffering = isatty(1) != 0 ? .lineBuffered : .blockBuffered
    }
    return interpreter
}

/// Runs the program and reports leaks when TERN_REPORT_LIVE_OBJECTS is set (a test aid).
func finish(_ interpreter: TernInterpreter, _ status: Int32) -> Never {
    if getenv("TERN_REPORT_LIVE_OBJECTS") != nil && interpreter.liveObjectCount != 0 {
        writeError("tern: \(interpreter.liveObjectCount) objects still alive after shutdown\n")
        for description in interpreter.liveObjectDescriptions { writeError("  \(description)\n") }
    }
    if interpreter.endedByKeyboardInterrupt {
        // As CPython: an uncaught KeyboardInterrupt ends the process by SIGINT itself.
        signal(SIGINT, SIG_DFL)
        kill(getpid(), SIGINT)
        exit(130)
    }
    exit(status)
}

/// Runs the console that `makeConsole` starts (after running a program, for -i), reading lines
/// with libedit on a terminal (when this build has it), plain lines otherwise.
func runConsole(on interpreter: TernInterpreter, _ makeConsole: () -> TernConsole) -> Never {
    let interrupt = interpreter.interruptHandle
    guard isatty(0) != 0, isatty(1) != 0,
          let editor = EditLineReader(interrupt: interrupt, historyPath: historyPath()) else {
        let console = makeConsole()
        finish(interpreter, runConsole(console, reader: PlainLineReader(interrupt: interrupt)))
    }
    // As at CPython's prompt, input() gets the line editing too (from the -i program on).
    interpreter.interactiveLineReader = { [unowned editor] prompt, precedingText in
        editor.readInput(prompt: prompt, precedingText: precedingText)
    }
    let console = makeConsole()
    editor.console = console
    let status = runConsole(console, reader: editor)
    finish(interpreter, status)
}

/// Runs the command; the interpreter runs on a thread with a large stack (see below).
func run(_ command: Command) -> Never {
    // Ctrl-C is for this thread only (blocked in every other before this one started).
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    switch command {
    case .help:
        fputs(helpText, stdout)
        exit(0)
    case .version(let verbose):
        print(verbose ? "Tern \(TernInterpreter.version) (Python \(TernInterpreter.pythonVersion) compatible)" : "Tern \(TernInterpreter.version)")
        exit(0)
    case .usageError(let message):
        writeError("\(message)\n\(usageLine)\nTry `tern -h' for more information.\n")
        exit(2)
    case .interactive(let arguments):
        let interpreter = makeInterpreter()
        routeInterrupts(to: interpreter)
        if !options.quiet { fputs(TernConsole.banner + "\n", stderr) }
        runConsole(on: interpreter) { TernConsole(interpreter: interpreter, arguments: arguments) }
    case .file(let path, let arguments):
        let interpreter = makeInterpreter()
        routeInterrupts(to: interpreter)
        if options.inspect {
            runConsole(on: interpreter) { TernConsole(interpreter: interpreter, runningFile: path, arguments: arguments) }
        }
        finish(interpreter, interpreter.runFile(path: path, arguments: arguments, absolutePaths: true))
    case .command(let code, let arguments):
        let interpreter = makeInterpreter()
        routeInterrupts(to: interpreter)
        if options.inspect {
            runConsole(on: interpreter) { TernConsole(interpreter: interpreter, runningCommand: code, arguments: arguments) }
        }
        finish(interpreter, interpreter.runCommand(code, arguments: arguments))
    case .standardInput(let arguments):
        let interpreter = makeInterpreter()
        routeInterrupts(to: interpreter)
        finish(interpreter, interpreter.runStandardInput(arguments: arguments))
    }
}

// Native recursion (repr, comparison, nested calls from builtins) should meet Python's recursion
// limit before the end of the native stack, as in CPython; the main thread's 8 MiB is not always
// enough for that, so the program runs on a thread with a 512 MiB stack (reserved, not committed).
var attributes = pthread_attr_t()
pthread_attr_init(&attributes)
pthread_attr_setstacksize(&attributes, 512 << 20)
#if canImport(Glibc)
var thread = pthread_t()
#else
var thread: pthread_t? = nil
#endif
// Ctrl-C is for the interpreter's thread: there it interrupts a blocking read or sleep, and one
// keypress is one KeyboardInterrupt (not a second one handled by this thread). Blocked here before
// that thread exists (it inherits the mask and unblocks it), so no signal lands here first.
var blocked = sigset_t()
sigemptyset(&blocked)
sigaddset(&blocked, SIGINT)
pthread_sigmask(SIG_BLOCK, &blocked, nil)
let created = pthread_create(&thread, &attributes, { _ in run(command) }, nil)
if created != 0 { run(command) }
while true { pause() }
