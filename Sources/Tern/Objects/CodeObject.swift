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
    @exclusivity(unchecked) var codeFlags: Flags = []
    /// Each instruction is `opcode | argument << 8`.
    @exclusivity(unchecked) var instructions: ContiguousArray<UInt32> = []
    @exclusivity(unchecked) var lineNumbers: ContiguousArray<Int32> = []
    /// Source columns of each instruction's expression (for CPython 3.11's traceback carets).
    @exclusivity(unchecked) var positions: ContiguousArray<SourceSpan> = []
    @exclusivity(unchecked) var constants: ContiguousArray<Value> = []
    @exclusivity(unchecked) var names: ContiguousArray<StrObject> = []
    @exclusivity(unchecked) var localNames: [StrObject] = []
    @exclusivity(unchecked) var cellNames: [StrObject] = []
    @exclusivity(unchecked) var freeNames: [StrObject] = []
    /// For each cell, the argument index it is initialised from, or -1.
    @exclusivity(unchecked) var cellArgumentIndex: [Int] = []
    @exclusivity(unchecked) var argumentCount = 0
    @exclusivity(unchecked) var positionalOnlyCount = 0
    @exclusivity(unchecked) var keywordOnlyCount = 0
    @exclusivity(unchecked) var stackSize = 0
    @exclusivity(unchecked) var exceptionTable: [ExceptionHandlerEntry] = []
    /// The docstring constant (owned), or None.
    @exclusivity(unchecked) var docstring: Value = .none
    /// `name` (interned) and `qualifiedName` as str objects (owned), made by the first function
    /// made from this code and shared by the rest, as CPython's co_name and co_qualname.
    @exclusivity(unchecked) var nameObject: Unmanaged<StrObject>? = nil
    @exclusivity(unchecked) var qualifiedNameObject: Unmanaged<StrObject>? = nil

    /// One inline cache per instruction, for attribute, method and global lookups (made by `prepare`).
    @exclusivity(unchecked) private(set) var inlineCaches: UnsafeMutablePointer<InlineCache> = UnsafeMutablePointer<InlineCache>.allocate(capacity: 1)
    /// `localNames` as unmanaged references, for argument binding without Swift retains.
    @exclusivity(unchecked) private(set) var localNamePointers: UnsafeMutablePointer<Unmanaged<StrObject>> = UnsafeMutablePointer<Unmanaged<StrObject>>.allocate(capacity: 1)
    /// `names` as unmanaged references, so the dispatch loop reads them without Swift retains.
    @exclusivity(unchecked) private(set) var namePointer: UnsafeMutablePointer<Unmanaged<StrObject>> = UnsafeMutablePointer<Unmanaged<StrObject>>.allocate(capacity: 1)

    /// Stable copies of `instructions` and `constants` for the dispatch loop (made by `prepare`).
    @exclusivity(unchecked) private(set) var instructionPointer: UnsafeMutablePointer<UInt32> = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    @exclusivity(unchecked) private(set) var constantPointer: UnsafeMutablePointer<Value> = UnsafeMutablePointer<Value>.allocate(capacity: 1)

    /// Copies the finished bytecode and constants into buffers whose addresses never change.
    func prepare() {
        slotCount = localNames.count + cellNames.count + freeNames.count
        let plain = keywordOnlyCount == 0 && cellNames.isEmpty
            && codeFlags.isDisjoint(with: [.varArgs, .varKeywords, .generator])
        plainCallArity = plain ? argumentCount : -1
        freeVariableCount = freeNames.count
        instructionPointer.deallocate()
        constantPointer.deallocate()
        instructionPointer = UnsafeMutablePointer<UInt32>.allocate(capacity: max(instructions.count, 1))
        instructionPointer.initialize(from: Array(instructions), count: instructions.count)
        Superinstructions.fuse(instructionPointer, count: instructions.count)
        constantPointer = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
        constantPointer.initialize(from: Array(constants), count: constants.count)
        inlineCaches.deallocate()
        inlineCaches = UnsafeMutablePointer<InlineCache>.allocate(capacity: max(instructions.count, 1) * InlineCache.ways)
        inlineCaches.initialize(repeating: InlineCache(), count: max(instructions.count, 1) * InlineCache.ways)
        localNamePointers.deallocate()
        localNamePointers = UnsafeMutablePointer<Unmanaged<StrObject>>.allocate(capacity: max(localNames.count, 1))
        for (i, name) in localNames.enumerated() { (localNamePointers + i).initialize(to: Unmanaged.passUnretained(name)) }
        namePointer.deallocate()
        namePointer = UnsafeMutablePointer<Unmanaged<StrObject>>.allocate(capacity: max(names.count, 1))
        for (i, name) in names.enumerated() { (namePointer + i).initialize(to: Unmanaged.passUnretained(name)) }
    }

    deinit {
        instructionPointer.deallocate()
        constantPointer.deallocate()
        inlineCaches.deallocate()
        namePointer.deallocate()
        localNamePointers.deallocate()
    }

    init(type: TypeObject, name: String, qualifiedName: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
        super.init(type: type)
    }

    /// Locals, then cells, then free variables: the frame's fast slots.
    @exclusivity(unchecked) private(set) var slotCount = 0
    /// The positional argument count of a call that needs no binding work beyond clearing the
    /// other locals and installing the closure's cells (no keyword-only or star parameters, no
    /// cells of its own; not a generator); -1 when calls always take the general path.
    @exclusivity(unchecked) private(set) var plainCallArity = -1
    /// `freeNames.count`: the closure cells a call installs after the locals and cells.
    @exclusivity(unchecked) private(set) var freeVariableCount = 0
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
        if let nameObject { heap.release(nameObject.takeUnretainedValue()) }
        if let qualifiedNameObject { heap.release(qualifiedNameObject.takeUnretainedValue()) }
        nameObject = nil
        qualifiedNameObject = nil
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

