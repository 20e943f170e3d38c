#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The methods and members of the builtin exception classes, following
/// CPython's Objects/exceptions.c: what `__new__`/`__init__` store, and
/// how `str()` and `repr()` read it back.
extension Interpreter {
    /// Members CPython keeps in the C struct of an exception class, by the
    /// builtin class that introduces them. Unset members read as None.
    private static let exceptionMembers: [String: [String]] = [
        "SystemExit": ["code"],
        "StopIteration": ["value"],
        "NameError": ["name"],
        "AttributeError": ["name", "obj"],
        "ImportError": ["msg", "name", "path"],
        "OSError": ["errno", "strerror", "filename", "filename2"],
        "SyntaxError": ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"],
        "UnicodeEncodeError": ["encoding", "object", "start", "end", "reason"],
        "UnicodeDecodeError": ["encoding", "object", "start", "end", "reason"],
        "UnicodeTranslateError": ["encoding", "object", "start", "end", "reason"],
    ]

    /// The builtin class whose layout an exception type extends (the nearest
    /// builtin class in its MRO that has members), or nil.
    func exceptionLayoutClass(_ type: TypeObject) -> String? {
        if let cached = type.exceptionLayoutCache { return cached }
        var found: String? = nil
        for t in type.mro where !t.isHeapType && Interpreter.exceptionMembers[t.name] != nil {
            found = t.name
            break
        }
        type.exceptionLayoutCache = .some(found)
        return found
    }

    func exceptionMemberNames(_ type: TypeObject) -> [String] {
        exceptionLayoutClass(type).flatMap { Interpreter.exceptionMembers[$0] } ?? []
    }

    // MARK: Members

    /// A member that was set (borrowed), or nil when it was never set.
    func exceptionField(_ e: ExceptionObject, _ name: String) -> Value? {
        e.fields?.getString(intern(name))
    }

    /// Sets a member; `value` is borrowed.
    func setExceptionField(_ e: ExceptionObject, _ name: String, _ value: Value) {
        if e.fields == nil { e.fields = makeDict() }
        e.fields!.setString(intern(name), value, heap)
    }

    func clearExceptionField(_ e: ExceptionObject, _ name: String) {
        e.fields?.removeString(intern(name), heap)?.release(heap)
    }

    /// Replaces `args`, taking ownership of `items`.
    func replaceArguments(_ e: ExceptionObject, _ items: ContiguousArray<Value>) {
        let old = e.arguments
        e.arguments = makeTuple(items).asObject(TupleObject.self)!
        heap.release(old)
    }

    /// The positional arguments from `start` on, retained.
    private func positionalItems(_ args: Arguments, from start: Int) -> ContiguousArray<Value> {
        var items = ContiguousArray<Value>()
        if start < args.count { for i in start..<args.count { items.append(args[i].retained()) } }
        return items
    }

    /// The attributes every exception has, and the members of its class (owned), or nil.
    func exceptionAttribute(_ e: ExceptionObject, _ name: String) -> Value? {
        switch name {
        case "args": return e.arguments.retainedValue
        case "__cause__": return e.cause.retained()
        case "__context__": return e.context.retained()
        case "__suppress_context__": return .bool(e.suppressContext)
        case "__traceback__": return e.traceback?.retainedValue ?? Value.none
        case "__dict__": return instanceDict(e, create: true)!.retainedValue
        default:
            if let value = exceptionField(e, name) { return value.retained() }
            return exceptionMemberNames(e.type).contains(name) ? Value.none : nil
        }
    }

