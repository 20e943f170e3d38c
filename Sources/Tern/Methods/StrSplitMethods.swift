/// split, rsplit, splitlines, partition, rpartition and join.
extension Interpreter {
    func installStrSplitMethods() {
        let str = types.str.dict!
        define(str, "split", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            try vm.strSplit(args, "split", fromEnd: false)
        }
        define(str, "rsplit", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            try vm.strSplit(args, "rsplit", fromEnd: true)
        }
        define(str, "splitlines", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let s = try vm.strReceiver(args, "splitlines")
            let bound = try vm.bindOptional(args, "splitlines", ["keepends"])
            var keepEnds = false
            if let flag = bound[0] {
                if vm.isFloatLike(flag) { throw vm.makeError("TypeError", "'float' object cannot be interpreted as an integer") }
                keepEnds = try vm.isTrue(flag)
            }
            if s.isASCII {
                let ranges = s.withUTF8 { bytes in
                    lineRanges(count: bytes.count, keepEnds: keepEnds, isBreak: { Unicode.Scalar(bytes[$0]).isLineBreak },
                               isCRLF: { $0 + 1 < bytes.count && bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A })
                }
                return vm.makeFields(s, ranges, scalarUnits: false)
            }
            let scalars = s.scalars
            let ranges = lineRanges(count: scalars.count, keepEnds: keepEnds, isBreak: { scalars[$0].isLineBreak },
                                    isCRLF: { $0 + 1 < scalars.count && scalars[$0] == "\r" && scalars[$0 + 1] == "\n" })
            return vm.makeFields(s, ranges, scalarUnits: true)
        }
        define(str, "partition", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            try vm.strPartition(args, "partition", fromEnd: false)
        }
        define(str, "rpartition", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            try vm.strPartition(args, "rpartition", fromEnd: true)
        }
        define(str, "join", owner: "str") { (vm, args) throws(ScriptError) -> Value in
            let separator = try vm.strReceiver(args, "join")
            try vm.checkMethodArity(args, "str", "join", min: 1, max: 1)
            return try vm.joinStrings(separator, args[1])
        }
    }

    private func strSplit(_ args: Arguments, _ name: String, fromEnd: Bool) throws(ScriptError) -> Value {
        let s = try strReceiver(args, name)
        let bound = try bindOptional(args, name, ["sep", "maxsplit"])
        var limit = try bound[1].map { (v) throws(ScriptError) in try sizeArgument(v) } ?? -1
        if limit < 0 { limit = Int.max }
        if let separatorValue = bound[0], !separatorValue.isNone {
            guard let separator = separatorValue.asStr else {
                throw makeError("TypeError", "must be str or None, not \(typeName(separatorValue))")
            }
            if separator.count == 0 { throw makeError("ValueError", "empty separator") }
            let ranges = s.withUTF8 { hay in
                separator.withUTF8 { pattern in
                    separatedRanges(hay, pattern, limit: limit, fromEnd: fromEnd)
                }
            }
            return makeFields(s, ranges, scalarUnits: false)
        }
        if s.isASCII {
            let ranges = s.withUTF8 { bytes in
                whitespaceRanges(count: bytes.count, limit: limit, fromEnd: fromEnd) { Unicode.Scalar(bytes[$0]).isPythonSpace }
            }
            return makeFields(s, ranges, scalarUnits: false)
        }
        let scalars = s.scalars
        let ranges = whitespaceRanges(count: scalars.count, limit: limit, fromEnd: fromEnd) { scalars[$0].isPythonSpace }
        return makeFields(s, ranges, scalarUnits: true)
    }

    private func strPartition(_ args: Arguments, _ name: String, fromEnd: Bool) throws(ScriptError) -> Value {
        let s = try strReceiver(args, name)
        try checkMethodArity(args, "str", name, min: 1, max: 1)
        let separator = try requireStr(args[1], "must be str, not \(typeName(args[1]))")
        if separator.count == 0 { throw makeError("ValueError", "empty separator") }
        let found = fromEnd ? s.lastIndex(of: separator, start: 0, end: s.count) : s.firstIndex(of: separator, start: 0, end: s.count)
        guard let at = found else {
            let empty = symbol("")
            return fromEnd ? makeTuple([empty.retainedValue, empty.retainedValue, s.retainedValue])
                           : makeTuple([s.retainedValue, empty.retainedValue, empty.retainedValue])
        }
        let head = s.substring(start: 0, end: at), tail = s.substring(start: at + separator.count, end: s.count)
        if s.isASCII { return makeTuple([makeStr(ascii: head), separator.retainedValue, makeStr(ascii: tail)]) }
        return makeTuple([makeStr(head), separator.retainedValue, makeStr(tail)])
    }

    /// `separator.join(iterable)`.
    func joinStrings(_ separator: StrObject, _ iterable: Value) throws(ScriptError) -> Value {
        var items: [Value] = []
        if iterable.asObject(ListObject.self) != nil || iterable.asObject(TupleObject.self) != nil {
            items = try collect(iterable)
        } else {
            let iterator: Value
            do throws(ScriptError) {
                iterator = try getIterator(iterable)
            } catch {
                if error.object.type === types.typeError! {
                    heap.release(error.object)
                    throw makeError("TypeError", "can only join an iterable")
                }
                throw error
            }
            defer { iterator.release(heap) }
            do throws(ScriptError) {
                while let next = try nextFromIterator(iterator) { items.append(next) }
            } catch {
                for item in items { item.release(heap) }
                throw error
            }
        }
        defer { for item in items { item.release(heap) } }
        for (i, item) in items.enumerated() where item.asStr == nil {
            throw makeError("TypeError", "sequence item \(i): expected str instance, \(typeName(item)) found")
        }
        if items.count == 1 && typeOf(items[0]) === types.str { return items[0].retained() }
        // Items alternate with separators: piece 2k is item k, piece 2k + 1 a separator.
        let separatorReference = Unmanaged.passUnretained(separator)
        return items.withUnsafeBufferPointer { items in
            concatenation(of: Swift.max(0, items.count * 2 - 1)) { i in
                i & 1 == 0 ? strReference(items[i >> 1]) : separatorReference
            }
        }
    }

