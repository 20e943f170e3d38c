/// Creating, raising and reporting exceptions.
extension Interpreter {
    /// A new exception of a builtin class, wrapped for throwing.
    func makeError(_ typeName: String, _ message: String?) -> ScriptError {
        let type = types.exception(typeName)
        var items = ContiguousArray<Value>()
        if let message { items.append(makeStr(message)) }
        let arguments = makeTuple(items).asObject(TupleObject.self)!
        let exception = heap.registerTracked(ExceptionObject(type: type, arguments: arguments))
        return ScriptError(exception)
    }

    /// An exception of `type` with one argument value (borrowed).
    func makeError(_ typeName: String, value: Value) -> ScriptError {
        let type = types.exception(typeName)
        let arguments = makeTuple([value.retained()]).asObject(TupleObject.self)!
        return ScriptError(heap.registerTracked(ExceptionObject(type: type, arguments: arguments)))
    }

    func nameError(_ name: String) -> ScriptError {
        makeError("NameError", "name '\(name)' is not defined")
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
        if let type = value.asObject(TypeObject.self), type.isSubtype(of: types.exception("BaseException")) {
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
            if let type = cause.asObject(TypeObject.self), type.isSubtype(of: types.exception("BaseException")) {
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

    /// Sets `__context__` to the exception being handled, as raising inside a handler does.
    func attachContext(_ exception: ExceptionObject) {
        guard case .object(let handledReference) = handledException,
              handledReference.toOpaque() != Unmanaged.passUnretained(exception).toOpaque(),
              exception.context.isNone, exception.traceback == nil else { return }
        // Avoid creating a cycle in the context chain.
        var walk: Value = handledException
        while let e = walk.asObject(ExceptionObject.self) {
            if e === exception { return }
            walk = e.context
        }
        exception.context = handledException.retained()
    }

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
        entry.frameLocals = ContiguousArray(UnsafeBufferPointer(start: base, count: min(slotCount, top - base)))
    }

    func addTraceback(_ exception: ExceptionObject, code: CodeObject, instructionIndex: Int) {
        let entry = TracebackObject(type: types.traceback, next: exception.traceback, code: code, instructionIndex: instructionIndex)
        exception.traceback = heap.registerTracked(entry)
    }

    func exceptionMatches(_ exception: Value, _ type: Value) throws(ScriptError) -> Bool {
        let exceptionType = exception.heapObject?.type ?? types.object
        if let t = type.asObject(TypeObject.self) {
            guard t.isSubtype(of: types.exception("BaseException")) else {
                throw makeError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
            }
            return exceptionType.isSubtype(of: t)
        }
        if let tuple = type.asObject(TupleObject.self) {
            for item in tuple.items where try exceptionMatches(exception, item) { return true }
            return false
        }
        throw makeError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    }

    /// The message part of an exception's report: `str(exception)`.
    func exceptionMessage(_ exception: ExceptionObject) -> String {
        (try? str(exception.asValue)) ?? "<exception str() failed>"
    }

    /// Formats an exception with its chain and traceback, as CPython's default excepthook.
    func formatException(_ exception: ExceptionObject) -> String {
        var seen: [ObjectIdentifier] = []
        return formatChain(exception, seen: &seen)
    }

    private func formatChain(_ exception: ExceptionObject, seen: inout [ObjectIdentifier]) -> String {
        seen.append(ObjectIdentifier(exception))
        var text = ""
        if let cause = exception.cause.asObject(ExceptionObject.self), !seen.contains(ObjectIdentifier(cause)) {
            text += formatChain(cause, seen: &seen)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, let context = exception.context.asObject(ExceptionObject.self),
                  !seen.contains(ObjectIdentifier(context)) {
            text += formatChain(context, seen: &seen)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if exception.traceback != nil {
            text += "Traceback (most recent call last):\n"
            var entry = exception.traceback
            while let tb = entry {
                text += "  File \"\(tb.code.filename)\", line \(tb.line), in \(tb.code.name)\n"
                if let line = sourceLine(tb.code.filename, tb.line) {
                    text += "    \(line)\n"
                }
                entry = tb.next
            }
        }
        text += exceptionSummary(exception) + "\n"
        return text
    }

    func exceptionSummary(_ exception: ExceptionObject) -> String {
        let type = exception.type
        var name = type.name
        if type.moduleName != "builtins" && type.moduleName != "__main__" { name = type.moduleName + "." + name }
        if type.isSubtype(of: types.exception("SyntaxError")), exception.arguments.items.count == 2 {
            return "\(name): \(exceptionMessage(exception))"
        }
        let message = exceptionMessage(exception)
        return message.isEmpty ? name : "\(name): \(message)"
    }

    func sourceLine(_ filename: String, _ line: Int) -> String? {
        if sourceLines[filename] == nil, let text = readTextFile(filename) {
            sourceLines[filename] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sourceLines[filename], line >= 1, line <= lines.count else { return nil }
        let stripped = lines[line - 1].drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        var result = String(stripped)
        while result.last == " " || result.last == "\r" || result.last == "\t" { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// Prints an exception that no handler caught ("Exception ignored in" cases use `reportUnraisable`).
    func printException(_ exception: ExceptionObject) {
        output.writeError(formatException(exception))
    }

    /// Reports an exception raised where nothing can catch it (`__del__`, weakref callbacks).
    func reportUnraisable(_ error: ScriptError, context: String) {
        let exception = error.object
        output.writeError("Exception ignored in: \(context)\n" + formatException(exception))
        heap.release(exception)
    }

    /// A SyntaxError exception object from the parser's description.
    func makeSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> ScriptError {
        if info.isRecursionError {
            return makeError("RecursionError", info.message)
        }
        let type = types.exception(info.kind)
        let text = sourceLine(filename, info.line).map { Value(intern($0)) } ?? Value.none
        let details = makeTuple([intern(filename).retainedValue, .int(info.line), .int(info.column), text.retained(),
                                 .int(info.line), .int(info.endColumn)])
        let arguments = makeTuple([makeStr(info.message), details]).asObject(TupleObject.self)!
        let exception = heap.registerTracked(ExceptionObject(type: type, arguments: arguments))
        return ScriptError(exception)
    }

    /// CPython's SyntaxError display: file and line, the source line, a caret, the message.
    func formatSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> String {
        var text = "  File \"\(filename)\", line \(info.line)\n"
        if sourceLines[filename] == nil, let source = readTextFile(filename) {
            sourceLines[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        }
        if let lines = sourceLines[filename], info.line >= 1, info.line <= lines.count {
            let raw = String(lines[info.line - 1]).replacingTabs()
            let indentation = raw.prefix(while: { $0 == " " || $0 == "\u{0C}" }).count
            var line = String(raw.dropFirst(indentation))
            while line.last == " " || line.last == "\r" { line.removeLast() }
            if !line.isEmpty {
                text += "    \(line)\n"
                if info.column > 0 {
                    let start = max(0, info.column - 1 - indentation)
                    let width = max(1, min(info.endColumn - info.column, max(1, line.count - start)))
                    text += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
                }
            }
        }
        text += "\(info.kind): \(info.message)\n"
        return text
    }
}

extension String {
    func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
    }
}
