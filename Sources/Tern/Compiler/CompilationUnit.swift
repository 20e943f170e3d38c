/// A label: an instruction index known once placed.
struct Label: Hashable {
    let id: Int
}

/// A control-flow block the compiler must unwind on `break`, `continue` and `return`.
enum FrameBlock {
    case loop(start: Label, end: Label, isForLoop: Bool)
    case tryExcept
    case finallyTry(body: [Statement], handlerDepth: Int)
    case finallyEnd
    case with
    case handlerCleanup(name: String?)
}

/// The bytecode being built for one scope, with stack-depth tracking.
final class CompilationUnit {
    let scope: Scope
    let name: String
    let qualifiedName: String
    var instructions: [UInt32] = []
    var lineNumbers: [Int32] = []
    var spans: [SourceSpan] = []
    var handlerAt: [Int32] = []
    var constants: [Value] = []
    var constantKeys: [ConstantKey: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var labelPositions: [Int] = []
    var labelDepths: [Int: Int] = [:]
    var pendingJumps: [(instruction: Int, label: Label)] = []
    var depth = 0
    var maximumDepth = 0
    var reachable = true
    var currentSpan = SourceSpan.unknown
    /// Handlers: (label, stack depth at setup). The innermost is last.
    var handlers: [(label: Label, depth: Int)] = []
    var handlerTable: [(label: Label, depth: Int)] = []
    var blocks: [FrameBlock] = []
    var docstring: String? = nil
    var firstLine: Int

    init(scope: Scope, name: String, qualifiedName: String, firstLine: Int) {
        self.scope = scope
        self.name = name
        self.qualifiedName = qualifiedName
        self.firstLine = firstLine
        self.currentSpan = SourceSpan(line: Int32(firstLine), column: -1, endLine: Int32(firstLine), endColumn: -1)
    }

    func makeLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    func place(_ label: Label) {
        labelPositions[label.id] = instructions.count
        if !reachable, let d = labelDepths[label.id] { depth = d }
        else if let d = labelDepths[label.id], d > depth { depth = d }
        reachable = true
    }

    func emit(_ op: Opcode, _ argument: Int = 0) {
        instructions.append(UInt32(op.rawValue) | UInt32(truncatingIfNeeded: argument) << 8)
        lineNumbers.append(currentSpan.line)
        spans.append(currentSpan)
        handlerAt.append(handlers.isEmpty ? -1 : Int32(currentHandlerIndex))
        depth += CompilationUnit.stackEffect(op, argument, branch: false)
        if depth > maximumDepth { maximumDepth = depth }
        switch op {
        case .jump, .returnValue, .raise, .reraise, .popExceptAndReraise:
            reachable = false
        default: break
        }
    }

    private var currentHandlerIndex: Int {
        let top = handlers.last!
        if let i = handlerTable.lastIndex(where: { $0.label == top.label }) { return i }
        handlerTable.append(top)
        return handlerTable.count - 1
    }

    func emitJump(_ op: Opcode, to label: Label) {
        let branchDepth = depth + CompilationUnit.stackEffect(op, 0, branch: true)
        pendingJumps.append((instructions.count, label))
        emit(op, 0)
        if let existing = labelDepths[label.id] {
            labelDepths[label.id] = max(existing, branchDepth)
        } else {
            labelDepths[label.id] = branchDepth
        }
    }

    /// Starts a region whose exceptions go to `label`, with the stack cut back to `stackDepth`
    /// (by default the current depth).
    func pushHandler(_ label: Label, stackDepth: Int? = nil) {
        let handlerDepth = stackDepth ?? depth
        handlers.append((label, handlerDepth))
        labelDepths[label.id] = handlerDepth + 1
        if handlerDepth + 1 > maximumDepth { maximumDepth = handlerDepth + 1 }
    }

    func popHandler() {
        handlers.removeLast()
    }

    /// Net stack change of an instruction (the jump case when `branch`).
    static func stackEffect(_ op: Opcode, _ arg: Int, branch: Bool) -> Int {
        switch op {
        case .nop: return 0
        case .popTop: return -1
        case .copy: return 1
        case .swap: return 0
        case .loadConstant, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName: return 1
        case .storeFast, .storeDeref, .storeGlobal, .storeName: return -1
        case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName: return 0
        case .loadAttribute: return 0
        case .storeAttribute: return -2
        case .deleteAttribute: return -1
        case .loadMethod: return 1
        case .binaryOperation, .inplaceOperation, .compare, .isOperation, .containsOperation: return -1
        case .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot: return 0
        case .binarySubscript: return -1
        case .storeSubscript: return -3
        case .deleteSubscript: return -2
        case .buildSlice: return 1 - arg
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - arg
        case .buildMap: return 1 - 2 * arg
        case .listAppend, .setAdd: return -1
        case .mapAdd: return -2
        case .listExtend, .setUpdate, .dictUpdate, .dictMerge: return -1
        case .listToTuple: return 0
        case .formatValue: return (arg & 4) != 0 ? -1 : 0
        case .unpackSequence: return arg - 1
        case .unpackStarred: return (arg & 0xFF) + (arg >> 8)
        case .jump: return 0
        case .popJumpIfFalse, .popJumpIfTrue: return -1
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return branch ? 0 : -1
        case .getIterator: return 0
        case .forIterator: return branch ? -1 : 1
        case .call: return -(arg & 0xFFFF) - ((arg >> 16) & 1)
        case .callKeywords: return -arg - 1
        case .callMethod: return -(arg & 0xFFFF) - 1 - ((arg >> 16) & 1)
        case .callExtended: return -1 - (arg & 1)
        case .makeFunction:
            return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1))
        case .returnValue: return -1
        case .yieldValue: return 0
        case .yieldFrom: return branch ? -1 : -1
        case .getYieldFromIterator: return 0
        case .raise: return -arg
        case .reraise: return -1
        case .pushExceptionInfo: return 1
        case .popExcept: return -1
        case .popExceptAndReraise: return -2
        case .checkExceptionMatch: return 0
        case .beforeWith: return 1
        case .withExceptStart: return 1
        case .withExitNormally: return -1
        case .loadBuildClass: return 1
        case .importName: return -1
        case .importFrom: return 1
        case .importStar: return -1
        case .loadAssertionError: return 1
        case .printExpression: return -1
        case .makeCell, .setupAnnotations, .generatorStart: return 0
        case .loadLocals: return 1
        case .loadFastLoadFast, .loadFastLoadConstant, .storeFastLoadFast, .loadFastLoadAttribute,
             .loadFastStoreAttribute, .compareJumpIfFalse, .forIteratorStoreFast, .inplaceOperationStoreFast,
             .isJumpIfFalse, .isJumpIfTrue, .loadFastConstantOperation, .loadFastConstantInplaceStore,
             .loadFastConstantSubscript, .jumpForIterator:
            preconditionFailure("superinstructions are made after compilation")
        }
    }

    /// Resolves jumps and builds the exception table.
    func finish() -> (instructions: ContiguousArray<UInt32>, table: [ExceptionHandlerEntry]) {
        var result = ContiguousArray(instructions)
        for (position, label) in pendingJumps {
            let target = labelPositions[label.id]
            let op = result[position] & 0xFF
            result[position] = op | UInt32(target) << 8
        }
        var table: [ExceptionHandlerEntry] = []
        var i = 0
        while i < handlerAt.count {
            let h = handlerAt[i]
            if h < 0 { i += 1; continue }
            var j = i
            while j < handlerAt.count && handlerAt[j] == h { j += 1 }
            let entry = handlerTable[Int(h)]
            table.append(ExceptionHandlerEntry(start: i, end: j, handler: labelPositions[entry.label.id], depth: entry.depth))
            i = j
        }
        return (result, table)
    }
}

/// Deduplication key for constants.
enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case float(UInt64)
    case str(ExactText)
    case bigInt(String)
    /// A folded tuple of constants, by its items' keys.
    case tuple([ConstantKey])
    case unique(Int)
}
