import XCTest
import Tern

/// Runs every script in Examples/ through the library and compares its output with the `.out`
/// python3 produced beside it (regenerate with `python3 Examples/x.py > Examples/x.out`).
final class ExamplesTests: XCTestCase {
    static var examplesDirectory: String {
        let file = #filePath
        return "/" + file.split(separator: "/").dropLast(3).joined(separator: "/") + "/Examples"
    }

    func testExamplesMatchCPython() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.examplesDirectory)
            .filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 3)
        for name in names {
            let path = Self.examplesDirectory + "/" + name
            let expected = try String(contentsOfFile: String(path.dropLast(3)) + ".out", encoding: .utf8)
            var stdout = ""
            var stderr = ""
            let interpreter = TernInterpreter()
            interpreter.standardOutput = { stdout += $0 }
            interpreter.standardError = { stderr += $0 }
            let status = interpreter.runFile(path: path, arguments: [path])
            XCTAssertEqual(status, 0, "\(name) exited with \(status): \(stderr)")
            XCTAssertEqual(stdout, expected, "\(name) printed something else")
            XCTAssertEqual(stderr, "", "\(name) wrote to stderr")
            XCTAssertEqual(interpreter.liveObjectCount, 0, "\(name) left objects alive")
        }
    }
}
