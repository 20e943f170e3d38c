#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tern

// The `tern` command: a host of the Tern library like any other.
let arguments = CommandLine.arguments
if arguments.count < 2 {
    fputs("usage: tern FILE [ARGS...]\n", stderr)
    exit(2)
}
let path = arguments[1]
if path == "--version" || path == "-V" {
    print("Tern \(TernInterpreter.version)")
    exit(0)
}
let interpreter = TernInterpreter()
let status = interpreter.runFile(path: path, arguments: Array(arguments.dropFirst(1)))
if getenv("TERN_REPORT_LIVE_OBJECTS") != nil && interpreter.liveObjectCount != 0 {
    fputs("tern: \(interpreter.liveObjectCount) objects still alive after shutdown\n", stderr)
    for description in interpreter.liveObjectDescriptions { fputs("  \(description)\n", stderr) }
}
exit(status)
