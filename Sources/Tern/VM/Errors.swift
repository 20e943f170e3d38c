/// Creating, raising and reporting exceptions.
extension Interpreter {
    /// A new exception object of `type` (tracked, refcount 1), taking ownership of `arguments`.
    @inline(__always)
    func makeExceptionObject(type: TypeObject, arguments: TupleObject) -> ExceptionObject {
        if let reused = heap.reusableException(of: type) {
            reused.arguments = arguments
            heap.track(reused)
            return reused
        }
        return heap.registerTracked(ExceptionObject(type: type, arguments: arguments))
    }

    /// A new exception of a builtin class, wrapped for throwing.
    func makeError(_ typeName: String, _ message: String?) -> ScriptError {
        let type = types.exception(typeName)
        var items = ContiguousArray<Value>()
        if let message { items.append(makeStr(message)) }
        let arguments = makeTuple(items).asObject(TupleObject.self)!
        let exception = makeExceptionObject(type: type, arguments: arguments)
        return ScriptError(exception)
    }

    /// An exception of `type` with one argument value (borrowed).
    func makeError(_ typeName: String, value: Value) -> ScriptError {
        let type = types.exception(typeName)
        let arguments = makeTuple([value.retained()]).asObject(TupleObject.self)!
        let exception = makeExceptionObject(type: type, arguments: arguments)
        initializeExceptionFields(exception)
        return ScriptError(exception)
    }

    /// OverflowError(34, 'Numerical result out of range'): C's ERANGE, as CPython raises it for float results.
    func rangeError() -> ScriptError {
        let type = types.exception("OverflowError")
        let arguments = makeTuple([.int(34), makeStr("Numerical result out of range")]).asObject(TupleObject.self)!
        let exception = makeExceptionObject(type: type, arguments: arguments)
        return ScriptError(exception)
    }

    /// NameError for a missing global or builtin; `name` is kept for the "Did you mean" suggestion.
    func nameError(_ name: String) -> ScriptError {
        let error = makeError("NameError", "name '\(name)' is not defined")
        setExceptionField(error.object, "name", intern(name).asValue)
        return error
    }

    func unboundLocal(_ code: CodeObject, _ slot: Int) -> ScriptError {
        makeError("UnboundLocalError", "cannot access local variable '\(code.localNames[slot].value)' where it is not associated with a value")
    }

