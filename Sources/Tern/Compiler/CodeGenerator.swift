import BigInt

/// Turns a syntax tree into code objects.
final class CodeGenerator {
    unowned let vm: Interpreter
    let filename: String
    let symbols: SymbolTableBuilder
    private var unit: CompilationUnit
    private var units: [CompilationUnit] = []
    /// Interactive input: expression statements print their value.
    let interactive: Bool

    private init(vm: Interpreter, filename: String, symbols: SymbolTableBuilder, interactive: Bool) {
        self.vm = vm
        self.filename = filename
        self.symbols = symbols
        self.interactive = interactive
        self.unit = CompilationUnit(scope: symbols.module, name: "<module>", qualifiedName: "<module>", firstLine: 1)
    }

    /// Compiles a module body into a code object (owned).
    static func compileModule(_ statements: [Statement], filename: String, vm: Interpreter,
                              interactive: Bool = false) throws(SyntaxErrorInfo) -> CodeObject {
        let symbols = try SymbolTableBuilder.build(statements)
        let generator = CodeGenerator(vm: vm, filename: filename, symbols: symbols, interactive: interactive)
        return try generator.compileModuleBody(statements)
    }

    private func compileModuleBody(_ statements: [Statement]) throws(SyntaxErrorInfo) -> CodeObject {
        if let first = statements.first { unit.firstLine = first.location.line }
        try compileBody(statements, isModule: true)
        if unit.reachable {
            emitConstant(.none)
            unit.emit(.returnValue)
        }
        return makeCode(flags: [.usesNameLookup], argumentCount: 0)
    }

    // MARK: Helpers

