// Call signatures as help() shows them, "(a, b=2, *args, c, **kwargs)", the way CPython's
// inspect.signature writes them: from the code object and defaults of Python functions, from
// BuiltinDocumentation for Swift ones.

/// Whose parameters a callable takes, as inspect.signature finds them.
enum CallableParameters {
    /// A Python function's, less the first when something else fills it (a bound `self`).
    case function(FunctionObject, droppingFirst: Bool)
    /// A Swift builtin's, as BuiltinDocumentation writes them.
    case documented(String)
}

extension Interpreter {
    /// The signature of a callable; nil when none is known. A bound method leaves out its
    /// first parameter, a class shows its `__new__` (or `__init__`) without it.
    func signatureText(_ value: Value) throws(ScriptError) -> String? {
        switch callableParameters(value) {
        case .function(let function, let droppingFirst)?: return try functionSignature(function, droppingFirst: droppingFirst)
        case .documented(let signature)?: return signature
        case nil: return nil
        }
    }

    /// Where a callable's parameters come from, found without running code. `bound`: a function
    /// found on a class and reached through an instance, which fills its first parameter.
    func callableParameters(_ value: Value, bound: Bool = false) -> CallableParameters? {
        guard let object = value.heapObject else { return nil }
        switch object {
        case let function as FunctionObject:
            return .function(function, droppingFirst: bound)
        case let method as BoundMethodObject:
            guard let function = method.function.asObject(FunctionObject.self) else { return nil }
            return .function(function, droppingFirst: true)
        case let native as NativeFunctionObject:
            return BuiltinDocumentation.entry(native.documentationKey).map { .documented($0.signature) }
        case let descriptor as DescriptorObject:
            if descriptor.type === types.staticMethod { return callableParameters(descriptor.getter) }
            if descriptor.type === types.classMethod { return callableParameters(descriptor.getter, bound: true) }
            return nil
        case let type as TypeObject:
            // A metaclass's own __call__ decides what calling the class takes.
            if type.type.lookup(symbol("__call__"))?.asObject(FunctionObject.self) != nil { return nil }
            for entry in type.mro {
                if !entry.isHeapType { return BuiltinDocumentation.entry(entry.documentationKey).map { .documented($0.signature) } }
                for name in ["__new__", "__init__"] {
                    guard var found = entry.dict.getString(intern(name)) else { continue }
                    if let wrapper = found.asObject(DescriptorObject.self), wrapper.type === types.staticMethod { found = wrapper.getter }
                    guard let function = found.asObject(FunctionObject.self) else { continue }
                    return .function(function, droppingFirst: true)
                }
            }
            return nil
        default:
            // A callable instance: its class's __call__, bound to it.
            guard let function = object.type.lookup(symbol("__call__"))?.asObject(FunctionObject.self) else { return nil }
            return .function(function, droppingFirst: true)
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
