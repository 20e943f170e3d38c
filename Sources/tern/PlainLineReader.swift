#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tern

/// Lines from stdin without editing (`tern -i` with piped input, or no libedit): the prompt
/// goes to stderr, as CPython writes it there without readline.
final class PlainLineReader: LineReader {
    private var pending: [UInt8] = []
    private var atEnd = false
    private let interrupt: TernInterruptHandle

    init(interrupt: TernInterruptHandle) {
        self.interrupt = interrupt
    }

    func readLine(prompt: String, prefill: String, unfinishedOutput: String, interrupted: inout Bool) -> String? {
        fputs(prompt, stderr)
        fflush(stderr)
        interrupt.takeRequest()
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                let line = String(decoding: pending, as: UTF8.self)
                pending = []
                return line
            }
            // One byte at a time: what follows the line stays unread for the program's input().
            var chunk: [UInt8] = [0]
            let n = read(0, &chunk, 1)
            if n < 0 {
                if errno == EINTR {
                    if interrupt.takeRequest() {
                        interrupted = true
                        pending = []
                        return nil
                    }
                    continue
                }
                atEnd = true
            } else if n == 0 {
                atEnd = true
            } else {
                pending.append(contentsOf: chunk[0..<n])
            }
        }
    }

    func addToHistory(_ line: String) {}
    func saveHistory() {}
}
