import XCTest

/// Console sessions with piped input (`tern -i < name.txt`), compared with what CPython's console
/// printed for the same lines (Tests/Console/regenerate.sh): stdout, stderr with the prompts, and
/// the exit status. The banner line and addresses are left out of the comparison.
final class ConsoleTranscriptTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Console").path

    func testTranscriptsMatchCPython() throws {
        guard FileManager.default.isExecutableFile(atPath: CommandLineTests.ternPath) else {
            throw XCTSkip("tern binary not built at \(CommandLineTests.ternPath)")
        }
        let inputs = try FileManager.default.contentsOfDirectory(atPath: Self.directory).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(inputs.count, 6)
        for input in inputs {
            let name = String(input.dropLast(4))
            let base = Self.directory + "/" + name
            let typed = try String(contentsOfFile: base + ".txt", encoding: .utf8)
            let result = try run(arguments: ["-i"], input: typed)
            let expectedOut = try String(contentsOfFile: base + ".out", encoding: .utf8)
            let expectedErr = try String(contentsOfFile: base + ".err", encoding: .utf8)
            let expectedStatus = Int32(try String(contentsOfFile: base + ".rc", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let errWithoutBanner = result.stderr.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
            XCTAssertEqual(Self.normalized(result.stdout), Self.normalized(expectedOut), "\(name): stdout")
            XCTAssertEqual(Self.normalized(errWithoutBanner), Self.normalized(expectedErr), "\(name): stderr")
            XCTAssertEqual(result.status, expectedStatus, "\(name): exit status")
        }
    }

    /// Addresses differ from run to run.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x?", options: .regularExpression)
    }

    private func run(arguments: [String], input: String) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.ternPath)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERN_HISTORY"] = ""
        // A leak at the end of the session shows in stderr, and fails the comparison.
        environment["TERN_REPORT_LIVE_OBJECTS"] = "1"
        process.environment = environment
        let stdinPipe = Pipe(), stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        stdinPipe.fileHandleForWriting.write(Data(input.utf8))
        try stdinPipe.fileHandleForWriting.close()
        let out = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
        let err = stderrPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }
}
