/// strip, lstrip, rstrip, center, ljust, rjust, zfill and expandtabs.
extension Interpreter {
    func installStrLayoutMethods() {
        let str = types.str.dict!
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            define(str, name, owner: "str") { (vm, args) throws(ScriptError) -> Value in
                let s = try vm.strReceiver(args, name)
                try vm.checkMethodArity(args, "str", name, min: 0, max: 1, .expected)
                var chars: StrObject? = nil
                if args.count > 1 && !args[1].isNone {
                    guard let given = args[1].asStr else { throw vm.makeError("TypeError", "\(name) arg must be None or str") }
                    chars = given
                }
                return vm.strip(s, chars, leading: leading, trailing: trailing)
            }
        }
        for (name, alignment) in [("center", Character("^")), ("ljust", "<"), ("rjust", ">")] {
            define(str, name, owner: "str") { (vm, args) throws(ScriptError) -> Value in
                let s = try vm.strReceiver(args, name)
                try vm.checkMethodArity(args, "str", name, min: 1, max: 2, .expected)
                let width = try vm.sizeArgument(args[1])
                var fill: Unicode.Scalar = " "
                if args.count > 2 {
                    guard let given = args[2].asStr else {
                        throw vm.makeError("TypeError", "The fill character must be a unicode character, not \(vm.typeName(args[2]))")
                    }
                    guard given.count == 1 else {
                        throw vm.makeError("TypeError", "The fill character must be exactly one character long")
                    }
                    fill = given.scalar(at: 0)
                }
                if width <= s.count { return s.retainedValue }
                try vm.checkPaddedLength(width)
                let margin = width - s.count
                let left: Int
                switch alignment {
                case "<": left = 0
                case ">": left = margin
                // CPython's rounding: odd margins put the extra fill on the left only when width is odd.
                default: left = margin / 2 + (margin & width & 1)
                }
                return vm.makeStr(padded(s.value, fill, left: left, right: margin - left))
            }
        }
        define(str, "zfill", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "zfill")
            try vm.checkMethodArity(args, "str", "zfill", min: 1, max: 1)
            let width = try vm.sizeArgument(args[1])
            if width <= s.count { return s.retainedValue }
            try vm.checkPaddedLength(width)
            let zeros = String(repeating: "0", count: width - s.count)
            if let first = s.value.unicodeScalars.first, first == "+" || first == "-" {
                return vm.makeStr(String(first) + zeros + String(s.value.unicodeScalars.dropFirst()))
            }
            return vm.makeStr(zeros + s.value)
        }
        define(str, "expandtabs", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "expandtabs")
            let bound = try vm.bindOptional(args, "expandtabs", ["tabsize"])
            let tabSize = try bound[0].map { (v) throws(ScriptError) in try vm.sizeArgument(v) } ?? 8
            // CPython takes the tab size as a C int.
            if tabSize > Int(Int32.max) || tabSize < Int(Int32.min) {
                throw vm.makeError("OverflowError", "Python int too large to convert to C int")
            }
            if !s.value.utf8.contains(0x09) { return s.retainedValue }
            var result = String.UnicodeScalarView()
            var column = 0
            for scalar in s.value.unicodeScalars {
                switch scalar {
                case "\t":
                    if tabSize > 0 {
                        let spaces = tabSize - column % tabSize
                        for _ in 0..<spaces { result.append(" ") }
                        column += spaces
                    }
                case "\n", "\r":
                    result.append(scalar)
                    column = 0
                default:
                    result.append(scalar)
                    column += 1
                }
            }
            return vm.makeStr(String(result))
        }
    }

    /// `s.strip(chars)` and its one-sided forms; whitespace when `chars` is nil.
    func strip(_ s: StrObject, _ chars: StrObject?, leading: Bool, trailing: Bool) -> Value {
        let range: Range<Int>
        if s.isASCII && (chars?.isASCII ?? true) {
            if let chars {
                var set = [Bool](repeating: false, count: 128)
                for byte in chars.value.utf8 { set[Int(byte)] = true }
                range = s.withUTF8 { bytes in strippedRange(bytes.count, leading, trailing) { set[Int(bytes[$0])] } }
            } else {
                range = s.withUTF8 { bytes in
                    strippedRange(bytes.count, leading, trailing) { (bytes[$0] >= 0x09 && bytes[$0] <= 0x0D) || (bytes[$0] >= 0x1C && bytes[$0] <= 0x20) }
                }
            }
        } else {
            let scalars = s.scalars
            if let chars {
                let set = Set(chars.value.unicodeScalars)
                range = strippedRange(scalars.count, leading, trailing) { set.contains(scalars[$0]) }
            } else {
                range = strippedRange(scalars.count, leading, trailing) { scalars[$0].isPythonSpace }
            }
        }
        if range.count == s.count && s.type === types.str { return s.retainedValue }
        let piece = s.substring(start: range.lowerBound, end: range.upperBound)
        return s.isASCII ? makeStr(ascii: piece) : makeStr(piece)
    }
}

/// The part of `count` units left after dropping matching units from either end.
private func strippedRange(_ count: Int, _ leading: Bool, _ trailing: Bool, _ matches: (Int) -> Bool) -> Range<Int> {
    var start = 0, end = count
    if leading { while start < end && matches(start) { start += 1 } }
    if trailing { while end > start && matches(end - 1) { end -= 1 } }
    return start..<end
}

private func padded(_ text: String, _ fill: Unicode.Scalar, left: Int, right: Int) -> String {
    String(scalars: repeatElement(fill, count: left)) + text + String(scalars: repeatElement(fill, count: right))
}