    func freeVariableError(_ code: CodeObject, _ slot: Int) -> ScriptError {
        let index = slot - code.localNames.count
        let name = index < code.cellNames.count ? code.cellNames[index].value : code.freeNames[index - code.cellNames.count].value
        if index < code.cellNames.count {
            return makeError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return makeError("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// Turns the operand of `raise` into an exception to throw (a class is instantiated).
    func makeRaisable(_ value: Value, cause: Value?) throws(ScriptError) -> ScriptError {
        var exception: ExceptionObject
        if let type = value.asObject(TypeObject.self), type.isSubtype(of: types.baseException!) {
            let made = try callValue(value, [])
            guard let instance = made.asObject(ExceptionObject.self) else {
                made.release(heap)
                throw makeError("TypeError", "calling \(type.name) should have returned an instance of BaseException, not \(typeName(made))")
            }
            exception = instance
        } else if let instance = value.asObject(ExceptionObject.self) {
            exception = instance.retainedObject
        } else {
            throw makeError("TypeError", "exceptions must derive from BaseException")
        }
        if let cause {
            var causeValue: Value = .none
            if let type = cause.asObject(TypeObject.self), type.isSubtype(of: types.baseException!) {
                causeValue = try callValue(cause, [])
            } else if cause.asObject(ExceptionObject.self) != nil {
                causeValue = cause.retained()
            } else if !cause.isNone {
                heap.release(exception)
                throw makeError("TypeError", "exception causes must derive from BaseException")
            }
            let old = exception.cause
            exception.cause = causeValue
            old.release(heap)
            exception.suppressContext = true
        }
        return ScriptError(exception)
    }

    /// Sets `__context__` to the exception being handled when an exception is raised (not re-raised)
    /// inside a handler, as CPython's `_PyErr_SetObject`. `instruction` is the one that raised it: a new
    /// exception has no traceback yet, and `raise e` raises an existing one afresh.
    func attachContext(_ exception: ExceptionObject, raisedBy instruction: UInt32?) {
        let isRaiseStatement = instruction.map { Opcode(rawValue: UInt8(truncatingIfNeeded: $0)) == .raise && $0 >> 8 != 0 } ?? false
        guard exception.traceback == nil || isRaiseStatement,
              let handled = handledException.asObject(ExceptionObject.self), handled !== exception else { return }
        // Break a cycle the new link would close.
        var walk = handled
        while let next = walk.context.asObject(ExceptionObject.self) {
            if next === exception {
                let old = walk.context
                walk.context = .none
                old.release(heap)
                break
            }
            walk = next
        }
        let old = exception.context
        exception.context = handled.retainedValue
        old.release(heap)
    }

    /// Whether an instruction re-raises an exception that already passed through its frame.
    func isReraise(_ word: UInt32?) -> Bool {
        guard let word else { return false }
        switch Opcode(rawValue: UInt8(truncatingIfNeeded: word)) {
        case .reraise, .popExceptAndReraise: return true
        case .raise: return word >> 8 == 0
        default: return false
        }
    }

    /// Prepends the running frame's entry to the exception's traceback.
    /// Empties a frame an exception leaves: its operand stack is released, its locals move to the
    /// exception's newest traceback entry (this frame's), so they die with the exception as in CPython.
    func retireFrameSlots(base: UnsafeMutablePointer<Value>, slotCount: Int, top: UnsafeMutablePointer<Value>,
                          into exception: ExceptionObject) {
        var slot = top
        while slot > base + slotCount {
            slot -= 1
            slot.move().release(heap)
        }
        guard let entry = exception.traceback, entry.frameLocals.isEmpty else {
            slot = base
            while slot < top && slot < base + slotCount { slot.move().release(heap); slot += 1 }
            return
        }
        entry.frameLocals.append(contentsOf: UnsafeBufferPointer(start: base, count: min(slotCount, top - base)))
    }

    func addTraceback(_ exception: ExceptionObject, code: CodeObject, instructionIndex: Int) {
        let top = frames.count - 1
        let isTopFrame = top >= 0 && frames[top].code.toOpaque() == Unmanaged.passUnretained(code).toOpaque()
        let globals = isTopFrame ? frames[top].globals.takeUnretainedValue() : nil
        let entry: TracebackObject
        if let reused = heap.reusableTraceback(of: types.traceback) {
            reused.reuse(next: exception.traceback, code: code, instructionIndex: instructionIndex, globals: globals)
            heap.track(reused)
            entry = reused
        } else {
            entry = heap.registerTracked(TracebackObject(type: types.traceback, next: exception.traceback, code: code,
                                                         instructionIndex: instructionIndex, globals: globals))
        }
        exception.traceback = entry
        if isTopFrame {
            entry.frameDepth = top
            entry.frameBase = frames[top].base
            entry.callerBase = top > 0 ? frames[top - 1].base : nil
            if let object = frames[top].frameObject {
                object._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
                entry.frameObject = object.takeUnretainedValue()
            }
            runningEntries.push(entry)
        } else {
            entry.frameDepth = -1
            entry.frameBase = nil
            entry.callerBase = nil
        }
    }

    func exceptionMatches(_ exception: Value, _ type: Value) throws(ScriptError) -> Bool {
        // Every entry must be an exception class, checked before any matching (nested tuples are not allowed).
        if let single = type.asObject(TypeObject.self), single.isSubtype(of: types.baseException!) {
            return (exception.heapObject?.type ?? types.object).isSubtype(of: single)
        }
        let classes = type.asObject(TupleObject.self).map { Array($0.items) } ?? [type]
        for entry in classes {
            guard let t = entry.asObject(TypeObject.self), t.isSubtype(of: types.baseException!) else {
                throw makeError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
            }
        }
        let exceptionType = exception.heapObject?.type ?? types.object
        return classes.contains { exceptionType.isSubtype(of: $0.asObject(TypeObject.self)!) }
    }

    /// Runs `body`, dropping (and releasing) any exception it raises.
    func ignoringErrors<T>(_ body: () throws(ScriptError) -> T) -> T? {
        do throws(ScriptError) {
            return try body()
        } catch {
            heap.release(error.object)
            return nil
        }
    }

    /// The message part of an exception's report: `str(exception)`.
    func exceptionMessage(_ exception: ExceptionObject) -> String {
        ignoringErrors { () throws(ScriptError) in try str(exception.asValue) } ?? "<exception str() failed>"
    }

    /// Formats an exception with its chain and traceback, as CPython's default excepthook.
    /// `calledFromLibraryCode`: the exception escaped a call CPython makes from Python library
    /// code (weakref.finalize), so its report always has a "Traceback" header even when
    /// Tern's native call left no entries.
    func formatException(_ exception: ExceptionObject, calledFromLibraryCode: Bool = false) -> String {
        var seen = Set<ObjectIdentifier>()
        var chunks: [String] = []
        appendChain(exception, limit: nil, chain: true, seen: &seen, into: &chunks, forceHeader: calledFromLibraryCode)
        return chunks.joined()
    }

    /// The report in CPython's `traceback.format_exception` pieces: chain separators, the
    /// "Traceback" header, one piece per entry, then the exception's own lines.
    func exceptionChunks(_ exception: ExceptionObject, limit: Int? = nil, chain: Bool = true) -> [String] {
        var seen = Set<ObjectIdentifier>()
        var chunks: [String] = []
        appendChain(exception, limit: limit, chain: chain, seen: &seen, into: &chunks)
        return chunks
    }

    private func appendChain(_ exception: ExceptionObject, limit: Int?, chain: Bool, seen: inout Set<ObjectIdentifier>,
                             into chunks: inout [String], forceHeader: Bool = false) {
        seen.insert(ObjectIdentifier(exception))
        if !chain {
        } else if let cause = exception.cause.asObject(ExceptionObject.self) {
            if !seen.contains(ObjectIdentifier(cause)) {
                appendChain(cause, limit: limit, chain: chain, seen: &seen, into: &chunks)
                chunks.append("\nThe above exception was the direct cause of the following exception:\n\n")
            }
        } else if !exception.suppressContext, let context = exception.context.asObject(ExceptionObject.self),
                  !seen.contains(ObjectIdentifier(context)) {
            appendChain(context, limit: limit, chain: chain, seen: &seen, into: &chunks)
            chunks.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        }
        if exception.traceback != nil || forceHeader {
            chunks.append("Traceback (most recent call last):\n")
            chunks += tracebackChunks(exception.traceback, limit: limit)
        }
        chunks += exceptionOnlyChunks(exception)
    }

    /// CPython's `traceback.format_exception_only`: the summary line(s) and any notes.
    func exceptionOnlyChunks(_ exception: ExceptionObject) -> [String] {
        if exception.type.isSubtype(of: types.exception("SyntaxError")), let report = formatSyntaxErrorReport(exception) {
            return [report]
        }
        let notes = formatNotes(exception)
        return [exceptionSummary(exception) + "\n"] + (notes.isEmpty ? [] : [notes])
    }

    /// The lines `add_note` attached (`__notes__`), each printed after the summary as CPython does.
    private func formatNotes(_ exception: ExceptionObject) -> String {
        let notes: Value
        do throws(ScriptError) { notes = try getAttribute(exception.asValue, symbol("__notes__")) } catch {
            heap.release(error.object)
            return ""
        }
        defer { notes.release(heap) }
        guard let list = notes.asObject(ListObject.self) else {
            let text = ignoringErrors { () throws(ScriptError) in try repr(notes) } ?? "<__notes__ repr() failed>"
            return text + "\n"
        }
        var text = ""
        for note in list.items {
            let line = note.asStr?.value ?? (ignoringErrors { () throws(ScriptError) in try str(note) } ?? "<note str() failed>")
            text += line + "\n"
        }
        return text
    }

    /// The traceback lines, innermost call last; more than three identical
    /// consecutive entries (recursion) collapse into a "repeated" line.
    func formatTraceback(_ first: TracebackObject?) -> String {
        guard first != nil else { return "" }
        return "Traceback (most recent call last):\n" + tracebackChunks(first).joined()
    }

    /// The traceback's entries as CPython's `format_tb` gives them: one string per shown entry
    /// (and per "Previous line repeated" note); `limit` keeps the first entries, or the last when negative.
    func tracebackChunks(_ first: TracebackObject?, limit: Int? = nil) -> [String] {
        var entries: [TracebackObject] = []
        var walk: TracebackObject? = first
        while let entry = walk {
            entries.append(entry)
            walk = entry.next
        }
        // sys.tracebacklimit's default: only the innermost 1000 entries.
        if entries.count > 1000 { entries.removeFirst(entries.count - 1000) }
        if let limit {
            if limit >= 0 { entries = Array(entries.prefix(limit)) } else { entries = Array(entries.suffix(-limit)) }
        }
        return stackChunks(entries.map { ($0.code, $0.line, $0.instructionIndex) })
    }

    /// Formats stack entries (outermost first), collapsing runs of more than three identical ones.
    func stackChunks(_ entries: [(code: CodeObject, line: Int, instructionIndex: Int)]) -> [String] {
        var chunks: [String] = []
        let cutoff = 3
        var previous: (filename: String, line: Int, name: String)? = nil
        var count = 0
        func noteRepeats() {
            guard count > cutoff else { return }
            let more = count - cutoff
            chunks.append("  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n")
        }
        for entry in entries {
            let key = (filename: entry.code.filename, line: entry.line, name: entry.code.name)
            if previous == nil || previous! != key {
                noteRepeats()
                previous = key
                count = 0
            }
            count += 1
            guard count <= cutoff else { continue }
            chunks.append(formatStackEntry(code: entry.code, line: entry.line, instructionIndex: entry.instructionIndex))
        }
        noteRepeats()
        return chunks
    }

    /// One `File "…", line N, in name` entry with its source line and marker line.
    func formatStackEntry(code: CodeObject, line: Int, instructionIndex: Int) -> String {
        var text = "  File \"\(code.filename)\", line \(line), in \(code.name)\n"
        guard let source = sourceLine(code.filename, line) else { return text }
        text += "    \(source)\n"
        let positions = code.positions
        if instructionIndex >= 0, instructionIndex < positions.count, positions[instructionIndex].line == line,
           let raw = rawSourceLine(code.filename, line),
           let carets = caretLine(source: raw, span: positions[instructionIndex]) {
            text += carets + "\n"
        }
        return text
    }

    /// The last line of a report: the class (qualified by its module unless builtin
    /// or `__main__`), the message, and any "Did you mean" suggestion.
    func exceptionSummary(_ exception: ExceptionObject, message explicitMessage: String? = nil) -> String {
        let name = exceptionTypeName(exception.type)
        let message = explicitMessage ?? exceptionMessage(exception)
        var summary = message.isEmpty ? name : "\(name): \(message)"
        if let suggestion = suggestion(for: exception) { summary += ". Did you mean: '\(suggestion)'?" }
        return summary
    }

    /// A source line without its indentation or line ending, as tracebacks show it.
    func sourceLine(_ filename: String, _ line: Int) -> String? {
        // Code from `-c`, stdin, exec() and compile() has no file to show lines from.
        if filename.hasPrefix("<") && filename.hasSuffix(">") { return nil }
        if sourceLinesUnavailable { return nil }
        guard let raw = rawSourceLine(filename, line) else { return nil }
        var result = String(raw.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }))
        while result.last == "\r" || result.last == "\n" { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// A line of a source file as written, without its newline.
    func rawSourceLine(_ filename: String, _ line: Int) -> String? {
        if sourceLines[filename] == nil, let text = readTextFile(filename) {
            sourceLines[filename] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sourceLines[filename], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// Prints an exception that no handler caught ("Exception ignored in" cases use `reportUnraisable`).
    func printException(_ exception: ExceptionObject) {
        output.writeError(formatException(exception))
    }

    /// Reports an exception raised where nothing can catch it (`__del__`, weakref callbacks).
    /// As CPython's default unraisable hook: the exception alone (no chain, no notes), its
    /// traceback or else one entry for the running frame, then always "Type: message".
    /// `calledFromLibraryCode`: see `formatException`.
    func reportUnraisable(_ error: ScriptError, context: String, calledFromLibraryCode: Bool = false,
                          message: String = "Exception ignored in", object: Value = .none) {
        let exception = error.object
        if callUnraisableHook(exception, message: message == "Exception ignored in" ? nil : message, object: object,
                              addingRunningFrame: !calledFromLibraryCode) {
            heap.release(exception)
            return
        }
        var report = "\(message): \(context)\n"
        if exception.traceback != nil {
            report += formatTraceback(exception.traceback)
        } else if calledFromLibraryCode {
            report += "Traceback (most recent call last):\n"
        } else if let frame = frames.last {
            let code = frame.codeObject
            let instruction = max(frame.pc - 1, 0)
            report += "Traceback (most recent call last):\n"
            report += stackChunks([(code, code.line(at: instruction), instruction)]).joined()
        }
        report += unraisableSummary(exception)
        writeToStandardError(report)
        heap.release(exception)
    }

    /// Hands an unraisable exception to a script's `sys.unraisablehook`, as CPython does, with an
    /// UnraisableHookArgs (exc_type, exc_value, exc_traceback, err_msg, object). False when the
    /// hook is the default one (the caller prints). A failing hook is itself reported.
    func callUnraisableHook(_ exception: ExceptionObject, message: String?, object: Value,
                            addingRunningFrame: Bool = false) -> Bool {
        guard let hook = sysModule?.dict.getString(symbol("unraisablehook")),
              hook.heapObject.map({ Unmanaged.passUnretained($0).toOpaque() }) != defaultUnraisableHookAddress else { return false }
        // An exception raised outside any Python frame (a callback that is not callable) gets
        // the running frame as its traceback, as CPython's PyErr_WriteUnraisable adds it.
        if addingRunningFrame, exception.traceback == nil, let frame = frames.last {
            addTraceback(exception, code: frame.codeObject, instructionIndex: max(frame.pc - 1, 0))
        }
        hook.retain()
        defer { hook.release(heap) }
        reportingHookErrors(hook) { () throws(ScriptError) in
            let namespace = makeDict()
            defer { heap.release(namespace) }
            namespace.setString(symbol("__module__"), owned: makeStr("sys"), heap)
            let argsType = try makeClass(metatype: types.type, name: "UnraisableHookArgs", bases: [], namespace: namespace)
            defer { argsType.release(heap) }
            let args = try callValue(argsType, [])
            defer { args.release(heap) }
            let traceback = exception.traceback?.retainedValue ?? .none
            defer { traceback.release(heap) }
            let text = message.map { makeStr($0) } ?? .none
            defer { text.release(heap) }
            for (name, value) in [("exc_type", exception.type.asValue), ("exc_value", exception.asValue),
                                  ("exc_traceback", traceback), ("err_msg", text), ("object", object)] {
                try setAttribute(args, intern(name), value)
            }
            try callValue(hook, [args]).release(heap)
        }
        return true
    }

    /// Runs `body`; an error it raises is reported as CPython reports a failing unraisable hook.
    private func reportingHookErrors(_ hook: Value, _ body: () throws(ScriptError) -> Void) {
        do throws(ScriptError) {
            try body()
        } catch {
            let report = "Exception ignored in sys.unraisablehook: \(unraisableContext(hook))\n" + formatException(error.object)
            writeToStandardError(report)
            heap.release(error.object)
        }
    }

    /// The unraisable hook's last line: always "Type: message", even for an empty message.
    func unraisableSummary(_ exception: ExceptionObject) -> String {
        "\(exceptionTypeName(exception.type)): \(exceptionMessage(exception))\n"
    }

    /// How reports name an exception's class: qualified, with its module unless builtins or __main__.
    func exceptionTypeName(_ type: TypeObject) -> String {
        type.moduleName == "builtins" || type.moduleName == "__main__" ? type.qualifiedName : type.moduleName + "." + type.qualifiedName
    }

    /// What "Exception ignored in:" names: the object's repr, or CPython's placeholder when repr fails.
    func unraisableContext(_ object: Value) -> String {
        ignoringErrors { () throws(ScriptError) in try repr(object) } ?? "<object repr() failed>"
    }

    /// Writes through `sys.stderr` when a script replaced it (as CPython's unraisable hook and
    /// excepthook do), else straight to the error stream.
    func writeToStandardError(_ text: String) {
        if let stream = sysModule?.dict.getString(symbol("stderr")), stream.asObject(FileObject.self) == nil, !stream.isNone {
            stream.retain()
            let message = makeStr(text)
            defer {
                message.release(heap)
                stream.release(heap)
            }
            if ignoringErrors({ () throws(ScriptError) in try callMethod(stream, "write", [message]).release(heap) }) != nil {
                return
            }
        }
        output.writeError(text)
    }

    /// A SyntaxError exception object from the parser's description, with
    /// CPython's `args`: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
    func makeSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> ScriptError {
        if info.isRecursionError {
            return makeError("RecursionError", info.message)
        }
        let type = types.exception(info.kind)
        // The text is a C string in CPython, so it ends at a NUL byte.
        let text = info.text.map { makeStr($0 + "\n") } ?? rawSourceLine(filename, info.line).map { makeStr(String($0.prefix(while: { $0 != "\0" })) + "\n") } ?? .none
        let details = makeTuple([makeStr(filename), .int(info.line), .int(info.column), text,
                                 .int(info.line), .int(info.endColumn)])
        let arguments = makeTuple([makeStr(info.message), details]).asObject(TupleObject.self)!
        let exception = makeExceptionObject(type: type, arguments: arguments)
        // The members come from the args just built, so this cannot fail.
        _ = ignoringErrors { () throws(ScriptError) in try initializeSyntaxErrorFields(exception) }
        return ScriptError(exception)
    }

    /// CPython's display of a SyntaxError: its location, the offending line
    /// with a caret, then "SyntaxError: msg". Nil when the members are not
    /// usable (no int `lineno`), so the exception prints like any other.
    func formatSyntaxErrorReport(_ exception: ExceptionObject) -> String? {
        func member(_ name: String) -> Value { exceptionField(exception, name) ?? .none }
        func position(_ name: String) -> Int? {
            let v = member(name)
            if v.isNone { return -1 }
            return ignoringErrors { () throws(ScriptError) in try index(v) }
        }
        guard !member("lineno").isNone, let line = position("lineno"), let offset = position("offset"),
              var endLine = position("end_lineno"), var endOffset = position("end_offset"),
              let filename = ignoringErrors({ () throws(ScriptError) in try member("filename").isNone ? "<string>" : str(member("filename")) }),
              let message = ignoringErrors({ () throws(ScriptError) in try str(member("msg")) }) else { return nil }
        // CPython reads the end of the span only from SyntaxError itself: its subclasses
        // (IndentationError, TabError) always get a single caret.
        if exception.type !== types.exception("SyntaxError") {
            endLine = line
            endOffset = -1
        }
        var text = "  File \"\(filename)\", line \(line)\n"
        if !member("text").isNone, let source = ignoringErrors({ () throws(ScriptError) in try str(member("text")) }) {
            let size = source.utf8.count
            if endLine > line { endOffset = size }
            if endOffset > size + 1 { endOffset = size + 1 }
            text += errorTextLines(source, offset: offset, endOffset: endOffset)
        }
        return text + exceptionSummary(exception, message: message) + "\n"
    }

    /// The offending source line without its indentation, and the caret line under the error.
    private func errorTextLines(_ source: String, offset start: Int, endOffset: Int) -> String {
        var text = Array(source.utf8)[...]
        var offset = start - 1
        var end = endOffset - 1
        while let c = text.first, c == 32 || c == 9 || c == 12 {
            text = text.dropFirst()
            offset -= 1
            end -= 1
        }
        var length = text.count
        if text.last == 10 { length -= 1 }
        offset = min(offset, length)
        // A multi-line text shows only the line holding the offset.
        while let newline = text.firstIndex(of: 10), newline - text.startIndex < offset {
            let skipped = newline - text.startIndex + 1
            text = text[(newline + 1)...]
            length -= skipped
            offset -= skipped
            end -= skipped
        }
        var lines = "    " + String(decoding: text, as: UTF8.self)
        if text.last != 10 { lines += "\n" }
        guard offset >= 0 else { return lines }
        let width = end > offset ? min(end - offset, max(1, length - offset)) : 1
        lines += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: width) + "\n"
        return lines
    }
}

extension Interpreter {
    /// The AttributeError for setting or deleting `name` on an object without an instance dict,
    /// worded as CPython words it for methods, for data attributes of builtin types and for
    /// names that do not exist.
    func unwritableAttributeError(_ object: Value, _ name: StrObject) -> ScriptError {
        let type = typeOf(object)
        if type.lookup(name) != nil {
            return makeError("AttributeError", "'\(type.name)' object attribute '\(name.value)' is read-only")
        }
        if !type.isHeapType {
            // Data attributes of builtin objects (int.real, float.imag, ...) are computed, not stored.
            do throws(ScriptError) {
                try getAttribute(object, name).release(heap)
                return makeError("AttributeError", "attribute '\(name.value)' of '\(type.name)' objects is not writable")
            } catch {
                heap.release(error.object)
            }
        }
        return makeError("AttributeError", "'\(type.name)' object has no attribute '\(name.value)'")
    }
}