    /// A value the caller checked is a str, as an unmanaged reference (the empty str otherwise).
    @inline(__always)
    func strReference(_ value: Value) -> Unmanaged<StrObject> {
        guard case .object(let reference) = value else { return Unmanaged.passUnretained(intern("")) }
        return unsafeBitCast(reference, to: Unmanaged<StrObject>.self)
    }

    /// The concatenation of `count` strs (`piece(i)`), made with one allocation; the code point
    /// count carries over when every piece knows its own.
    func concatenation(of count: Int, _ piece: (Int) -> Unmanaged<StrObject>) -> Value {
        var byteCount = 0
        var scalarCount: Int? = 0
        var isASCII = true
        for i in 0..<count {
            piece(i)._withUnsafeGuaranteedRef { s in
                byteCount += s.value.utf8.count
                if let known = s.countIfKnown, let sum = scalarCount {
                    scalarCount = sum + known
                    isASCII = isASCII && s.isASCII
                } else {
                    scalarCount = nil
                }
            }
        }
        let text = String(joining: count, byteCount: byteCount, piece)
        if let scalarCount { return makeStr(text, count: scalarCount, isASCII: isASCII) }
        return makeStr(text)
    }

    /// A list of the pieces of `s` at the given ranges (UTF-8 byte ranges, or code point ranges).
    func makeFields(_ s: StrObject, _ ranges: [Range<Int>], scalarUnits: Bool) -> Value {
        var items = ContiguousArray<Value>()
        items.reserveCapacity(ranges.count)
        if ranges.count == 1 && ranges[0].lowerBound == 0 && ranges[0].upperBound == (scalarUnits ? s.count : s.value.utf8.count)
            && s.type === types.str {
            items.append(s.retainedValue)
            return makeList(items)
        }
        if scalarUnits {
            let scalars = s.scalars
            for range in ranges { items.append(makeStr(String(scalars: scalars[range]))) }
        } else {
            let pieces = s.withUTF8 { bytes in ranges.map { bytes.string($0) } }
            for piece in pieces { items.append(s.isASCII ? makeStr(ascii: piece) : makeStr(piece)) }
        }
        return makeList(items)
    }
}

/// Ranges of the words of a sequence of `count` units separated by runs of
/// whitespace, splitting at most `limit` times; the unsplit remainder keeps its
/// whitespace on the far side, as CPython's `split(None, n)` does.
private func whitespaceRanges(count: Int, limit: Int, fromEnd: Bool, isSpace: (Int) -> Bool) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var splits = 0
    if !fromEnd {
        var i = 0
        while true {
            while i < count && isSpace(i) { i += 1 }
            if i == count { break }
            if splits == limit {
                ranges.append(i..<count)
                break
            }
            let start = i
            while i < count && !isSpace(i) { i += 1 }
            ranges.append(start..<i)
            splits += 1
        }
        return ranges
    }
    var i = count
    while true {
        while i > 0 && isSpace(i - 1) { i -= 1 }
        if i == 0 { break }
        if splits == limit {
            ranges.append(0..<i)
            break
        }
        let end = i
        while i > 0 && !isSpace(i - 1) { i -= 1 }
        ranges.append(i..<end)
        splits += 1
    }
    return ranges.reversed()
}

/// Byte ranges of `hay` between occurrences of `pattern`, at most `limit` splits.
private func separatedRanges(_ hay: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>,
                             limit: Int, fromEnd: Bool) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(8)
    var splits = 0
    if !fromEnd && pattern.count == 1 {
        // One-byte separators (",", "\n", " "): a plain scan.
        let separator = pattern[0]
        var from = 0
        var i = 0
        while i < hay.count && splits < limit {
            if hay[i] == separator {
                ranges.append(from..<i)
                from = i &+ 1
                splits &+= 1
            }
            i &+= 1
        }
        ranges.append(from..<hay.count)
        return ranges
    }
    if !fromEnd {
        var from = 0
        while splits < limit, let at = ByteSearch.first(pattern, in: hay, from: from, to: hay.count) {
            ranges.append(from..<at)
            from = at + pattern.count
            splits += 1
        }
        ranges.append(from..<hay.count)
        return ranges
    }
    var to = hay.count
    while splits < limit, let at = ByteSearch.last(pattern, in: hay, from: 0, to: to) {
        ranges.append((at + pattern.count)..<to)
        to = at
        splits += 1
    }
    ranges.append(0..<to)
    return ranges.reversed()
}

/// Line ranges for `splitlines`, with or without their line boundaries.
private func lineRanges(count: Int, keepEnds: Bool, isBreak: (Int) -> Bool, isCRLF: (Int) -> Bool) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < count {
        if isBreak(i) {
            let breakLength = isCRLF(i) ? 2 : 1
            ranges.append(start..<(keepEnds ? i + breakLength : i))
            i += breakLength
            start = i
        } else {
            i += 1
        }
    }
    if start < count { ranges.append(start..<count) }
    return ranges
}
