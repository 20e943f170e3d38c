#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Alternate constructors of int and float: `int.from_bytes` and `float.fromhex`.
extension Interpreter {
    func installNumberClassMethods() {
        defineClassMethod(types.int, "from_bytes") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "from_bytes", allowed: ["bytes", "byteorder", "signed"])
            guard args.count <= 3 else { throw vm.makeError("TypeError", "from_bytes() takes at most 2 positional arguments (\(args.count - 1) given)") }
            guard let source = vm.argument(args, 1, "bytes") else {
                throw vm.makeError("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)")
            }
            var littleEndian = false
            if let order = vm.argument(args, 2, "byteorder") {
                guard let s = order.asStr else {
                    throw vm.makeError("TypeError", "from_bytes() argument 'byteorder' must be str, not \(vm.typeName(order))")
                }
                switch s.value {
                case "big": littleEndian = false
                case "little": littleEndian = true
                default: throw vm.makeError("ValueError", "byteorder must be either 'little' or 'big'")
                }
            }
            let signed = try args.keyword("signed").map { v throws(ScriptError) in try vm.isTrue(v) } ?? false
            if source.asStr != nil { throw vm.makeError("TypeError", "cannot convert 'str' object to bytes") }
            var octets: [UInt8] = []
            try vm.forEachItem(of: source) { (item) throws(ScriptError) in
                guard vm.isIntLike(item) else {
                    throw vm.makeError("TypeError", "'\(vm.typeName(item))' object cannot be interpreted as an integer")
                }
                guard let byte = vm.bigValue(item).flatMap({ UInt8(exactly: $0) }) else {
                    throw vm.makeError("ValueError", "bytes must be in range(0, 256)")
                }
                octets.append(byte)
                return true
            }
            if littleEndian { octets.reverse() }
            var magnitude = BigUInt(0)
            for byte in octets { magnitude = (magnitude << 8) | BigUInt(byte) }
            var value = BigInt(magnitude)
            if signed, let first = octets.first, first & 0x80 != 0 {
                value -= BigInt(1) << (8 * octets.count)
            }
            return try vm.constructFrom(args[0], vm.makeInt(value))
        }
        defineClassMethod(types.float, "fromhex") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "fromhex", 2...2, style: .singleArgument)
            guard let text = args[1].asStr else {
                throw vm.makeError("TypeError", "bad argument type for built-in operation")
            }
            guard let parsed = parseHexFloat(text.value) else {
                throw vm.makeError("ValueError", "invalid hexadecimal floating-point string")
            }
            guard let d = parsed else {
                throw vm.makeError("OverflowError", "hexadecimal value too large to represent as a float")
            }
            return try vm.constructFrom(args[0], .float(d))
        }
    }

    private func defineClassMethod(_ type: TypeObject, _ name: String, _ function: @escaping NativeFunction) {
        let native = heap.register(NativeFunctionObject(type: types.builtinFunction, name: name, ownerTypeName: type.name,
                                                        isClassMethod: true, function: function))
        type.dict.setString(intern(name), native.asValue, heap)
        type.attributesChanged(heap)
        heap.release(native)
    }

    /// The builtin `value` (owned) itself for the base type, else `cls(value)` as CPython does for subclasses.
    private func constructFrom(_ cls: Value, _ value: Value) throws(ScriptError) -> Value {
        if let type = cls.asObject(TypeObject.self), !type.isHeapType { return value }
        defer { value.release(heap) }
        return try callValue(cls, [value])
    }
}

/// Parses float.fromhex syntax: nil when malformed, .some(nil) when too large.
func parseHexFloat(_ text: String) -> Double?? {
    var chars = Array(text.unicodeScalars).map { Character($0) }
    while let c = chars.first, c.isWhitespace { chars.removeFirst() }
    while let c = chars.last, c.isWhitespace { chars.removeLast() }
    var negative = false
    if let c = chars.first, c == "+" || c == "-" {
        negative = c == "-"
        chars.removeFirst()
    }
    let word = String(chars).lowercased()
    if word == "inf" || word == "infinity" { return .some(negative ? -.infinity : .infinity) }
    if word == "nan" { return .some(negative ? -.nan : .nan) }
    var i = 0
    if chars.count >= 2, chars[0] == "0", chars[1] == "x" || chars[1] == "X" { i = 2 }
    var mantissa = BigUInt(0)
    var exponent = 0
    var digits = 0
    var seenPoint = false
    while i < chars.count {
        let c = chars[i]
        if c == "." && !seenPoint {
            seenPoint = true
        } else if let v = c.hexDigitValue {
            mantissa = (mantissa << 4) | BigUInt(v)
            if seenPoint { exponent -= 4 }
            digits += 1
        } else {
            break
        }
        i += 1
    }
    if digits == 0 { return nil }
    if i < chars.count, chars[i] == "p" || chars[i] == "P" {
        i += 1
        var expNegative = false
        if i < chars.count, chars[i] == "+" || chars[i] == "-" {
            expNegative = chars[i] == "-"
            i += 1
        }
        var value = 0
        var expDigits = 0
        while i < chars.count, let v = chars[i].wholeNumberValue, chars[i].isASCII {
            value = min(value * 10 + v, 1 << 40)
            expDigits += 1
            i += 1
        }
        if expDigits == 0 { return nil }
        exponent += expNegative ? -value : value
    }
    if i != chars.count { return nil }
    let sign: Double = negative ? -1 : 1
    if mantissa.isZero { return .some(sign * 0) }
    // Keep 53 significant bits (fewer for subnormals), rounding half to even.
    let top = mantissa.bitWidth - 1 + exponent
    if top > 1024 { return .some(nil) }
    if top < -1075 { return .some(sign * 0) }
    let lowest = max(top - 52, -1074)
    let shift = lowest - exponent
    var kept: BigUInt
    if shift > 0 {
        kept = mantissa >> shift
        let remainder = mantissa - (kept << shift)
        let half = BigUInt(1) << (shift - 1)
        if remainder > half || (remainder == half && kept[bitAt: 0]) { kept += 1 }
    } else {
        kept = mantissa << -shift
    }
    let result = scalbn(Double(kept), Int32(clamping: lowest))
    if result.isInfinite { return .some(nil) }
    return .some(sign * result)
}
