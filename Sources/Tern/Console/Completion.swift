// Tab completion for the console, as CPython's rlcompleter offers it: keywords and names after
// nothing, attributes after a dotted name, module names after `import`. Looking things up never
// runs Python code: names are found in dicts, attributes in instance and class dicts.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    /// The word before the cursor that completion replaces, and its candidates (whole words).
    func completions(before text: String) -> (word: String, candidates: [String]) {
        let word = String(text.reversed().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }).reversed())
        let head = text.dropLast(word.count).trimmingCharacters(in: " \t")
        if head == "import" || head == "from" || (head.hasPrefix("import ") && head.hasSuffix(",")) {
            return (word, moduleNames().filter { $0.hasPrefix(word) }.sorted())
        }
        if head.hasPrefix("from "), head.split(separator: " ").count == 2 {
            // `from module <Tab>` offers `import`.
            return (word, "import".hasPrefix(word) ? ["import "] : [])
        }
        if let dot = word.lastIndex(of: ".") {
            let path = word[..<dot].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let prefix = String(word[word.index(after: dot)...])
            guard path.allSatisfy({ !$0.isEmpty }), let object = resolveDottedName(path) else { return (word, []) }
            let names = attributeNames(of: object).filter { name in
                guard name.hasPrefix(prefix) else { return false }
                // As rlcompleter: private names only once the prefix asks for them.
                if prefix.isEmpty { return !name.hasPrefix("_") }
                if prefix == "_" { return !name.hasPrefix("__") }
                return true
            }
            let base = String(word[...dot])
            return (word, names.sorted().map { name in base + name + attributeCallSuffix(object, name) })
        }
        return (word, globalCompletions(word))
    }

    /// Keywords, then `__main__`'s names and the builtins (callables get "(" or "()").
    private func globalCompletions(_ prefix: String) -> [String] {
        var seen: Set<String> = []
        var matches: [String] = []
        for keyword in Vocabulary.keywords.sorted() where keyword.hasPrefix(prefix) {
            seen.insert(keyword)
            if keyword == "try" || keyword == "finally" {
                matches.append(keyword + ":")
            } else if ["False", "None", "True", "break", "continue", "pass", "else"].contains(keyword) {
                matches.append(keyword)
            } else {
                matches.append(keyword + " ")
            }
        }
        var namespaces: [DictObject] = []
        if let main = modules.getString(symbol("__main__"))?.asObject(ModuleObject.self) { namespaces.append(main.dict) }
        namespaces.append(builtins)
        for namespace in namespaces {
            for entry in namespace.liveEntries {
                guard let name = entry.key?.asStr?.value, name.hasPrefix(prefix), !seen.contains(name) else { continue }
                seen.insert(name)
                matches.append(name + callSuffix(entry.value, bound: false))
            }
        }
        return matches
    }

    /// The object a dotted name refers to, found without running code (nil when a step would).
    private func resolveDottedName(_ path: [String]) -> Value? {
        guard let first = path.first else { return nil }
        let main = modules.getString(symbol("__main__"))?.asObject(ModuleObject.self)
        guard var current = main?.dict.getString(intern(first)) ?? builtins.getString(intern(first)) else { return nil }
        for name in path.dropFirst() {
            guard let next = staticAttribute(current, name) else { return nil }
            current = next
        }
        return current
    }

    /// An attribute found in the object's own dict or its class's dicts, unbound (borrowed).
    private func staticAttribute(_ object: Value, _ name: String) -> Value? {
        let key = intern(name)
        if case .object(let reference) = object {
            let o = reference.takeUnretainedValue()
            if let module = o as? ModuleObject { return module.dict.getString(key) }
            if let type = o as? TypeObject { return type.lookup(key) ?? type.type.lookup(key) }
            if let dict = instanceDict(o, create: false), let found = dict.getString(key) { return found }
        }
        guard let found = typeOf(object).lookup(key) else { return nil }
        // A property would run code to give its value: stop there.
        if let descriptor = found.asObject(DescriptorObject.self), descriptor.type.isSubtype(of: types.property) { return nil }
        return found
    }

    /// What dir() would list, from dicts only.
    private func attributeNames(of object: Value) -> Set<String> {
        var names: Set<String> = []
        func add(_ dict: DictObject?) {
            guard let dict else { return }
            for entry in dict.liveEntries { if let name = entry.key?.asStr?.value { names.insert(name) } }
        }
        if case .object(let reference) = object {
            let o = reference.takeUnretainedValue()
            if let module = o as? ModuleObject {
                add(module.dict)
                return names
            }
            if let type = o as? TypeObject {
                for entry in type.mro { add(entry.dict) }
                // Attributes every class has without a dict entry, as dir() lists them.
                names.formUnion(["__class__", "__doc__", "__name__", "__qualname__", "__module__", "__mro__", "__bases__"])
                return names
            }
            add(instanceDict(o, create: false))
        }
        for entry in typeOf(object).mro { add(entry.dict) }
        names.insert("__class__")
        return names
    }

    /// The suffix of `object.name`: an attribute found in a class dict is bound when the
    /// object is not itself a class or module.
    private func attributeCallSuffix(_ object: Value, _ name: String) -> String {
        if name == "__class__" { return callSuffix(typeOf(object).asValue, bound: false) }
        guard let value = staticAttribute(object, name) else { return "" }
        let isNamespace = object.asObject(ModuleObject.self) != nil || object.asObject(TypeObject.self) != nil
        var bound = !isNamespace
        if bound, case .object(let reference) = object, let dict = instanceDict(reference.takeUnretainedValue(), create: false),
           dict.getString(intern(name)) != nil {
            bound = false
        }
        return callSuffix(value, bound: bound)
    }

    /// What rlcompleter adds to a name: "(" for a callable, "()" when it takes no arguments
    /// (CPython asks inspect.signature), "" for anything else. `bound`: the value is a
    /// function found on a class and reached through an instance, which fills `self`.
    private func callSuffix(_ value: Value, bound: Bool) -> String {
        // A builtin method reached through its class still needs its object.
        if let native = value.asObject(NativeFunctionObject.self), native.ownerTypeName != nil, !bound, native.boundSelf == nil {
            return "("
        }
        switch callableParameters(value, bound: bound) {
        case .function(let function, let droppingFirst)?:
            let code = function.code
            let count = code.argumentCount + code.keywordOnlyCount + (code.codeFlags.contains(.varArgs) ? 1 : 0)
                + (code.codeFlags.contains(.varKeywords) ? 1 : 0)
            return count - (droppingFirst ? 1 : 0) == 0 ? "()" : "("
        case .documented(let signature)?:
            return signature == "()" ? "()" : "("
        case nil:
            return isCallable(value) ? "(" : ""
        }
    }

    /// Modules `import` can find: the builtin ones and the .py files on sys.path.
    func moduleNames() -> Set<String> {
        var names = Set(builtinModuleNames)
        guard let path = sysModule.dict.getString(intern("path"))?.asObject(ListObject.self) else { return names }
        for entry in path.items {
            guard let directory = entry.asStr?.value else { continue }
            guard let handle = opendir(directory.isEmpty ? "." : directory) else { continue }
            defer { closedir(handle) }
            while let item = readdir(handle) {
                let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                if name.hasSuffix(".py"), name != "__main__.py" { names.insert(String(name.dropLast(3))) }
            }
        }
        return names
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}

