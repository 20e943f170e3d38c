// Call signatures as help() shows them, "(a, b=2, *args, c, **kwargs)", the way CPython's
// inspect.signature writes them: from the code object and defaults of Python functions, from
// BuiltinDocumentation for Swift ones.

extension Interpreter {
    /// The signature of a callable; nil when none is known. A bound method leaves out its
    /// first parameter, a class shows its `__init__` (or `__new__`) without it.
    func signatureText(_ value: Value) throws(ScriptError) -> String? {
        guard let object = value.heapObject else { return nil }
        switch object {
        case let function as FunctionObject:
            return try functionSignature(function, droppingFirst: false)
        case let method as BoundMethodObject:
            guard let function = method.function.asObject(FunctionObject.self) else { return nil }
            return try functionSignature(function, droppingFirst: true)
        case let native as NativeFunctionObject:
            return BuiltinDocumentation.entry(native.documentationKey)?.signature
        case let type as TypeObject:
            for entry in type.mro {
                if !entry.isHeapType {
                    let key = entry.moduleName == "builtins" ? entry.name : entry.moduleName + "." + entry.name
                    return BuiltinDocumentation.entry(key)?.signature
                }
                for name in ["__init__", "__new__"] {
                    guard var found = entry.dict.getString(intern(name)) else { continue }
                    if let wrapper = found.asObject(DescriptorObject.self), wrapper.type === types.staticMethod { found = wrapper.getter }
                    guard let function = found.asObject(FunctionObject.self) else { continue }
                    return try functionSignature(function, droppingFirst: true)
                }
            }
            return nil
        default:
            return nil
        }
    }

    private func functionSignature(_ function: FunctionObject, droppingFirst: Bool) throws(ScriptError) -> String {
        let code = function.code
        var names = code.localNames.map(\.value)
        // Every parameter has a local slot; padding keeps a malformed code object from trapping.
        while names.count < code.argumentCount + code.keywordOnlyCount + 2 { names.append("_") }
        let positional = code.argumentCount
        let keywordOnly = code.keywordOnlyCount
        let defaults = function.defaults?.items ?? []
        let annotations = function.annotations.asObject(DictObject.self)
        func annotated(_ name: String) throws(ScriptError) -> String {
            guard let annotation = annotations?.getString(intern(name)) else { return name }
            return name + ": " + (try annotationText(annotation))
        }
        var parts: [String] = []
        for index in 0..<positional {
            var part = try annotated(names[index])
            let defaultIndex = index - (positional - defaults.count)
            if defaultIndex >= 0 {
                part += (annotations?.getString(intern(names[index])) != nil ? " = " : "=") + (try repr(defaults[defaultIndex]))
            }
            parts.append(part)
            if index + 1 == code.positionalOnlyCount { parts.append("/") }
        }
        var next = positional + keywordOnly
        if code.codeFlags.contains(.varArgs) {
            parts.append("*" + (try annotated(names[next])))
            next += 1
        } else if keywordOnly > 0 {
            parts.append("*")
        }
        for index in positional..<(positional + keywordOnly) {
            var part = try annotated(names[index])
            if let value = function.keywordDefaults?.getString(intern(names[index])) {
                part += (annotations?.getString(intern(names[index])) != nil ? " = " : "=") + (try repr(value))
            }
            parts.append(part)
        }
        if code.codeFlags.contains(.varKeywords) { parts.append("**" + (try annotated(names[next]))) }
        if droppingFirst, !parts.isEmpty, !parts[0].hasPrefix("*") {
            parts.removeFirst()
            if parts.first == "/" { parts.removeFirst() }
        }
        var text = "(" + parts.joined(separator: ", ") + ")"
        if let returns = annotations?.getString(intern("return")) { text += " -> " + (try annotationText(returns)) }
        return text
    }

    /// A class by its name (module-qualified outside builtins), anything else by its repr.
    private func annotationText(_ annotation: Value) throws(ScriptError) -> String {
        if let type = annotation.asObject(TypeObject.self) {
            return type.moduleName == "builtins" ? type.qualifiedName : type.moduleName + "." + type.qualifiedName
        }
        return try repr(annotation)
    }
}
