import XCTest
import Tern
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs every behaviour program under Tests/Programs through Tern in-process and compares
/// with what python3 printed: stdout exactly, the exit status, and stderr when a `.err` file
/// exists (caret lines included). After each program the interpreter is
/// torn down and must have no objects left alive.
final class BehaviourProgramTests: XCTestCase {
    static var programsDirectory: String { ParserConformanceTests.programsDirectory }

    /// Programs that do not pass yet, by path relative to Tests/Programs. Kept visible on purpose:
    /// the list must shrink to nothing, and a listed program that passes fails the test.
    static func knownFailures() -> Set<String> {
        let path = programsDirectory + "/known-failures.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    struct Outcome {
        var stdout = ""
        var stderr = ""
        var status: Int32 = 0
        var liveObjects = 0
    }

    static func run(_ path: String) -> Outcome {
        let directory = String(path[..<path.lastIndex(of: "/")!])
        let name = String(path[path.index(after: path.lastIndex(of: "/")!)...])
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var outcome = Outcome()
        let interpreter = TernInterpreter()
        interpreter.standardOutput = { outcome.stdout += $0 }
        interpreter.standardError = { outcome.stderr += $0 }
        outcome.status = interpreter.runFile(path: name, arguments: [name])
        outcome.liveObjects = interpreter.liveObjectCount
        return outcome
    }

    func testBehaviourProgramsMatchCPython() throws {
        let programs = try ParserConformanceTests.programs()
        XCTAssertGreaterThan(programs.count, 250)
        let known = Self.knownFailures()
        var failures: [String] = []
        var failingNames: [String] = []
        var stillFailing = 0
        for path in programs {
            let relative = String(path.dropFirst(Self.programsDirectory.count + 1))
            let base = String(path.dropLast(3))
            let expectedOut = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
            let expectedErr = try? String(contentsOfFile: base + ".err", encoding: .utf8)
            let expectedStatus = (try? String(contentsOfFile: base + ".rc", encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            let outcome = Self.run(path)
            var problems: [String] = []
            if outcome.stdout != expectedOut { problems.append("stdout differs") }
            if outcome.status != expectedStatus { problems.append("exit status \(outcome.status), expected \(expectedStatus)") }
            if let expectedErr, outcome.stderr != expectedErr {
                problems.append("stderr differs")
            }
            if outcome.liveObjects != 0 { problems.append("\(outcome.liveObjects) objects alive after shutdown") }
            if !problems.isEmpty { failingNames.append(relative) }
            if known.contains(relative) {
                if problems.isEmpty { failures.append("\(relative): passes now; remove it from known-failures.txt") }
                stillFailing += 1
                continue
            }
            if !problems.isEmpty {
                var report = "\(relative): " + problems.joined(separator: "; ")
                if outcome.stdout != expectedOut { report += "\n--- got stdout:\n\(outcome.stdout.suffix(600))\n--- stderr:\n\(outcome.stderr.suffix(600))" }
                failures.append(report)
            }
        }
        if ProcessInfo.processInfo.environment["TERN_WRITE_KNOWN_FAILURES"] != nil {
            // Developer aid: record the programs failing right now as the known-failures list.
            let header = "# Behaviour programs that do not pass yet (see BehaviourProgramTests). This list must shrink to nothing.\n"
            try (header + failingNames.joined(separator: "\n") + "\n").write(toFile: Self.programsDirectory + "/known-failures.txt",
                                                                            atomically: true, encoding: .utf8)
            return
        }
        if stillFailing > 0 { print("BehaviourProgramTests: \(stillFailing) programs on the known-failures list") }
        XCTAssert(failures.isEmpty, "\(failures.count) programs differ from CPython:\n" + failures.joined(separator: "\n"))
    }
}
