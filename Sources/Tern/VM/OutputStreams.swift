#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a standard stream holds output before it reaches the file descriptor (CPython's modes).
public enum OutputBuffering: Sendable {
    /// Every write goes straight out (`python3 -u`, PYTHONUNBUFFERED).
    case unbuffered
    /// Written out whenever a write contains a newline (stdout on a terminal; stderr always).
    case lineBuffered
    /// Written out in blocks of about 8 KiB, at flushes and at exit (stdout on a pipe or file).
    case blockBuffered
}

/// write(2), named apart from the stream methods called `write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// One buffered standard stream, reproducing when CPython's TextIOWrapper (chunk size 8192) over a
/// BufferedWriter (buffer size the descriptor's st_blksize) hands bytes to the file descriptor, so
/// interleaving with the other stream through one pipe comes out in the same order.
struct StreamBuffer {
    let descriptor: Int32
    var mode: OutputBuffering
    /// Bytes not yet written out: the first `buffered` sit in the BufferedWriter, the rest are pending text.
    private var bytes: [UInt8] = []
    private var buffered = 0
    /// The text layer's chunk size.
    private static let size = 8192
    /// The buffered writer's size: st_blksize, as io.open chooses it.
    private let bufferSize: Int

    init(descriptor: Int32, mode: OutputBuffering) {
        self.descriptor = descriptor
        self.mode = mode
        var status = stat()
        if fstat(descriptor, &status) == 0 && status.st_blksize > 1 {
            bufferSize = Int(status.st_blksize)
        } else {
            bufferSize = 8192
        }
        bytes.reserveCapacity(2 * Self.size)
    }

    mutating func write(_ text: String) {
        let count = text.utf8.count
        if bytes.count - buffered + count > Self.size { moveToBuffer() }
        bytes.append(contentsOf: text.utf8)
        switch mode {
        case .unbuffered:
            flush()
        case .lineBuffered:
            if text.utf8.contains(10) || text.utf8.contains(13) { flush() } else if bytes.count - buffered >= Self.size { moveToBuffer() }
        case .blockBuffered:
            if bytes.count - buffered >= Self.size { moveToBuffer() }
        }
    }

    /// The text layer hands its pending bytes to the buffered writer, which writes out when they do not fit.
    private mutating func moveToBuffer() {
        let pending = bytes.count - buffered
        if pending == 0 { return }
        if buffered + pending <= bufferSize {
            buffered += pending
            return
        }
        writeOut(0..<buffered)
        if pending > bufferSize {
            writeOut(buffered..<bytes.count)
            bytes.removeAll(keepingCapacity: true)
            buffered = 0
        } else {
            bytes.removeFirst(buffered)
            buffered = pending
        }
    }

    mutating func flush() {
        if bytes.isEmpty { return }
        writeOut(0..<bytes.count)
        bytes.removeAll(keepingCapacity: true)
        buffered = 0
    }

    private func writeOut(_ range: Range<Int>) {
        if range.isEmpty { return }
        bytes.withUnsafeBytes { raw in
            var offset = range.lowerBound
            while offset < range.upperBound {
                let n = systemWrite(descriptor, raw.baseAddress! + offset, range.upperBound - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}

/// The interpreter's standard output and error, buffered as CPython buffers them: stdout by
/// block on a pipe or file, by line on a terminal; stderr by line; both unbuffered under
/// PYTHONUNBUFFERED. Explicit flushes happen before input(), at flush(), and at exit (stderr
/// first, then stdout, as CPython's flush_io) before an uncaught exception is printed.
struct OutputStreams {
    /// When set, output goes to these closures instead of the process's streams (embedding).
    var standardOutputSink: ((String) -> Void)? = nil
    var standardErrorSink: ((String) -> Void)? = nil
    private var standardOutput: StreamBuffer
    private var standardError: StreamBuffer

    init() {
        let unbuffered = OutputStreams.environmentAsksUnbuffered()
        standardOutput = StreamBuffer(descriptor: 1, mode: unbuffered ? .unbuffered : (isatty(1) != 0 ? .lineBuffered : .blockBuffered))
        standardError = StreamBuffer(descriptor: 2, mode: unbuffered ? .unbuffered : .lineBuffered)
    }

    /// Whether PYTHONUNBUFFERED is set to a non-empty string, as CPython reads it.
    static func environmentAsksUnbuffered() -> Bool {
        guard let value = getenv("PYTHONUNBUFFERED") else { return false }
        return value.pointee != 0
    }

    /// The buffering of stdout; setting `.unbuffered` also makes stderr unbuffered (`-u`).
    var standardOutputBuffering: OutputBuffering {
        get { standardOutput.mode }
        set {
            flushAll()
            standardOutput.mode = newValue
            standardError.mode = newValue == .unbuffered ? .unbuffered : .lineBuffered
        }
    }

    /// Set by the console: remember the text written since the last line end, which a prompt
    /// shown next follows on the same terminal line.
    var tracksLastLine = false
    /// What was written after the last line end (while `tracksLastLine`), at most 200 characters.
    var lastLineText = ""

    mutating func write(_ text: String) {
        if let sink = standardOutputSink {
            sink(text)
            return
        }
        if tracksLastLine { noteLastLine(text) }
        standardOutput.write(text)
    }

    mutating func writeError(_ text: String) {
        if let sink = standardErrorSink {
            sink(text)
            return
        }
        if tracksLastLine { noteLastLine(text) }
        standardError.write(text)
    }

    private mutating func noteLastLine(_ text: String) {
        if let end = text.lastIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            lastLineText = String(text[text.index(after: end)...])
        } else {
            lastLineText += text
        }
        if lastLineText.count > 200 { lastLineText = String(lastLineText.suffix(200)) }
    }

    /// Writes out what stdout holds.
    mutating func flush() {
        standardOutput.flush()
    }

    /// Writes out what stderr holds.
    mutating func flushError() {
        standardError.flush()
    }

    /// Writes out both streams, stderr first (CPython's flush_io, run when the program ends).
    mutating func flushAll() {
        standardError.flush()
        standardOutput.flush()
    }
}
