#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTernSupport
import BigInt

/// A parsed format specification, the mini-language of `format()`, f-strings and `str.format`:
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
struct FormatSpec {
    var fill: Unicode.Scalar = " "
    var align: Unicode.Scalar? = nil
    var sign: Unicode.Scalar? = nil
    var noNegativeZero = false
    var alternate = false
    var width = 0
    var grouping: Unicode.Scalar? = nil
    var precision: Int? = nil
    var type: Unicode.Scalar? = nil

    /// Parses `spec` for an object of type `typeName`. Strings default to left
    /// alignment and type 's'; numbers to right alignment (and '=' when zero-padded).
    static func parse(_ spec: String, typeName: String, forString: Bool, _ vm: Interpreter) throws(ScriptError) -> FormatSpec {
        var result = FormatSpec()
        let chars = Array(spec.unicodeScalars)
        let isAlign = { (c: Unicode.Scalar) in c == "<" || c == ">" || c == "=" || c == "^" }
        var i = 0
        var fillGiven = false
        if chars.count >= 2 && isAlign(chars[1]) {
            result.fill = chars[0]
            result.align = chars[1]
            fillGiven = true
            i = 2
        } else if !chars.isEmpty && isAlign(chars[0]) {
            result.align = chars[0]
            i = 1
        }
        if i < chars.count && (chars[i] == "+" || chars[i] == "-" || chars[i] == " ") {
            result.sign = chars[i]
            i += 1
        }
        if i < chars.count && chars[i] == "z" {
            result.noNegativeZero = true
            i += 1
        }
        if i < chars.count && chars[i] == "#" {
            result.alternate = true
            i += 1
        }
        // A leading zero is a fill of zeros (and sign-aware padding for numbers).
        if !fillGiven && i < chars.count && chars[i] == "0" {
            result.fill = "0"
            if result.align == nil && !forString { result.align = "=" }
            i += 1
        }
        result.width = try readNumber(chars, &i, vm) ?? 0
        try vm.checkPaddedLength(result.width)
        if i < chars.count && chars[i] == "," {
            result.grouping = ","
            i += 1
        }
        if i < chars.count && chars[i] == "_" {
            if result.grouping != nil { throw vm.makeError("ValueError", "Cannot specify both ',' and '_'.") }
            result.grouping = "_"
            i += 1
        }
        if i < chars.count && chars[i] == "," && result.grouping == "_" {
            throw vm.makeError("ValueError", "Cannot specify both ',' and '_'.")
        }
        if i < chars.count && chars[i] == "." {
            i += 1
            guard let precision = try readNumber(chars, &i, vm) else {
                throw vm.makeError("ValueError", "Format specifier missing precision")
            }
            result.precision = precision
        }
        if chars.count - i > 1 {
            throw vm.makeError("ValueError", "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if i < chars.count { result.type = chars[i] }
        if let separator = result.grouping {
            let type = result.type ?? (forString ? "s" : nil)
            let allowed: Bool
            switch type {
            case nil, "d", "e", "f", "g", "E", "F", "G", "%": allowed = true
            case "b", "o", "x", "X": allowed = separator == "_"
            default: allowed = false
            }
            if !allowed { throw vm.makeError("ValueError", "Cannot specify '\(separator)' with '\(String(type!))'.") }
        }
        return result
    }

    private static func readNumber(_ chars: [Unicode.Scalar], _ i: inout Int, _ vm: Interpreter) throws(ScriptError) -> Int? {
        let start = i
        var value = 0
        while i < chars.count, chars[i].value >= 0x30 && chars[i].value <= 0x39 {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(chars[i].value - 0x30))
            if overflow1 || overflow2 { throw vm.makeError("ValueError", "Too many decimal digits in format string") }
            value = sum
            i += 1
        }
        return i == start ? nil : value
    }

    // MARK: Strings

    func formatString(_ text: String, typeName: String, _ vm: Interpreter) throws(ScriptError) -> String {
        if let type, type != "s" {
            throw vm.makeError("ValueError", "Unknown format code '\(String(type))' for object of type '\(typeName)'")
        }
        if sign != nil { throw vm.makeError("ValueError", "Sign not allowed in string format specifier") }
        if noNegativeZero { throw vm.makeError("ValueError", "Negative zero coercion (z) not allowed in string format specifier") }
        if alternate { throw vm.makeError("ValueError", "Alternate form (#) not allowed in string format specifier") }
        if align == "=" { throw vm.makeError("ValueError", "'=' alignment not allowed in string format specifier") }
        let body = precision.map { String(scalars: text.unicodeScalars.prefix($0)) } ?? text
        let length = body.unicodeScalars.count
        guard width > length else { return body }
        let padding = width - length
        let left: Int
        switch align ?? "<" {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        return String(scalars: repeatElement(fill, count: left)) + body + String(scalars: repeatElement(fill, count: padding - left))
    }

    // MARK: Integers

    /// Digits of a magnitude: machine-sized ones through the fast ASCII writer.
    private func digitText<Magnitude: BinaryInteger>(_ magnitude: Magnitude, radix: Int, uppercase: Bool = false) -> String {
        if let small = UInt(exactly: magnitude) { return String(magnitude: small, radix: radix, uppercase: uppercase) }
        return String(magnitude, radix: radix, uppercase: uppercase)
    }

    func formatInt<Integer: BinaryInteger>(_ value: Integer, typeName: String, _ vm: Interpreter) throws(ScriptError) -> String {
        switch type {
        case nil, "d", "n", "b", "o", "x", "X", "c": break
        case "e", "E", "f", "F", "g", "G", "%":
            let converted = Double(value)
            guard converted.isFinite else { throw vm.makeError("OverflowError", "int too large to convert to float") }
            return try formatFloat(converted, typeName: typeName, vm)
        default:
            throw vm.makeError("ValueError", "Unknown format code '\(String(type!))' for object of type '\(typeName)'")
        }
        if precision != nil { throw vm.makeError("ValueError", "Precision not allowed in integer format specifier") }
        if noNegativeZero { throw vm.makeError("ValueError", "Negative zero coercion (z) not allowed in integer format specifier") }
        if type == "c" {
            if sign != nil { throw vm.makeError("ValueError", "Sign not allowed with integer format specifier 'c'") }
            if alternate { throw vm.makeError("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'") }
            guard value >= 0 && value < 0x110000, let scalar = Unicode.Scalar(UInt32(value)) else {
                throw vm.makeError("OverflowError", "%c arg not in range(0x110000)")
            }
            return layoutNumber(signText: "", prefix: "", digits: String(scalar), rest: "", groupEvery: 0)
        }
        let magnitude = value.magnitude
        var digits: String
        var prefix = ""
        var groupEvery = 3
        switch type {
        case "b": digits = digitText(magnitude, radix: 2); prefix = "0b"; groupEvery = 4
        case "o": digits = digitText(magnitude, radix: 8); prefix = "0o"; groupEvery = 4
        case "x": digits = digitText(magnitude, radix: 16); prefix = "0x"; groupEvery = 4
        case "X": digits = digitText(magnitude, radix: 16, uppercase: true); prefix = "0X"; groupEvery = 4
        default: digits = value is Int ? digitText(magnitude, radix: 10) : try vm.intDecimalString(BigInt(magnitude))
        }
        if !alternate { prefix = "" }
        return layoutNumber(signText: signText(negative: value < 0), prefix: prefix,
                            digits: digits, rest: "", groupEvery: groupEvery)
    }

    // MARK: Floats

    func formatFloat(_ value: Double, typeName: String, _ vm: Interpreter) throws(ScriptError) -> String {
        switch type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%": break
        default:
            throw vm.makeError("ValueError", "Unknown format code '\(String(type!))' for object of type '\(typeName)'")
        }
        var negative = value.sign == .minus && !value.isNaN
        let magnitude = Swift.abs(value)
        let upper = type == "E" || type == "F" || type == "G"
        if !magnitude.isFinite {
            var text = magnitude.isNaN ? "nan" : "inf"
            if upper { text = text.uppercased() }
            if type == "%" { text += "%" }
            return layoutNumber(signText: signText(negative: negative), prefix: "", digits: "", rest: text, groupEvery: 0)
        }
        var text: String
        switch type {
        case "f", "F":
            text = formatFixed(magnitude, precision ?? 6)
            if alternate && !text.contains(".") { text += "." }
        case "%":
            text = formatFixed(magnitude * 100, precision ?? 6)
            if alternate && !text.contains(".") { text += "." }
            text += "%"
        case "e", "E":
            text = formatScientific(magnitude, precision ?? 6)
            if alternate && !text.contains(".") {
                let e = text.firstIndex(of: "e")!
                text.insert(".", at: e)
            }
            if upper { text = text.uppercased() }
        case nil where precision == nil:
            text = formatFloatRepr(magnitude)
        default:
            // 'g', 'G', 'n', or no type with a precision (which keeps a ".0" on integral results).
            text = generalFormat(magnitude, precision: precision ?? 6, keepPointZero: type == nil)
            if upper { text = text.uppercased() }
        }
        if noNegativeZero && negative {
            // 'z': a result that rounded to zero loses its minus sign.
            let mantissa = text.prefix { $0 != "e" && $0 != "E" }
            if !mantissa.contains(where: { $0 >= "1" && $0 <= "9" }) { negative = false }
        }
        // Without width or grouping there is nothing to lay out.
        if width == 0 && grouping == nil { return negative || sign != nil ? signText(negative: negative) + text : text }
        // Split into the integer digits (which take grouping) and the rest.
        let split = text.firstIndex(where: { !($0 >= "0" && $0 <= "9") }) ?? text.endIndex
        return layoutNumber(signText: signText(negative: negative), prefix: "", digits: String(text[..<split]),
                            rest: String(text[split...]), groupEvery: 3)
    }

    /// '%g'-style formatting with `precision` significant digits.
    private func generalFormat(_ value: Double, precision requested: Int, keepPointZero: Bool) -> String {
        let precision = Swift.max(requested, 1)
        let scientific = formatScientific(value, precision - 1)
        let e = scientific.firstIndex(of: "e")!
        let exponent = Int(scientific[scientific.index(after: e)...])!
        let pointPosition = exponent + 1
        let useExponent = pointPosition <= -4 || pointPosition > (keepPointZero ? precision - 1 : precision)
        if useExponent {
            var mantissa = String(scientific[..<e])
            if alternate {
                if !mantissa.contains(".") { mantissa += "." }
            } else {
                mantissa = stripFractionZeros(mantissa)
            }
            let magnitude = Swift.abs(exponent)
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        var fixed = formatFixed(value, Swift.max(0, precision - pointPosition))
        if alternate {
            if !fixed.contains(".") { fixed += "." }
        } else {
            fixed = stripFractionZeros(fixed)
            if keepPointZero && !fixed.contains(".") { fixed += ".0" }
        }
        return fixed
    }

    private func stripFractionZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    // MARK: Layout

    private func signText(negative: Bool) -> String {
        if negative { return "-" }
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    /// Assembles sign, prefix, grouped digits and the rest, padded to the width.
    /// Zero fill with '=' alignment pads inside the digits, so it takes grouping too.
    private func layoutNumber(signText: String, prefix: String, digits: String, rest: String, groupEvery: Int) -> String {
        // Sign, prefix, digits and the rest are ASCII, so UTF-8 counts are character counts
        // (String.count would measure grapheme clusters).
        let separator = grouping
        let fixedLength = signText.utf8.count + prefix.utf8.count + rest.utf8.count
        var body: String
        if let separator, groupEvery > 0, !digits.isEmpty {
            let minimumDigits = (fill == "0" && align == "=") ? width - fixedLength : 0
            body = grouped(digits, separator, every: groupEvery, minimumLength: minimumDigits)
        } else {
            body = digits
            if fill == "0" && align == "=" && !digits.isEmpty {
                let missing = width - fixedLength - digits.utf8.count
                if missing > 0 { body = String(repeating: "0", count: missing) + body }
            }
        }
        let length = fixedLength + body.unicodeScalars.count
        let padding = Swift.max(0, width - length)
        let alignment = padding == 0 ? "<" : align ?? ">"
        let (before, after) = alignment == "<" ? (0, padding) : alignment == "^" ? (padding / 2, padding - padding / 2)
            : alignment == "=" ? (0, 0) : (padding, 0)
        var result = ""
        result.reserveCapacity(fixedLength + body.utf8.count + padding * 4)
        appendFill(before, to: &result)
        result += signText
        result += prefix
        if alignment == "=" { appendFill(padding, to: &result) }
        result += body
        result += rest
        appendFill(after, to: &result)
        return result
    }

    private func appendFill(_ count: Int, to text: inout String) {
        for _ in 0..<count { text.unicodeScalars.append(fill) }
    }

    /// Digits with separators every `every` digits, zero-extended to at least
    /// `minimumLength` characters (never starting with a separator).
    private func grouped(_ digits: String, _ separator: Unicode.Scalar, every: Int, minimumLength: Int) -> String {
        let groupedLength = { (n: Int) in n + (n - 1) / every }
        var count = digits.count
        if groupedLength(count) < minimumLength {
            count = Swift.max(count, minimumLength * every / (every + 1) - 1)
            while groupedLength(count) < minimumLength { count += 1 }
        }
        let padded = Array(String(repeating: "0", count: count - digits.count).unicodeScalars) + Array(digits.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (i, digit) in padded.enumerated() {
            if i > 0 && (padded.count - i) % every == 0 { result.append(separator) }
            result.append(digit)
        }
        return String(result)
    }
}

/// Correctly rounded fixed-point formatting (like C's %.*f).
func formatFixed(_ value: Double, _ digits: Int) -> String {
    // When value × 10^digits is exactly an integer (the fused multiply-add shows no rounding),
    // that integer's digits are the answer: no rounding happens, so no printf is needed.
    if digits <= 15, value >= 0, value < 1e15 {
        let scale = exactPowersOfTen[digits]
        let scaled = value * scale
        if scaled < 9e15, scaled == scaled.rounded(.towardZero), (-scaled).addingProduct(value, scale) == 0 {
            let whole = Int(scaled)
            let unit = Int(scale)
            let integerPart = String(whole / unit)
            guard digits > 0 else { return integerPart }
            let fraction = String(whole % unit)
            return integerPart + "." + String(repeating: "0", count: digits - fraction.utf8.count) + fraction
        }
    }
    return cFormat(value, "f", digits)
}

/// 10^0 through 10^15, each exact in a Double.
private let exactPowersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

/// Correctly rounded scientific formatting with a two-digit minimum exponent.
func formatScientific(_ value: Double, _ digits: Int) -> String {
    cFormat(value, "e", digits)
}

private func cFormat(_ value: Double, _ conversion: Character, _ digits: Int) -> String {
    let precision = min(digits, 1000)
    // %f of the largest double has 309 integer digits.
    // Formatted in a scratch buffer: a String made with this capacity would keep it.
    let capacity = 400 + precision
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
        let needed = buffer.withMemoryRebound(to: CChar.self) { characters in
            tern_format_double(characters.baseAddress, capacity, CChar(conversion.asciiValue!), Int32(precision), value)
        }
        return String(decoding: buffer[..<Int(max(0, min(needed, Int32(capacity - 1))))], as: UTF8.self)
    }
}
