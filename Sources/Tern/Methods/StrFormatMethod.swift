/// str.format and str.format_map: replacement fields `{name.attr[key]!conversion:spec}`.
extension Interpreter {
    func installStrFormatMethods() {
        let str = types.str.dict!
        define(str, "format", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "format")
            let positional = UnsafeBufferPointer(rebasing: args.values[1..<args.count])
            var source = FieldSource(positional: positional, keywords: args.keywords, mapping: nil)
            return vm.makeStr(try vm.renderFormat(s.scalars[...], &source, depth: 2))
        }
        define(str, "format_map", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "format_map")
            try vm.checkMethodArity(args, "str", "format_map", min: 1, max: 1)
            var source = FieldSource(positional: UnsafeBufferPointer(start: nil, count: 0), keywords: [], mapping: args[1])
            return vm.makeStr(try vm.renderFormat(s.scalars[...], &source, depth: 2))
        }
        define(str, "__format__", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "__format__")
            try vm.checkMethodArity(args, "str", "__format__", min: 1, max: 1)
            let spec = try vm.requireStr(args[1], "__format__() argument must be str, not \(vm.typeName(args[1]))")
            return vm.makeStr(try vm.formatBuiltin(s.asValue, spec.value))
        }
    }

    /// Renders a format string; `depth` limits how deeply specs may nest fields.
    func renderFormat(_ chars: ArraySlice<Unicode.Scalar>, _ source: inout FieldSource, depth: Int) throws(ScriptError) -> String {
        if depth <= 0 { throw makeError("ValueError", "Max string recursion exceeded") }
        var output = ""
        var i = chars.startIndex
        let end = chars.endIndex
        while i < end {
            let c = chars[i]
            if c == "}" {
                guard i + 1 < end, chars[i + 1] == "}" else {
                    throw makeError("ValueError", "Single '}' encountered in format string")
                }
                output.append("}")
                i += 2
                continue
            }
            if c != "{" {
                // Copy the literal text up to the next brace at once.
                var runEnd = i + 1
                while runEnd < end && chars[runEnd] != "{" && chars[runEnd] != "}" { runEnd += 1 }
                output += String(scalars: chars[i..<runEnd])
                i = runEnd
                continue
            }
            guard i + 1 < end else { throw makeError("ValueError", "Single '{' encountered in format string") }
            if chars[i + 1] == "{" {
                output.append("{")
                i += 2
                continue
            }
            i += 1
            let field = try parseReplacementField(chars, &i)
            let object = try resolveField(field.name, &source)
            defer { object.release(heap) }
            var converted: Value? = nil
            if let conversion = field.conversion {
                switch conversion {
                case "r": converted = makeStr(try repr(object))
                case "s": converted = makeStr(try str(object))
                case "a": converted = makeStr(asciiRepr(try repr(object)))
                default:
                    throw makeError("ValueError", "Unknown conversion specifier \(conversionDisplay(conversion))")
                }
            }
            defer { converted?.release(heap) }
            let spec = field.specHasFields ? try renderFormat(field.spec, &source, depth: depth - 1) : String(scalars: field.spec)
            output += try format(converted ?? object, spec)
        }
        return String(output)
    }

    /// How CPython shows a bad conversion character: itself if ASCII, else "\\x" and its hex code.
    private func conversionDisplay(_ c: Unicode.Scalar) -> String {
        c.value < 0x80 ? String(c) : "\\x" + String(c.value, radix: 16)
    }

    /// Parses `name[!conversion][:spec]}` starting just after the opening brace; `i` ends after the closing brace.
    private func parseReplacementField(_ chars: ArraySlice<Unicode.Scalar>, _ i: inout Int) throws(ScriptError) -> ReplacementField {
        let end = chars.endIndex
        let nameStart = i
        var terminator: Unicode.Scalar? = nil
        scan: while i < end {
            let c = chars[i]
            i += 1
            switch c {
            case "{": throw makeError("ValueError", "unexpected '{' in field name")
            case "[":
                // Brackets may hold ':' or '!' as part of an index key.
                while i < end && chars[i] != "]" { i += 1 }
            case "}", ":", "!":
                terminator = c
                break scan
            default: break
            }
        }
        var field = ReplacementField(name: chars[nameStart..<(terminator == nil ? i : i - 1)])
        switch terminator {
        case "}": return field
        case "!", ":": break
        default: throw makeError("ValueError", "expected '}' before end of string")
        }
        if terminator == "!" {
            guard i < end else { throw makeError("ValueError", "end of string while looking for conversion specifier") }
            field.conversion = chars[i]
            i += 1
            if i < end {
                let next = chars[i]
                i += 1
                if next == "}" { return field }
                if next != ":" { throw makeError("ValueError", "expected ':' after conversion specifier") }
            }
        }
        let specStart = i
        var open = 1
        while i < end {
            let c = chars[i]
            i += 1
            if c == "{" {
                field.specHasFields = true
                open += 1
            } else if c == "}" {
                open -= 1
                if open == 0 {
                    field.spec = chars[specStart..<(i - 1)]
                    return field
                }
            }
        }
        throw makeError("ValueError", "unmatched '{' in format spec")
    }

    /// The object a field name refers to (owned): an argument, then attributes and items.
    private func resolveField(_ name: ArraySlice<Unicode.Scalar>, _ source: inout FieldSource) throws(ScriptError) -> Value {
        var i = name.startIndex
        while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[name.startIndex..<i]
        var object: Value
        if first.isEmpty {
            if source.numbering == .manual {
                throw makeError("ValueError", "cannot switch from manual field specification to automatic field numbering")
            }
            source.numbering = .automatic
            object = try source.positional(source.nextIndex, self)
            source.nextIndex += 1
        } else if let index = try decimalIndex(first) {
            if source.numbering == .automatic {
                throw makeError("ValueError", "cannot switch from automatic field numbering to manual field specification")
            }
            source.numbering = .manual
            object = try source.positional(index, self)
        } else {
            object = try source.keyword(String(scalars: first), self)
        }
        while i < name.endIndex {
            let accessor = name[i]
            i += 1
            let partStart = i
            if accessor == "." {
                while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
                let part = name[partStart..<i]
                if part.isEmpty {
                    object.release(heap)
                    throw makeError("ValueError", "Empty attribute in format string")
                }
                let attribute = heap.register(StrObject(type: types.str, String(scalars: part)))
                defer { heap.release(attribute) }
                let next: Value
                do throws(ScriptError) {
                    next = try getAttribute(object, attribute)
                } catch {
                    object.release(heap)
                    throw error
                }
                object.release(heap)
                object = next
            } else {
                while i < name.endIndex && name[i] != "]" { i += 1 }
                let part = name[partStart..<i]
                do throws(ScriptError) {
                    if i == name.endIndex { throw makeError("ValueError", "Missing ']' in format string") }
                    i += 1
                    if part.isEmpty { throw makeError("ValueError", "Empty attribute in format string") }
                    if i < name.endIndex && name[i] != "." && name[i] != "[" {
                        throw makeError("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
                    }
                } catch {
                    object.release(heap)
                    throw error
                }
                let key: Value
                do throws(ScriptError) {
                    key = try decimalIndex(part).map { .int($0) } ?? makeStr(String(scalars: part))
                } catch {
                    object.release(heap)
                    throw error
                }
                defer { key.release(heap) }
                let next: Value
                do throws(ScriptError) {
                    next = try getItem(object, key)
                } catch {
                    object.release(heap)
                    throw error
                }
                object.release(heap)
                object = next
            }
        }
        return object
    }

    /// A field name part made only of ASCII digits, as an index.
    private func decimalIndex(_ part: ArraySlice<Unicode.Scalar>) throws(ScriptError) -> Int? {
        guard !part.isEmpty, part.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        var value = 0
        for digit in part {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(digit.value - 0x30))
            if overflow1 || overflow2 { throw makeError("ValueError", "Too many decimal digits in format string") }
            value = sum
        }
        return value
    }
}

