/// Fusing common instruction pairs into superinstructions.
///
/// Every dispatch through the loop's one indirect jump costs a likely branch
/// misprediction, so the pairs that dominate real programs (measured on
/// Benchmarks/programs: local and constant loads, `self.x`, compare-and-branch,
/// `for x in …`, `x += …`) run as one instruction. As in CPython 3.11, only the
/// first instruction's opcode changes: the second stays in place, intact, so a
/// jump to it still runs it alone, instruction indices (inline caches, line and
/// exception tables) do not move, and a superinstruction that meets anything
/// unusual does just its first half and lets the second run normally.
enum Superinstructions {
    /// Rewrites fusable pairs in `words` (the dispatch loop's copy of the bytecode).
    static func fuse(_ words: UnsafeMutablePointer<UInt32>, count: Int) {
        var i = 0
        while i + 1 < count {
            let first = Opcode(rawValue: UInt8(truncatingIfNeeded: words[i]))
            let second = Opcode(rawValue: UInt8(truncatingIfNeeded: words[i + 1]))
            if let first, let second, let fused = fusion(first, second) {
                words[i] = (words[i] & ~0xFF) | UInt32(fused.rawValue)
            }
            i += 1
        }
    }

    /// The superinstruction for `first` followed by `second`, if there is one.
    static func fusion(_ first: Opcode, _ second: Opcode) -> Opcode? {
        switch (first, second) {
        case (.loadFast, .loadFast): return .loadFastLoadFast
        case (.loadFast, .loadConstant): return .loadFastLoadConstant
        case (.loadFast, .loadAttribute): return .loadFastLoadAttribute
        case (.loadFast, .storeAttribute): return .loadFastStoreAttribute
        case (.storeFast, .loadFast): return .storeFastLoadFast
        case (.compare, .popJumpIfFalse): return .compareJumpIfFalse
        case (.forIterator, .storeFast): return .forIteratorStoreFast
        case (.inplaceOperation, .storeFast): return .inplaceOperationStoreFast
        default: return nil
        }
    }
}
