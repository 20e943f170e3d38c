/// str.maketrans and str.translate.
extension Interpreter {
    func installStrTranslation() {
        let str = types.str.dict!
        let maketrans = heap.register(NativeFunctionObject(
            type: types.builtinFunction, name: "maketrans", ownerTypeName: "str", isStaticMethod: true
        ) { (vm, args) throws(ScriptError) -> Value in
            try vm.makeTranslationTable(args)
        })
        str.setString(symbol("maketrans"), maketrans.asValue, heap)
        heap.release(maketrans)
        define(str, "translate", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "translate")
            try vm.checkMethodArity(args, "str", "translate", min: 1, max: 1)
            return try vm.translate(s, table: args[1])
        }
    }

    /// `str.maketrans(x[, y[, z]])` (a static method: no self in `args`).
    private func makeTranslationTable(_ args: Arguments) throws(ScriptError) -> Value {
        if args.keywordCount > 0 { throw makeError("TypeError", "str.maketrans() takes no keyword arguments") }
        if args.count == 0 { throw makeError("TypeError", "maketrans expected at least 1 argument, got 0") }
        if args.count > 3 { throw makeError("TypeError", "maketrans expected at most 3 arguments, got \(args.count)") }
        let table = makeDict()
        do throws(ScriptError) {
            if args.count == 1 {
                guard let mapping = args[0].asObject(DictObject.self) else {
                    throw makeError("TypeError", "if you give only one argument to maketrans it must be a dict")
                }
                for entry in mapping.liveEntries {
                    let key = entry.key!
                    if let s = key.asStr {
                        guard s.count == 1 else { throw makeError("ValueError", "string keys in translate table must be of length 1") }
                        try table.set(.int(Int(s.scalar(at: 0).value)), entry.value, self)
                    } else if isIntLike(key) {
                        try table.set(key, entry.value, self)
                    } else {
                        throw makeError("TypeError", "keys in translate table must be strings or integers")
                    }
                }
                return table.asValue
            }
            for position in 0..<args.count {
                guard args[position].asStr != nil else {
                    throw makeError("TypeError", "maketrans() argument \(position + 1) must be str, not \(typeName(args[position]))")
                }
            }
            let from = args[0].asStr!.scalars, to = args[1].asStr!.scalars
            guard from.count == to.count else {
                throw makeError("ValueError", "the first two maketrans arguments must have equal length")
            }
            for (source, target) in zip(from, to) {
                try table.set(.int(Int(source.value)), .int(Int(target.value)), self)
            }
            if args.count == 3 {
                for deleted in args[2].asStr!.value.unicodeScalars {
                    try table.set(.int(Int(deleted.value)), .none, self)
                }
            }
            return table.asValue
        } catch {
            heap.release(table)
            throw error
        }
    }

    /// What a translation table maps a code point to: nil to keep it, "" to delete it.
    private func translation(of scalar: Unicode.Scalar, in table: Value) throws(ScriptError) -> String? {
        let mapped: Value
        do throws(ScriptError) {
            mapped = try getItem(table, .int(Int(scalar.value)))
        } catch {
            if error.object.type.isSubtype(of: types.exception("LookupError")) {
                heap.release(error.object)
                return nil
            }
            throw error
        }
        defer { mapped.release(heap) }
        if mapped.isNone { return "" }
        if let s = mapped.asStr { return s.value }
        if let code = bigValue(mapped) {
            guard code >= 0 && code < 0x110000, let target = Unicode.Scalar(UInt32(code)) else {
                throw makeError("ValueError", "character mapping must be in range(0x110000)")
            }
            return String(target)
        }
        throw makeError("TypeError", "character mapping must return integer, None or str")
    }

    func translate(_ s: StrObject, table: Value) throws(ScriptError) -> Value {
        var cache: [UInt32: String?] = [:]
        var result = ""
        result.reserveCapacity(s.value.utf8.count)
        var changed = false
        for scalar in s.value.unicodeScalars {
            let replacement: String?
            if let cached = cache[scalar.value] {
                replacement = cached
            } else {
                replacement = try translation(of: scalar, in: table)
                cache[scalar.value] = replacement
            }
            if let replacement {
                result += replacement
                changed = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if !changed && s.type === types.str { return s.retainedValue }
        return makeStr(result)
    }
}