    private func error(_ message: String, _ location: Location) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, line: location.line, column: location.column + 1,
                        endColumn: location.endLine == location.line ? location.endColumn + 1 : location.column + 2)
    }

    private func setLocation(_ location: Location) {
        unit.currentSpan = SourceSpan(line: Int32(location.line), column: Int32(location.column),
                                      endLine: Int32(location.endLine), endColumn: Int32(location.endColumn))
    }

    private func constantIndex(_ key: ConstantKey, make: () -> Value) -> Int {
        if let i = unit.constantKeys[key] { return i }
        unit.constants.append(make())
        unit.constantKeys[key] = unit.constants.count - 1
        return unit.constants.count - 1
    }

    private func emitConstant(_ constant: Constant) {
        let index: Int
        switch constant {
        case .none: index = constantIndex(.none) { .none }
        case .ellipsis: index = constantIndex(.ellipsis) { vm.ellipsis.retainedValue }
        case .bool(let b): index = constantIndex(.bool(b)) { .bool(b) }
        case .int(let i): index = constantIndex(.int(i)) { .int(i) }
        case .float(let d): index = constantIndex(.float(d.bitPattern)) { .float(d) }
        case .str(let s): index = constantIndex(.str(ExactText(s))) { vm.intern(s).retainedValue }
        case .bigInt(let b): index = constantIndex(.bigInt(b.description)) { vm.makeInt(b) }
        }
        unit.emit(.loadConstant, index)
    }

    private func emitConstantValue(_ value: Value) {
        let index = unit.constants.count
        unit.constants.append(value)
        unit.constantKeys[.unique(index)] = index
        unit.emit(.loadConstant, index)
    }

    /// Loads a folded constant (owned), sharing the slot of an equal one as CPython's constant
    /// merging does; the value is released when an equal constant is already there.
    private func emitFoldedConstant(_ value: Value) {
        guard let key = constantKey(of: value) else { return emitConstantValue(value) }
        if let i = unit.constantKeys[key] {
            value.release(vm.heap)
            unit.emit(.loadConstant, i)
            return
        }
        unit.constants.append(value)
        unit.constantKeys[key] = unit.constants.count - 1
        unit.emit(.loadConstant, unit.constants.count - 1)
    }

    /// The deduplication key of a folded constant: equal keys mean same type and same value.
    private func constantKey(of value: Value) -> ConstantKey? {
        switch value {
        case .none: return ConstantKey.none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d.bitPattern)
        case .object(let reference):
            let object = reference.takeUnretainedValue()
            if let text = object as? StrObject, object.type === vm.types.str { return .str(ExactText(text.value)) }
            if let big = object as? IntObject, object.type === vm.types.int { return .bigInt(big.value.description) }
            if object === vm.ellipsis { return .ellipsis }
            if let tuple = object as? TupleObject, object.type === vm.types.tuple {
                var keys: [ConstantKey] = []
                for item in tuple.items {
                    guard let key = constantKey(of: item) else { return nil }
                    keys.append(key)
                }
                return .tuple(keys)
            }
            return nil
        }
    }

    private func nameIndex(_ name: String) -> Int {
        if let i = unit.nameIndex[name] { return i }
        unit.names.append(name)
        unit.nameIndex[name] = unit.names.count - 1
        return unit.names.count - 1
    }

    /// Private names (`__x` in a class) are mangled to `_Class__x`.
    private var className: String? {
        var scope: Scope? = unit.scope
        while let s = scope {
            if s.kind == .classBody { return s.name }
            scope = s.parent
        }
        return nil
    }

    private func mangle(_ name: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains("."), let owner = className else { return name }
        let stripped = owner.drop(while: { $0 == "_" })
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    private func makeCode(flags: CodeObject.Flags, argumentCount: Int, positionalOnly: Int = 0, keywordOnly: Int = 0) -> CodeObject {
        let (instructions, table) = unit.finish()
        let code = CodeObject(type: vm.types.code, name: unit.name, qualifiedName: unit.qualifiedName, filename: filename,
                              firstLine: unit.firstLine)
        code.instructions = instructions
        code.lineNumbers = ContiguousArray(unit.lineNumbers)
        code.positions = ContiguousArray(unit.spans)
        code.constants = ContiguousArray(unit.constants)
        code.names = ContiguousArray(unit.names.map { vm.intern($0).retainedObject })
        code.localNames = unit.scope.kind == .module || unit.scope.kind == .classBody ? [] : unit.scope.locals.map { vm.intern($0).retainedObject }
        code.cellNames = unit.scope.cells.map { vm.intern($0).retainedObject }
        code.freeNames = unit.scope.frees.map { vm.intern($0).retainedObject }
        code.cellArgumentIndex = unit.scope.cells.map { name in
            unit.scope.parameters.firstIndex(of: name) ?? -1
        }
        code.argumentCount = argumentCount
        code.positionalOnlyCount = positionalOnly
        code.keywordOnlyCount = keywordOnly
        code.stackSize = unit.maximumDepth + 2
        code.exceptionTable = table
        var allFlags = flags
        if unit.scope.isGenerator { allFlags.insert(.generator) }
        code.codeFlags = allFlags
        if let doc = unit.docstring { code.docstring = vm.intern(doc).retainedValue }
        code.prepare()
        vm.heap.register(code)
        return code
    }

    // MARK: Names

    private func emitName(_ rawName: String, _ context: NameContext) {
        let name = mangle(rawName)
        let scope = unit.scope
        switch scope.access(of: name) {
        case .local:
            let slot = scope.index(ofLocal: name)!
            unit.emit(context == .load ? .loadFast : context == .store ? .storeFast : .deleteFast, slot)
        case .cell, .free:
            let slot = scope.slot(ofCellOrFree: name)!
            if scope.kind == .classBody && context == .load {
                unit.emit(.loadClassDeref, slot | nameIndex(name) << 12)
            } else {
                unit.emit(context == .load ? .loadDeref : context == .store ? .storeDeref : .deleteDeref, slot)
            }
        case .globalExplicit, .globalImplicit:
            if scope.kind == .module || (scope.kind == .classBody && scope.access[name] == nil) {
                unit.emit(context == .load ? .loadName : context == .store ? .storeName : .deleteName, nameIndex(name))
            } else {
                unit.emit(context == .load ? .loadGlobal : context == .store ? .storeGlobal : .deleteGlobal, nameIndex(name))
            }
        case .name:
            unit.emit(context == .load ? .loadName : context == .store ? .storeName : .deleteName, nameIndex(name))
        }
    }

    private enum NameContext { case load, store, delete }

    // MARK: Statements

    private func compileBody(_ statements: [Statement], isModule: Bool = false) throws(SyntaxErrorInfo) {
        var body = statements[...]
        // A console entry has no docstring (a string typed at the prompt is echoed); the
        // functions and classes it defines do.
        if let first = body.first, case .expression(let e) = first.kind, case .constant(.str(let doc)) = e.kind,
           !(interactive && isModule) {
            unit.docstring = doc
            if isModule || unit.scope.kind == .classBody {
                setLocation(first.location)
                emitConstant(.str(doc))
                emitName("__doc__", .store)
            }
            body = body.dropFirst()
        }
        if (isModule || unit.scope.kind == .classBody) && CodeGenerator.containsAnnotations(statements) {
            unit.emit(.setupAnnotations)
        }
        for statement in body { try compile(statement) }
    }

    /// Whether a module or class body annotates a variable anywhere outside nested functions and
    /// classes (it then gets an `__annotations__` dict, as in CPython).
    private static func containsAnnotations(_ statements: [Statement]) -> Bool {
        statements.contains { statement in
            switch statement.kind {
            case .annotatedAssign: return true
            case .ifStatement(_, let body, let orElse), .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
                return containsAnnotations(body) || containsAnnotations(orElse)
            case .tryStatement(let body, let handlers, let orElse, let finally):
                return containsAnnotations(body) || handlers.contains { containsAnnotations($0.body) }
                    || containsAnnotations(orElse) || containsAnnotations(finally)
            case .with(_, let body): return containsAnnotations(body)
            default: return false
            }
        }
    }

    private func compile(_ statements: [Statement]) throws(SyntaxErrorInfo) {
        for statement in statements { try compile(statement) }
    }

    private func compile(_ statement: Statement) throws(SyntaxErrorInfo) {
        setLocation(statement.location)
        switch statement.kind {
        case .expression(let expression):
            if interactive && unit.scope.kind == .module {
                try compile(expression)
                unit.emit(.printExpression)
            } else if case .constant = expression.kind {
                // A bare constant has no effect.
            } else {
                try compile(expression)
                unit.emit(.popTop)
            }
        case .assign(let targets, let value):
            try compile(value)
            for (i, target) in targets.enumerated() {
                if i < targets.count - 1 { unit.emit(.copy, 1) }
                try compileStore(target)
            }
        case .augmentedAssign(let target, let op, let value):
            try compileAugmented(target, op, value)
        case .annotatedAssign(let target, let annotation, let value, let simple):
            if let value {
                try compile(value)
                try compileStore(target)
            }
            if simple && (unit.scope.kind == .module || unit.scope.kind == .classBody), case .name(let name) = target.kind {
                // __annotations__[name] = annotation
                try compile(annotation)
                emitName("__annotations__", .load)
                emitConstant(.str(mangle(name)))
                unit.emit(.storeSubscript)
            } else if case .attribute(let object, _) = target.kind, value == nil {
                try compile(object)
                unit.emit(.popTop)
            }
        case .delete(let targets):
            for target in targets { try compileDelete(target) }
        case .pass:
            break
        case .breakLoop:
            try compileBreakContinue(isBreak: true, statement.location)
        case .continueLoop:
            try compileBreakContinue(isBreak: false, statement.location)
        case .returnValue(let value):
            guard unit.scope.isFunctionLike else { throw error("'return' outside function", statement.location) }
            if let value {
                try compile(value)
            } else {
                emitConstant(.none)
            }
            try unwindBlocks(preservingTop: true, upTo: nil)
            setLocation(statement.location)
            unit.emit(.returnValue)
        case .raise(let exception, let cause):
            if let exception {
                try compile(exception)
                if let cause {
                    try compile(cause)
                    unit.emit(.raise, 2)
                } else {
                    unit.emit(.raise, 1)
                }
            } else {
                unit.emit(.raise, 0)
            }
        case .global, .nonlocal:
            break
        case .assert(let test, let message):
            let end = unit.makeLabel()
            try compileCondition(test, jumpIfTrue: true, to: end)
            if let span = failedAssertSpan(test) { setLocation(span) }
            unit.emit(.loadAssertionError)
            if let message {
                try compile(message)
                unit.emit(.call, 1)
            }
            unit.emit(.raise, 1)
            unit.place(end)
        case .importModules(let aliases):
            for alias in aliases {
                emitConstant(.int(0))
                emitConstant(.none)
                unit.emit(.importName, nameIndex(alias.name))
                if let asName = alias.asName {
                    let parts = alias.name.split(separator: ".")
                    for part in parts.dropFirst() {
                        unit.emit(.importFrom, nameIndex(String(part)))
                        unit.emit(.swap, 2)
                        unit.emit(.popTop)
                    }
                    emitName(asName, .store)
                } else {
                    emitName(String(alias.name.split(separator: ".").first!), .store)
                }
            }
        case .importFrom(let module, let aliases, let level):
            emitConstant(.int(level))
            let names = aliases.map { vm.intern($0.name).retainedValue }
            emitConstantValue(vm.makeTuple(names))
            unit.emit(.importName, nameIndex(module ?? ""))
            if aliases.first?.name == "*" {
                unit.emit(.importStar)
            } else {
                for alias in aliases {
                    unit.emit(.importFrom, nameIndex(alias.name))
                    emitName(alias.asName ?? alias.name, .store)
                }
                unit.emit(.popTop)
            }
        case .ifStatement(let test, let body, let orElse):
            let elseLabel = unit.makeLabel()
            let end = unit.makeLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compile(body)
            if !orElse.isEmpty {
                if unit.reachable { unit.emitJump(.jump, to: end) }
                unit.place(elseLabel)
                try compile(orElse)
                unit.place(end)
            } else {
                unit.place(elseLabel)
            }
        case .whileLoop(let test, let body, let orElse):
            let start = unit.makeLabel()
            let end = unit.makeLabel()
            let elseLabel = unit.makeLabel()
            unit.place(start)
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            unit.blocks.append(.loop(start: start, end: end, isForLoop: false))
            try compile(body)
            unit.blocks.removeLast()
            if unit.reachable { unit.emitJump(.jump, to: start) }
            unit.place(elseLabel)
            try compile(orElse)
            unit.place(end)
        case .forLoop(let target, let iterable, let body, let orElse):
            let start = unit.makeLabel()
            let end = unit.makeLabel()
            let exhausted = unit.makeLabel()
            try compile(iterable)
            unit.emit(.getIterator)
            unit.place(start)
            setLocation(statement.location)
            unit.emitJump(.forIterator, to: exhausted)
            try compileStore(target)
            unit.blocks.append(.loop(start: start, end: end, isForLoop: true))
            try compile(body)
            unit.blocks.removeLast()
            if unit.reachable { unit.emitJump(.jump, to: start) }
            unit.place(exhausted)
            try compile(orElse)
            unit.place(end)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            if finally.isEmpty {
                try compileTryExcept(body, handlers, orElse)
            } else {
                try compileTryFinally(finally) { () throws(SyntaxErrorInfo) in
                    if handlers.isEmpty {
                        try self.compile(body)
                    } else {
                        try self.compileTryExcept(body, handlers, orElse)
                    }
                }
            }
        case .with(let items, let body):
            try compileWith(items[...], body)
        case .functionDefinition(let definition):
            try compileFunction(definition)
        case .classDefinition(let definition):
            try compileClass(definition)
        }
    }

    private func compileBreakContinue(isBreak: Bool, _ location: Location) throws(SyntaxErrorInfo) {
        guard let loopIndex = unit.blocks.lastIndex(where: { if case .loop = $0 { return true }; return false }) else {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", location)
        }
        guard case .loop(let start, let end, let isForLoop) = unit.blocks[loopIndex] else { return }
        try unwindBlocks(preservingTop: false, upTo: loopIndex)
        if isBreak {
            if isForLoop { unit.emit(.popTop) }
            unit.emitJump(.jump, to: end)
        } else {
            unit.emitJump(.jump, to: start)
        }
    }

    /// Emits the cleanup of every block above `upTo` (exclusive), innermost first.
    private func unwindBlocks(preservingTop: Bool, upTo: Int?) throws(SyntaxErrorInfo) {
        let saved = unit.blocks
        let savedHandlers = unit.handlers
        var i = saved.count - 1
        let stop = upTo ?? -1
        while i > stop {
            let block = saved[i]
            unit.blocks = Array(saved[..<i])
            switch block {
            case .loop(_, _, let isForLoop):
                if isForLoop {
                    if preservingTop { unit.emit(.swap, 2) }
                    unit.emit(.popTop)
                }
            case .tryExcept:
                unit.popHandlerInBody()
            case .finallyTry(let body, _):
                unit.popHandlerInBody()
                try compile(body)
            case .finallyEnd:
                // Inside a finally block run for an exception: drop exception, restore previous.
                if preservingTop { unit.emit(.swap, 2) }
                unit.emit(.popTop)
                if preservingTop { unit.emit(.swap, 2) }
                unit.emit(.popExcept)
                unit.popHandlerInBody()
            case .with:
                unit.popHandlerInBody()
                if preservingTop { unit.emit(.swap, 2) }
                unit.emit(.withExitNormally)
            case .handlerCleanup(let name):
                unit.popHandlerInBody(count: name == nil ? 1 : 2)
                if preservingTop { unit.emit(.swap, 2) }
                unit.emit(.popExcept)
                if let name {
                    emitConstant(.none)
                    emitName(name, .store)
                    emitName(name, .delete)
                }
            }
            i -= 1
        }
        unit.blocks = saved
        unit.handlers = savedHandlers
    }

    private func compileTryExcept(_ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement]) throws(SyntaxErrorInfo) {
        let handlerLabel = unit.makeLabel()
        let end = unit.makeLabel()
        let elseLabel = unit.makeLabel()
        // The depth after the statement; when the body always raises, no jump carries it to `elseLabel`.
        let entryDepth = unit.depth
        unit.pushHandler(handlerLabel)
        unit.blocks.append(.tryExcept)
        try compile(body)
        unit.blocks.removeLast()
        unit.popHandler()
        if unit.reachable { unit.emitJump(.jump, to: elseLabel) }
        // Handler: stack is [..., exception].
        unit.place(handlerLabel)
        let cleanup = unit.makeLabel()
        unit.emit(.pushExceptionInfo)  // [..., previous, exception]
        unit.pushHandler(cleanup)
        for handler in handlers {
            setLocation(handler.location)
            let next = unit.makeLabel()
            if let type = handler.type {
                try compile(type)
                unit.emit(.checkExceptionMatch)
                unit.emitJump(.popJumpIfFalse, to: next)
            }
            if let name = handler.name {
                emitName(name, .store)
                // The name is cleared however the handler body is left.
                let nameCleanup = unit.makeLabel()
                unit.pushHandler(nameCleanup)
                unit.blocks.append(.handlerCleanup(name: name))
                try compile(handler.body)
                unit.blocks.removeLast()
                unit.popHandler()
                if unit.reachable {
                    unit.emit(.popExcept)
                    emitConstant(.none)
                    emitName(name, .store)
                    emitName(name, .delete)
                    unit.emitJump(.jump, to: end)
                }
                unit.place(nameCleanup)
                emitConstant(.none)
                emitName(name, .store)
                emitName(name, .delete)
                unit.emit(.reraise)
            } else {
                unit.emit(.popTop)
                unit.blocks.append(.handlerCleanup(name: nil))
                try compile(handler.body)
                unit.blocks.removeLast()
                if unit.reachable {
                    unit.emit(.popExcept)
                    unit.emitJump(.jump, to: end)
                }
            }
            unit.place(next)
        }
        if unit.reachable { unit.emit(.reraise) }
        unit.popHandler()
        unit.place(cleanup)
        unit.emit(.popExceptAndReraise)
        unit.place(elseLabel)
        unit.depth = entryDepth
        try compile(orElse)
        unit.place(end)
    }

    private func compileTryFinally(_ finally: [Statement], body: () throws(SyntaxErrorInfo) -> Void) throws(SyntaxErrorInfo) {
        let handlerLabel = unit.makeLabel()
        let end = unit.makeLabel()
        let entryDepth = unit.depth
        unit.pushHandler(handlerLabel)
        unit.blocks.append(.finallyTry(body: finally, handlerDepth: unit.depth))
        try body()
        unit.blocks.removeLast()
        unit.popHandler()
        if unit.reachable {
            try compile(finally)
            if unit.reachable { unit.emitJump(.jump, to: end) }
        }
        unit.place(handlerLabel)
        let cleanup = unit.makeLabel()
        unit.emit(.pushExceptionInfo)
        unit.pushHandler(cleanup)
        unit.blocks.append(.finallyEnd)
        try compile(finally)
        unit.blocks.removeLast()
        if unit.reachable { unit.emit(.reraise) }
        unit.popHandler()
        unit.place(cleanup)
        unit.emit(.popExceptAndReraise)
        unit.place(end)
        unit.depth = entryDepth
    }

    private func compileWith(_ items: ArraySlice<WithItem>, _ body: [Statement]) throws(SyntaxErrorInfo) {
        guard let item = items.first else {
            try compile(body)
            return
        }
        // BEFORE_WITH carries the whole statement's span, as in CPython (a failed __enter__
        // lookup shows no carets).
        let statementSpan = unit.currentSpan
        let location = item.context.location
        try compile(item.context)
        unit.currentSpan = statementSpan
        unit.emit(.beforeWith)  // [exit, entered]
        let handlerLabel = unit.makeLabel()
        let end = unit.makeLabel()
        // The handler sees only `exit`: `entered` is stored or popped before the body runs.
        unit.pushHandler(handlerLabel, stackDepth: unit.depth - 1)
        unit.blocks.append(.with)
        if let target = item.target {
            try compileStore(target)
        } else {
            unit.emit(.popTop)
        }
        try compileWith(items.dropFirst(), body)
        unit.blocks.removeLast()
        unit.popHandler()
        if unit.reachable {
            setLocation(location)
            unit.emit(.withExitNormally)
            unit.emitJump(.jump, to: end)
        }
        // [exit, exception]
        unit.place(handlerLabel)
        setLocation(location)
        let cleanup = unit.makeLabel()
        let suppress = unit.makeLabel()
        unit.emit(.pushExceptionInfo)  // [exit, previous, exception]
        unit.pushHandler(cleanup)
        unit.emit(.withExceptStart)  // [exit, previous, exception, result]
        unit.emitJump(.popJumpIfTrue, to: suppress)
        unit.emit(.reraise)
        unit.place(suppress)
        unit.emit(.popTop)  // exception
        unit.emit(.popExcept)  // previous
        unit.emit(.popTop)  // exit
        unit.popHandler()
        unit.emitJump(.jump, to: end)
        unit.place(cleanup)
        unit.emit(.popExceptAndReraise)
        unit.place(end)
    }

    private func compileAugmented(_ target: Expression, _ op: BinaryOperator, _ value: Expression) throws(SyntaxErrorInfo) {
        // The operation itself points at the whole statement, as in CPython.
        let statementSpan = unit.currentSpan
        switch target.kind {
        case .name(let name):
            emitName(name, .load)
            try compile(value)
            unit.currentSpan = statementSpan
            unit.emit(.inplaceOperation, op.rawValue)
            emitName(name, .store)
        case .attribute(let object, let name):
            try compile(object)
            unit.emit(.copy, 1)
            setLocation(target.location)
            unit.emit(.loadAttribute, nameIndex(mangle(name)))
            try compile(value)
            unit.currentSpan = statementSpan
            unit.emit(.inplaceOperation, op.rawValue)
            unit.emit(.swap, 2)
            unit.emit(.storeAttribute, nameIndex(mangle(name)))
        case .subscription(let object, let index):
            try compile(object)
            try compile(index)
            unit.emit(.copy, 2)
            unit.emit(.copy, 2)
            setLocation(target.location)
            unit.emit(.binarySubscript)
            try compile(value)
            unit.currentSpan = statementSpan
            unit.emit(.inplaceOperation, op.rawValue)
            unit.emit(.swap, 3)
            unit.emit(.swap, 2)
            unit.emit(.storeSubscript)
        default:
            throw error("'\(target)' is an illegal expression for augmented assignment", target.location)
        }
    }

    private func compileStore(_ target: Expression) throws(SyntaxErrorInfo) {
        switch target.kind {
        case .name(let name):
            // As CPython, the store is located at its target (what a report of a death it causes shows).
            setLocation(target.location)
            emitName(name, .store)
        case .attribute(let object, let name):
            try compile(object)
            setLocation(target.location)
            unit.emit(.storeAttribute, nameIndex(mangle(name)))
        case .subscription(let object, let index):
            try compile(object)
            try compile(index)
            setLocation(target.location)
            unit.emit(.storeSubscript)
        case .tuple(let items), .list(let items):
            setLocation(target.location)
            if let starIndex = items.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                if items[(starIndex + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
                    throw error("multiple starred expressions in assignment", target.location)
                }
                let after = items.count - starIndex - 1
                unit.emit(.unpackStarred, starIndex | after << 8)
            } else {
                unit.emit(.unpackSequence, items.count)
            }
            for item in items { try compileStore(item) }
        case .starred(let inner):
            try compileStore(inner)
        default:
            throw error("cannot assign to expression", target.location)
        }
    }

    private func compileDelete(_ target: Expression) throws(SyntaxErrorInfo) {
        setLocation(target.location)
        switch target.kind {
        case .name(let name):
            emitName(name, .delete)
        case .attribute(let object, let name):
            try compile(object)
            setLocation(target.location)
            unit.emit(.deleteAttribute, nameIndex(mangle(name)))
        case .subscription(let object, let index):
            try compile(object)
            try compile(index)
            setLocation(target.location)
            unit.emit(.deleteSubscript)
        case .tuple(let items), .list(let items):
            for item in items { try compileDelete(item) }
        default:
            throw error("cannot delete expression", target.location)
        }
    }

    // MARK: Functions and classes

    private func compileDefaults(_ parameters: Parameters) throws(SyntaxErrorInfo) -> Int {
        var flags = 0
        if !parameters.defaults.isEmpty {
            for d in parameters.defaults { try compile(d) }
            unit.emit(.buildTuple, parameters.defaults.count)
            flags |= 1
        }
        let keywordDefaults = zip(parameters.keywordOnly, parameters.keywordDefaults).filter { $0.1 != nil }
        if !keywordDefaults.isEmpty {
            for (parameter, value) in keywordDefaults {
                emitConstant(.str(parameter.name))
                try compile(value!)
            }
            unit.emit(.buildMap, keywordDefaults.count)
            flags |= 2
        }
        return flags
    }

    /// Evaluates a def's parameter and return annotations into a dict, in CPython's order
    /// (positional, *args, keyword-only, **kwargs, return); returns whether there were any.
    private func compileAnnotations(_ parameters: Parameters, returns: Expression?) throws(SyntaxErrorInfo) -> Bool {
        var annotated: [(String, Expression)] = []
        for p in parameters.positionalOnly + parameters.positional { if let a = p.annotation { annotated.append((p.name, a)) } }
        if let p = parameters.varArgs, let a = p.annotation { annotated.append((p.name, a)) }
        for p in parameters.keywordOnly { if let a = p.annotation { annotated.append((p.name, a)) } }
        if let p = parameters.varKeywords, let a = p.annotation { annotated.append((p.name, a)) }
        if let returns { annotated.append(("return", returns)) }
        if annotated.isEmpty { return false }
        for (name, annotation) in annotated {
            emitConstant(.str(mangle(name)))
            try compile(annotation)
        }
        unit.emit(.buildMap, annotated.count)
        return true
    }

    private func qualifiedName(for name: String) -> String {
        var prefix = ""
        let scope = unit.scope
        switch scope.kind {
        case .module: prefix = ""
        case .classBody: prefix = unit.qualifiedName + "."
        default: prefix = unit.qualifiedName + ".<locals>."
        }
        return prefix + name
    }

    /// Emits the closure tuple for a child scope's free variables; returns whether one was emitted.
    private func emitClosure(for child: Scope) -> Bool {
        if child.frees.isEmpty { return false }
        for name in child.frees {
            let slot = unit.scope.slot(ofCellOrFree: name) ?? 0
            unit.emit(.loadClosure, slot)
        }
        unit.emit(.buildTuple, child.frees.count)
        return true
    }

    private func compileFunction(_ definition: FunctionDefinition) throws(SyntaxErrorInfo) {
        for decorator in definition.decorators { try compile(decorator) }
        setLocation(definition.location)
        var flags = try compileDefaults(definition.parameters)
        if try compileAnnotations(definition.parameters, returns: definition.returns) { flags |= 8 }
        let scope = symbols.scope(for: definition)
        let code = try compileFunctionBody(scope: scope, name: definition.name, parameters: definition.parameters,
                                           firstLine: definition.location.line) { () throws(SyntaxErrorInfo) in
            try self.compileBody(definition.body)
        }
        if emitClosure(for: scope) { flags |= 4 }
        emitConstantValue(code.asValue)
        setLocation(definition.location)
        unit.emit(.makeFunction, flags)
        for _ in definition.decorators { unit.emit(.call, 1) }
        emitName(definition.name, .store)
    }

    private func compileFunctionBody(scope: Scope, name: String, parameters: Parameters, firstLine: Int,
                                     body: () throws(SyntaxErrorInfo) -> Void) throws(SyntaxErrorInfo) -> CodeObject {
        let qualified = qualifiedName(for: name)
        let outer = unit
        unit = CompilationUnit(scope: scope, name: name, qualifiedName: qualified, firstLine: firstLine)
        defer { unit = outer }
        if scope.isGenerator { unit.emit(.generatorStart) }
        try body()
        if unit.reachable {
            emitConstant(.none)
            unit.emit(.returnValue)
        }
        var flags: CodeObject.Flags = [.nested]
        if parameters.varArgs != nil { flags.insert(.varArgs) }
        if parameters.varKeywords != nil { flags.insert(.varKeywords) }
        return makeCode(flags: flags, argumentCount: parameters.positionalOnly.count + parameters.positional.count,
                        positionalOnly: parameters.positionalOnly.count, keywordOnly: parameters.keywordOnly.count)
    }

    private func compileClass(_ definition: ClassDefinition) throws(SyntaxErrorInfo) {
        for decorator in definition.decorators { try compile(decorator) }
        setLocation(definition.location)
        let scope = symbols.scope(for: definition)
        let qualified = qualifiedName(for: definition.name)
        let outer = unit
        unit = CompilationUnit(scope: scope, name: definition.name, qualifiedName: qualified, firstLine: definition.location.line)
        setLocation(definition.location)
        emitName("__name__", .load)
        emitName("__module__", .store)
        emitConstant(.str(qualified))
        emitName("__qualname__", .store)
        try compileBody(definition.body)
        if scope.cells.contains("__class__") {
            unit.emit(.loadClosure, scope.slot(ofCellOrFree: "__class__")!)
            emitName("__classcell__", .store)
        }
        emitConstant(.none)
        unit.emit(.returnValue)
        let code = makeCode(flags: [.usesNameLookup, .nested], argumentCount: 0)
        unit = outer
        setLocation(definition.location)
        unit.emit(.loadBuildClass)
        var flags = 0
        if emitClosure(for: scope) { flags |= 4 }
        emitConstantValue(code.asValue)
        unit.emit(.makeFunction, flags)
        emitConstant(.str(definition.name))
        try compileCall(arguments: definition.bases, keywords: definition.keywords, extraPositional: 2)
        for _ in definition.decorators { unit.emit(.call, 1) }
        emitName(definition.name, .store)
    }

    /// The value CPython's AST optimizer folds `expression` into (owned), or nil when it stays an
    /// expression: literals, unary operators applied to constants, and tuples of constants.
    private func foldedConstantValue(_ expression: Expression) -> Value? {
        switch expression.kind {
        case .constant(let constant):
            switch constant {
            case .none: return Value.none
            case .ellipsis: return vm.ellipsis.retainedValue
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .str(let s): return vm.intern(s).retainedValue
            case .bigInt(let b): return vm.makeInt(b)
            }
        case .tuple(let items):
            var values: [Value] = []
            for item in items {
                guard let value = foldedConstantValue(item) else {
                    for v in values { v.release(vm.heap) }
                    return nil
                }
                values.append(value)
            }
            return vm.makeTuple(values)
        case .unary(let op, let operand):
            guard let value = foldedConstantValue(operand) else { return nil }
            defer { value.release(vm.heap) }
            // Only operations that cannot fail on these operands are folded, as in CPython.
            let isInteger = vm.isIntLike(value)
            let isNumber = isInteger || vm.floatValue(value) != nil
            do throws(ScriptError) {
                switch op {
                case .negative: return isNumber ? try vm.negative(value) : nil
                case .positive: return isNumber ? try vm.positive(value) : nil
                case .invert: return isInteger ? try vm.invert(value) : nil
                case .not: return .bool(!(try vm.isTrue(value)))
                }
            } catch {
                vm.heap.release(error.object)
                return nil
            }
        default: return nil
        }
    }

    /// The frozenset constant CPython compiles an all-constant set display into (owned), or nil.
    /// Its elements are added in display order, then re-added in that set's iteration order, as
    /// CPython's constant merging rebuilds the frozenset from its own elements.
    private func foldedFrozenSet(_ items: [Expression]) -> Value? {
        var values: [Value] = []
        defer { for v in values { v.release(vm.heap) } }
        for item in items {
            guard let value = foldedConstantValue(item) else { return nil }
            values.append(value)
        }
        let first = vm.makeSet(frozen: true)
        defer { vm.heap.release(first) }
        let rebuilt = vm.makeSet(frozen: true)
        do throws(ScriptError) {
            for value in values { try first.add(value, vm) }
            for value in first.elements { try rebuilt.add(value, vm) }
        } catch {
            // An unhashable constant (none are) would fail at run time instead.
            vm.heap.release(error.object)
            vm.heap.release(rebuilt)
            return nil
        }
        return rebuilt.asValue
    }

    // MARK: Expressions

    /// Compiles an expression; its own instructions carry its source span (for traceback carets
    /// and line numbers), and the enclosing expression's span is restored afterwards.
    private func compile(_ expression: Expression) throws(SyntaxErrorInfo) {
        let enclosing = unit.currentSpan
        setLocation(expression.location)
        try compileExpressionKind(expression)
        unit.currentSpan = enclosing
    }

    private func compileExpressionKind(_ expression: Expression) throws(SyntaxErrorInfo) {
        switch expression.kind {
        case .name(let name):
            setLocation(expression.location)
            emitName(name, .load)
        case .constant(let constant):
            emitConstant(constant)
        case .formatted(let parts):
            try compileFormatted(parts)
        case .tuple(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileStarredSequence(items)
                unit.emit(.listToTuple)
            } else if !items.isEmpty, let folded = foldedConstantValue(expression) {
                // A tuple of constants is one constant, made once (CPython's AST optimizer).
                emitFoldedConstant(folded)
            } else {
                for item in items { try compile(item) }
                unit.emit(.buildTuple, items.count)
            }
        case .list(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileStarredSequence(items)
            } else {
                for item in items { try compile(item) }
                unit.emit(.buildList, items.count)
            }
        case .set(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                unit.emit(.buildSet, 0)
                for item in items {
                    if case .starred(let inner) = item.kind {
                        try compile(inner)
                        unit.emit(.setUpdate, 1)
                    } else {
                        try compile(item)
                        unit.emit(.buildSet, 1)
                        unit.emit(.setUpdate, 1)
                    }
                }
            } else if items.count > 2, let constant = foldedFrozenSet(items) {
                // CPython folds an all-constant display into a frozenset constant and copies it into
                // a new set; the copy's table size, and so the iteration order, can differ from adding
                // the items one by one, so Tern does the same.
                unit.emit(.buildSet, 0)
                emitConstantValue(constant)
                setLocation(expression.location)
                unit.emit(.setUpdate, 1)
            } else {
                for item in items { try compile(item) }
                setLocation(expression.location)
                unit.emit(.buildSet, items.count)
            }
        case .dict(let keys, let values):
            if keys.contains(where: { $0 == nil }) {
                unit.emit(.buildMap, 0)
                var pending = 0
                for (key, value) in zip(keys, values) {
                    if let key {
                        try compile(key)
                        try compile(value)
                        pending += 1
                    } else {
                        if pending > 0 {
                            unit.emit(.buildMap, pending)
                            unit.emit(.dictUpdate, 1)
                            pending = 0
                        }
                        try compile(value)
                        setLocation(expression.location)
                        unit.emit(.dictUpdate, 1)
                    }
                }
                if pending > 0 {
                    unit.emit(.buildMap, pending)
                    unit.emit(.dictUpdate, 1)
                }
            } else {
                for (key, value) in zip(keys, values) {
                    try compile(key!)
                    try compile(value)
                }
                setLocation(expression.location)
                unit.emit(.buildMap, keys.count)
            }
        case .attribute(let object, let name):
            try compile(object)
            setLocation(expression.location)
            unit.emit(.loadAttribute, nameIndex(mangle(name)))
        case .subscription(let object, let index):
            try compile(object)
            try compile(index)
            setLocation(expression.location)
            unit.emit(.binarySubscript)
        case .slice(let lower, let upper, let step):
            if let lower { try compile(lower) } else { emitConstant(.none) }
            if let upper { try compile(upper) } else { emitConstant(.none) }
            if let step {
                try compile(step)
                unit.emit(.buildSlice, 3)
            } else {
                unit.emit(.buildSlice, 2)
            }
        case .starred:
            throw error("can't use starred expression here", expression.location)
        case .call(let function, let arguments, let keywords):
            try compileCallExpression(expression, function, arguments, keywords)
        case .binary(let op, let left, let right):
            try compile(left)
            try compile(right)
            setLocation(expression.location)
            unit.emit(.binaryOperation, op.rawValue)
        case .unary(let op, let operand):
            try compile(operand)
            setLocation(expression.location)
            switch op {
            case .negative: unit.emit(.unaryNegative)
            case .positive: unit.emit(.unaryPositive)
            case .invert: unit.emit(.unaryInvert)
            case .not: unit.emit(.unaryNot)
            }
        case .boolean(let isAnd, let values):
            let end = unit.makeLabel()
            for (i, value) in values.enumerated() {
                try compile(value)
                if i < values.count - 1 {
                    unit.emitJump(isAnd ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, to: end)
                }
            }
            unit.place(end)
        case .compare(let first, let rest):
            try compile(first)
            if rest.count == 1 {
                try compile(rest[0].1)
                setLocation(expression.location)
                emitComparison(rest[0].0)
            } else {
                let cleanup = unit.makeLabel()
                let end = unit.makeLabel()
                for (i, (op, operand)) in rest.enumerated() {
                    try compile(operand)
                    setLocation(expression.location)
                    if i < rest.count - 1 {
                        unit.emit(.swap, 2)
                        unit.emit(.copy, 2)
                        emitComparison(op)
                        unit.emitJump(.jumpIfFalseOrPop, to: cleanup)
                    } else {
                        emitComparison(op)
                    }
                }
                unit.emitJump(.jump, to: end)
                unit.place(cleanup)
                unit.emit(.swap, 2)
                unit.emit(.popTop)
                unit.place(end)
            }
        case .conditional(let test, let body, let orElse):
            let elseLabel = unit.makeLabel()
            let end = unit.makeLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compile(body)
            unit.emitJump(.jump, to: end)
            unit.place(elseLabel)
            try compile(orElse)
            unit.place(end)
        case .lambda(let parameters, let body):
            var flags = try compileDefaults(parameters)
            let scope = symbols.scope(for: expression)
            let code = try compileFunctionBody(scope: scope, name: "<lambda>", parameters: parameters,
                                               firstLine: expression.location.line) { () throws(SyntaxErrorInfo) in
                try self.compile(body)
                self.unit.emit(.returnValue)
            }
            if emitClosure(for: scope) { flags |= 4 }
            emitConstantValue(code.asValue)
            unit.emit(.makeFunction, flags)
        case .named(let target, let value):
            try compile(value)
            unit.emit(.copy, 1)
            emitName(target, .store)
        case .listComprehension(let element, let clauses):
            try compileComprehension(expression, clauses, kind: .list) { () throws(SyntaxErrorInfo) in
                try self.compile(element)
            }
        case .setComprehension(let element, let clauses):
            try compileComprehension(expression, clauses, kind: .set) { () throws(SyntaxErrorInfo) in
                try self.compile(element)
            }
        case .dictComprehension(let key, let value, let clauses):
            try compileComprehension(expression, clauses, kind: .dict) { () throws(SyntaxErrorInfo) in
                try self.compile(key)
                try self.compile(value)
            }
        case .generator(let element, let clauses):
            try compileComprehension(expression, clauses, kind: .generator) { () throws(SyntaxErrorInfo) in
                try self.compile(element)
            }
        case .yield(let value):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", expression.location) }
            if let value { try compile(value) } else { emitConstant(.none) }
            setLocation(expression.location)
            unit.emit(.yieldValue)
        case .yieldFrom(let value):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", expression.location) }
            try compile(value)
            setLocation(expression.location)
            unit.emit(.getYieldFromIterator)
            emitConstant(.none)
            unit.emit(.yieldFrom)
        }
    }

    private func emitComparison(_ op: CompareOperator) {
        switch op {
        case .isSame: unit.emit(.isOperation, 0)
        case .isNot: unit.emit(.isOperation, 1)
        case .contained: unit.emit(.containsOperation, 0)
        case .notContained: unit.emit(.containsOperation, 1)
        default: unit.emit(.compare, op.rawValue)
        }
    }

    /// Compiles a test and jumps when it is `jumpIfTrue`; folds `not` and `and`/`or`.
    /// Where CPython 3.11's traceback points for a failed assert: at a comparison, call, attribute
    /// or subscript test (through `not` and the last operand of `and`/`or`), else at the statement.
    private func failedAssertSpan(_ test: Expression) -> Location? {
        switch test.kind {
        case .compare, .call, .attribute, .subscription: return test.location
        case .unary(.not, let operand): return failedAssertSpan(operand)
        case .boolean(_, let values):
            if let last = values.last, case .compare = last.kind { return last.location }
            return nil
        default: return nil
        }
    }

    private func compileCondition(_ test: Expression, jumpIfTrue: Bool, to label: Label) throws(SyntaxErrorInfo) {
        switch test.kind {
        case .unary(.not, let operand):
            try compileCondition(operand, jumpIfTrue: !jumpIfTrue, to: label)
        case .boolean(let isAnd, let values):
            if isAnd != jumpIfTrue {
                // and-jump-if-false / or-jump-if-true: each operand can jump directly.
                for value in values { try compileCondition(value, jumpIfTrue: jumpIfTrue, to: label) }
            } else {
                let skip = unit.makeLabel()
                for value in values.dropLast() { try compileCondition(value, jumpIfTrue: !jumpIfTrue, to: skip) }
                try compileCondition(values.last!, jumpIfTrue: jumpIfTrue, to: label)
                unit.place(skip)
            }
        default:
            try compile(test)
            unit.emitJump(jumpIfTrue ? .popJumpIfTrue : .popJumpIfFalse, to: label)
        }
    }

    private func compileStarredSequence(_ items: [Expression]) throws(SyntaxErrorInfo) {
        var pending = 0
        var built = false
        for item in items {
            if case .starred(let inner) = item.kind {
                if !built {
                    unit.emit(.buildList, pending)
                    built = true
                } else if pending > 0 {
                    unit.emit(.buildList, pending)
                    unit.emit(.listExtend, 1)
                }
                pending = 0
                try compile(inner)
                setLocation(item.location)
                unit.emit(.listExtend, 1)
            } else {
                try compile(item)
                pending += 1
            }
        }
        if pending > 0 {
            unit.emit(.buildList, pending)
            if built { unit.emit(.listExtend, 1) }
        }
        if !built && pending == 0 { unit.emit(.buildList, 0) }
    }

    private func compileFormatted(_ parts: [FormattedPart]) throws(SyntaxErrorInfo) {
        var count = 0
        for part in parts {
            switch part {
            case .literal(let text):
                if text.isEmpty { continue }
                emitConstant(.str(text))
            case .field(let expression, let conversion, let spec):
                try compile(expression)
                var flags = 0
                switch conversion {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = 0
                }
                if let spec {
                    try compileFormatted(spec)
                    flags |= 4
                }
                unit.emit(.formatValue, flags)
            }
            count += 1
        }
        if count == 0 {
            emitConstant(.str(""))
        } else if count > 1 {
            unit.emit(.buildString, count)
        } else if case .literal = parts.first(where: { if case .literal(let t) = $0 { return !t.isEmpty }; return true })! {
            // A single literal is already a str.
        }
    }

    private enum ComprehensionKind { case list, set, dict, generator }

    private func compileComprehension(_ node: Expression, _ clauses: [Comprehension], kind: ComprehensionKind,
                                      element: () throws(SyntaxErrorInfo) -> Void) throws(SyntaxErrorInfo) {
        let scope = symbols.scope(for: node)
        let name = scope.name
        let outer = unit
        unit = CompilationUnit(scope: scope, name: name, qualifiedName: qualifiedName(for: name), firstLine: node.location.line)
        setLocation(node.location)
        if kind == .generator { unit.emit(.generatorStart) }
        switch kind {
        case .list: unit.emit(.buildList, 0)
        case .set: unit.emit(.buildSet, 0)
        case .dict: unit.emit(.buildMap, 0)
        case .generator: break
        }
        try compileComprehensionClause(clauses, 0, kind: kind, element: element)
        if kind == .generator { emitConstant(.none) }
        unit.emit(.returnValue)
        let parameters = Parameters()
        parameters.positional = [.init(name: ".0", annotation: nil, location: node.location)]
        var flags: CodeObject.Flags = [.nested]
        if kind == .generator { flags.insert(.generator) }
        let code = makeCode(flags: flags, argumentCount: 1)
        unit = outer
        var makeFlags = 0
        if emitClosure(for: scope) { makeFlags |= 4 }
        emitConstantValue(code.asValue)
        unit.emit(.makeFunction, makeFlags)
        try compile(clauses[0].iterable)
        setLocation(node.location)
        unit.emit(.getIterator)
        unit.emit(.call, 1)
    }

    private func compileComprehensionClause(_ clauses: [Comprehension], _ index: Int, kind: ComprehensionKind,
                                            element: () throws(SyntaxErrorInfo) -> Void) throws(SyntaxErrorInfo) {
        let clause = clauses[index]
        let start = unit.makeLabel()
        let end = unit.makeLabel()
        if index == 0 {
            unit.emit(.loadFast, 0)
        } else {
            try compile(clause.iterable)
            unit.emit(.getIterator)
        }
        unit.place(start)
        unit.emitJump(.forIterator, to: end)
        try compileStore(clause.target)
        for condition in clause.conditions {
            try compileCondition(condition, jumpIfTrue: false, to: start)
        }
        if index + 1 < clauses.count {
            try compileComprehensionClause(clauses, index + 1, kind: kind, element: element)
        } else {
            try element()
            let depth = clauses.count + 1
            switch kind {
            case .list: unit.emit(.listAppend, depth)
            case .set: unit.emit(.setAdd, depth)
            case .dict: unit.emit(.mapAdd, depth + 1)
            case .generator:
                unit.emit(.yieldValue)
                unit.emit(.popTop)
            }
        }
        unit.emitJump(.jump, to: start)
        unit.place(end)
    }

    /// A keyword given twice in one call or class statement: found here, as CPython's compiler
    /// finds it (after the symbol table's errors; the console waits for the whole entry).
    private func checkRepeatedKeywords(_ keywords: [Keyword]) throws(SyntaxErrorInfo) {
        var seen = Set<String>()
        for keyword in keywords {
            if let name = keyword.name, !seen.insert(name).inserted {
                throw error("keyword argument repeated: \(name)", keyword.location)
            }
        }
    }

    private func compileCallExpression(_ expression: Expression, _ function: Expression, _ arguments: [Expression],
                                       _ keywords: [Keyword]) throws(SyntaxErrorInfo) {
        try checkRepeatedKeywords(keywords)
        let simple = !arguments.contains(where: { if case .starred = $0.kind { return true }; return false })
            && !keywords.contains(where: { $0.name == nil })
        if simple, case .attribute(let object, let name) = function.kind {
            try compile(object)
            setLocation(function.location)
            unit.emit(.loadMethod, nameIndex(mangle(name)))
            for argument in arguments { try compile(argument) }
            for keyword in keywords { try compile(keyword.value) }
            var flag = 0
            if !keywords.isEmpty {
                emitConstantValue(vm.makeTuple(keywords.map { vm.intern($0.name!).retainedValue }))
                flag = 1 << 16
            }
            setLocation(expression.location)
            unit.emit(.callMethod, (arguments.count + keywords.count) | flag)
            return
        }
        try compile(function)
        try compileCall(arguments: arguments, keywords: keywords, extraPositional: 0)
        _ = expression
    }

    /// Emits the arguments and the call for a callable already on the stack
    /// (with `extraPositional` positional arguments pushed after it).
    private func compileCall(arguments: [Expression], keywords: [Keyword], extraPositional: Int) throws(SyntaxErrorInfo) {
        try checkRepeatedKeywords(keywords)
        let location = unit.currentSpan
        let simple = !arguments.contains(where: { if case .starred = $0.kind { return true }; return false })
            && !keywords.contains(where: { $0.name == nil })
        if simple {
            for argument in arguments { try compile(argument) }
            for keyword in keywords { try compile(keyword.value) }
            var flag = 0
            if !keywords.isEmpty {
                emitConstantValue(vm.makeTuple(keywords.map { vm.intern($0.name!).retainedValue }))
                flag = 1 << 16
            }
            unit.currentSpan = location
            unit.emit(.call, (extraPositional + arguments.count + keywords.count) | flag)
            return
        }
        // f(*iterable): pass the iterable itself; the call converts it (and names f in its error).
        if extraPositional == 0, arguments.count == 1, case .starred(let inner) = arguments[0].kind {
            try compile(inner)
        } else {
            try compilePositionalTuple(arguments, extraPositional: extraPositional)
        }
        if keywords.isEmpty {
            unit.currentSpan = location
            unit.emit(.callExtended, 0)
            return
        }
        unit.emit(.buildMap, 0)
        var pendingKeywords = 0
        for keyword in keywords {
            if let name = keyword.name {
                emitConstant(.str(name))
                try compile(keyword.value)
                pendingKeywords += 1
            } else {
                if pendingKeywords > 0 {
                    unit.emit(.buildMap, pendingKeywords)
                    unit.emit(.dictMerge, 1)
                    pendingKeywords = 0
                }
                try compile(keyword.value)
                unit.emit(.dictMerge, 1)
            }
        }
        if pendingKeywords > 0 {
            unit.emit(.buildMap, pendingKeywords)
            unit.emit(.dictMerge, 1)
        }
        unit.currentSpan = location
        unit.emit(.callExtended, 1)
    }

    /// Builds the positional-argument tuple of a call with `*` arguments (after any `extraPositional` values).
    private func compilePositionalTuple(_ arguments: [Expression], extraPositional: Int) throws(SyntaxErrorInfo) {
        unit.emit(.buildList, extraPositional)
        var pending = 0
        for argument in arguments {
            if case .starred(let inner) = argument.kind {
                if pending > 0 {
                    unit.emit(.buildList, pending)
                    unit.emit(.listExtend, 1)
                    pending = 0
                }
                try compile(inner)
                unit.emit(.listExtend, 1)
            } else {
                try compile(argument)
                pending += 1
            }
        }
        if pending > 0 {
            unit.emit(.buildList, pending)
            unit.emit(.listExtend, 1)
        }
        unit.emit(.listToTuple)
    }
}

extension CompilationUnit {
    /// Inside an unwind for `return`/`break`, a block's handler no longer covers the emitted cleanup.

    func popHandlerInBody(count: Int = 1) {
        for _ in 0..<count where !handlers.isEmpty { handlers.removeLast() }
    }
}
