import XCTest
@testable import Tern

/// Parses and compiles every behaviour program under Tests/Programs: programs that CPython rejects
/// with a SyntaxError or IndentationError must be rejected with the same kind and message; every
/// other program must compile.
final class ParserConformanceTests: XCTestCase {
    static var programsDirectory: String {
        let file = #filePath
        let testsDirectory = file.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + testsDirectory + "/Programs"
    }

    static func programs() throws -> [String] {
        let root = Self.programsDirectory
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".py") else { continue }
            let full = root + "/" + path
            let expected = String(full.dropLast(3)) + ".out"
            if FileManager.default.fileExists(atPath: expected) { found.append(full) }
        }
        return found.sorted()
    }

    func testEveryProgramParsesLikeCPython() throws {
        let all = try Self.programs()
        XCTAssertGreaterThan(all.count, 250, "behaviour programs are missing")
        var failures: [String] = []
        let compiler = Interpreter()
        defer { compiler.shutdown() }
        for path in all {
            let source = try String(contentsOfFile: path, encoding: .utf8)
            let errPath = String(path.dropLast(3)) + ".err"
            let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            let lastLine = stderr.split(separator: "\n").last.map(String.init) ?? ""
            let expectsSyntaxError = !stderr.contains("Traceback") && (lastLine.hasPrefix("SyntaxError: ") || lastLine.hasPrefix("IndentationError: ")
                                                                          || lastLine.hasPrefix("TabError: "))
            do throws(SyntaxErrorInfo) {
                // Compiled too: CPython's symbol table and compiler find some errors (duplicate
                // parameters, repeated keywords).
                let code = try CodeGenerator.compileModule(try Parser.parseModule(source), filename: path, vm: compiler)
                compiler.heap.release(code)
                if expectsSyntaxError { failures.append("\(path): parsed, but CPython says \(lastLine)") }
            } catch {
                let got = "\(error.kind): \(error.message)"
                if !expectsSyntaxError {
                    failures.append("\(path): \(got) at line \(error.line)")
                } else if got != lastLine {
                    failures.append("\(path): got '\(got)', CPython says '\(lastLine)'")
                }
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func testNestingIsBoundedNotACrash() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        XCTAssertThrowsError(try Parser.parseModule(deep)) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "too many nested parentheses")
        }
        let unary = String(repeating: "-", count: 100_000) + "1"
        XCTAssertThrowsError(try Parser.parseModule(unary))
    }

    func testUnterminatedStringAtEndOfFile() {
        XCTAssertThrowsError(try Parser.parseModule("x = 'abc")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "unterminated string literal (detected at line 1)")
        }
    }
}
