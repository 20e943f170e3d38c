/// A range of instructions whose exceptions go to `handler`, with the stack cut back to `depth`.
struct ExceptionHandlerEntry {
    let start: Int
    let end: Int
    let handler: Int
    let depth: Int
}

/// Compiled bytecode for one scope (module, class body, function, lambda, comprehension).
public final class CodeObject: HeapObject {
    struct Flags: OptionSet {
        let rawValue: UInt32
        static let varArgs = Flags(rawValue: 1 << 0)
        static let varKeywords = Flags(rawValue: 1 << 1)
        static let generator = Flags(rawValue: 1 << 2)
        /// Names resolve through a locals dict (module and class bodies).
        static let usesNameLookup = Flags(rawValue: 1 << 3)
        static let nested = Flags(rawValue: 1 << 4)
    }

    let name: String
    let qualifiedName: String
    let filename: String
    let firstLine: Int
    var codeFlags: Flags = []
    /// Each instruction is `opcode | argument << 8`.
    var instructions: ContiguousArray<UInt32> = []
    var lineNumbers: ContiguousArray<Int32> = []
    /// Source columns of each instruction's expression (for CPython 3.11's traceback carets).
    var positions: ContiguousArray<SourceSpan> = []
    var constants: ContiguousArray<Value> = []
    var names: ContiguousArray<StrObject> = []
    var localNames: [StrObject] = []
    var cellNames: [StrObject] = []
    var freeNames: [StrObject] = []
    /// For each cell, the argument index it is initialised from, or -1.
    var cellArgumentIndex: [Int] = []
    var argumentCount = 0
    var positionalOnlyCount = 0
    var keywordOnlyCount = 0
    var stackSize = 0
    var exceptionTable: [ExceptionHandlerEntry] = []
    /// The docstring constant (owned), or None.
    var docstring: Value = .none

    /// Stable copies of `instructions` and `constants` for the dispatch loop (made by `prepare`).
    private(set) var instructionPointer: UnsafeMutablePointer<UInt32> = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    private(set) var constantPointer: UnsafeMutablePointer<Value> = UnsafeMutablePointer<Value>.allocate(capacity: 1)

    /// Copies the finished bytecode and constants into buffers whose addresses never change.
    func prepare() {
        instructionPointer.deallocate()
        constantPointer.deallocate()
        instructionPointer = UnsafeMutablePointer<UInt32>.allocate(capacity: max(instructions.count, 1))
        instructionPointer.initialize(from: Array(instructions), count: instructions.count)
        constantPointer = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
        constantPointer.initialize(from: Array(constants), count: constants.count)
    }

    deinit {
        instructionPointer.deallocate()
        constantPointer.deallocate()
    }

    init(type: TypeObject, name: String, qualifiedName: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        super.init(type: type)
    }

    /// Locals, then cells, then free variables: the frame's fast slots.
    var slotCount: Int { localNames.count + cellNames.count + freeNames.count }
    var totalArgumentCount: Int {
        argumentCount + keywordOnlyCount + (codeFlags.contains(.varArgs) ? 1 : 0) + (codeFlags.contains(.varKeywords) ? 1 : 0)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        for constant in constants { body(constant) }
    }

    override func releaseReferences(_ heap: Heap) {
        let oldConstants = constants
        constants = []
        for constant in oldConstants { heap.release(constant) }
        heap.release(docstring)
        docstring = .none
        let allNames = Array(names) + localNames + cellNames + freeNames
        names = []
        localNames = []
        cellNames = []
        freeNames = []
        for name in allNames { heap.release(name) }
    }

    func line(at pc: Int) -> Int {
        if pc >= 0 && pc < lineNumbers.count { return Int(lineNumbers[pc]) }
        return firstLine
    }

    func handler(for pc: Int) -> ExceptionHandlerEntry? {
        for entry in exceptionTable where pc >= entry.start && pc < entry.end { return entry }
        return nil
    }
}

/// Where an expression sits in the source, for traceback carets.
struct SourceSpan {
    var line: Int32
    var column: Int32
    var endLine: Int32
    var endColumn: Int32
    static let unknown = SourceSpan(line: 0, column: -1, endLine: 0, endColumn: -1)
}
