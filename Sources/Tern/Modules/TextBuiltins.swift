import BigInt

/// Builtins about text: chr, ord, hex, oct, bin, format and ascii, and the
/// `__format__` methods of int and float (str's is with its methods, object's
/// with object's).
extension Interpreter {
    func installTextBuiltins() {
        define(builtins, "chr") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "chr", 1...1, style: .singleArgument)
            // Machine ints skip the BigInt conversion.
            let code: Int32?
            if case .int(let small) = args[0] { code = Int32(exactly: small) } else { code = Int32(exactly: try vm.integerArgument(args[0])) }
            guard let small = code else {
                throw vm.makeError("OverflowError", "Python int too large to convert to C int")
            }
            guard small >= 0 && small < 0x110000 else { throw vm.makeError("ValueError", "chr() arg not in range(0x110000)") }
            // Swift strings cannot hold a lone surrogate; it becomes U+FFFD.
            let scalar = Unicode.Scalar(UInt32(small)) ?? "\u{FFFD}"
            return vm.character(scalar)
        }
        define(builtins, "ord") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "ord", 1...1, style: .singleArgument)
            guard let s = args[0].asStr else {
                throw vm.makeError("TypeError", "ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
            guard s.count == 1 else {
                throw vm.makeError("TypeError", "ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(s.scalar(at: 0).value))
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(builtins, name) { (vm, args) throws(ScriptError) -> Value in
                try vm.checkArity(args, name, 1...1, style: .singleArgument)
                // Machine ints skip the BigInt conversion.
                let negative: Bool, digits: String
                if case .int(let small) = args[0] {
                    (negative, digits) = (small < 0, String(magnitude: small.magnitude, radix: radix))
                } else {
                    let value = try vm.integerArgument(args[0])
                    (negative, digits) = (value < 0, String(value.magnitude, radix: radix))
                }
                let text = (negative ? "-" : "") + prefix + digits
                return vm.makeStr(text, count: text.utf8.count, isASCII: true)
            }
        }
        define(builtins, "ascii") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "ascii", 1...1, style: .singleArgument)
            return vm.makeStr(vm.asciiRepr(try vm.repr(args[0])))
        }
        define(builtins, "format") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "format", 1...2)
            var spec = ""
            if args.count > 1 {
                guard let given = args[1].asStr else {
                    throw vm.makeError("TypeError", "format() argument 2 must be str, not \(vm.typeName(args[1]))")
                }
                spec = given.value
            }
            return vm.makeStr(try vm.format(args[0], spec))
        }
        for (type, owner) in [(types.int, "int"), (types.float, "float")] {
            define(type.dict, "__format__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                guard args.count > 0 else {
                    throw vm.makeError("TypeError", "unbound method \(owner).__format__() needs an argument")
                }
                guard vm.typeOf(args[0]).isSubtype(of: type) else {
                    throw vm.makeError("TypeError", "descriptor '__format__' for '\(owner)' objects doesn't apply to a '\(vm.typeName(args[0]))' object")
                }
                try vm.checkMethodArity(args, owner, "__format__", min: 1, max: 1)
                guard let spec = args[1].asStr else {
                    throw vm.makeError("TypeError", "__format__() argument must be str, not \(vm.typeName(args[1]))")
                }
                return vm.makeStr(try vm.formatBuiltin(args[0], spec.value))
            }
        }
    }
}
