/// The is* predicates of str.
extension Interpreter {
    func installStrPredicates() {
        let str = types.str.dict!
        // Predicates true when the string is non-empty and every code point qualifies.
        let everyScalar: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isalpha", { $0.isPythonAlpha }), ("isalnum", { $0.isPythonAlphanumeric }),
            ("isdecimal", { $0.isPythonDecimal }), ("isdigit", { $0.isPythonDigit }),
            ("isnumeric", { $0.isPythonNumeric }), ("isspace", { $0.isPythonSpace }),
        ]
        for (name, test) in everyScalar {
            define(str, name, owner: "str") { (vm, args) throws(ScriptError) -> Value in
                let s = try vm.strReceiver(args, name)
                try vm.checkMethodArity(args, "str", name, min: 0, max: 0)
                return .bool(s.count > 0 && s.value.unicodeScalars.allSatisfy(test))
            }
        }
        define(str, "isprintable", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "isprintable")
            try vm.checkMethodArity(args, "str", "isprintable", min: 0, max: 0)
            return .bool(s.value.unicodeScalars.allSatisfy { $0.isPythonPrintable })
        }
        define(str, "isascii", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "isascii")
            try vm.checkMethodArity(args, "str", "isascii", min: 0, max: 0)
            return .bool(s.isASCII)
        }
        define(str, "isidentifier", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "isidentifier")
            try vm.checkMethodArity(args, "str", "isidentifier", min: 0, max: 0)
            return .bool(isPythonIdentifier(s.value))
        }
        define(str, "isupper", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "isupper")
            try vm.checkMethodArity(args, "str", "isupper", min: 0, max: 0)
            var cased = false
            for scalar in s.value.unicodeScalars {
                if scalar.isPythonLower || scalar.isTitlecase { return .bool(false) }
                if scalar.isPythonUpper { cased = true }
            }
            return .bool(cased)
        }
        define(str, "islower", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "islower")
            try vm.checkMethodArity(args, "str", "islower", min: 0, max: 0)
            var cased = false
            for scalar in s.value.unicodeScalars {
                if scalar.isPythonUpper || scalar.isTitlecase { return .bool(false) }
                if scalar.isPythonLower { cased = true }
            }
            return .bool(cased)
        }
        define(str, "istitle", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "istitle")
            try vm.checkMethodArity(args, "str", "istitle", min: 0, max: 0)
            // Uppercase may only follow uncased characters, lowercase only cased ones.
            var cased = false
            var previousIsCased = false
            for scalar in s.value.unicodeScalars {
                if scalar.isPythonUpper || scalar.isTitlecase {
                    if previousIsCased { return .bool(false) }
                    previousIsCased = true
                    cased = true
                } else if scalar.isPythonLower {
                    if !previousIsCased { return .bool(false) }
                    previousIsCased = true
                    cased = true
                } else {
                    previousIsCased = false
                }
            }
            return .bool(cased)
        }
    }
}

/// Python's identifier rule: XID_Start or underscore, then XID_Continue.
func isPythonIdentifier(_ text: String) -> Bool {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
    while let next = scalars.next() {
        if !next.properties.isXIDContinue { return false }
    }
    return true
}
