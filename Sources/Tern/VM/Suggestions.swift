/// "Did you mean" for NameError and AttributeError, computed when an uncaught
/// exception is printed, as CPython 3.11's Python/suggestions.c does it.
extension Interpreter {
    private static let suggestionMoveCost = 2
    private static let suggestionCaseCost = 1
    private static let suggestionMaxStringSize = 40
    private static let suggestionMaxCandidates = 750

    /// The name to suggest for an uncaught NameError or AttributeError, or nil.
    func suggestion(for exception: ExceptionObject) -> String? {
        guard let name = exceptionField(exception, "name")?.asStr, !name.type.isHeapType else { return nil }
        if exception.type.isSubtype(of: types.attributeError!) {
            guard let object = exceptionField(exception, "obj") else { return nil }
            guard let names = try? directoryNames(object) else { return nil }
            return closestName(to: name.value, in: names)
        }
        guard exception.type.isSubtype(of: types.exception("NameError")), var entry = exception.traceback else { return nil }
        while let next = entry.next { entry = next }
        // The innermost frame's local variables, then its globals, then the builtins:
        // the first group with a close enough name wins.
        if let found = closestName(to: name.value, in: entry.code.localNames.map { $0.value }) { return found }
        if let globals = entry.globals, let found = closestName(to: name.value, in: stringKeys(globals)) { return found }
        return closestName(to: name.value, in: builtinNamesInCPythonOrder())
    }

    /// `dir(object)` as strings.
    private func directoryNames(_ object: Value) throws(ScriptError) -> [String] {
        let list = try directory(object)
        defer { list.release(heap) }
        return list.asObject(ListObject.self)?.items.compactMap { $0.asStr?.value } ?? []
    }

    private func stringKeys(_ dict: DictObject) -> [String] {
        dict.liveEntries.compactMap { $0.key?.asStr?.value }
    }

    /// The builtins, ordered as CPython's builtins module lists them, since ties go to the first candidate.
    private func builtinNamesInCPythonOrder() -> [String] {
        let names = stringKeys(builtins)
        var rank: [String: Int] = [:]
        for (i, name) in Interpreter.cpythonBuiltinOrder.enumerated() { rank[name] = i }
        return names.enumerated().sorted { a, b in
            (rank[a.element] ?? Int.max, a.offset) < (rank[b.element] ?? Int.max, b.offset)
        }.map { $0.element }
    }

    /// The candidate closest to `name` within a third of the characters involved, or nil.
    func closestName(to name: String, in candidates: [String]) -> String? {
        guard candidates.count < Interpreter.suggestionMaxCandidates else { return nil }
        let wrong = Array(name.utf8)
        var best: String? = nil
        var bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let item = Array(candidate.utf8)
            var maxDistance = (wrong.count + item.count + 3) * Interpreter.suggestionMoveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let distance = editDistance(wrong, item, maxCost: maxDistance)
            if distance > maxDistance { continue }
            if best == nil || distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// Substituting a letter by the same letter in the other case costs less than any other edit.
    private func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return Interpreter.suggestionMoveCost }
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        return lower(a) == lower(b) ? Interpreter.suggestionCaseCost : Interpreter.suggestionMoveCost
    }

    /// Weighted Levenshtein distance over UTF-8 bytes; anything above `maxCost` reports `maxCost + 1`.
    private func editDistance(_ first: [UInt8], _ second: [UInt8], maxCost: Int) -> Int {
        var a = first[...], b = second[...]
        // Common prefixes and suffixes cost nothing.
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * Interpreter.suggestionMoveCost }
        if a.count > Interpreter.suggestionMaxStringSize || b.count > Interpreter.suggestionMaxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * Interpreter.suggestionMoveCost > maxCost { return maxCost + 1 }
        let shorter = Array(a), longer = Array(b)
        // One row of the matrix: row[i] is the cost of turning longer[..<j] into shorter[...i].
        var row = (0..<shorter.count).map { ($0 + 1) * Interpreter.suggestionMoveCost }
        var result = 0
        for (j, character) in longer.enumerated() {
            var diagonal = j * Interpreter.suggestionMoveCost
            result = diagonal
            var rowMinimum = Int.max
            for i in 0..<shorter.count {
                let substitute = diagonal + substitutionCost(character, shorter[i])
                diagonal = row[i]
                result = min(min(result, diagonal) + Interpreter.suggestionMoveCost, substitute)
                row[i] = result
                rowMinimum = min(rowMinimum, result)
            }
            if rowMinimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// `list(vars(builtins))` in CPython 3.11.
    private static let cpythonBuiltinOrder: [String] = [
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
        "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
        "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
        "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr",
        "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
        "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list",
        "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
        "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt",
        "SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
        "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
        "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError",
        "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
        "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
        "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
        "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
        "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
        "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit",
        "exit", "copyright", "credits", "license", "help",
    ]
}
