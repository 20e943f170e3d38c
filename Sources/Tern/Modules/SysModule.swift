#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `sys` module.
extension Interpreter {
    /// The CPython version Tern behaves as.
    static let pythonVersion = (major: 3, minor: 11, micro: 7)

    func installSysModule() {
        let sys = makeModule("sys")
        sysModule = sys
        try? modules.set(symbol("sys").asValue, sys.asValue, self)
        let dict = sys.dict
        dict.setString(symbol("modules"), modules.asValue, heap)
        setOwned(dict, "argv", makeList([]))
        setOwned(dict, "path", makeList([]))
        dict.setString(symbol("maxsize"), .int(Int.max), heap)
        dict.setString(symbol("maxunicode"), .int(0x10FFFF), heap)
        setOwned(dict, "byteorder", makeStr(1.littleEndian == 1 ? "little" : "big"))
        #if os(Linux)
        setOwned(dict, "platform", makeStr("linux"))
        #elseif os(macOS)
        setOwned(dict, "platform", makeStr("darwin"))
        #else
        setOwned(dict, "platform", makeStr("unknown"))
        #endif
        setOwned(dict, "executable", makeStr(executablePath()))
        setOwned(dict, "builtin_module_names", makeTuple(builtinModuleNames.map { makeStr($0) }))
        installVersionInformation(dict)
        installStandardStreams(dict)
        installSysFunctions(dict)
        labelFunctions(of: sys)
        installImportSystem()
        heap.release(sys)
    }

    /// Fills sys.argv and sys.path for the program about to run as `__main__`.
    func configureSysForProgram(scriptDirectory: String) {
        let dict = sysModule.dict
        setOwned(dict, "argv", makeList(ContiguousArray(argv.map { makeStr($0) })))
        setOwned(dict, "path", makeList([makeStr(scriptDirectory)]))
    }

    /// Stores an owned value under `name`, giving up the caller's reference.
    private func setOwned(_ dict: DictObject, _ name: String, _ value: Value) {
        dict.setString(intern(name), value, heap)
        value.release(heap)
    }

