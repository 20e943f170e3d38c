import BigInt

/// printf-style formatting: `format % arguments`.
extension Interpreter {
    func percentFormat(_ format: String, _ arguments: Value) throws(ScriptError) -> Value {
        // '%' and every conversion character are ASCII, so the format is scanned as UTF-8 and
        // the text between conversions is copied as bytes.
        let bytes = Array(format.utf8)
        var source = PercentArguments(arguments, self)
        defer { source.releaseSelection(heap) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            var literalEnd = i
            while literalEnd < bytes.count && bytes[literalEnd] != UInt8(ascii: "%") { literalEnd += 1 }
            if literalEnd > i {
                output.append(contentsOf: bytes[i..<literalEnd])
                i = literalEnd
                continue
            }
            i += 1
            guard i < bytes.count else { throw makeError("ValueError", "incomplete format") }
            if bytes[i] == UInt8(ascii: "%") {
                output.append(UInt8(ascii: "%"))
                i += 1
                continue
            }
            var conversion = PercentConversion()
            try parseConversion(bytes, &i, &conversion, &source)
            guard i < bytes.count else { throw makeError("ValueError", "incomplete format") }
            let argument = try source.next(self)
            let kind = bytes[i]
            if kind >= 0x80 {
                // A non-ASCII conversion character: reported with its code point and position.
                let scalar = String(decoding: bytes[i...].prefix(4), as: UTF8.self).unicodeScalars.first!
                throw unsupportedConversion(scalar, index: scalarIndex(bytes, i))
            }
            let text = try convert(argument, Unicode.Scalar(kind), conversion, index: scalarIndex(bytes, i))
            output.append(contentsOf: text.utf8)
            i += 1
        }
        if source.hasUnused {
            throw makeError("TypeError", "not all arguments converted during string formatting")
        }
        return makeStr(String(decoding: output, as: UTF8.self))
    }

    /// The code point position of UTF-8 offset `offset` (CPython reports positions in characters).
    private func scalarIndex(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private func unsupportedConversion(_ kind: Unicode.Scalar, index: Int) -> ScriptError {
        let shown = kind.value < 0x80 ? String(kind) : "?"
        return makeError("ValueError", "unsupported format character '\(shown)' (0x\(String(kind.value, radix: 16))) at index \(index)")
    }

    /// Reads `(key)`, flags, width and precision and length modifiers up to the conversion character.
    private func parseConversion(_ chars: [UInt8], _ i: inout Int, _ conversion: inout PercentConversion,
                                 _ source: inout PercentArguments) throws(ScriptError) {
        if chars[i] == UInt8(ascii: "(") {
            // Keys may contain balanced parentheses.
            var depth = 1
            i += 1
            let keyStart = i
            while i < chars.count && depth > 0 {
                if chars[i] == UInt8(ascii: "(") { depth += 1 } else if chars[i] == UInt8(ascii: ")") { depth -= 1 }
                i += 1
            }
            if depth > 0 { throw makeError("ValueError", "incomplete format key") }
            let key = makeStr(String(decoding: chars[keyStart..<(i - 1)], as: UTF8.self))
            defer { key.release(heap) }
            try source.select(key, self)
        }
        flags: while i < chars.count {
            switch chars[i] {
            case UInt8(ascii: "-"): conversion.leftAlign = true
            case UInt8(ascii: "+"): conversion.sign = "+"
            case UInt8(ascii: " "): if conversion.sign == nil { conversion.sign = " " }
            case UInt8(ascii: "#"): conversion.alternate = true
            case UInt8(ascii: "0"): conversion.zeroPad = true
            default: break flags
            }
            i += 1
        }
        if i < chars.count && chars[i] == UInt8(ascii: "*") {
            let width = try starArgument(&source)
            if width < 0 { conversion.leftAlign = true }
            conversion.width = Swift.abs(width)
            i += 1
        } else if let width = try readCount(chars, &i, "width too big") {
            conversion.width = width
        }
        try checkPaddedLength(conversion.width)
        if i < chars.count && chars[i] == UInt8(ascii: ".") {
            i += 1
            if i < chars.count && chars[i] == UInt8(ascii: "*") {
                conversion.precision = Swift.max(0, try starArgument(&source))
                i += 1
            } else {
                conversion.precision = try readCount(chars, &i, "precision too big") ?? 0
            }
        }
        while i < chars.count && (chars[i] == UInt8(ascii: "h") || chars[i] == UInt8(ascii: "l") || chars[i] == UInt8(ascii: "L")) {
            i += 1
        }
    }

    private func starArgument(_ source: inout PercentArguments) throws(ScriptError) -> Int {
        let value = try source.next(self)
        guard case .int(let n) = value else {
            if isIntLike(value) { throw makeError("OverflowError", "Python int too large to convert to C ssize_t") }
            throw makeError("TypeError", "* wants int")
        }
        return n
    }

    private func readCount(_ chars: [UInt8], _ i: inout Int, _ overflowMessage: String) throws(ScriptError) -> Int? {
        let start = i
        var value = 0
        while i < chars.count, chars[i] >= 0x30 && chars[i] <= 0x39 {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(chars[i] - 0x30))
            if overflow1 || overflow2 { throw makeError("ValueError", overflowMessage) }
            value = sum
            i += 1
        }
        return i == start ? nil : value
    }

