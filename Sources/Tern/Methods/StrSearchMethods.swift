/// find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix and removesuffix.
extension Interpreter {
    func installStrSearchMethods() {
        let str = types.str.dict!
        define(str, "find", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            .int(try vm.strSearch(args, "find", fromEnd: false) ?? -1)
        }
        define(str, "rfind", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            .int(try vm.strSearch(args, "rfind", fromEnd: true) ?? -1)
        }
        define(str, "index", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            guard let found = try vm.strSearch(args, "index", fromEnd: false) else {
                throw vm.makeError("ValueError", "substring not found")
            }
            return .int(found)
        }
        define(str, "rindex", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            guard let found = try vm.strSearch(args, "rindex", fromEnd: true) else {
                throw vm.makeError("ValueError", "substring not found")
            }
            return .int(found)
        }
        define(str, "count", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "count")
            try vm.checkMethodArity(args, "str", "count", min: 1, max: 3)
            let needle = try vm.requireStr(args[1], "must be str, not \(vm.typeName(args[1]))")
            let (start, end) = try vm.adjustedBounds(args, from: 2, length: s.count)
            return .int(s.occurrences(of: needle, start: start, end: end))
        }
        define(str, "startswith", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            .bool(try vm.strAffixMatch(args, "startswith", atEnd: false))
        }
        define(str, "endswith", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            .bool(try vm.strAffixMatch(args, "endswith", atEnd: true))
        }
        define(str, "replace", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "replace")
            try vm.checkMethodArity(args, "str", "replace", min: 2, max: 3, .expected)
            let old = try vm.requireStr(args[1], "replace() argument 1 must be str, not \(vm.typeName(args[1]))")
            let new = try vm.requireStr(args[2], "replace() argument 2 must be str, not \(vm.typeName(args[2]))")
            var limit = args.count > 3 ? try vm.sizeArgument(args[3]) : -1
            if limit < 0 { limit = Int.max }
            if limit == 0 || (old.count == 0 && new.count == 0) { return s.retainedValue }
            guard let replaced = s.replacing(old, with: new, limit: limit) else { return s.retainedValue }
            return s.isASCII && new.isASCII ? vm.makeStr(ascii: replaced) : vm.makeStr(replaced)
        }
        define(str, "removeprefix", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "removeprefix")
            try vm.checkMethodArity(args, "str", "removeprefix", min: 1, max: 1)
            let prefix = try vm.requireStr(args[1], "removeprefix() argument must be str, not \(vm.typeName(args[1]))")
            guard prefix.count > 0, s.hasAffix(prefix, start: 0, end: s.count, atEnd: false) else { return s.retainedValue }
            return vm.makeStr(s.substring(start: prefix.count, end: s.count))
        }
        define(str, "removesuffix", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "removesuffix")
            try vm.checkMethodArity(args, "str", "removesuffix", min: 1, max: 1)
            let suffix = try vm.requireStr(args[1], "removesuffix() argument must be str, not \(vm.typeName(args[1]))")
            guard suffix.count > 0, s.hasAffix(suffix, start: 0, end: s.count, atEnd: true) else { return s.retainedValue }
            return vm.makeStr(s.substring(start: 0, end: s.count - suffix.count))
        }
    }

    /// The shared body of find, rfind, index and rindex: the code point index or nil.
    private func strSearch(_ args: Arguments, _ name: String, fromEnd: Bool) throws(ScriptError) -> Int? {
        let s = try strReceiver(args, name)
        try checkMethodArity(args, "str", name, min: 1, max: 3)
        let needle = try requireStr(args[1], "must be str, not \(typeName(args[1]))")
        let (start, end) = try adjustedBounds(args, from: 2, length: s.count)
        return fromEnd ? s.lastIndex(of: needle, start: start, end: end) : s.firstIndex(of: needle, start: start, end: end)
    }

    /// startswith/endswith with a str or a tuple of str and optional bounds.
    private func strAffixMatch(_ args: Arguments, _ name: String, atEnd: Bool) throws(ScriptError) -> Bool {
        let s = try strReceiver(args, name)
        try checkMethodArity(args, "str", name, min: 1, max: 3)
        let (start, end) = try adjustedBounds(args, from: 2, length: s.count)
        if let tuple = args[1].asObject(TupleObject.self) {
            for item in tuple.items {
                guard let affix = item.asStr else {
                    throw makeError("TypeError", "tuple for \(name) must only contain str, not \(typeName(item))")
                }
                if s.hasAffix(affix, start: start, end: end, atEnd: atEnd) { return true }
            }
            return false
        }
        guard let affix = args[1].asStr else {
            throw makeError("TypeError", "\(name) first arg must be str or a tuple of str, not \(typeName(args[1]))")
        }
        return s.hasAffix(affix, start: start, end: end, atEnd: atEnd)
    }
}

extension StrObject {
    /// The string with up to `limit` occurrences of `old` replaced, or nil when nothing changes.
    func replacing(_ old: StrObject, with new: StrObject, limit: Int) -> String? {
        if old.count == 0 {
            // An empty pattern matches before every code point and at the end.
            var result = ""
            var inserted = 0
            for scalar in value.unicodeScalars {
                if inserted < limit {
                    result += new.value
                    inserted += 1
                }
                result.unicodeScalars.append(scalar)
            }
            if inserted < limit { result += new.value }
            return result
        }
        return withUTF8 { hay in
            old.withUTF8 { pattern in
                var result: [UInt8] = []
                var from = 0
                var replaced = 0
                while replaced < limit, let at = ByteSearch.first(pattern, in: hay, from: from, to: hay.count) {
                    if replaced == 0 { result.reserveCapacity(hay.count) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: hay[from..<at]))
                    result.append(contentsOf: new.value.utf8)
                    from = at + pattern.count
                    replaced += 1
                }
                if replaced == 0 { return nil }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: hay[from..<hay.count]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }
}