    private func executablePath() -> String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return ""
    }

    // MARK: Version information

    private func installVersionInformation(_ dict: DictObject) {
        let (major, minor, micro) = Interpreter.pythonVersion
        setOwned(dict, "version", makeStr("\(major).\(minor).\(micro) (Tern \(TernInterpreter.version))"))
        let hexVersion = major << 24 | minor << 16 | micro << 8 | 0xF0
        dict.setString(symbol("hexversion"), .int(hexVersion), heap)
        let versionInfoType = makeStructSequenceType("version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"])
        let versionInfo = makeStructSequence(versionInfoType, [.int(major), .int(minor), .int(micro), makeStr("final"), .int(0)])
        dict.setString(symbol("version_info"), versionInfo, heap)

        let namespaceType = registerBuiltinType("SimpleNamespace", module: "types", layout: .object, bases: [types.object])
        namespaceType.instancesHaveDict = true
        if let implementation = try? allocateInstance(namespaceType), let object = implementation.heapObject,
           let attributes = instanceDict(object, create: true) {
            setOwned(attributes, "name", makeStr("tern"))
            attributes.setString(symbol("cache_tag"), .none, heap)
            attributes.setString(symbol("version"), versionInfo, heap)
            attributes.setString(symbol("hexversion"), .int(hexVersion), heap)
            setOwned(dict, "implementation", implementation)
        }
        versionInfo.release(heap)

        let floatInfoType = makeStructSequenceType("float_info", fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
        ])
        setOwned(dict, "float_info", makeStructSequence(floatInfoType, [
            .float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude), .int(-1021),
            .int(-307), .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1),
        ]))
        let intInfoType = makeStructSequenceType("int_info", fields: [
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold",
        ])
        setOwned(dict, "int_info", makeStructSequence(intInfoType, [.int(30), .int(4), .int(4300), .int(640)]))
        let hashInfoType = makeStructSequenceType("hash_info", fields: [
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff",
        ])
        setOwned(dict, "hash_info", makeStructSequence(hashInfoType, [
            .int(64), .int((1 << 61) - 1), .int(314_159), .int(0), .int(1_000_003), makeStr("siphash13"), .int(64), .int(128), .int(0),
        ]))
    }

    /// A tuple type whose items are also named attributes, like CPython's struct sequences.
    private func makeStructSequenceType(_ name: String, fields: [String]) -> TypeObject {
        let type = registerBuiltinType(name, module: "sys", layout: .tuple, bases: [types.tuple], subclassable: false)
        for (index, field) in fields.enumerated() {
            defineReadOnlyProperty(type, field) { (vm, v) throws(ScriptError) -> Value in
                guard let tuple = v.asObject(TupleObject.self), index < tuple.items.count else {
                    throw vm.makeError("TypeError", "descriptor '\(field)' for 'sys.\(name)' objects doesn't apply to a '\(vm.typeName(v))' object")
                }
                return tuple.items[index].retained()
            }
        }
        setOwned(type.dict, "__match_args__", makeTuple(fields.map { intern($0).retainedValue }))
        for counter in ["n_fields", "n_sequence_fields"] { type.dict.setString(intern(counter), .int(fields.count), heap) }
        type.dict.setString(symbol("n_unnamed_fields"), .int(0), heap)
        return type
    }

    /// An instance of a struct sequence type, taking ownership of `items`.
    private func makeStructSequence(_ type: TypeObject, _ items: [Value]) -> Value {
        heap.registerTracked(TupleObject(type: type, items: ContiguousArray(items))).asValue
    }

    /// repr of a struct sequence: `sys.version_info(major=3, minor=11, ...)`; nil for other tuples.
    func structSequenceRepr(_ tuple: TupleObject) throws(ScriptError) -> String? {
        guard !tuple.type.isHeapType, let fields = tuple.type.dict.getString(symbol("__match_args__"))?.asObject(TupleObject.self) else {
            return nil
        }
        var parts: [String] = []
        for (field, item) in zip(fields.items, tuple.items) {
            parts.append("\(field.asStr?.value ?? "")=\(try repr(item))")
        }
        return "\(tuple.type.moduleName).\(tuple.type.name)(" + parts.joined(separator: ", ") + ")"
    }

    /// repr of a types.SimpleNamespace (sys.implementation): `namespace(name='tern', ...)`; nil for other objects.
    func namespaceRepr(_ object: HeapObject) throws(ScriptError) -> String? {
        guard !object.type.isHeapType, object.type.name == "SimpleNamespace", object.type.moduleName == "types" else { return nil }
        var parts: [String] = []
        for entry in instanceDict(object, create: false)?.liveEntries ?? [] {
            parts.append("\(entry.key?.asStr?.value ?? "")=\(try repr(entry.value))")
        }
        return "namespace(" + parts.joined(separator: ", ") + ")"
    }

    // MARK: Standard streams

    /// The standard streams pass line endings through untranslated, as CPython's do on POSIX.
    private func installStandardStreams(_ dict: DictObject) {
        let streams: [(String, FileObject.Stream, Int32, String)] = [
            ("stdin", .input, 0, "r"), ("stdout", .output, 1, "w"), ("stderr", .error, 2, "w"),
        ]
        for (name, stream, descriptor, mode) in streams {
            let file = heap.registerTracked(FileObject(type: types.file, path: "<\(name)>", mode: mode, encoding: "utf-8",
                                                       readable: stream == .input, writable: stream != .input,
                                                       descriptor: descriptor, stream: stream, newline: "\n"))
            file.interruptFlag = heap.attention
            dict.setString(intern(name), file.asValue, heap)
            dict.setString(intern("__\(name)__"), file.asValue, heap)
            heap.release(file)
        }
    }

    // MARK: Functions

    private func installSysFunctions(_ dict: DictObject) {
        // The default unraisable hook: prints an UnraisableHookArgs as "Exception ignored in: ...".
        define(dict, "unraisablehook") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "sys.unraisablehook() takes exactly one argument (\(args.count) given)") }
            func field(_ name: String) throws(ScriptError) -> Value { try vm.getAttribute(args[0], vm.intern(name)) }
            let value = try field("exc_value")
            defer { value.release(vm.heap) }
            let message = try field("err_msg")
            defer { message.release(vm.heap) }
            let object = try field("object")
            defer { object.release(vm.heap) }
            var report = ""
            if !object.isNone || !message.isNone {
                let text = message.isNone ? "Exception ignored in" : try vm.str(message)
                report = object.isNone ? "\(text)\n" : "\(text): \(vm.unraisableContext(object))\n"
            }
            if let exception = value.asObject(ExceptionObject.self) {
                if exception.traceback != nil { report += vm.formatTraceback(exception.traceback) }
                report += vm.unraisableSummary(exception)
            }
            vm.writeToStandardError(report)
            return .none
        }
        if let hook = dict.getString(symbol("unraisablehook")) {
            dict.setString(symbol("__unraisablehook__"), hook, heap)
            defaultUnraisableHookAddress = hook.heapObject.map { Unmanaged.passUnretained($0).toOpaque() }
        }
        define(dict, "excepthook") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "excepthook", 3...3)
            guard let exception = args[1].asObject(ExceptionObject.self) else {
                throw vm.makeError("TypeError", "print_exception(): Exception expected for value, \(vm.typeName(args[1])) found")
            }
            vm.printException(exception)
            return .none
        }
        if let hook = dict.getString(symbol("excepthook")) {
            dict.setString(symbol("__excepthook__"), hook, heap)
            defaultExceptHookAddress = hook.heapObject.map { Unmanaged.passUnretained($0).toOpaque() }
        }
        define(dict, "displayhook") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "displayhook", 1...1, style: .singleArgument)
            try vm.defaultDisplayHook(args[0])
            return .none
        }
        if let hook = dict.getString(symbol("displayhook")) { dict.setString(symbol("__displayhook__"), hook, heap) }
        define(dict, "exit") { (vm, args) throws(ScriptError) -> Value in
            if args.count > 1 { throw vm.makeError("TypeError", "exit expected at most 1 argument, got \(args.count)") }
            throw vm.makeRaisedObjectError("SystemExit", args.count > 0 ? args[0] : .none)
        }
        define(dict, "getrefcount") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "sys.getrefcount() takes exactly one argument (\(args.count) given)") }
            // The argument's own stack slot is counted, as CPython counts its temporary reference.
            if case .object(let r) = args[0] { return .int(r.takeUnretainedValue().refcount) }
            return .int(Int(UInt32.max))
        }
        define(dict, "getrecursionlimit") { (vm, _) throws(ScriptError) -> Value in .int(vm.recursionLimit) }
        define(dict, "setrecursionlimit") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "setrecursionlimit() takes exactly one argument (\(args.count) given)") }
            if vm.isFloatLike(args[0]) { throw vm.makeError("TypeError", "'float' object cannot be interpreted as an integer") }
            let limit = try vm.index(args[0])
            if limit < 1 { throw vm.makeError("ValueError", "recursion limit must be greater or equal than 1") }
            vm.recursionLimit = limit
            return .none
        }
        define(dict, "exc_info") { (vm, _) throws(ScriptError) -> Value in
            guard let e = vm.handledException.asObject(ExceptionObject.self) else { return vm.makeTuple([.none, .none, .none]) }
            return vm.makeTuple([e.type.retainedValue, e.retainedValue, e.traceback?.retainedValue ?? .none])
        }
        define(dict, "_getframe") { (vm, args) throws(ScriptError) -> Value in
            guard args.count <= 1 else { throw vm.makeError("TypeError", "_getframe expected at most 1 argument, got \(args.count)") }
            return try vm.callerFrame(depth: args.count == 0 ? 0 : try vm.index(args[0]))
        }
        define(dict, "exception") { (vm, _) throws(ScriptError) -> Value in vm.handledException.retained() }
        define(dict, "intern") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "intern() takes exactly one argument (\(args.count) given)") }
            guard let s = args[0].asStr else { throw vm.makeError("TypeError", "intern() argument must be str, not \(vm.typeName(args[0]))") }
            if s.type !== vm.types.str { throw vm.makeError("TypeError", "can't intern \(s.type.name)") }
            return vm.intern(s.value).retainedValue
        }
        define(dict, "get_int_max_str_digits") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "get_int_max_str_digits", 0...0)
            return .int(vm.maxStrDigits)
        }
        define(dict, "set_int_max_str_digits") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "set_int_max_str_digits", allowed: ["maxdigits"])
            guard args.count <= 1, let given = vm.argument(args, 0, "maxdigits") else {
                throw vm.makeError("TypeError", args.count > 1
                    ? "set_int_max_str_digits() takes at most 1 argument (\(args.count) given)"
                    : "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
            }
            if vm.isFloatLike(given) { throw vm.makeError("TypeError", "'float' object cannot be interpreted as an integer") }
            let limit = try vm.index(given)
            if limit != 0 && limit < 640 { throw vm.makeError("ValueError", "maxdigits must be 0 or larger than 640") }
            vm.maxStrDigits = limit
            return .none
        }
        define(dict, "getdefaultencoding") { (vm, _) throws(ScriptError) -> Value in vm.makeStr("utf-8") }
        define(dict, "getfilesystemencoding") { (vm, _) throws(ScriptError) -> Value in vm.makeStr("utf-8") }
    }
}
