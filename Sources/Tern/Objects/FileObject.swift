#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text file opened by `open()`, or one of the standard streams (sys.stdin, sys.stdout, sys.stderr).
///
/// Files work on a raw descriptor with Tern's own buffers rather than C stdio, so reads can
/// stop at a line on a terminal and the position reported by tell() accounts for what is buffered.
/// Text is UTF-8; reading translates "\r\n" and "\r" to "\n" unless `newline` says otherwise.
public final class FileObject: HeapObject {
    enum Stream { case none, input, output, error }
    /// How line endings are read: translated to "\n" (newline=None), recognized but kept
    /// (newline=""), or only "\n" ends a line (newline="\n").
    enum LineEndings { case translated, universal, newlineOnly }

    /// The `name` attribute: the path as given, or "<stdout>" and the like.
    let path: String
    /// The mode string as given to open().
    let mode: String
    let encoding: String
    let isReadable: Bool
    let isWritable: Bool
    let stream: Stream
    let lineEndings: LineEndings
    /// What "\n" becomes when written.
    let writtenNewline: String
    /// The OS file descriptor, or -1 once closed.
    private(set) var descriptor: Int32
    /// Standard streams share the process's descriptors and never close them.
    let ownsDescriptor: Bool
    private(set) var isClosed = false
    /// Bytes read ahead from the descriptor and not consumed yet: pending[pendingStart...].
    private var pending: [UInt8] = []
    private var pendingStart = 0
    /// Bytes written and not yet passed to the OS.
    private var unwritten: [UInt8] = []
    @exclusivity(unchecked) var attributes: DictObject? = nil
    /// The heap's attention bytes (see `Heap.attention`): a read interrupted by a signal gives up
    /// when a KeyboardInterrupt is pending, so Ctrl-C ends a blocking `input()`.
    var interruptFlag: UnsafeMutableRawPointer? = nil
    /// Set when the last read gave up because of a pending KeyboardInterrupt.
    private(set) var readWasInterrupted = false

    init(type: TypeObject, path: String, mode: String, encoding: String, readable: Bool, writable: Bool,
         descriptor: Int32, stream: Stream = .none, newline: String? = nil) {
        self.path = path
        self.mode = mode
        self.encoding = encoding
        self.isReadable = readable
        self.isWritable = writable
        self.descriptor = descriptor
        self.stream = stream
        self.ownsDescriptor = stream == .none
        switch newline {
        case nil: lineEndings = .translated
        case "\n": lineEndings = .newlineOnly
        default: lineEndings = .universal
        }
        writtenNewline = (newline?.isEmpty ?? true) ? "\n" : newline!
        super.init(type: type)
    }

    /// 1 or 2 for sys.stdout and sys.stderr, whose text goes to the interpreter's output streams; 0 for
    /// every other file (print() writes to those through their write method).
    var standardStream: Int32 {
        switch stream {
        case .output: return 1
        case .error: return 2
        case .none, .input: return 0
        }
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let attributes { body(attributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        _ = close()
        if let attributes {
            self.attributes = nil
            heap.release(attributes)
        }
    }

    // MARK: Reading

    /// Reads more bytes into the read-ahead buffer; false at end of file.
    private func fillBuffer() -> Bool {
        guard descriptor >= 0 else { return false }
        if pendingStart > 0 && pendingStart == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingStart = 0
        }
        // CPython's text layer reads 8 KiB chunks; the same size keeps read-then-write positions alike.
        let chunkSize = 8192
        let oldCount = pending.count
        pending.append(contentsOf: repeatElement(0, count: chunkSize))
        var count = 0
        readWasInterrupted = false
        repeat {
            count = pending.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + oldCount, chunkSize) }
            if count < 0 && errno == EINTR, let flag = interruptFlag, flag.load(fromByteOffset: 1, as: UInt8.self) != 0 {
                readWasInterrupted = true
                break
            }
        } while count < 0 && errno == EINTR
        pending.removeSubrange((oldCount + max(count, 0))...)
        return count > 0
    }

    /// Takes up to `limit` characters (all when negative), stopping after a line ending when
    /// `stopAtLineEnd`; returns the decoded text with line endings handled per `lineEndings`.
    func readText(limit: Int, stopAtLineEnd: Bool) -> String {
        flushWrites()
        var bytes: [UInt8] = []
        var characters = 0
        while true {
            if pendingStart >= pending.count {
                if !fillBuffer() { break }
                continue
            }
            let byte = pending[pendingStart]
            let startsCharacter = byte & 0xC0 != 0x80
            if limit >= 0 && characters >= limit && startsCharacter { break }
            pendingStart += 1
            if startsCharacter { characters += 1 }
            if byte == 13 && lineEndings != .newlineOnly {
                // "\r\n" is one line ending: look ahead for the "\n".
                if pendingStart >= pending.count { _ = fillBuffer() }
                let followedByNewline = pendingStart < pending.count && pending[pendingStart] == 10
                if lineEndings == .translated {
                    bytes.append(10)
                    if followedByNewline { pendingStart += 1 }
                } else {
                    bytes.append(13)
                    if followedByNewline {
                        bytes.append(10)
                        pendingStart += 1
                    }
                }
                if stopAtLineEnd { break }
                continue
            }
            bytes.append(byte)
            if byte == 10 && stopAtLineEnd { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Writing

    /// Buffers text for writing, translating "\n" when the file was opened with another newline.
    func writeText(_ text: String) {
        discardReadAhead()
        if writtenNewline == "\n" {
            unwritten.append(contentsOf: text.utf8)
        } else {
            for byte in text.utf8 {
                if byte == 10 { unwritten.append(contentsOf: writtenNewline.utf8) } else { unwritten.append(byte) }
            }
        }
        if unwritten.count >= 1 << 16 { flushWrites() }
    }

    /// Passes buffered output to the OS; false on a write error.
    @discardableResult
    func flushWrites() -> Bool {
        guard descriptor >= 0, !unwritten.isEmpty else { return true }
        var offset = 0
        var succeeded = true
        unwritten.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    succeeded = false
                    return
                }
                offset += written
            }
        }
        unwritten.removeAll(keepingCapacity: true)
        return succeeded
    }

    /// Drops text read ahead. Like CPython, a write after a read on a "+" file lands where the
    /// read-ahead stopped (the end of the chunk), not where the reader was.
    private func discardReadAhead() {
        pending.removeAll(keepingCapacity: true)
        pendingStart = 0
    }

    // MARK: Positioning and closing

    /// The position of the next byte to read or write.
    func position() -> Int {
        flushWrites()
        let osPosition = Int(lseek(descriptor, 0, SEEK_CUR))
        return osPosition < 0 ? osPosition : osPosition - (pending.count - pendingStart)
    }

    /// Moves to an offset from the start (whence 0), the current position (1) or the end (2); -1 on failure.
    func seek(to offset: Int, whence: Int32) -> Int {
        // seek(0, 1) means the reader's position, which the OS position is ahead of while text is buffered.
        let (target, origin) = whence == SEEK_CUR ? (position() + offset, SEEK_SET) : (offset, whence)
        flushWrites()
        discardReadAhead()
        return Int(lseek(descriptor, off_t(target), origin))
    }

    /// Flushes and closes; false when buffered output could not be written.
    func close() -> Bool {
        if isClosed { return true }
        let flushed = flushWrites()
        isClosed = true
        if ownsDescriptor && descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
        pending = []
        pendingStart = 0
        return flushed
    }
}

/// close(2), out of reach of `FileObject.close()` inside the class.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
