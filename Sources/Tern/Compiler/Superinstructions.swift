/// Fusing common instruction pairs into superinstructions.
///
/// Every dispatch through the loop's one indirect jump costs a likely branch
/// misprediction, so the pairs that dominate real programs (measured on
/// Benchmarks/programs: local and constant loads, `self.x`, compare-and-branch,
/// `for x in …`, `x += …`, `x OP constant`) run as one instruction. As in CPython
/// 3.11, only the first instruction's opcode changes: the others stay in place,
/// intact, so a jump to one still runs it alone, instruction indices (inline
/// caches, line and exception tables) do not move, and a superinstruction that
/// meets anything unusual does just its first instruction and lets the rest run
/// normally.
enum Superinstructions {
    /// Rewrites fusable runs in `words` (the dispatch loop's copy of the bytecode).
    static func fuse(_ words: UnsafeMutablePointer<UInt32>, count: Int) {
        let original = Array(UnsafeBufferPointer(start: words, count: count))
        func opcode(_ i: Int) -> Opcode? {
            i < count ? Opcode(rawValue: UInt8(truncatingIfNeeded: original[i])) : nil
        }
        func argument(_ i: Int) -> Int { Int(original[i] >> 8) }
        for i in 0..<count {
            guard let first = opcode(i), let second = opcode(i + 1) else { continue }
            var fused = fusion(first, second)
            // Longer runs, decided on the original instructions.
            if first == .loadFast && second == .loadConstant {
                if opcode(i + 2) == .binaryOperation {
                    fused = .loadFastConstantOperation
                } else if opcode(i + 2) == .binarySubscript {
                    fused = .loadFastConstantSubscript
                } else if opcode(i + 2) == .inplaceOperation && opcode(i + 3) == .storeFast && argument(i + 3) == argument(i) {
                    fused = .loadFastConstantInplaceStore
                }
            }
            // A loop's back edge also takes the loop's next step.
            if first == .jump, opcode(argument(i)) == .forIterator, opcode(argument(i) + 1) == .storeFast {
                fused = .jumpForIterator
            }
            if let fused { words[i] = (words[i] & ~0xFF) | UInt32(fused.rawValue) }
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
        case (.isOperation, .popJumpIfFalse): return .isJumpIfFalse
        case (.isOperation, .popJumpIfTrue): return .isJumpIfTrue
        case (.forIterator, .storeFast): return .forIteratorStoreFast
        case (.inplaceOperation, .storeFast): return .inplaceOperationStoreFast
        default: return nil
        }
    }
}
