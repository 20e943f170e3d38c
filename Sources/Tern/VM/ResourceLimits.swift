import BigInt

extension Interpreter {
    /// Enters one level of native recursion that CPython counts against the recursion limit
    /// (`_Py_EnterRecursiveCall`): comparing nested containers, for instance. Throws
    /// RecursionError with CPython's suffix (" in comparison") when the limit or the native
    /// stack runs out; pair with `leaveNativeRecursion()`.
    @inline(__always)
    func enterNativeRecursion(_ suffix: String) throws(ScriptError) {
        guard callDepth < recursionLimit, stackGuard.hasRoom() else {
            throw makeError("RecursionError", "maximum recursion depth exceeded" + suffix)
        }
        callDepth &+= 1
    }

    @inline(__always)
    func leaveNativeRecursion() {
        callDepth &-= 1
    }
}

extension Interpreter {
    /// Hashes a tuple nested too deeply to recurse on the native stack (CPython's tuplehash has
    /// no recursion limit): the nested tuples are hashed innermost first with an explicit stack,
    /// each then needing only its children's cached hashes.
    func hashDeepTuple(_ root: TupleObject) throws(ScriptError) -> Int {
        var stack: [(tuple: TupleObject, next: Int)] = [(root, 0)]
        while let (tuple, next) = stack.last {
            if next < tuple.items.count {
                stack[stack.count - 1].next += 1
                if let child = tuple.items[next].asObject(TupleObject.self), !child.type.isHeapType, child.cachedHash == nil {
                    stack.append((child, 0))
                }
                continue
            }
            stack.removeLast()
            var acc: UInt64 = 2870177450012600261
            for item in tuple.items {
                let itemHash: Int
                if let child = item.asObject(TupleObject.self), let cached = child.cachedHash { itemHash = cached } else { itemHash = try hash(item) }
                let lane = UInt64(bitPattern: Int64(itemHash))
                acc = acc &+ lane &* 14029467366897019727
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* 11400714785074694791
            }
            acc = acc &+ (UInt64(tuple.items.count) ^ (2870177450012600261 ^ 3527539))
            var h = Int(bitPattern: UInt(acc))
            if h == -1 { h = 1546275796 }
            tuple.cachedHash = h
        }
        return root.cachedHash!
    }
}

extension Interpreter {
    /// The most code points a str built by padding (center, zfill, format widths) may have; past
    /// it the allocation is refused with MemoryError, as CPython's would fail, instead of running
    /// the machine out of memory (or for ever).
    static let maximumPaddedLength = 1 << 31

    /// MemoryError when a padded str would be longer than `maximumPaddedLength`.
    func checkPaddedLength(_ length: Int) throws(ScriptError) {
        if length > Interpreter.maximumPaddedLength { throw makeError("MemoryError", nil) }
    }

    /// The count for repeating a sequence of `length` items `n` times, as CPython checks it:
    /// OverflowError when `n` does not fit an index, MemoryError when the result would pass
    /// `limit` items (`overflowMessage`, when given, is CPython's OverflowError for a result
    /// whose length does not fit an index, as `str` reports it).
    func repeatCount(_ n: BigInt, length: Int, limit: Int, overflowMessage: String? = nil) throws(ScriptError) -> Int {
        if n > BigInt(Int.max) { throw makeError("OverflowError", "cannot fit 'int' into an index-sized integer") }
        let count = n < 0 ? 0 : Int(n)
        guard count > 0 && length > 0 else { return count }
        if let overflowMessage, length > Int.max / count { throw makeError("OverflowError", overflowMessage) }
        if length > limit / count { throw makeError("MemoryError", nil) }
        return count
    }
}