    /// One conversion; `index` is the conversion character's position (for errors).
    private func convert(_ argument: Value, _ kind: Unicode.Scalar, _ conversion: PercentConversion,
                         index: Int) throws(ScriptError) -> String {
        // The common plain conversions, without BigInt or padding.
        if conversion.isPlain {
            if kind == "s", let s = argument.asStr, s.typeRef.toOpaque() == Unmanaged.passUnretained(types.str).toOpaque() {
                return s.value
            }
            if kind == "d" || kind == "i" || kind == "u", case .int(let n) = argument { return String(integer: n) }
        }
        switch kind {
        case "s", "r", "a":
            var text: String
            switch kind {
            case "s": text = try str(argument)
            case "r": text = try repr(argument)
            default: text = asciiRepr(try repr(argument))
            }
            if let precision = conversion.precision { text = String(scalars: text.unicodeScalars.prefix(precision)) }
            return conversion.padText(text)
        case "c":
            if let s = argument.asStr, s.count == 1 { return conversion.padText(s.value) }
            guard let code = bigValue(argument) else { throw makeError("TypeError", "%c requires int or char") }
            guard code >= 0 && code < 0x110000 else { throw makeError("OverflowError", "%c arg not in range(0x110000)") }
            return conversion.padText(String(Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}"))
        case "d", "i", "u":
            if case .int(let n) = argument { return conversion.padInteger(n, radix: 10, prefix: "") }
            let value = try percentInteger(argument, kind, requireIndex: false)
            _ = try intDecimalString(value)  // enforces sys.get_int_max_str_digits()
            return conversion.padInteger(value, radix: 10, prefix: "")
        case "x", "X", "o":
            let prefix = conversion.alternate ? (kind == "o" ? "0o" : kind == "x" ? "0x" : "0X") : ""
            let text: String
            if case .int(let n) = argument {
                text = conversion.padInteger(n, radix: kind == "o" ? 8 : 16, prefix: prefix)
            } else {
                let value = try percentInteger(argument, kind, requireIndex: true)
                text = conversion.padInteger(value, radix: kind == "o" ? 8 : 16, prefix: prefix)
            }
            return kind == "X" ? text.uppercased() : text
        case "e", "E", "f", "F", "g", "G":
            let value = try percentFloat(argument)
            var spec = FormatSpec()
            spec.sign = conversion.sign
            spec.alternate = conversion.alternate
            spec.width = conversion.width
            spec.precision = conversion.precision ?? 6
            spec.type = kind
            if conversion.leftAlign {
                spec.align = "<"
            } else if conversion.zeroPad {
                spec.fill = "0"
                spec.align = "="
            }
            return try spec.formatFloat(value, typeName: "float", self)
        default:
            throw unsupportedConversion(kind, index: index)
        }
    }

    /// The integer for %d (which truncates floats) or %x/%o (which need `__index__`).
    private func percentInteger(_ argument: Value, _ kind: Unicode.Scalar, requireIndex: Bool) throws(ScriptError) -> BigInt {
        if let big = bigValue(argument) { return big }
        if !requireIndex, let d = floatValue(argument) {
            if d.isNaN { throw makeError("ValueError", "cannot convert float NaN to integer") }
            if d.isInfinite { throw makeError("OverflowError", "cannot convert float infinity to integer") }
            return BigInt(d.rounded(.towardZero))
        }
        let hook: StaticString = requireIndex ? "__index__" : (special(argument, "__int__") != nil ? "__int__" : "__index__")
        if special(argument, hook) != nil, let result = try callSpecial(argument, hook) {
            defer { result.release(heap) }
            if let big = bigValue(result) { return big }
        }
        let needed = requireIndex ? "an integer is required" : "a real number is required"
        throw makeError("TypeError", "%\(String(kind)) format: \(needed), not \(typeName(argument))")
    }

    private func percentFloat(_ argument: Value) throws(ScriptError) -> Double {
        if let big = bigValue(argument) {
            let d = Double(big)
            guard d.isFinite else { throw makeError("OverflowError", "int too large to convert to float") }
            return d
        }
        if let d = floatValue(argument) { return d }
        for hook in ["__float__", "__index__"] as [StaticString] where special(argument, hook) != nil {
            if let result = try callSpecial(argument, hook) {
                defer { result.release(heap) }
                if let d = floatValue(result) { return d }
            }
        }
        throw makeError("TypeError", "must be real number, not \(typeName(argument))")
    }
}

/// Flags, width and precision of one `%` conversion.
private struct PercentConversion {
    var leftAlign = false
    var sign: Unicode.Scalar? = nil
    var alternate = false
    var zeroPad = false
    var width = 0
    var precision: Int? = nil