/// One parsed `{...}` of a format string.
struct ReplacementField {
    var name: ArraySlice<Unicode.Scalar>
    var conversion: Unicode.Scalar? = nil
    var spec: ArraySlice<Unicode.Scalar> = []
    var specHasFields = false
}

/// Where `str.format` fields take their values from: the call's arguments, or
/// for `format_map` a mapping (which allows no positional fields).
struct FieldSource {
    enum Numbering { case unknown, automatic, manual }

    let positional: UnsafeBufferPointer<Value>
    let keywords: [(String, Value)]
    let mapping: Value?
    var numbering = Numbering.unknown
    var nextIndex = 0

    init(positional: UnsafeBufferPointer<Value>, keywords: [(String, Value)], mapping: Value?) {
        self.positional = positional
        self.keywords = keywords
        self.mapping = mapping
    }

    /// Positional argument `index` (owned).
    func positional(_ index: Int, _ vm: Interpreter) throws(ScriptError) -> Value {
        if mapping != nil { throw vm.makeError("ValueError", "Format string contains positional fields") }
        guard index < positional.count else {
            throw vm.makeError("IndexError", "Replacement index \(index) out of range for positional args tuple")
        }
        return positional[index].retained()
    }

    /// Keyword argument `name` (owned).
    func keyword(_ name: String, _ vm: Interpreter) throws(ScriptError) -> Value {
        let key = vm.makeStr(name)
        defer { key.release(vm.heap) }
        if let mapping { return try vm.getItem(mapping, key) }
        guard let found = keywords.first(where: { $0.0 == name }) else { throw vm.makeError("KeyError", value: key) }
        return found.1.retained()
    }
}
