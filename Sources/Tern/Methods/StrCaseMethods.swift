/// upper, lower, capitalize, title, swapcase and casefold.
///
/// ASCII strings map their bytes directly; others use full Unicode case
/// mappings (one code point may become several: "ß".upper() == "SS").
extension Interpreter {
    func installStrCaseMethods() {
        let str = types.str.dict!
        define(str, "upper", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "upper")
            try vm.checkMethodArity(args, "str", "upper", min: 0, max: 0)
            if s.isASCII { return vm.makeStr(ascii: s.mapASCII { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }) }
            var result = String.UnicodeScalarView()
            for scalar in s.value.unicodeScalars { result.appendUppercase(scalar) }
            return vm.makeStr(String(result))
        }
        define(str, "lower", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "lower")
            try vm.checkMethodArity(args, "str", "lower", min: 0, max: 0)
            if s.isASCII { return vm.makeStr(ascii: s.mapASCII { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }) }
            var result = String.UnicodeScalarView()
            let scalars = s.scalars
            for i in scalars.indices { result.appendLowercase(scalars, at: i) }
            return vm.makeStr(String(result))
        }
        define(str, "casefold", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "casefold")
            try vm.checkMethodArity(args, "str", "casefold", min: 0, max: 0)
            if s.isASCII { return vm.makeStr(ascii: s.mapASCII { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }) }
            var result = String.UnicodeScalarView()
            for scalar in s.value.unicodeScalars { result.appendCasefold(scalar) }
            return vm.makeStr(String(result))
        }
        define(str, "swapcase", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "swapcase")
            try vm.checkMethodArity(args, "str", "swapcase", min: 0, max: 0)
            if s.isASCII {
                return vm.makeStr(ascii: s.mapASCII { b in
                    if b >= 0x41 && b <= 0x5A { return b + 32 }
                    if b >= 0x61 && b <= 0x7A { return b - 32 }
                    return b
                })
            }
            var result = String.UnicodeScalarView()
            let scalars = s.scalars
            for (i, scalar) in scalars.enumerated() {
                if scalar.isPythonUpper {
                    result.appendLowercase(scalars, at: i)
                } else if scalar.isPythonLower {
                    result.appendUppercase(scalar)
                } else {
                    result.append(scalar)
                }
            }
            return vm.makeStr(String(result))
        }
        define(str, "capitalize", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "capitalize")
            try vm.checkMethodArity(args, "str", "capitalize", min: 0, max: 0)
            let scalars = s.scalars
            var result = String.UnicodeScalarView()
            for i in scalars.indices {
                if i == 0 { result.appendTitlecase(scalars[0]) } else { result.appendLowercase(scalars, at: i) }
            }
            return vm.makeStr(String(result))
        }
        define(str, "title", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "title")
            try vm.checkMethodArity(args, "str", "title", min: 0, max: 0)
            let scalars = s.scalars
            var result = String.UnicodeScalarView()
            var previousIsCased = false
            for (i, scalar) in scalars.enumerated() {
                if previousIsCased { result.appendLowercase(scalars, at: i) } else { result.appendTitlecase(scalar) }
                previousIsCased = scalar.isCased
            }
            return vm.makeStr(String(result))
        }
    }
}

extension Interpreter {
    /// A new str from text known to be ASCII.
    func makeStr(ascii text: String) -> Value {
        makeStr(text, count: text.utf8.count, isASCII: true)
    }
}

extension StrObject {
    /// The string with each ASCII byte replaced (only for ASCII strings).
    func mapASCII(_ transform: (UInt8) -> UInt8) -> String {
        withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for i in 0..<bytes.count { buffer[i] = transform(bytes[i]) }
                return bytes.count
            }
        }
    }
}

extension String.UnicodeScalarView {
    /// Lowercases scalars[index], choosing final sigma (ς) for a capital sigma
    /// that ends a word, the one context-dependent mapping Python applies.
    mutating func appendLowercase(_ scalars: [Unicode.Scalar], at index: Int) {
        let scalar = scalars[index]
        guard scalar.value == 0x3A3 else {
            appendLowercase(scalar)
            return
        }
        var j = index - 1
        while j >= 0 && scalars[j].isCaseIgnorable { j -= 1 }
        var isFinal = j >= 0 && scalars[j].isCased
        if isFinal {
            j = index + 1
            while j < scalars.count && scalars[j].isCaseIgnorable { j += 1 }
            isFinal = j == scalars.count || !scalars[j].isCased
        }
        append(Unicode.Scalar(isFinal ? 0x3C2 : 0x3C3)!)
    }
}