    /// No flags, width or precision: the converted text is used as it is.
    var isPlain: Bool { width == 0 && precision == nil && sign == nil && !alternate }

    /// Strings ignore the zero flag.
    func padText(_ text: String) -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let padding = String(repeating: " ", count: width - length)
        return leftAlign ? text + padding : padding + text
    }

    /// An integer with at least `precision` digits, sign, prefix and padding.
    func padInteger<Integer: BinaryInteger>(_ value: Integer, radix: Int, prefix: String) -> String {
        // All pieces are ASCII: UTF-8 lengths are character counts.
        var digits = String(value.magnitude, radix: radix)
        if let precision, digits.utf8.count < precision {
            digits = String(repeating: "0", count: precision - digits.utf8.count) + digits
        }
        let signText = value < 0 ? "-" : (sign.map { String($0) } ?? "")
        let length = signText.utf8.count + prefix.utf8.count + digits.utf8.count
        guard width > length else { return signText + prefix + digits }
        let padding = width - length
        if leftAlign { return signText + prefix + digits + String(repeating: " ", count: padding) }
        if zeroPad { return signText + prefix + String(repeating: "0", count: padding) + digits }
        return String(repeating: " ", count: padding) + signText + prefix + digits
    }
}

/// The values a format consumes: the items of a tuple, a single value, or,
/// after a `%(key)` lookup, the value found in the mapping.
private struct PercentArguments {
    let whole: Value
    /// A mapping argument (anything subscriptable but a tuple or str), for `%(key)s`.
    let mapping: Value?
    var items: [Value]
    var count: Int
    var index: Int
    /// The value looked up by the last `%(key)`, owned.
    var selected: Value? = nil

    init(_ arguments: Value, _ vm: Interpreter) {
        whole = arguments
        if let tuple = arguments.asObject(TupleObject.self) {
            items = Array(tuple.items)
            count = items.count
            index = 0
            mapping = nil
        } else {
            items = [arguments]
            // A single value counts as consumed after one use (CPython's arglen -1).
            count = -1
            index = -2
            let isMapping = arguments.asStr == nil && vm.special(arguments, "__getitem__") != nil
            mapping = isMapping ? arguments : nil
        }
    }

    /// The next argument (borrowed).
    mutating func next(_ vm: Interpreter) throws(ScriptError) -> Value {
        guard index < count else { throw vm.makeError("TypeError", "not enough arguments for format string") }
        let position = index
        index += 1
        if count < 0 { return selected ?? items[0] }
        return items[position]
    }

    mutating func select(_ key: Value, _ vm: Interpreter) throws(ScriptError) {
        guard let mapping else { throw vm.makeError("TypeError", "format requires a mapping") }
        let value = try vm.getItem(mapping, key)
        selected?.release(vm.heap)
        selected = value
        count = -1
        index = -2
    }

    var hasUnused: Bool { index < count && mapping == nil }

    func releaseSelection(_ heap: Heap) { selected?.release(heap) }
}
