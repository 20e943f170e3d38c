#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The constructors and methods of int, float and bool.
extension Interpreter {
    /// `text` with Unicode decimal digits as ASCII digits and Unicode whitespace as spaces.
    func asciiDigits(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
                result.append(Unicode.Scalar(UInt8(48 + Int(value))))
            } else if scalar.properties.isWhitespace {
                result.append(" ")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    func installNumberMethods() {
        let int = types.int.dict!
        // round(x[, n]) on the value itself (subclasses reach it through their type's lookup).
        for type in [types.int, types.float] {
            let name = type.name
            define(type.dict!, "__round__", owner: name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count >= 1, args.count <= 2 else {
                    throw vm.makeError("TypeError", "__round__ expected at most 1 argument, got \(args.count - 1)")
                }
                let plain: Value
                if name == "int" {
                    guard let big = vm.bigValue(args[0]) else { throw vm.makeError("TypeError", "descriptor '__round__' requires a 'int' object") }
                    plain = vm.makeInt(big)
                } else {
                    guard let d = vm.floatValue(args[0]), vm.isFloatLike(args[0]) else {
                        throw vm.makeError("TypeError", "descriptor '__round__' for 'float' objects doesn't apply to a '\(vm.typeName(args[0]))' object")
                    }
                    plain = .float(d)
                }
                defer { plain.release(vm.heap) }
                return try vm.round(plain, args.count == 2 && !args[1].isNone ? args[1] : nil)
            }
        }
        define(int, "__new__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            let cls = try vm.newTarget(args, vm.types.int, "int")
            try vm.checkKeywords(args, "int", allowed: ["base"])
            if args.count > 3 { throw vm.makeError("TypeError", "int() takes at most 2 arguments (\(args.count - 1) given)") }
            let value: Value
            if let x = args.count > 1 ? args[1] : nil {
                if let base = vm.argument(args, 2, "base") {
                    value = try vm.intFromString(x, base: try vm.index(base))
                } else {
                    value = try vm.intValue(of: x)
                }
            } else {
                if args.keyword("base") != nil { throw vm.makeError("TypeError", "int() missing string argument") }
                value = .int(0)
            }
            if cls === vm.types.int { return value }
            defer { value.release(vm.heap) }
            return vm.heap.register(IntObject(type: cls, vm.bigValue(value)!)).asValue
        }
        define(int, "bit_length", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            guard let v = vm.bigValue(args[0]) else { throw vm.makeError("TypeError", "descriptor 'bit_length' requires an 'int' object") }
            return .int(v.magnitude.bitWidth)  // BigUInt.bitWidth counts significant bits only
        }
        define(int, "bit_count", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            guard let v = vm.bigValue(args[0]) else { throw vm.makeError("TypeError", "descriptor 'bit_count' requires an 'int' object") }
            return .int(v.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        define(int, "conjugate", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            vm.makeInt(vm.bigValue(args[0]) ?? 0)
        }
        define(int, "as_integer_ratio", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            vm.makeTuple([vm.makeInt(vm.bigValue(args[0]) ?? 0), .int(1)])
        }
        define(int, "__index__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            vm.makeInt(vm.bigValue(args[0]) ?? 0)
        }
        define(int, "__int__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            vm.makeInt(vm.bigValue(args[0]) ?? 0)
        }
        define(int, "__float__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            .float(try vm.floatFromNumber(args[0]))
        }
        define(int, "__repr__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.intDecimalString(vm.bigValue(args[0]) ?? 0))
        }
        define(int, "__hash__", owner: "int") { (vm, args) throws(ScriptError) -> Value in
            .int(vm.hashInt(vm.bigValue(args[0]) ?? 0))
        }
        installNumericDunders(types.int)

        let float = types.float.dict!
        define(float, "__new__", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            let cls = try vm.newTarget(args, vm.types.float, "float")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "float() takes no keyword arguments") }
            if args.count > 2 { throw vm.makeError("TypeError", "float expected at most 1 argument, got \(args.count - 1)") }
            let d = args.count > 1 ? try vm.floatValue(of: args[1]) : 0.0
            if cls === vm.types.float { return .float(d) }
            return vm.heap.register(FloatObject(type: cls, d)).asValue
        }
        define(float, "is_integer", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            guard let d = vm.floatValue(args[0]) else { throw vm.makeError("TypeError", "descriptor 'is_integer' requires a 'float' object") }
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        define(float, "as_integer_ratio", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            guard let d = vm.floatValue(args[0]) else { throw vm.makeError("TypeError", "descriptor 'as_integer_ratio' requires a 'float' object") }
            if d.isNaN { throw vm.makeError("ValueError", "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw vm.makeError("OverflowError", "cannot convert Infinity to integer ratio") }
            var mantissa = d
            var exponent = 0
            while mantissa != mantissa.rounded(.towardZero) {
                mantissa *= 2
                exponent += 1
            }
            let numerator = vm.bigFromDouble(mantissa)
            let denominator = BigInt(1) << exponent
            return vm.makeTuple([vm.makeInt(numerator), vm.makeInt(denominator)])
        }
        define(float, "conjugate", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            .float(vm.floatValue(args[0]) ?? 0)
        }
        define(float, "hex", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            guard let d = vm.floatValue(args[0]) else { throw vm.makeError("TypeError", "descriptor 'hex' requires a 'float' object") }
            return vm.makeStr(floatHexString(d))
        }
        define(float, "__int__", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            try vm.intValue(of: .float(vm.floatValue(args[0]) ?? 0))
        }
        define(float, "__float__", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            .float(vm.floatValue(args[0]) ?? 0)
        }
        define(float, "__repr__", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(formatFloatRepr(vm.floatValue(args[0]) ?? 0))
        }
        define(float, "__hash__", owner: "float") { (vm, args) throws(ScriptError) -> Value in
            .int(vm.hashFloat(vm.floatValue(args[0]) ?? 0))
        }
        installNumericDunders(types.float)

        define(types.bool.dict, "__new__", owner: "bool") { (vm, args) throws(ScriptError) -> Value in
            _ = try vm.newTarget(args, vm.types.bool, "bool")
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "bool() takes no keyword arguments") }
            if args.count > 2 { throw vm.makeError("TypeError", "bool expected at most 1 argument, got \(args.count - 1)") }
            return .bool(args.count > 1 ? try vm.isTrue(args[1]) : false)
        }
        define(types.bool.dict, "__repr__", owner: "bool") { (vm, args) throws(ScriptError) -> Value in
            vm.makeStr(try vm.isTrue(args[0]) ? "True" : "False")
        }
    }

    /// Arithmetic and comparison dunders of int and float, so subclasses can call `super().__add__(x)`.
    private func installNumericDunders(_ type: TypeObject) {
        var binary: [(String, BinaryOperator, Bool)] = [
            ("__add__", .add, false), ("__radd__", .add, true), ("__sub__", .subtract, false), ("__rsub__", .subtract, true),
            ("__mul__", .multiply, false), ("__rmul__", .multiply, true), ("__truediv__", .trueDivide, false),
            ("__rtruediv__", .trueDivide, true), ("__floordiv__", .floorDivide, false), ("__rfloordiv__", .floorDivide, true),
            ("__mod__", .modulo, false), ("__rmod__", .modulo, true), ("__pow__", .power, false), ("__rpow__", .power, true),
        ]
        let isInt = type === types.int
        if isInt {
            binary += [("__and__", .bitAnd, false), ("__rand__", .bitAnd, true), ("__or__", .bitOr, false), ("__ror__", .bitOr, true),
                       ("__xor__", .bitXor, false), ("__rxor__", .bitXor, true), ("__lshift__", .leftShift, false),
                       ("__rlshift__", .leftShift, true), ("__rshift__", .rightShift, false), ("__rrshift__", .rightShift, true)]
        }
        func plain(_ vm: Interpreter, _ v: Value) -> Value? {
            // The builtin value behind a possible subclass instance.
            if isInt { return vm.isIntLike(v) ? vm.makeInt(vm.bigValue(v)!) : nil }
            if vm.isFloatLike(v) { return .float(vm.floatValue(v)!) }
            if vm.isIntLike(v) { return vm.makeInt(vm.bigValue(v)!) }
            return nil
        }
        for (name, op, reflected) in binary {
            define(type.dict, name, owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2, let a = plain(vm, args[0]), let b = plain(vm, args[1]) else { return vm.notImplemented.retainedValue }
                defer { a.release(vm.heap); b.release(vm.heap) }
                return try vm.numericOperation(op, reflected ? b : a, reflected ? a : b) ?? vm.notImplemented.retainedValue
            }
        }
        let comparisons: [(String, CompareOperator)] = [("__eq__", .equal), ("__ne__", .notEqual), ("__lt__", .less),
                                                         ("__le__", .lessEqual), ("__gt__", .greater), ("__ge__", .greaterEqual)]
        for (name, op) in comparisons {
            define(type.dict, name, owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2, let a = plain(vm, args[0]), let b = plain(vm, args[1]) else { return vm.notImplemented.retainedValue }
                defer { a.release(vm.heap); b.release(vm.heap) }
                return .bool(try vm.builtinCompare(op, a, b) ?? false)
            }
        }
        for (name, body) in [("__neg__", 0), ("__pos__", 1), ("__abs__", 2)] {
            define(type.dict, name, owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard let a = plain(vm, args[0]) else { return vm.notImplemented.retainedValue }
                defer { a.release(vm.heap) }
                switch body {
                case 0: return try vm.negative(a)
                case 1: return a.retained()
                default: return try vm.absolute(a)
                }
            }
        }
        for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
            define(type.dict, name, owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard args.count == 2, let a = plain(vm, args[0]), let b = plain(vm, args[1]) else { return vm.notImplemented.retainedValue }
                defer { a.release(vm.heap); b.release(vm.heap) }
                return try reflected ? vm.divmod(b, a) : vm.divmod(a, b)
            }
        }
        if isInt {
            define(type.dict, "__invert__", owner: type.name) { (vm, args) throws(ScriptError) -> Value in
                guard let a = plain(vm, args[0]) else { return vm.notImplemented.retainedValue }
                defer { a.release(vm.heap) }
                return try vm.invert(a)
            }
        }
        define(type.dict, "__bool__", owner: type.name) { (vm, args) throws(ScriptError) -> Value in
            guard let a = plain(vm, args[0]) else { return vm.notImplemented.retainedValue }
            defer { a.release(vm.heap) }
            return .bool(try vm.isTrue(a))
        }
    }

    // MARK: Conversions

    /// int(x) for one argument: numbers, strings, and objects with __int__/__index__/__trunc__.
    func intValue(of x: Value) throws(ScriptError) -> Value {
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try intFromDouble(d)
        default: break
        }
        if let result = try throughProxy(x, { (target) throws(ScriptError) in try intValue(of: target) }) { return result }
        let type = typeOf(x)
        if type.isHeapType {
            // The first hook the class has decides; one inherited from a builtin (a float
            // subclass's __int__) means the builtin conversion below.
            for name in ["__int__", "__index__", "__trunc__"] {
                guard let method = type.lookup(intern(name)) else { continue }
                if method.asObject(NativeFunctionObject.self) != nil { break }
                do {
                    let result = try callValue(method, [x])
                    if isIntLike(result) {
                        defer { result.release(heap) }
                        return makeInt(bigValue(result)!)
                    }
                    result.release(heap)
                    throw makeError("TypeError", "\(name) returned non-int (type \(typeName(result)))")
                }
            }
        }
        if let big = bigValue(x) { return makeInt(big) }
        if let d = floatValue(x) { return try intFromDouble(d) }
        if x.asStr != nil { return try intFromString(x, base: 10) }
        throw makeError("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(type.name)'")
    }

