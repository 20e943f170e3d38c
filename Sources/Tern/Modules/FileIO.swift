#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `open()`, `input()` and the methods of text file objects (also sys.stdin/stdout/stderr).
extension Interpreter {
    func installFileSupport() {
        types.file.moduleName = "_io"
        let unsupported = registerBuiltinType("UnsupportedOperation", module: "io", layout: .exception,
                                              bases: [types.exception("OSError"), types.exception("ValueError")])
        types.exceptions["UnsupportedOperation"] = unsupported
        installFileMethods()
        installFileAttributes()
        define(builtins, "open") { (vm, args) throws(ScriptError) -> Value in try vm.openFile(args) }
        define(builtins, "input") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "input() takes no keyword arguments") }
            if args.count > 1 { throw vm.makeError("TypeError", "input expected at most 1 argument, got \(args.count)") }
            return try vm.readInputLine(prompt: args.count == 1 ? args[0] : nil)
        }
    }

    // MARK: open()

    private func openFile(_ args: Arguments) throws(ScriptError) -> Value {
        let parameterNames = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        if args.count > parameterNames.count {
            throw makeError("TypeError", "open() takes at most 8 arguments (\(args.count) given)")
        }
        for (keyword, _) in args.keywords where !parameterNames.contains(keyword) {
            throw makeError("TypeError", "'\(keyword)' is an invalid keyword argument for open()")
        }
        func argument(_ index: Int) -> Value? {
            index < args.count ? args[index] : args.keyword(parameterNames[index])
        }
        func optionalString(_ index: Int) throws(ScriptError) -> String? {
            guard let v = argument(index), !v.isNone else { return nil }
            guard let s = v.asStr else {
                throw makeError("TypeError", "open() argument '\(parameterNames[index])' must be str or None, not \(typeName(v))")
            }
            return s.value
        }
        guard let fileArgument = argument(0) else { throw makeError("TypeError", "open() missing required argument 'file' (pos 1)") }
        guard let path = fileArgument.asStr?.value else {
            throw makeError("TypeError", "expected str, bytes or os.PathLike object, not \(typeName(fileArgument))")
        }
        var mode = "r"
        if let m = argument(1) {
            guard let s = m.asStr else { throw makeError("TypeError", "open() argument 'mode' must be str, not \(typeName(m))") }
            mode = s.value
        }
        let access = try parseFileMode(mode)
        var encoding = "UTF-8"
        if let requested = try optionalString(3) {
            let normalized = String(requested.lowercased().map { $0 == "_" ? "-" : $0 })
            let known = ["utf-8", "utf8", "u8", "utf", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1"]
            guard known.contains(normalized) else { throw makeError("LookupError", "unknown encoding: \(requested)") }
            encoding = requested
        }
        _ = try optionalString(4)
        let newline = try optionalString(5)
        if let newline, !["", "\n", "\r", "\r\n"].contains(newline) {
            throw makeError("ValueError", "illegal newline value: \(newline)")
        }
        var flags: Int32 = access.readable && access.writable ? O_RDWR : (access.writable ? O_WRONLY : O_RDONLY)
        flags |= O_CLOEXEC
        switch mode.first(where: { "rwax".contains($0) }) {
        case "w": flags |= O_CREAT | O_TRUNC
        case "a": flags |= O_CREAT | O_APPEND
        case "x": flags |= O_CREAT | O_EXCL
        default: break
        }
        var descriptor: Int32
        repeat {
            descriptor = open(path, flags, 0o666)
        } while descriptor < 0 && errno == EINTR
        if descriptor < 0 { throw makeOSError(errno, filename: path) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            _ = close(descriptor)
            throw makeOSError(EISDIR, filename: path)
        }
        let file = FileObject(type: types.file, path: path, mode: mode, encoding: encoding, readable: access.readable,
                              writable: access.writable, descriptor: descriptor, newline: newline)
        file.interruptFlag = heap.attention
        return heap.registerTracked(file).asValue
    }

    /// Validates a mode string as CPython's io.open does; binary modes are not supported by Tern.
    private func parseFileMode(_ mode: String) throws(ScriptError) -> (readable: Bool, writable: Bool) {
        var seen = Set<Character>()
        for c in mode {
            guard "axrwb+t".contains(c), !seen.contains(c) else { throw makeError("ValueError", "invalid mode: '\(mode)'") }
            seen.insert(c)
        }
        let primary = seen.filter { "rwax".contains($0) }
        if primary.count > 1 { throw makeError("ValueError", "must have exactly one of create/read/write/append mode") }
        if seen.contains("t") && seen.contains("b") { throw makeError("ValueError", "can't have text and binary mode at once") }
        guard let kind = primary.first else {
            throw makeError("ValueError", "Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if seen.contains("b") { throw makeError("ValueError", "binary mode files are not supported by Tern") }
        let plus = seen.contains("+")
        return (kind == "r" || plus, kind != "r" || plus)
    }

    // MARK: File methods

    func fileRepr(_ f: FileObject) -> String {
        "<_io.TextIOWrapper name=\(quoteString(f.path)) mode=\(quoteString(f.mode)) encoding=\(quoteString(f.encoding))>"
    }

    private func closedFileError(period: Bool = true) -> ScriptError {
        makeError("ValueError", "I/O operation on closed file" + (period ? "." : ""))
    }

    /// Defines a method of file objects; the body gets the file and the arguments after self.
    private func defineFileMethod(_ name: String, _ body: @escaping (Interpreter, FileObject, Arguments) throws(ScriptError) -> Value) {
        define(types.file.dict, name, owner: "TextIOWrapper") { (vm, args) throws(ScriptError) -> Value in
            guard args.count >= 1, let file = args[0].asObject(FileObject.self) else {
                let received = args.count >= 1 ? vm.typeName(args[0]) : "nothing"
                throw vm.makeError("TypeError", "descriptor '\(name)' requires a '_io.TextIOWrapper' object but received a '\(received)'")
            }
            return try body(vm, file, args)
        }
    }

    /// A size argument: an int, or None / absent for "everything".
    private func sizeArgument(_ args: Arguments, _ index: Int) throws(ScriptError) -> Int {
        guard index < args.count, !args[index].isNone else { return -1 }
        return try self.index(args[index])
    }

    private func checkReadable(_ file: FileObject) throws(ScriptError) {
        if file.isClosed { throw closedFileError() }
        if !file.isReadable { throw makeError("UnsupportedOperation", "not readable") }
    }

    private func writeToFile(_ file: FileObject, _ text: Value) throws(ScriptError) -> Int {
        guard let s = text.asStr else { throw makeError("TypeError", "write() argument must be str, not \(typeName(text))") }
        if file.isClosed { throw closedFileError() }
        if !file.isWritable { throw makeError("UnsupportedOperation", "not writable") }
        switch file.stream {
        case .output: output.write(s.value)
        case .error: output.writeError(s.value)
        default: file.writeText(s.value)
        }
        return s.count
    }

    private func installFileMethods() {
        defineFileMethod("read") { (vm, file, args) throws(ScriptError) -> Value in
            if args.count > 1 && !args[1].isNone && !vm.isIntLike(args[1]) {
                throw vm.makeError("TypeError", "argument should be integer or None, not '\(vm.typeName(args[1]))'")
            }
            let size = try vm.sizeArgument(args, 1)
            try vm.checkReadable(file)
            return vm.makeStr(file.readText(limit: size, stopAtLineEnd: false))
        }
        defineFileMethod("readline") { (vm, file, args) throws(ScriptError) -> Value in
            let size = try vm.sizeArgument(args, 1)
            try vm.checkReadable(file)
            return vm.makeStr(file.readText(limit: size, stopAtLineEnd: true))
        }
        defineFileMethod("readlines") { (vm, file, args) throws(ScriptError) -> Value in
            let hint = try vm.sizeArgument(args, 1)
            try vm.checkReadable(file)
            var lines = ContiguousArray<Value>()
            var total = 0
            while true {
                let line = file.readText(limit: -1, stopAtLineEnd: true)
                if line.isEmpty { break }
                let value = vm.makeStr(line)
                total += value.asStr!.count
                lines.append(value)
                if hint > 0 && total >= hint { break }
            }
            return vm.makeList(lines)
        }
        defineFileMethod("write") { (vm, file, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "write() takes exactly one argument (\(args.count - 1) given)") }
            return .int(try vm.writeToFile(file, args[1]))
        }
        defineFileMethod("writelines") { (vm, file, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "writelines() takes exactly one argument (\(args.count - 1) given)") }
            if file.isClosed { throw vm.closedFileError() }
            let iterator = try vm.getIterator(args[1])
            defer { iterator.release(vm.heap) }
            while let line = try vm.nextFromIterator(iterator) {
                defer { line.release(vm.heap) }
                _ = try vm.writeToFile(file, line)
            }
            return .none
        }
        defineFileMethod("flush") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError() }
            if file.stream == .output { vm.output.flush() }
            if file.stream == .error { vm.output.flushError() }
            if !file.flushWrites() { throw vm.makeOSError(errno, filename: nil) }
            return .none
        }
        defineFileMethod("close") { (vm, file, _) throws(ScriptError) -> Value in
            if file.stream == .output { vm.output.flush() }
            if file.stream == .error { vm.output.flushError() }
            if !file.close() { throw vm.makeOSError(errno, filename: nil) }
            return .none
        }
        defineFileMethod("tell") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError() }
            let position = file.position()
            if position < 0 { throw vm.makeOSError(errno, filename: nil) }
            return .int(position)
        }
        defineFileMethod("seek") { (vm, file, args) throws(ScriptError) -> Value in
            guard args.count == 2 || args.count == 3 else {
                throw vm.makeError("TypeError", "seek expected at least 1 argument, got \(args.count - 1)")
            }
            if file.isClosed { throw vm.closedFileError() }
            let offset = try vm.index(args[1])
            let whence = args.count == 3 ? try vm.index(args[2]) : 0
            switch whence {
            case 0:
                if offset < 0 { throw vm.makeError("ValueError", "negative seek position \(offset)") }
            case 1, 2:
                if offset != 0 {
                    let origin = whence == 1 ? "cur" : "end"
                    throw vm.makeError("UnsupportedOperation", "can't do nonzero \(origin)-relative seeks")
                }
            default:
                throw vm.makeError("ValueError", "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            let position = file.seek(to: offset, whence: Int32(whence))
            if position < 0 { throw vm.makeOSError(errno, filename: nil) }
            return .int(position)
        }
        defineFileMethod("readable") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError(period: false) }
            return .bool(file.isReadable)
        }
        defineFileMethod("writable") { (_, file, _) throws(ScriptError) -> Value in .bool(file.isWritable) }
        defineFileMethod("seekable") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError(period: false) }
            return .bool(file.stream == .none)
        }
        defineFileMethod("fileno") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError(period: false) }
            return .int(Int(file.descriptor))
        }
        defineFileMethod("isatty") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError(period: false) }
            return .bool(isatty(file.descriptor) != 0)
        }
        defineFileMethod("__enter__") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError() }
            return file.retainedValue
        }
        defineFileMethod("__exit__") { (vm, file, _) throws(ScriptError) -> Value in
            if !file.close() { throw vm.makeOSError(errno, filename: nil) }
            return .none
        }
        defineFileMethod("__iter__") { (vm, file, _) throws(ScriptError) -> Value in
            if file.isClosed { throw vm.closedFileError() }
            return file.retainedValue
        }
        defineFileMethod("__next__") { (vm, file, _) throws(ScriptError) -> Value in
            try vm.checkReadable(file)
            let line = file.readText(limit: -1, stopAtLineEnd: true)
            if line.isEmpty { throw vm.makeError("StopIteration", nil) }
            return vm.makeStr(line)
        }
    }

    /// Read-only attributes as native properties on the file type.
    private func installFileAttributes() {
        let attributes: [(String, (Interpreter, FileObject) -> Value)] = [
            ("name", { vm, f in vm.makeStr(f.path) }),
            ("mode", { vm, f in vm.makeStr(f.mode) }),
            ("encoding", { vm, f in vm.makeStr(f.encoding) }),
            ("errors", { vm, _ in vm.symbol("strict").retainedValue }),
            ("closed", { _, f in .bool(f.isClosed) }),
            ("line_buffering", { _, f in .bool(f.stream == .error) }),
            ("newlines", { _, _ in .none }),
        ]
        for (name, getter) in attributes {
            defineReadOnlyProperty(types.file, name) { (vm, v) throws(ScriptError) -> Value in
                guard let file = v.asObject(FileObject.self) else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' for '_io.TextIOWrapper' objects doesn't apply to a '\(vm.typeName(v))' object")
                }
                return getter(vm, file)
            }
        }
    }

    // MARK: input()

    /// input(): writes the prompt to sys.stdout, flushes, and reads a line from sys.stdin without its newline.
    private func readInputLine(prompt: Value?) throws(ScriptError) -> Value {
        let standardOutput = sysModule.dict.getString(symbol("stdout")) ?? .none
        // CPython's input() flushes stderr first, then writes the prompt and flushes stdout.
        output.flushError()
        let promptText = try prompt.map { (value) throws(ScriptError) in try str(value) }
        if let promptText, !usesInteractiveLineReader(standardInput: sysModule.dict.getString(symbol("stdin")), standardOutput: standardOutput) {
            let text = makeStr(promptText)
            defer { text.release(heap) }
            if let file = standardOutput.asObject(FileObject.self) {
                _ = try writeToFile(file, text)
            } else if !standardOutput.isNone {
                try callValue(try getAttribute(standardOutput, symbol("write")), [text]).release(heap)
            }
        }
        output.flush()
        guard let standardInput = sysModule.dict.getString(symbol("stdin")), !standardInput.isNone else {
            throw makeError("RuntimeError", "input(): lost sys.stdin")
        }
        if let line = try readEditedInputLine(prompt: promptText, standardInput: standardInput, standardOutput: standardOutput) {
            return makeStr(line)
        }
        var line: String
        if let file = standardInput.asObject(FileObject.self) {
            try checkReadable(file)
            try raisePendingInterrupt()
            line = file.readText(limit: -1, stopAtLineEnd: true)
            if file.readWasInterrupted { try raisePendingInterrupt() }
        } else {
            let result = try callValue(try getAttribute(standardInput, symbol("readline")), [])
            defer { result.release(heap) }
            guard let s = result.asStr else { throw makeError("TypeError", "object.readline() returned non-string") }
            line = s.value
        }
        if line.isEmpty { throw makeError("EOFError", "EOF when reading a line") }
        if line.hasSuffix("\n") { line.removeLast() }
        return makeStr(line)
    }

    /// Whether input() reads through the host's line editor: it has one, and sys.stdin and
    /// sys.stdout are still the process's streams.
    private func usesInteractiveLineReader(standardInput: Value?, standardOutput: Value) -> Bool {
        guard interactiveLineReader != nil, let input = standardInput?.asObject(FileObject.self),
              let output = standardOutput.asObject(FileObject.self) else { return false }
        return input.stream == .input && !input.isClosed && output.stream == .output && !output.isClosed
    }

    /// input() through the host's line editor; nil when it does not apply.
    private func readEditedInputLine(prompt: String?, standardInput: Value, standardOutput: Value) throws(ScriptError) -> String? {
        guard usesInteractiveLineReader(standardInput: standardInput, standardOutput: standardOutput),
              let reader = interactiveLineReader else { return nil }
        let preceding = output.tracksLastLine ? output.lastLineText : ""
        output.lastLineText = ""
        try raisePendingInterrupt()
        switch reader(prompt ?? "", preceding) {
        case .line(let line): return line
        case .endOfInput: throw makeError("EOFError", nil)
        case .interrupted: throw makeError("KeyboardInterrupt", nil)
        }
    }
}