    /// Assignment to an exception's builtin attributes; false when `name` is an ordinary attribute.
    func setExceptionAttribute(_ e: ExceptionObject, _ name: String, _ value: Value) throws(ScriptError) -> Bool {
        switch name {
        case "args":
            replaceArguments(e, ContiguousArray(try collect(value)))
        case "__cause__":
            guard value.isNone || value.asObject(ExceptionObject.self) != nil else {
                throw makeError("TypeError", "exception cause must be None or derive from BaseException")
            }
            let old = e.cause
            e.cause = value.retained()
            old.release(heap)
            e.suppressContext = true
        case "__context__":
            guard value.isNone || value.asObject(ExceptionObject.self) != nil else {
                throw makeError("TypeError", "exception context must be None or derive from BaseException")
            }
            let old = e.context
            e.context = value.retained()
            old.release(heap)
        case "__suppress_context__":
            e.suppressContext = try isTrue(value)
        case "__traceback__":
            let traceback = value.asObject(TracebackObject.self)
            guard value.isNone || traceback != nil else { throw makeError("TypeError", "__traceback__ must be a traceback or None") }
            traceback?.retain()
            let old = e.traceback
            e.traceback = traceback
            if let old { heap.release(old) }
        default:
            guard exceptionMemberNames(e.type).contains(name) else { return false }
            setExceptionField(e, name, value)
        }
        return true
    }

    // MARK: Classes