/// What an attribute, method or global instruction found last time, valid while the receiver's type
/// (or the globals dict) is unchanged. Cached objects are borrowed from the type or dict that holds them:
/// a change there gives the type a new version (or the dict a new keys version), so a stale entry never matches.
struct InlineCache {
    enum Kind: UInt8 {
        case empty
        /// The type has no attribute of this name: it can only be in the instance dict.
        case instanceDict
        /// The same for an instance of an exception class (its dict lives on the ExceptionObject).
        case exceptionDict
        /// A `__slots__` slot at `index`.
        case slot
        /// A plain function found on the type (LOAD_METHOD pushes it unbound with self).
        case method
        /// A method of a builtin type implemented in Swift.
        case nativeMethod
        /// A global at entry `index` of the globals dict (`owner`), for keys version `typeVersion`.
        case global
        /// A builtin at entry `index` of the builtins dict, while the globals dict lacks the name.
        case builtin
        /// A class whose call runs the Python `__init__` in `value` on a new plain instance.
        case constructor
        /// A class whose instances come from object.__new__ and object.__init__: calling it with
        /// no arguments only makes the instance.
        case plainConstructor
        /// `module.name`: entry `index` of the module dict at `owner`, while its version is `typeVersion`.
        case moduleAttribute
        /// A property of the type whose getter (`value`) is implemented in Swift (`finalize.alive`).
        case nativeProperty
    }
    var typeVersion: Int = -1
    var kind: Kind = .empty
    var index: Int = 0
    /// Globals: the builtins dict keys version; otherwise unused.
    var secondaryVersion: Int = -1
    var value: Unmanaged<HeapObject>? = nil
    var owner: UnsafeMutableRawPointer? = nil

    /// Entries per instruction: a call site that sees a few receiver types keeps them all.
    static let ways = 8

    /// The entry of an instruction's caches for a receiver type version, if any.
    @inline(__always)
    static func entry(_ caches: UnsafeMutablePointer<InlineCache>, version: Int) -> UnsafeMutablePointer<InlineCache>? {
        var i = 0
        while i < ways {
            if caches[i].typeVersion == version { return caches + i }
            i &+= 1
        }
        return nil
    }

    /// The entry to overwrite next: an empty one, else rotate (the first entry's index counts fills).
    static func wayToFill(_ caches: UnsafeMutablePointer<InlineCache>) -> UnsafeMutablePointer<InlineCache> {
        for i in 0..<ways where caches[i].kind == .empty { return caches + i }
        let victim = caches[0].secondaryVersion & (ways - 1)
        caches[0].secondaryVersion &+= 1
        return caches + victim
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
