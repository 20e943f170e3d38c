#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// Arithmetic on ints (machine and big) and floats with Python's semantics.
extension Interpreter {
    /// An int value as BigInt, if it is an int (or bool).
    func bigValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let r): return (r.takeUnretainedValue() as? IntObject)?.value
        default: return nil
        }
    }

    func floatValue(_ v: Value) -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let r):
            let o = r.takeUnretainedValue()
            if let i = o as? IntObject { return Double(i.value) }
            if let f = o as? FloatObject { return f.value }
            return nil
        default: return nil
        }
    }

    func isIntLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let r): return r.takeUnretainedValue() is IntObject
        default: return false
        }
    }

    func isFloatLike(_ v: Value) -> Bool {
        switch v {
        case .float: return true
        case .object(let r): return r.takeUnretainedValue() is FloatObject
        default: return false
        }
    }

    /// Arithmetic between builtin numbers; nil when the operands are not both numbers.
    func numericOperation(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(ScriptError) -> Value? {
        // bool overrides &, | and ^ to stay a bool when both operands are bools.
        if case .bool(let a) = left, case .bool(let b) = right {
            switch op {
            case .bitAnd: return .bool(a && b)
            case .bitOr: return .bool(a || b)
            case .bitXor: return .bool(a != b)
            default: break
            }
        }
        if isIntLike(left) && isIntLike(right) {
            // Bools count as the small ints 0 and 1 (`total += flag` must not take the big-int path).
            if let a = machineInt(left), let b = machineInt(right) {
                if let r = try smallIntOperation(op, a, b) { return r }
            }
            return try bigIntOperation(op, bigValue(left)!, bigValue(right)!)
        }
        if (isFloatLike(left) || isIntLike(left)) && (isFloatLike(right) || isIntLike(right)) {
            switch op {
            case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor, .matrixMultiply: return nil
            default: break
            }
            guard let a = try exactFloat(left), let b = try exactFloat(right) else { return nil }
            return try floatOperation(op, a, b)
        }
        return nil
    }

    @inline(__always)
    private func machineInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    private func exactFloat(_ v: Value) throws(ScriptError) -> Double? {
        if let big = bigValue(v), !(isFloatLike(v)) {
            let d = Double(big)
            if d.isInfinite { throw makeError("OverflowError", "int too large to convert to float") }
            return d
        }
        return floatValue(v)
    }

    private func smallIntOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(ScriptError) -> Value? {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? nil : .int(r)
        case .subtract:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? nil : .int(r)
        case .multiply:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : .int(r)
        case .floorDivide:
            if b == 0 { throw makeError("ZeroDivisionError", "integer division or modulo by zero") }
            if a == Int.min && b == -1 { return nil }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return .int(q)
        case .modulo:
            if b == 0 { throw makeError("ZeroDivisionError", "integer modulo by zero") }
            if b == -1 { return .int(0) }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .int(r)
        case .trueDivide:
            if b == 0 { throw makeError("ZeroDivisionError", "division by zero") }
            if abs(a) < (1 << 53) && abs(b) < (1 << 53) { return .float(Double(a) / Double(b)) }
            return nil
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .leftShift:
            if b < 0 { throw makeError("ValueError", "negative shift count") }
            if b < 63 && a.magnitude < (UInt(1) << (62 - b)) { return .int(a << b) }
            return nil
        case .rightShift:
            if b < 0 { throw makeError("ValueError", "negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .power:
            if b < 0 { return nil }
            var result = 1
            var base = a
            var exponent = b
            while exponent > 0 {
                if exponent & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    result = r
                }
                exponent >>= 1
                if exponent > 0 {
                    let (sq, o) = base.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    base = sq
                }
            }
            return .int(result)
        case .matrixMultiply: return nil
        }
    }

    func bigIntOperation(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(ScriptError) -> Value? {
        switch op {
        case .add: return makeInt(a + b)
        case .subtract: return makeInt(a - b)
        case .multiply:
            if a.bitWidth + b.bitWidth > 64_000_000 { throw makeError("MemoryError", nil) }
            return makeInt(a * b)
        case .floorDivide, .modulo:
            if b == 0 { throw makeError("ZeroDivisionError", op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero") }
            var (q, r) = a.quotientAndRemainder(dividingBy: b)
            if r != 0 && ((r < 0) != (b < 0)) {
                q -= 1
                r += b
            }
            return makeInt(op == .floorDivide ? q : r)
        case .trueDivide:
            if b == 0 { throw makeError("ZeroDivisionError", "division by zero") }
            let result = bigTrueDivide(a, b)
            if result.isInfinite { throw makeError("OverflowError", "integer division result too large for a float") }
            return .float(result)
        case .bitAnd: return makeInt(a & b)
        case .bitOr: return makeInt(a | b)
        case .bitXor: return makeInt(a ^ b)
        case .leftShift:
            if b < 0 { throw makeError("ValueError", "negative shift count") }
            if a == 0 { return .int(0) }
            // CPython fails to allocate such a number, unless its size in 30-bit digits is beyond
            // what an object size can express (MAX_LONG_DIGITS) first.
            if b / 30 + 1 > BigInt((Int.max - 24) / 4) { throw makeError("OverflowError", "too many digits in integer") }
            if b > 1 << 30 { throw makeError("MemoryError", "") }
            return makeInt(a << Int(b))
        case .rightShift:
            if b < 0 { throw makeError("ValueError", "negative shift count") }
            if b > Int.max / 2 { return .int(a < 0 ? -1 : 0) }
            return makeInt(a >> Int(b))
        case .power:
            if b < 0 {
                let base = Double(a)
                if base == 0 { throw makeError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                return .float(pow(base, Double(b)))
            }
            if b == 0 { return .int(1) }
            if a == 0 || a == 1 { return makeInt(a) }
            if a == -1 { return .int(b.isMultiple(of: 2) ? 1 : -1) }
            let bits = Double(a.magnitude.bitWidth) * Double(b)
            if bits > 64_000_000 { throw makeError("MemoryError", nil) }
            return makeInt(a.power(Int(b)))
        case .matrixMultiply: return nil
        }
    }

    private func bigTrueDivide(_ a: BigInt, _ b: BigInt) -> Double {
        let da = Double(a), db = Double(b)
        if da.isFinite && db.isFinite && a.magnitude.bitWidth <= 53 && b.magnitude.bitWidth <= 53 { return da / db }
        // Scale to keep 64 significant bits of the quotient.
        let shift = max(0, Int(b.magnitude.bitWidth) - Int(a.magnitude.bitWidth) + 64)
        let q = (a << shift) / b
        return Double(q) / pow(2.0, Double(shift))
    }

    func floatOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) throws(ScriptError) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .trueDivide:
            if b == 0 { throw makeError("ZeroDivisionError", "float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw makeError("ZeroDivisionError", "float floor division by zero") }
            return .float(floatDivmod(a, b).0)
        case .modulo:
            if b == 0 { throw makeError("ZeroDivisionError", "float modulo") }
            return .float(floatDivmod(a, b).1)
        case .power:
            if a == 0 && b < 0 { throw makeError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() { throw makeError("ValueError", "math domain error") }
            let r = pow(a, b)
            if r.isInfinite && a.isFinite && b.isFinite { throw rangeError() }
            return .float(r)
        default: return nil
        }
    }

    /// Python's float divmod: the remainder has the divisor's sign.
    func floatDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = copysign(0, b)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, a / b)
        }
        div = floorDiv
        return (div, mod)
    }

    // MARK: Hashing (Python's numeric hash, so equal numbers hash equal)

    static let hashModulus: UInt64 = (1 << 61) - 1

    func hashInt(_ value: BigInt) -> Int {
        let modulus = BigInt(Interpreter.hashModulus)
        var r = value.magnitude % BigUInt(Interpreter.hashModulus)
        _ = modulus
        var h = Int(r)
        if value.sign == .minus { h = -h }
        if h == -1 { h = -2 }
        r = 0
        return h
    }

    @inline(__always)
    func hashSmallInt(_ i: Int) -> Int {
        if i >= -(1 << 60) && i < (1 << 60) { return i == -1 ? -2 : i }
        return hashInt(BigInt(i))
    }

    func hashFloat(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded() && abs(d) < 9.2e18 { return hashSmallInt(Int(d)) }
        let modulus = Interpreter.hashModulus
        // The sign is taken from `d`: Swift's frexp overload may return a positive mantissa.
        let sign = d < 0 ? -1 : 1
        let m = frexp(abs(d))
        var x: UInt64 = 0
        var e = m.1
        var mantissa = m.0
        while mantissa != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            mantissa *= 268435456.0
            e -= 28
            let y = UInt64(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}

/// Python's float repr: shortest round-tripping digits, exponent outside [-4, 16).
func formatFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    // In this range Swift's description is Python's repr exactly (shortest digits, positional
    // notation with at least one fractional digit); outside it the exponent rules differ.
    let magnitude = abs(d)
    if magnitude >= 1e-4 && magnitude < 9.0e15 { return d.description }
    let (digits, exponent, negative) = shortestDigits(d)
    return formatDigits(digits, exponent: exponent, negative: negative, alwaysPoint: true)
}

/// The shortest decimal digits of |d| and the decimal exponent (value = 0.d1d2... × 10^exponent).
func shortestDigits(_ d: Double) -> (String, Int, Bool) {
    let text = "\(abs(d))"  // Swift prints the shortest round-tripping representation.
    var mantissa = text
    var exponentPart = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = String(text[..<e])
        exponentPart = Int(text[text.index(after: e)...]) ?? 0
    }
    var integerPart = mantissa
    var fraction = ""
    if let dot = mantissa.firstIndex(of: ".") {
        integerPart = String(mantissa[..<dot])
        fraction = String(mantissa[mantissa.index(after: dot)...])
    }
    var digits = integerPart + fraction
    var exponent = integerPart.count + exponentPart
    while digits.hasPrefix("0") && digits.count > 1 {
        digits.removeFirst()
        exponent -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, exponent, d < 0)
}

/// Lays out digits as Python's repr does (scientific when exponent < -4 or >= 16).
func formatDigits(_ digits: String, exponent: Int, negative: Bool, alwaysPoint: Bool) -> String {
    let decimalExponent = exponent - 1
    var result = negative ? "-" : ""
    if decimalExponent < -4 || decimalExponent >= 16 {
        result += String(digits.first!)
        if digits.count > 1 {
            result += "." + digits.dropFirst()
        }
        result += "e" + (decimalExponent < 0 ? "-" : "+")
        let magnitude = abs(decimalExponent)
        result += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
        return result
    }
    if exponent <= 0 {
        result += "0." + String(repeating: "0", count: -exponent) + digits
    } else if exponent >= digits.count {
        result += digits + String(repeating: "0", count: exponent - digits.count) + (alwaysPoint ? ".0" : "")
    } else {
        let index = digits.index(digits.startIndex, offsetBy: exponent)
        result += digits[..<index] + "." + digits[index...]
    }
    return result
}