    func installExceptionMethods() {
        let base = types.baseException!
        define(base.dict, "__new__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.exceptionClassArgument(args, "BaseException")
            let instance = try vm.allocateInstance(type)
            if let e = instance.asObject(ExceptionObject.self) {
                vm.replaceArguments(e, vm.positionalItems(args, from: 1))
            }
            return instance
        }
        define(base.dict, "__init__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            try vm.rejectExceptionKeywords(args, e.type)
            vm.replaceArguments(e, vm.positionalItems(args, from: 1))
            return .none
        }
        define(base.dict, "__str__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.baseExceptionStr(try vm.exceptionSelf(args, "__str__", "BaseException")))
        }
        define(base.dict, "__repr__", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.exceptionRepr(try vm.exceptionSelf(args, "__repr__", "BaseException")))
        }
        define(base.dict, "with_traceback", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            let e = try vm.exceptionSelf(args, "with_traceback", "BaseException")
            guard args.count == 2 else {
                throw vm.makeError("TypeError", "BaseException.with_traceback() takes exactly one argument (\(args.count - 1) given)")
            }
            _ = try vm.setExceptionAttribute(e, "__traceback__", args[1])
            return e.retainedValue
        }
        define(base.dict, "add_note", owner: "BaseException") { (vm, args) throws(ScriptError) -> Value in
            let e = try vm.exceptionSelf(args, "add_note", "BaseException")
            guard args.count == 2 else {
                throw vm.makeError("TypeError", "BaseException.add_note() takes exactly one argument (\(args.count - 1) given)")
            }
            guard args[1].asStr != nil else {
                throw vm.makeError("TypeError", "note must be a str, not '\(vm.typeName(args[1]))'")
            }
            let name = vm.symbol("__notes__")
            let notes: Value
            do throws(ScriptError) { notes = try vm.getAttribute(e.asValue, name) } catch {
                guard error.object.type.isSubtype(of: vm.types.attributeError!) else { throw error }
                vm.heap.release(error.object)
                let fresh = vm.makeList([])
                defer { fresh.release(vm.heap) }
                try vm.setAttribute(e.asValue, name, fresh)
                fresh.asObject(ListObject.self)!.items.append(args[1].retained())
                return .none
            }
            defer { notes.release(vm.heap) }
            guard let list = notes.asObject(ListObject.self) else { throw vm.makeError("TypeError", "Cannot add note: __notes__ is not a list") }
            list.items.append(args[1].retained())
            return .none
        }
        installMemberInitializers()
        installSubclassStr()
        installOSError()
    }

    private func exceptionClassArgument(_ args: Arguments, _ owner: String) throws(ScriptError) -> TypeObject {
        guard args.count >= 1, let type = args[0].asObject(TypeObject.self) else {
            throw makeError("TypeError", "\(owner).__new__(X): X is not a type object")
        }
        guard type.isSubtype(of: types.exception(owner)) else {
            throw makeError("TypeError", "\(owner).__new__(\(type.name)): \(type.name) is not a subtype of \(owner)")
        }
        return type
    }

    private func exceptionSelf(_ args: Arguments, _ method: String, _ owner: String) throws(ScriptError) -> ExceptionObject {
        guard args.count >= 1, let e = args[0].asObject(ExceptionObject.self), e.type.isSubtype(of: types.exception(owner)) else {
            let got = args.count >= 1 ? typeName(args[0]) : "nothing"
            throw makeError("TypeError", "descriptor '\(method)' requires a '\(owner)' object but received a '\(got)'")
        }
        return e
    }

    /// BaseException.__init__ takes no keyword arguments ("ValueError() takes no keyword arguments").
    private func rejectExceptionKeywords(_ args: Arguments, _ type: TypeObject) throws(ScriptError) {
        if args.keywordCount > 0 { throw makeError("TypeError", "\(type.name)() takes no keyword arguments") }
    }

    /// Keyword-only members accepted by NameError, AttributeError and ImportError.
    private func keywordMembers(_ args: Arguments, _ className: String, allowed: [String]) throws(ScriptError) -> [(String, Value)] {
        for (keyword, _) in args.keywords where !allowed.contains(keyword) {
            throw makeError("TypeError", "'\(keyword)' is an invalid keyword argument for \(className)()")
        }
        return args.keywords
    }

    /// `__init__` of the classes whose members come from the constructor arguments.
    private func installMemberInitializers() {
        define(types.exception("SystemExit").dict, "__init__", owner: "SystemExit") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            try vm.rejectExceptionKeywords(args, e.type)
            vm.replaceArguments(e, vm.positionalItems(args, from: 1))
            vm.initializeExceptionFields(e)
            return .none
        }
        define(types.stopIteration!.dict, "__init__", owner: "StopIteration") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            try vm.rejectExceptionKeywords(args, e.type)
            vm.replaceArguments(e, vm.positionalItems(args, from: 1))
            vm.initializeExceptionFields(e)
            return .none
        }
        let keywordClasses: [(String, [String])] = [("NameError", ["name"]), ("AttributeError", ["name", "obj"]), ("ImportError", ["name", "path"])]
        for (className, allowed) in keywordClasses {
            define(types.exception(className).dict, "__init__", owner: className) { (vm, args) throws(ScriptError) -> Value in
                guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
                let keywords = try vm.keywordMembers(args, className, allowed: allowed)
                vm.replaceArguments(e, vm.positionalItems(args, from: 1))
                for member in allowed { vm.clearExceptionField(e, member) }
                for (keyword, value) in keywords { vm.setExceptionField(e, keyword, value) }
                if className == "ImportError" { vm.initializeExceptionFields(e) }
                return .none
            }
        }
        define(types.exception("SyntaxError").dict, "__init__", owner: "SyntaxError") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
            try vm.rejectExceptionKeywords(args, e.type)
            if args.count == 3 {
                let count = try vm.length(args[2])
                if count < 4 { throw vm.makeError("TypeError", "function takes at least 4 arguments (\(count) given)") }
                if count > 6 { throw vm.makeError("TypeError", "function takes at most 6 arguments (\(count) given)") }
            }
            vm.replaceArguments(e, vm.positionalItems(args, from: 1))
            try vm.initializeSyntaxErrorFields(e)
            return .none
        }
        for className in ["UnicodeEncodeError", "UnicodeDecodeError"] {
            define(types.exception(className).dict, "__init__", owner: className) { (vm, args) throws(ScriptError) -> Value in
                guard let e = args[0].asObject(ExceptionObject.self) else { return .none }
                try vm.rejectExceptionKeywords(args, e.type)
                guard args.count == 6 else {
                    throw vm.makeError("TypeError", "function takes exactly 5 arguments (\(args.count - 1) given)")
                }
                guard args[1].asStr != nil else {
                    throw vm.makeError("TypeError", "argument 1 must be str, not \(vm.typeName(args[1]))")
                }
                if className == "UnicodeEncodeError", args[2].asStr == nil {
                    throw vm.makeError("TypeError", "argument 2 must be str, not \(vm.typeName(args[2]))")
                }
                for position in [3, 4] where !vm.isIntLike(args[position]) {
                    throw vm.makeError("TypeError", "'\(vm.typeName(args[position]))' object cannot be interpreted as an integer")
                }
                guard args[5].asStr != nil else {
                    throw vm.makeError("TypeError", "argument 5 must be str, not \(vm.typeName(args[5]))")
                }
                vm.replaceArguments(e, vm.positionalItems(args, from: 1))
                for (i, member) in ["encoding", "object", "start", "end", "reason"].enumerated() {
                    vm.setExceptionField(e, member, args[i + 1])
                }
                return .none
            }
        }
    }

    /// The exception C code raises with `PyErr_SetObject(type, value)`: None means no
    /// arguments, a tuple is the arguments, an instance of the class is raised itself.
    func makeRaisedObjectError(_ typeName: String, _ value: Value) -> ScriptError {
        let type = types.exception(typeName)
        if let e = value.asObject(ExceptionObject.self), e.type.isSubtype(of: type) { return ScriptError(e.retainedObject) }
        let items: ContiguousArray<Value>
        if value.isNone {
            items = []
        } else if let tuple = value.asObject(TupleObject.self), tuple.type === types.tuple {
            items = ContiguousArray(tuple.items.map { $0.retained() })
        } else {
            items = [value.retained()]
        }
        let e = makeExceptionObject(type: type, arguments: makeTuple(items).asObject(TupleObject.self)!)
        initializeExceptionFields(e)
        return ScriptError(e)
    }

    /// The members an exception's own `__init__` derives from `args`, for exceptions
    /// the interpreter creates without calling the class (`sys.exit(3)`, StopIteration).
    func initializeExceptionFields(_ e: ExceptionObject) {
        let items = e.arguments.items
        switch exceptionLayoutClass(e.type) {
        case "SystemExit":
            let code: Value = items.isEmpty ? .none : items.count == 1 ? items[0] : e.arguments.asValue
            setExceptionField(e, "code", code)
        case "StopIteration":
            setExceptionField(e, "value", items.first ?? .none)
        case "ImportError":
            if items.count == 1 { setExceptionField(e, "msg", items[0]) } else { clearExceptionField(e, "msg") }
        default:
            break
        }
    }

    /// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
    func initializeSyntaxErrorFields(_ e: ExceptionObject) throws(ScriptError) {
        let items = e.arguments.items
        if let message = items.first { setExceptionField(e, "msg", message) }
        guard items.count == 2 else { return }
        let details = try collect(items[1])
        defer { for v in details { v.release(heap) } }
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
        for (name, value) in zip(names, details) { setExceptionField(e, name, value) }
    }

    /// `__str__` of the classes that format their members.
    private func installSubclassStr() {
        define(types.keyError!.dict, "__str__", owner: "KeyError") { (vm, args) throws(ScriptError) -> Value in
            let e = try vm.exceptionSelf(args, "__str__", "KeyError")
            // A lone key shows as its repr, so KeyError('') is distinguishable from KeyError().
            if e.arguments.items.count == 1 { return vm.makeStr(try vm.repr(e.arguments.items[0])) }
            return vm.makeStr(try vm.baseExceptionStr(e))
        }
        define(types.exception("ImportError").dict, "__str__", owner: "ImportError") { (vm, args) throws(ScriptError) -> Value in
            let e = try vm.exceptionSelf(args, "__str__", "ImportError")
            if let message = vm.exceptionField(e, "msg"), let s = message.asStr, !s.type.isHeapType { return message.retained() }
            return vm.makeStr(try vm.baseExceptionStr(e))
        }
        define(types.exception("SyntaxError").dict, "__str__", owner: "SyntaxError") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.syntaxErrorStr(try vm.exceptionSelf(args, "__str__", "SyntaxError")))
        }
        define(types.exception("UnicodeEncodeError").dict, "__str__", owner: "UnicodeEncodeError") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.unicodeErrorStr(try vm.exceptionSelf(args, "__str__", "UnicodeEncodeError"), encoding: true))
        }
        define(types.exception("UnicodeDecodeError").dict, "__str__", owner: "UnicodeDecodeError") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.unicodeErrorStr(try vm.exceptionSelf(args, "__str__", "UnicodeDecodeError"), encoding: false))
        }
    }

    // MARK: str and repr

    /// `str(exception)`, through the most derived `__str__`.
    func exceptionStr(_ e: ExceptionObject) throws(ScriptError) -> String {
        guard let method = e.type.lookup(symbol("__str__")) else { return try baseExceptionStr(e) }
        let result = try callValue(method, [e.asValue])
        defer { result.release(heap) }
        guard let s = result.asStr else { throw makeError("TypeError", "__str__ returned non-string (type \(typeName(result)))") }
        return s.value
    }

    func baseExceptionStr(_ e: ExceptionObject) throws(ScriptError) -> String {
        let items = e.arguments.items
        if items.isEmpty { return "" }
        if items.count == 1 { return try str(items[0]) }
        return try repr(e.arguments.asValue)
    }

    /// `Name(args...)`, with the class's `__name__` as CPython's `_PyType_Name`.
    func exceptionRepr(_ e: ExceptionObject) throws(ScriptError) -> String {
        let items = e.arguments.items
        if items.count == 1 { return "\(e.type.name)(\(try repr(items[0])))" }
        return e.type.name + (try repr(e.arguments.asValue))
    }

    /// "msg (file.py, line 3)": the file's base name and the line, when known.
    func syntaxErrorStr(_ e: ExceptionObject) throws(ScriptError) -> String {
        let message = try str(exceptionField(e, "msg") ?? .none)
        let filename = exceptionField(e, "filename")?.asStr.map { String($0.value.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
        var line: Int? = nil
        if let lineno = exceptionField(e, "lineno"), case .int(let n) = lineno { line = n }
        switch (filename, line) {
        case (let f?, let l?): return "\(message) (\(f), line \(l))"
        case (let f?, nil): return "\(message) (\(f))"
        case (nil, let l?): return "\(message) (line \(l))"
        default: return message
        }
    }

    private func unicodeErrorStr(_ e: ExceptionObject, encoding: Bool) throws(ScriptError) -> String {
        guard let object = exceptionField(e, "object"), let codec = exceptionField(e, "encoding"),
              let reason = exceptionField(e, "reason") else { return "" }
        let start = try index(exceptionField(e, "start") ?? .int(0))
        let end = try index(exceptionField(e, "end") ?? .int(0))
        let codecName = try str(codec), reasonText = try str(reason)
        if end == start + 1 {
            let item = try getItem(object, .int(start))
            defer { item.release(heap) }
            if encoding, let s = item.asStr, let scalar = s.value.unicodeScalars.first {
                let v = scalar.value
                let escaped = v < 0x100 ? "\\x" + hexDigits(v, 2) : v < 0x10000 ? "\\u" + hexDigits(v, 4) : "\\U" + hexDigits(v, 8)
                return "'\(codecName)' codec can't encode character '\(escaped)' in position \(start): \(reasonText)"
            }
            if !encoding {
                let byte = try index(item)
                return "'\(codecName)' codec can't decode byte 0x\(hexDigits(UInt32(truncatingIfNeeded: byte), 2)) in position \(start): \(reasonText)"
            }
        }
        let verb = encoding ? "encode characters" : "decode bytes"
        return "'\(codecName)' codec can't \(verb) in position \(start)-\(end - 1): \(reasonText)"
    }

    private func hexDigits(_ v: UInt32, _ width: Int) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: OSError

    /// Whether an OSError class parses its arguments in `__init__` (a subclass that
    /// defines `__init__`) rather than in `__new__`, as CPython's `oserror_use_init`.
    private func osErrorUsesInit(_ type: TypeObject) -> Bool {
        let ownInit = type.lookup(symbol("__init__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "OSError"
        let ownNew = type.lookup(symbol("__new__"))?.asObject(NativeFunctionObject.self)?.ownerTypeName == "OSError"
        return !ownInit && ownNew
    }

    /// The subclass `OSError(errno, ...)` constructs for an errno, as CPython's errnomap.
    private func osErrorSubclass(errno: Int) -> TypeObject? {
        let name: String
        switch Int32(truncatingIfNeeded: errno) {
        case EAGAIN, EALREADY, EINPROGRESS, EWOULDBLOCK: name = "BlockingIOError"
        case ECHILD: name = "ChildProcessError"
        case EPIPE, ESHUTDOWN: name = "BrokenPipeError"
        case ECONNABORTED: name = "ConnectionAbortedError"
        case ECONNREFUSED: name = "ConnectionRefusedError"
        case ECONNRESET: name = "ConnectionResetError"
        case EEXIST: name = "FileExistsError"
        case ENOENT: name = "FileNotFoundError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EINTR: name = "InterruptedError"
        case EACCES, EPERM: name = "PermissionError"
        case ESRCH: name = "ProcessLookupError"
        case ETIMEDOUT: name = "TimeoutError"
        default: return nil
        }
        return types.exceptions[name]
    }

    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename,
    /// `args` keeps only the first two.
    private func initializeOSError(_ e: ExceptionObject, _ items: ContiguousArray<Value>) {
        for member in ["errno", "strerror", "filename", "filename2"] { clearExceptionField(e, member) }
        var arguments = items
        if (2...5).contains(items.count) {
            setExceptionField(e, "errno", items[0])
            setExceptionField(e, "strerror", items[1])
            if items.count >= 3, !items[2].isNone {
                setExceptionField(e, "filename", items[2])
                if items.count == 5, !items[4].isNone { setExceptionField(e, "filename2", items[4]) }
                for v in items.dropFirst(2) { v.release(heap) }
                arguments = ContiguousArray(items.prefix(2))
            }
        }
        replaceArguments(e, arguments)
    }

    private func installOSError() {
        let osError = types.exception("OSError")
        define(osError.dict, "__new__", owner: "OSError") { (vm, args) throws(ScriptError) -> Value in
            let type = try vm.exceptionClassArgument(args, "OSError")
            let usesInit = vm.osErrorUsesInit(type)
            var actualType = type
            if !usesInit {
                try vm.rejectExceptionKeywords(args, type)
                if type === osError, (3...6).contains(args.count), case .int(let errno) = args[1],
                   let subclass = vm.osErrorSubclass(errno: errno) {
                    actualType = subclass
                }
            }
            let instance = try vm.allocateInstance(actualType)
            if let e = instance.asObject(ExceptionObject.self), !usesInit {
                vm.initializeOSError(e, vm.positionalItems(args, from: 1))
            }
            return instance
        }
        define(osError.dict, "__init__", owner: "OSError") { (vm, args) throws(ScriptError) -> Value in
            guard let e = args[0].asObject(ExceptionObject.self), vm.osErrorUsesInit(e.type) else { return .none }
            try vm.rejectExceptionKeywords(args, e.type)
            vm.initializeOSError(e, vm.positionalItems(args, from: 1))
            return .none
        }
        define(osError.dict, "__str__", owner: "OSError") { (vm, args) throws(ScriptError) -> Value in
            let e = try vm.exceptionSelf(args, "__str__", "OSError")
            if let errno = vm.exceptionField(e, "errno"), let strerror = vm.exceptionField(e, "strerror") {
                let prefix = "[Errno \(try vm.str(errno))] \(try vm.str(strerror))"
                if let filename = vm.exceptionField(e, "filename") {
                    if let filename2 = vm.exceptionField(e, "filename2") {
                        return vm.makeStr(prefix + ": \(try vm.repr(filename)) -> \(try vm.repr(filename2))")
                    }
                    return vm.makeStr(prefix + ": \(try vm.repr(filename))")
                }
                return vm.makeStr(prefix)
            }
            return vm.makeStr(try vm.baseExceptionStr(e))
        }
    }

    /// The OSError subclass for a failed system call on `filename`, as `PyErr_SetFromErrnoWithFilename`.
    func makeOSError(_ code: Int32, filename: String?) -> ScriptError {
        let type = osErrorSubclass(errno: Int(code)) ?? types.exception("OSError")
        let message = String(cString: strerror(code))
        var items: ContiguousArray<Value> = [.int(Int(code)), makeStr(message)]
        if let filename { items.append(makeStr(filename)) }
        let e = makeExceptionObject(type: type, arguments: makeTuple([]).asObject(TupleObject.self)!)
        initializeOSError(e, items)
        return ScriptError(e)
    }
}
