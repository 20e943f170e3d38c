import BigInt

/// repr(), str() and format() for every builtin type.
extension Interpreter {
    func repr(_ v: Value) throws(ScriptError) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(integer: i)
        case .float(let d): return formatFloatRepr(d)
        case .object(let r):
            let o = r.takeUnretainedValue()
            if o.type.isHeapType, let method = o.type.lookup(symbol("__repr__")), method.asObject(NativeFunctionObject.self) == nil {
                let result = try callValue(method, [v])
                defer { result.release(heap) }
                guard let s = result.asStr else {
                    throw makeError("TypeError", "__repr__ returned non-string (type \(typeName(result)))")
                }
                return s.value
            }
            return try builtinRepr(o, v)
        }
    }

    /// The repr of a builtin object, ignoring any `__repr__` a subclass defines (what `list.__repr__(x)` gives).
    func builtinRepr(_ o: HeapObject, _ v: Value) throws(ScriptError) -> String {
            // Counted against the recursion limit like CPython's PyObject_Repr.
            try enterNativeRecursion(" while getting the repr of an object")
            defer { leaveNativeRecursion() }
            switch o {
            case let s as StrObject: return quoteString(s.value)
            case let i as IntObject: return try intDecimalString(i.value)
            case let f as FloatObject: return formatFloatRepr(f.value)
            case let l as ListObject:
                if reprInProgress.contains(ObjectIdentifier(l)) { return "[...]" }
                reprInProgress.insert(ObjectIdentifier(l))
                defer { reprInProgress.remove(ObjectIdentifier(l)) }
                var parts: [String] = []
                var i = 0
                while i < l.items.count {
                    let item = l.items[i].retained()
                    defer { item.release(heap) }
                    parts.append(try repr(item))
                    i += 1
                }
                return "[" + parts.joined(separator: ", ") + "]"
            case let t as TupleObject where t.type === types.unionType:
                var parts: [String] = []
                for item in t.items { parts.append(try typeReprInAnnotation(item)) }
                return parts.joined(separator: " | ")
            case let t as TupleObject where t.type === types.genericAlias && t.items.count == 2:
                var parts: [String] = []
                for item in t.items[1].asObject(TupleObject.self)?.items ?? [] { parts.append(try typeReprInAnnotation(item)) }
                return try typeReprInAnnotation(t.items[0]) + "[" + (parts.isEmpty ? "()" : parts.joined(separator: ", ")) + "]"
            case let t as TupleObject:
                if t.type !== types.tuple, let text = try structSequenceRepr(t) { return text }
                if reprInProgress.contains(ObjectIdentifier(t)) { return "(...)" }
                reprInProgress.insert(ObjectIdentifier(t))
                defer { reprInProgress.remove(ObjectIdentifier(t)) }
                var parts: [String] = []
                for item in t.items { parts.append(try repr(item)) }
                return t.items.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
            case let d as DictObject:
                if reprInProgress.contains(ObjectIdentifier(d)) { return "{...}" }
                reprInProgress.insert(ObjectIdentifier(d))
                defer { reprInProgress.remove(ObjectIdentifier(d)) }
                var parts: [String] = []
                for entry in d.liveEntries {
                    parts.append(try repr(entry.key!) + ": " + repr(entry.value))
                }
                return "{" + parts.joined(separator: ", ") + "}"
            case let s as SetObject:
                let name = s.type.name
                if s.count == 0 { return "\(name)()" }
                var parts: [String] = []
                for item in s.elements { parts.append(try repr(item)) }
                let body = "{" + parts.joined(separator: ", ") + "}"
                return s.type === types.set ? body : "\(name)(\(body))"
            case let r as RangeObject:
                return r.bigStep == 1 ? "range(\(r.bigStart), \(r.bigStop))" : "range(\(r.bigStart), \(r.bigStop), \(r.bigStep))"
            case let s as SliceObject:
                return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
            case let t as TypeObject:
                let module = t.moduleName == "builtins" ? "" : t.moduleName + "."
                return "<class '\(module)\(t.qualifiedName)'>"
            case let f as FunctionObject:
                return "<function \(f.qualifiedName.value) at \(addressString(f))>"
            case let n as NativeFunctionObject:
                if let receiver = n.boundSelf, !n.unboundMethod.isNone {
                    let address = receiver.heapObject.map { addressString($0) } ?? "0x0"
                    return "<built-in method \(n.name) of \(typeName(receiver)) object at \(address)>"
                }
                if let owner = n.ownerTypeName { return "<method '\(n.name)' of '\(owner)' objects>" }
                return "<built-in function \(n.name)>"
            case let m as BoundMethodObject:
                if let f = m.function.asObject(FunctionObject.self) {
                    return "<bound method \(f.qualifiedName.value) of \(try repr(m.receiver))>"
                }
                if let n = m.function.asObject(NativeFunctionObject.self) {
                    return "<built-in method \(n.name) of \(typeName(m.receiver)) object at \(addressString(m.receiver.heapObject!))>"
                }
                return "<bound method>"
            case let m as ModuleObject:
                return moduleRepr(m)
            case let e as ExceptionObject: return try exceptionRepr(e)
            case let m as MarkerObject: return m.name
            case let g as GeneratorObject: return "<generator object \(g.qualifiedNameObject.value) at \(addressString(g))>"
            case let g as WeakContainerIterator: return "<generator object \(g.qualifiedName) at \(addressString(g))>"
            case let c as CellObject: return "<cell at \(addressString(c))>"
            case let f as FrameObject: return frameRepr(f)
            case let d as DescriptorObject: return memberDescriptorRepr(d) ?? getSetDescriptorRepr(d) ?? "<\(d.type.name) object at \(addressString(d))>"
            case let c as CodeObject: return "<code object \(c.name) at \(addressString(c)), file \"\(c.filename)\", line \(c.firstLine)>"
            case let it as IteratorObject where it.type === types.dictKeys || it.type === types.dictValues || it.type === types.dictItems:
                let d = it.source.asObject(DictObject.self)!
                var parts: [String] = []
                for entry in d.liveEntries {
                    switch it.kind {
                    case .dictKeys: parts.append(try repr(entry.key!))
                    case .dictValues: parts.append(try repr(entry.value))
                    default: parts.append("(" + (try repr(entry.key!)) + ", " + (try repr(entry.value)) + ")")
                    }
                }
                return "\(it.type.name)([" + parts.joined(separator: ", ") + "])"
            case let proxy as IteratorObject where proxy.kind == .mappingProxy:
                return "mappingproxy(\(try repr(proxy.source)))"
            case let f as FileObject:
                return fileRepr(f)
            case let w as WeakReferenceObject:
                return try referenceRepr(w)
            case is WeakContainerObject, is FinalizeObject:
                guard let method = o.type.lookup(symbol("__repr__")) else { return objectRepr(o) }
                let result = try callValue(method, [v])
                defer { result.release(heap) }
                return result.asStr?.value ?? objectRepr(o)
            default:
                if let method = o.type.lookup(symbol("__repr__")), method.asObject(NativeFunctionObject.self) == nil {
                    let result = try callValue(method, [v])
                    defer { result.release(heap) }
                    return result.asStr?.value ?? ""
                }
                if let text = try namespaceRepr(o) { return text }
                return objectRepr(o)
            }
    }

    /// object.__repr__: `<module.Class object at 0x...>`.
    func objectRepr(_ o: HeapObject) -> String {
        let module = o.type.moduleName == "builtins" ? "" : o.type.moduleName + "."
        return "<\(module)\(o.type.qualifiedName) object at \(addressString(o))>"
    }

    func str(_ v: Value) throws(ScriptError) -> String {
        switch v {
        case .object(let r):
            let o = r.takeUnretainedValue()
            if let s = o as? StrObject, !o.type.isHeapType { return s.value }
            if let result = try throughProxy(v, { (target) throws(ScriptError) in try str(target) }) { return result }
            if o.type.isHeapType, let method = o.type.lookup(symbol("__str__")), method.asObject(NativeFunctionObject.self) == nil {
                let result = try callValue(method, [v])
                defer { result.release(heap) }
                guard let s = result.asStr else {
                    throw makeError("TypeError", "__str__ returned non-string (type \(typeName(result)))")
                }
                return s.value
            }
            if let s = o as? StrObject { return s.value }
            if let e = o as? ExceptionObject { return try exceptionStr(e) }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    /// A str literal's repr with CPython's quote choice and escapes.
    func quoteString(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var result = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "'" where !useDouble: result += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + hex2(scalar.value)
                } else if scalar.value >= 0x80 && !scalar.isPythonPrintable {
                    if scalar.value <= 0xFF { result += "\\x" + hex2(scalar.value) }
                    else if scalar.value <= 0xFFFF { result += "\\u" + hexPadded(scalar.value, 4) }
                    else { result += "\\U" + hexPadded(scalar.value, 8) }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result.append(quote)
        return result
    }

    private func hex2(_ v: UInt32) -> String { hexPadded(v, 2) }
    private func hexPadded(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// BUILD_STRING: the concatenation of the `count` strs at `pieces` (consumed).
    func joinFormattedPieces(_ pieces: UnsafeMutablePointer<Value>, count: Int) -> Value {
        let joined = concatenation(of: count) { strReference(pieces[$0]) }
        for i in 0..<count { pieces[i].release(heap) }
        return joined
    }

    /// FORMAT_VALUE: conversion then format(value, spec).
    func formatValue(_ v: Value, conversion: Int, spec: Value) throws(ScriptError) -> Value {
        // f"{n}" for a machine int: its decimal text.
        if conversion == 0, case .int(let n) = v, spec.isNone {
            let text = String(integer: n)
            return makeStr(text, count: text.utf8.count, isASCII: true)
        }
        var value = v
        var converted: Value? = nil
        switch conversion {
        case 1: converted = makeStr(try str(v))
        case 2: converted = makeStr(try repr(v))
        case 3: converted = makeStr(asciiRepr(try repr(v)))
        default: break
        }
        if let converted { value = converted }
        defer { converted?.release(heap) }
        let specText = spec.asStr?.value ?? ""
        if specText.isEmpty, let s = value.asStr, !typeOf(value).isHeapType { return s.retainedValue }
        return makeStr(try format(value, specText))
    }

    func asciiRepr(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { result.unicodeScalars.append(scalar) }
            else if scalar.value <= 0xFF { result += "\\x" + hexPadded(scalar.value, 2) }
            else if scalar.value <= 0xFFFF { result += "\\u" + hexPadded(scalar.value, 4) }
            else { result += "\\U" + hexPadded(scalar.value, 8) }
        }
        return result
    }

    /// format(value, spec): a class's own `__format__`, else the builtin formatting.
    func format(_ v: Value, _ spec: String) throws(ScriptError) -> String {
        let type = typeOf(v)
        if type.isHeapType, let method = type.lookup(symbol("__format__")), method.asObject(NativeFunctionObject.self) == nil {
            let specValue = makeStr(spec)
            defer { specValue.release(heap) }
            let result = try callValue(method, [v, specValue])
            defer { result.release(heap) }
            guard let s = result.asStr else {
                throw makeError("TypeError", "__format__ must return a str, not \(typeName(result))")
            }
            return s.value
        }
        return try formatBuiltin(v, spec)
    }

    /// A parsed format spec. f-strings and str.format repeat a few specs, so parsed ones are kept
    /// (numbers and strs apart: their defaults differ; `typeName` only words errors).
    func formatSpec(_ spec: String, typeName: String, forString: Bool) throws(ScriptError) -> FormatSpec {
        if let cached = forString ? parsedStringSpecs[spec] : parsedNumberSpecs[spec] { return cached }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, forString: forString, self)
        if forString {
            if parsedStringSpecs.count >= 256 { parsedStringSpecs.removeAll() }
            parsedStringSpecs[spec] = parsed
        } else {
            if parsedNumberSpecs.count >= 256 { parsedNumberSpecs.removeAll() }
            parsedNumberSpecs[spec] = parsed
        }
        return parsed
    }

    /// The `__format__` of int, float and str (the format-spec mini-language),
    /// and object's, which only accepts an empty spec.
    func formatBuiltin(_ v: Value, _ spec: String) throws(ScriptError) -> String {
        if spec.isEmpty { return try str(v) }
        let name = typeName(v)
        if case .int(let small) = v {
            return try formatSpec(spec, typeName: name, forString: false).formatInt(small, typeName: name, self)
        }
        if isIntLike(v) {
            return try formatSpec(spec, typeName: name, forString: false).formatInt(bigValue(v)!, typeName: name, self)
        }
        if isFloatLike(v) {
            return try formatSpec(spec, typeName: name, forString: false).formatFloat(floatValue(v)!, typeName: name, self)
        }
        if let s = v.asStr {
            return try formatSpec(spec, typeName: name, forString: true).formatString(s.value, typeName: name, self)
        }
        throw makeError("TypeError", "unsupported format string passed to \(name).__format__")
    }
}

extension String {
    /// The digits of `magnitude` in `radix` (2...36), ASCII. Written into a stack buffer and made
    /// into a String at once: the standard library's generic integer description costs several
    /// hundred instructions, and printing ints is everywhere (str, repr, f-strings, %d, hex).
    init(magnitude: UInt, radix: Int = 10, uppercase: Bool = false) {
        let digitCharacters: StaticString = "0123456789abcdefghijklmnopqrstuvwxyz"
        let letterOffset: UInt8 = uppercase ? 32 : 0
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> String in
            var position = 64
            var rest = magnitude
            let base = UInt(radix)
            repeat {
                let digit = Int(rest % base)
                rest /= base
                position -= 1
                let character = digitCharacters.utf8Start[digit]
                buffer[position] = digit >= 10 ? character &- letterOffset : character
            } while rest > 0
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// Python's decimal text of a machine int.
    init(integer: Int) {
        if integer >= 0 {
            self.init(magnitude: UInt(integer))
        } else {
            self = "-" + String(magnitude: integer.magnitude)
        }
    }
}