    func intFromDouble(_ d: Double) throws(ScriptError) -> Value {
        if d.isNaN { throw makeError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw makeError("OverflowError", "cannot convert float infinity to integer") }
        return makeInt(bigFromDouble(d.rounded(.towardZero)))
    }

    /// int(text, base) with Python's literal rules: sign, whitespace, underscores, prefixes.
    func intFromString(_ x: Value, base: Int) throws(ScriptError) -> Value {
        guard let s = x.asStr else {
            throw makeError("TypeError", "int() can't convert non-string with explicit base")
        }
        if base != 0 && (base < 2 || base > 36) { throw makeError("ValueError", "int() base must be >= 2 and <= 36, or 0") }
        if base == 10, let small = Interpreter.smallDecimal(s.value) { return .int(small) }
        guard let value = parseIntLiteral(s.value, base: base) else {
            throw makeError("ValueError", "invalid literal for int() with base \(base): \(try repr(x))")
        }
        if maxStrDigits > 0, base & (base - 1) != 0, s.value.utf8.count > maxStrDigits {
            let digits = s.value.filter { $0.isNumber }.count
            if digits > maxStrDigits {
                throw makeError("ValueError", "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        return makeInt(value)
    }

    /// `int(text)` for the common case: ASCII digits (at most 18, so no overflow) with an
    /// optional sign and surrounding ASCII whitespace. Anything else goes the general way.
    static func smallDecimal(_ text: String) -> Int? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = 0
            var end = bytes.count
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            while i < end && isSpace(bytes[i]) { i += 1 }
            while end > i && isSpace(bytes[end - 1]) { end -= 1 }
            var negative = false
            if i < end && (bytes[i] == 0x2B || bytes[i] == 0x2D) { negative = bytes[i] == 0x2D; i += 1 }
            let digits = end - i
            guard digits > 0 && digits <= 18 else { return nil }
            var value = 0
            while i < end {
                let d = Int(bytes[i]) - 0x30
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
                i += 1
            }
            return negative ? -value : value
        } ?? nil
    }

    /// The decimal text of an int, refusing more than sys.get_int_max_str_digits() digits as CPython 3.11 does.
    func intDecimalString(_ value: BigInt) throws(ScriptError) -> String {
        // n digits need more than (n - 1) * log2(10) bits, so smaller values cannot exceed the limit.
        if maxStrDigits > 0, Double(value.magnitude.bitWidth) > Double(maxStrDigits - 1) * 3.3219 {
            if value.magnitude >= BigUInt(10).power(maxStrDigits) {
                throw makeError("ValueError", "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        return value.description
    }

    /// float(x): numbers, strings (incl. inf/nan), and objects with __float__/__index__.
    func floatValue(of x: Value) throws(ScriptError) -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        default: break
        }
        if let result = try throughProxy(x, { (target) throws(ScriptError) in try floatValue(of: target) }) { return result }
        let type = typeOf(x)
        if type.isHeapType {
            // __float__ first, even one inherited from float itself; __index__ only without it.
            if let method = type.lookup(symbol("__float__")) {
                if method.asObject(NativeFunctionObject.self) == nil {
                    let result = try callValue(method, [x])
                    defer { result.release(heap) }
                    guard let d = floatValue(result), isFloatLike(result) else {
                        throw makeError("TypeError", "\(type.name).__float__ returned non-float (type \(typeName(result)))")
                    }
                    return d
                }
            } else if let method = type.lookup(symbol("__index__")), method.asObject(NativeFunctionObject.self) == nil {
                let result = try callValue(method, [x])
                defer { result.release(heap) }
                return try floatFromNumber(result)
            }
        }
        if isIntLike(x) || isFloatLike(x) { return try floatFromNumber(x) }
        if let s = x.asStr {
            // Like int(), float() reads any Unicode decimal digits (and Unicode spaces) as ASCII ones.
            guard let d = parseFloatLiteral(s.value) ?? parseFloatLiteral(asciiDigits(s.value)) else {
                throw makeError("ValueError", "could not convert string to float: \(quoteString(s.value))")
            }
            return d.isNaN ? freshNaN(negative: d.sign == .minus) : d
        }
        throw makeError("TypeError", "float() argument must be a string or a real number, not '\(type.name)'")
    }

    func floatFromNumber(_ v: Value) throws(ScriptError) -> Double {
        if let big = bigValue(v), !isFloatLike(v) {
            let d = Double(big)
            if d.isInfinite { throw makeError("OverflowError", "int too large to convert to float") }
            return d
        }
        if let d = floatValue(v) { return d }
        throw makeError("TypeError", "must be real number, not \(typeName(v))")
    }
}

/// Python's whitespace for int()/float() parsing.
private func isPythonSpace(_ c: Character) -> Bool {
    c.isWhitespace
}

/// Parses an int literal as int(text, base) accepts it; nil when invalid.
func parseIntLiteral(_ text: String, base requestedBase: Int) -> BigInt? {
    var chars = Substring(text)
    while let c = chars.first, isPythonSpace(c) { chars.removeFirst() }
    while let c = chars.last, isPythonSpace(c) { chars.removeLast() }
    var negative = false
    if let c = chars.first, c == "+" || c == "-" {
        negative = c == "-"
        chars.removeFirst()
    }
    var base = requestedBase
    let lower = chars.lowercased()
    var prefixed = false
    for (prefix, prefixBase) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
        if base == 0 || base == prefixBase {
            base = prefixBase
            chars = chars.dropFirst(2)
            prefixed = true
        }
    }
    if base == 0 {
        base = 10
        // Base 0 forbids leading zeros in a non-zero decimal literal.
        let digitsOnly = chars.filter { $0 != "_" }
        if digitsOnly.count > 1, digitsOnly.first == "0", digitsOnly.contains(where: { $0 != "0" }) { return nil }
    }
    if prefixed, chars.first == "_" { chars.removeFirst() }
    if chars.isEmpty || chars.first == "_" || chars.last == "_" || chars.contains("__") { return nil }
    // Accumulate digits in machine-word chunks, then fold each chunk into the big value.
    var value = BigInt(0)
    var chunk = 0, chunkScale = 1
    for c in chars where c != "_" {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        let digit: Int
        switch scalar.value {
        case 48...57: digit = Int(scalar.value) - 48
        case 97...122: digit = Int(scalar.value) - 87
        case 65...90: digit = Int(scalar.value) - 55
        default:
            // Other Unicode decimal digits (e.g. Arabic-Indic) count as their value.
            guard let decimal = c.wholeNumberValue, c.isNumber else { return nil }
            digit = decimal
        }
        if digit >= base { return nil }
        chunk = chunk * base + digit
        chunkScale *= base
        if chunkScale > (1 << 50) {
            value = value * BigInt(chunkScale) + BigInt(chunk)
            chunk = 0
            chunkScale = 1
        }
    }
    value = value * BigInt(chunkScale) + BigInt(chunk)
    if negative { value = -value }
    return value
}

/// Parses a float as float(text) accepts it; nil when invalid.
func parseFloatLiteral(_ text: String) -> Double? {
    var chars = Substring(text)
    while let c = chars.first, isPythonSpace(c) { chars.removeFirst() }
    while let c = chars.last, isPythonSpace(c) { chars.removeLast() }
    var body = chars
    var sign = 1.0
    if let c = body.first, c == "+" || c == "-" {
        if c == "-" { sign = -1 }
        body.removeFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign * Double.infinity
    case "nan": return sign < 0 ? -Double.nan : Double.nan
    default: break
    }
    // digits [. digits] [e [sign] digits], with single underscores between digits.
    var cleaned = ""
    var previous: Character = " "
    var sawDigit = false, sawPoint = false, sawExponent = false, exponentDigits = false
    for c in body {
        switch c {
        case "0"..."9":
            if sawExponent { exponentDigits = true } else { sawDigit = true }
            cleaned.append(c)
        case "_":
            guard previous.isASCII, previous.isNumber else { return nil }
        case ".":
            if sawPoint || sawExponent || previous == "_" { return nil }
            sawPoint = true
            cleaned.append(c)
        case "e", "E":
            if sawExponent || !sawDigit || previous == "_" { return nil }
            sawExponent = true
            cleaned.append("e")
        case "+", "-":
            guard previous == "e" || previous == "E" else { return nil }
            cleaned.append(c)
        default:
            return nil
        }
        previous = c
    }
    if !sawDigit || previous == "_" || (sawExponent && !exponentDigits) { return nil }
    return sign * strtod(cleaned, nil)
}

/// float.hex(): `0x1.8000000000000p+1`.
func floatHexString(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let magnitude = Swift.abs(d)
    var exponent = Int(magnitude.exponent)
    var significand = magnitude.significandBitPattern
    var leading = "1"
    if magnitude.isSubnormal {
        leading = "0"
        exponent = -1022
    } else {
        significand = magnitude.significandBitPattern
    }
    var hex = String(significand, radix: 16)
    hex = String(repeating: "0", count: 13 - hex.count) + hex
    return "\(sign)0x\(leading).\(hex)p\(exponent >= 0 ? "+" : "")\(exponent)"
}

extension Interpreter {
    /// Floats are stored inline, so identity (`is`, and the identity shortcut of `in` and `==` on
    /// containers) compares bit patterns. CPython's float('nan') is a new object each time: giving
    /// each one its own quiet-NaN payload keeps `x is x` true and `float('nan') is float('nan')` false.
    func freshNaN(negative: Bool) -> Double {
        nanSerial = nanSerial &+ 1
        let payload = nanSerial & ((1 << 51) - 1)
        let bits = (negative ? UInt64(1) << 63 : 0) | 0x7FF8_0000_0000_0000 | (payload == 0 ? 1 : payload)
        return Double(bitPattern: bits)
    }
}
