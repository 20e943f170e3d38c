#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// A parsed format specification: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character? = nil
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil
    var defaultAlignment: Character = ">"

    static func parse(_ spec: String, _ vm: Interpreter) throws(ScriptError) -> FormatSpec {
        var result = FormatSpec()
        let chars = Array(spec)
        var i = 0
        if chars.count >= 2 && "<>=^".contains(chars[1]) {
            result.fill = chars[0]
            result.align = chars[1]
            i = 2
        } else if !chars.isEmpty && "<>=^".contains(chars[0]) {
            result.align = chars[0]
            i = 1
        }
        if i < chars.count && "+- ".contains(chars[i]) { result.sign = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "z" { i += 1 }
        if i < chars.count && chars[i] == "#" { result.alternate = true; i += 1 }
        if i < chars.count && chars[i] == "0" {
            result.zeroPad = true
            i += 1
        }
        var width = ""
        while i < chars.count && chars[i].isASCII && chars[i].isNumber { width.append(chars[i]); i += 1 }
        result.width = Int(width) ?? 0
        if i < chars.count && (chars[i] == "," || chars[i] == "_") { result.grouping = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "." {
            i += 1
            var digits = ""
            while i < chars.count && chars[i].isASCII && chars[i].isNumber { digits.append(chars[i]); i += 1 }
            guard let p = Int(digits) else { throw vm.makeError("ValueError", "Format specifier missing precision") }
            result.precision = p
        }
        if i < chars.count { result.type = chars[i]; i += 1 }
        if i < chars.count { throw vm.makeError("ValueError", "Invalid format specifier '\(spec)' for object of type 'str'") }
        if result.zeroPad && result.align == nil {
            result.fill = "0"
            result.align = "="
        }
        return result
    }

    func pad(_ text: String, numeric: Bool, signPart: String = "") -> String {
        let length = text.count + signPart.count
        guard width > length else { return signPart + text }
        let padding = width - length
        let alignment = align ?? (numeric ? ">" : defaultAlignment)
        let fillText = { (n: Int) in String(repeating: String(fill), count: n) }
        switch alignment {
        case "<": return signPart + text + fillText(padding)
        case "^": return fillText(padding / 2) + signPart + text + fillText(padding - padding / 2)
        case "=": return signPart + fillText(padding) + text
        default: return fillText(padding) + signPart + text
        }
    }

    private func group(_ digits: String, every: Int = 3) -> String {
        guard let separator = grouping else { return digits }
        var result = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { result.append(separator) }
            result.append(c)
        }
        return String(result.reversed())
    }

    private func signText(_ negative: Bool) -> String {
        if negative { return "-" }
        switch sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    func formatInt(_ value: BigInt, _ vm: Interpreter) throws(ScriptError) -> String {
        let magnitude = value.magnitude
        var digits: String
        var prefix = ""
        switch type {
        case nil, "d", "n": digits = group(String(magnitude))
        case "x": digits = String(magnitude, radix: 16); prefix = alternate ? "0x" : ""
        case "X": digits = String(magnitude, radix: 16).uppercased(); prefix = alternate ? "0X" : ""
        case "o": digits = String(magnitude, radix: 8); prefix = alternate ? "0o" : ""
        case "b": digits = String(magnitude, radix: 2); prefix = alternate ? "0b" : ""
        case "c":
            guard let scalar = Unicode.Scalar(UInt32(magnitude)) else { throw vm.makeError("OverflowError", "%c arg not in range(0x110000)") }
            return pad(String(Character(scalar)), numeric: false)
        default:
            throw vm.makeError("ValueError", "Unknown format code '\(type!)' for object of type 'int'")
        }
        if type != nil && type != "d" && type != "n", grouping != nil {
            digits = group(digits, every: 4)
        }
        let signPart = signText(value.sign == .minus && value != 0) + prefix
        if align == "=" || (zeroPad && align == "=") {
            if fill == "0" && grouping != nil && (type == nil || type == "d") {
                // Zero padding participates in grouping.
                var raw = String(magnitude)
                let target = width - signPart.count
                var grouped = group(raw)
                while grouped.count < target {
                    raw = "0" + raw
                    grouped = group(raw)
                }
                return signPart + grouped
            }
        }
        return pad(digits, numeric: true, signPart: signPart)
    }

    func formatFloat(_ value: Double, _ vm: Interpreter) throws(ScriptError) -> String {
        var body: String
        let negative = value.sign == .minus && !(value.isNaN)
        let magnitude = abs(value)
        var kind = type
        var isPercent = false
        if kind == "%" {
            isPercent = true
            kind = "f"
        }
        if magnitude.isNaN || magnitude.isInfinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if kind == "E" || kind == "F" || kind == "G" { body = body.uppercased() }
            if isPercent { body += "%" }
            return pad(body, numeric: true, signPart: signText(negative))
        }
        switch kind {
        case "f", "F":
            body = fixed(isPercent ? magnitude * 100 : magnitude, precision ?? 6)
            if isPercent { body += "%" }
        case "e", "E":
            body = scientific(magnitude, precision ?? 6, upper: kind == "E")
        case "g", "G", nil:
            if kind == nil && precision == nil {
                body = formatFloatRepr(magnitude)
            } else {
                body = general(magnitude, max(precision ?? 6, kind == nil ? 1 : 0), upper: kind == "G", keepPoint: kind == nil)
            }
        default:
            throw vm.makeError("ValueError", "Unknown format code '\(kind!)' for object of type 'float'")
        }
        if grouping != nil {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let integer = String(parts[0])
            if integer.allSatisfy({ $0.isNumber }) {
                body = group(integer) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        return pad(body, numeric: true, signPart: signText(negative))
    }

    func fixed(_ value: Double, _ digits: Int) -> String {
        formatFixed(value, digits)
    }

    func scientific(_ value: Double, _ digits: Int, upper: Bool) -> String {
        let text = formatScientific(value, digits)
        return upper ? text.uppercased() : text
    }

    func general(_ value: Double, _ precisionValue: Int, upper: Bool, keepPoint: Bool) -> String {
        let p = precisionValue == 0 ? 1 : precisionValue
        if value == 0 { return keepPoint ? "0.0" : (alternate ? "0." + String(repeating: "0", count: p - 1) : "0") }
        let exponentText = formatScientific(value, p - 1)
        let exponent = Int(exponentText.split(separator: "e")[1])!
        var result: String
        if exponent >= -4 && exponent < p {
            result = formatFixed(value, p - 1 - exponent)
            if !alternate { result = stripZeros(result) }
            if keepPoint && !result.contains(".") { result += ".0" }
        } else {
            var mantissa = String(exponentText.split(separator: "e")[0])
            if !alternate { mantissa = stripZeros(mantissa) }
            let e = exponent
            result = mantissa + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        return upper ? result.uppercased() : result
    }

    private func stripZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = text
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

/// Correctly rounded fixed-point formatting (like C's %.*f).
func formatFixed(_ value: Double, _ digits: Int) -> String {
    cFormat(value, "f", digits)
}

/// Correctly rounded scientific formatting with a two-digit minimum exponent.
func formatScientific(_ value: Double, _ digits: Int) -> String {
    cFormat(value, "e", digits)
}

private func cFormat(_ value: Double, _ conversion: Character, _ digits: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 512 + max(0, digits))
    let format = "%.\(min(digits, 500))\(conversion)"
    let count = buffer.withUnsafeMutableBufferPointer { pointer in
        withVaList([value]) { vsnprintf(pointer.baseAddress, pointer.count, format, $0) }
    }
    return String(decoding: buffer[0..<Int(max(0, min(count, Int32(buffer.count - 1))))].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
