/// Tern's bytecode. Each instruction is a 32-bit word: the opcode in the low
/// byte and a 24-bit argument above it. Jump arguments are absolute
/// instruction indices.
enum Opcode: UInt8 {
    case nop
    case popTop
    /// Push a copy of the value `argument` slots down (1 = top).
    case copy
    /// Swap the top with the value `argument` slots down (2 = second).
    case swap
    case loadConstant
    case loadFast
    case storeFast
    case deleteFast
    /// Push a cell's contents (argument: slot of the cell).
    case loadDeref
    case storeDeref
    case deleteDeref
    /// Push the cell object itself (for building closures).
    case loadClosure
    /// In a class body: look in the namespace first, then the cell.
    case loadClassDeref
    case loadGlobal
    case storeGlobal
    case deleteGlobal
    case loadName
    case storeName
    case deleteName
    case loadAttribute
    case storeAttribute
    case deleteAttribute
    /// Push [function, self] for an unbound method, or [marker, callable].
    case loadMethod
    case binaryOperation
    case inplaceOperation
    case unaryNegative
    case unaryPositive
    case unaryInvert
    case unaryNot
    /// Argument: CompareOperator raw value (ordering and equality only).
    case compare
    /// Argument 0: `is`, 1: `is not`.
    case isOperation
    /// Argument 0: `in`, 1: `not in`.
    case containsOperation
    case binarySubscript
    case storeSubscript
    case deleteSubscript
    case buildSlice
    case buildTuple
    case buildList
    case buildSet
    case buildMap
    /// Append top to the list `argument` slots down (comprehensions).
    case listAppend
    case setAdd
    case mapAdd
    case listExtend
    case setUpdate
    case dictUpdate
    /// Like dictUpdate but rejects duplicate keys (for `f(**a, **b)`).
    case dictMerge
    case listToTuple
    case buildString
    /// Argument bits: 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a spec is on the stack.
    case formatValue
    case unpackSequence
    /// Argument: count before the star | count after << 8.
    case unpackStarred
    case jump
    case popJumpIfFalse
    case popJumpIfTrue
    case jumpIfFalseOrPop
    case jumpIfTrueOrPop
    case getIterator
    /// Push the next item, or pop the iterator and jump when exhausted.
    case forIterator
    case call
    /// The top of the stack is a tuple of keyword names for the last arguments.
    case callKeywords
    case callMethod
    /// Stack: callable, args tuple, kwargs dict (when argument & 1).
    case callExtended
    /// Argument bits: 1 defaults tuple, 2 keyword defaults dict, 8 annotations dict, 4 closure
    /// tuple (pushed in that order).
    case makeFunction
    case returnValue
    case yieldValue
    /// Delegate to the iterator below the sent value; yields its values until it ends.
    case yieldFrom
    case getYieldFromIterator
    /// Argument 0: re-raise the handled exception; 1: raise top; 2: raise with cause.
    case raise
    /// Re-raise the exception on top (end of a handler that did not match).
    case reraise
    /// Handler entry: below the exception, push the previously handled exception.
    case pushExceptionInfo
    /// Pop the saved previous handled exception and restore it.
    case popExcept
    /// Pop exception and saved previous; restore previous; raise the exception.
    case popExceptAndReraise
    /// Stack: exception, type → exception, bool.
    case checkExceptionMatch
    /// Replace the context manager on top with its bound __exit__ and the result of __enter__.
    case beforeWith
    /// Stack: exit, previous, exception → call exit(type, value, traceback) and push the result.
    case withExceptStart
    /// Stack: exit → call exit(None, None, None) and pop it.
    case withExitNormally
    case loadBuildClass
    case importName
    case importFrom
    case importStar
    case loadAssertionError
    /// Interactive mode: print and store in `_` via sys.displayhook semantics.
    case printExpression
    /// Make a cell from the local in slot `argument` (arguments captured by closures).
    case makeCell
    case setupAnnotations
    /// Generator start: the first resume must send None.
    case generatorStart
    /// Pop an exception while leaving a generator on `return` (converts StopIteration).
    case loadLocals

    // Superinstructions (see Superinstructions.swift): each does the work of its own instruction
    // and the next one, whose word it reads for the second argument, then skips it. Only the
    // loader makes them; the compiler never emits them.
    /// LOAD_FAST a; LOAD_FAST b.
    case loadFastLoadFast
    /// LOAD_FAST a; LOAD_CONST c.
    case loadFastLoadConstant
    /// STORE_FAST a; LOAD_FAST b.
    case storeFastLoadFast
    /// LOAD_FAST a; LOAD_ATTR name (cache hits only).
    case loadFastLoadAttribute
    /// LOAD_FAST a; STORE_ATTR name (cache hits only).
    case loadFastStoreAttribute
    /// COMPARE_OP op; POP_JUMP_IF_FALSE target (ints and floats only).
    case compareJumpIfFalse
    /// FOR_ITER exit; STORE_FAST a (builtin iterators only).
    case forIteratorStoreFast
    /// INPLACE_OP op; STORE_FAST a (small ints and floats only).
    case inplaceOperationStoreFast
    /// IS_OP; POP_JUMP_IF_FALSE target.
    case isJumpIfFalse
    /// IS_OP; POP_JUMP_IF_TRUE target.
    case isJumpIfTrue
    /// LOAD_FAST a; LOAD_CONST c; BINARY_OP op (small ints and floats only).
    case loadFastConstantOperation
    /// LOAD_FAST a; LOAD_CONST c; INPLACE_OP op; STORE_FAST a (small ints and floats only).
    case loadFastConstantInplaceStore
    /// LOAD_FAST a; LOAD_CONST c; BINARY_SUBSCR (builtin containers only).
    case loadFastConstantSubscript
    /// JUMP back to a FOR_ITER; STORE_FAST pair, whose next step it takes (builtin iterators only).
    case jumpForIterator
}

extension UInt32 {
    @inline(__always) var opcode: Opcode { Opcode(rawValue: UInt8(truncatingIfNeeded: self))! }
    @inline(__always) var argument: Int { Int(self >> 8) }
}
