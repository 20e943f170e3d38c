/// The dispatch loop.
///
/// The running frame's program counter, stack pointer and slot base live in
/// local variables; they are written back to the frame only when another
/// frame takes over or an exception unwinds. Python-to-Python calls push a
/// frame and continue in this same loop, so script recursion never recurses
/// on the native stack.
extension Interpreter {
    @inline(__always)
    var nullValue: Value { .object(Unmanaged.passUnretained(nullMarker)) }

    @inline(__always)
    func isNull(_ value: Value) -> Bool {
        if case .object(let r) = value { return r.toOpaque() == Unmanaged.passUnretained(nullMarker).toOpaque() }
        return false
    }

    /// What a cell slot holds (borrowed; no Swift retain of the cell), or nil when it is empty.
    @inline(__always)
    func cellContents(_ cell: Value) -> Value? {
        guard case .object(let reference) = cell else { return nil }
        return reference._withUnsafeGuaranteedRef { object -> Value? in
            guard ObjectIdentifier(Swift.type(of: object)) == cellClass else { return nil }
            return unsafeDowncast(object, to: CellObject.self).contents
        }
    }

    /// Runs the collection allocations made due when a Python function starts (its frame pushed,
    /// its arguments bound), as at a back edge: a program that makes cyclic garbage only through
    /// calls from native loops (map, sorted's key) still collects it.
    @inline(__always)
    func collectAtFunctionEntry() {
        if heap.collectionRequested { heap.collectDueGeneration() }
    }

    /// Runs the collection allocations made due, at a loop's back edge, and raises a requested
    /// KeyboardInterrupt. The frame's position is saved first: finalizers and callbacks run
    /// Python code above it, and the traceback names this line.
    @inline(never)
    func attendAtBackEdge(_ frameIndex: Int, _ pc: Int, _ sp: UnsafeMutablePointer<Value>) throws(ScriptError) {
        frames[frameIndex].pc = pc
        frames[frameIndex].stackPointer = sp
        try serviceAttention()
    }

    /// The collection that is due, then a pending KeyboardInterrupt.
    @inline(never)
    func serviceAttention() throws(ScriptError) {
        if heap.collectionRequested { heap.collectDueGeneration() }
        try raisePendingInterrupt()
    }

    /// Raises KeyboardInterrupt if a host asked for one (Ctrl-C), clearing the request.
    func raisePendingInterrupt() throws(ScriptError) {
        guard heap.interruptRequested else { return }
        heap.interruptRequested = false
        throw makeError("KeyboardInterrupt", nil)
    }

    /// Releases the value a store to a local replaced. One about to die first saves `pc` in the
    /// frame, so what its death reports ("Exception ignored" tracebacks) names this line.
    @inline(__always)
    func releaseReplacedLocal(_ old: Value, frameIndex: Int, pc: Int) {
        if case .object(let object) = old, object._withUnsafeGuaranteedRef({ $0.refcount == 1 }) {
            frames[frameIndex].pc = pc
        }
        old.release(heap)
    }

    /// Runs the top frame until it returns (or yields, for a generator frame).
    func execute() throws(ScriptError) -> Value {
        let entryIndex = frames.count - 1
        var frameIndex = entryIndex
        // The loop's registers. Switching frames reloads them at each site, spelled out: a local
        // function capturing them would box them (see `push`), and the running code is unowned
        // so that a switch costs no ARC traffic.
        unowned(unsafe) var code = frames[frameIndex].code.takeUnretainedValue()
        var instructions = code.instructionPointer
        var constants = code.constantPointer
        var base = frames[frameIndex].base
        var sp = frames[frameIndex].stackPointer
        var pc = frames[frameIndex].pc
        let heap = self.heap

        while true {
            do throws(ScriptError) {
                if let pending = pendingThrow {
                    pendingThrow = nil
                    throw pending
                }
                while true {
                    let word = instructions[pc]
                    pc &+= 1
                    let argument = Int(word >> 8)
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                    case .nop:
                        break
                    case .popTop:
                        pop(&sp).release(heap)
                    case .copy:
                        let v = (sp - argument).pointee
                        v.retain()
                        push(&sp, v)
                    case .swap:
                        let a = sp - 1, b = sp - argument
                        let t = a.pointee
                        a.pointee = b.pointee
                        b.pointee = t
                    case .loadConstant:
                        let v = constants[argument]
                        v.retain()
                        push(&sp, v)
                    case .loadFastLoadAttribute:
                        // `self.x`: the local is only borrowed; a miss leaves it to LOAD_FAST and LOAD_ATTR.
                        let object = base[argument]
                        if !isNull(object), let found = cachedLoadAttribute(object, code.inlineCaches + pc &* InlineCache.ways,
                                                                            code.namePointer[Int(instructions[pc] >> 8)]) {
                            push(&sp, found)
                            pc &+= 1
                            continue
                        }
                        fallthrough
                    case .loadFast:
                        let v = base[argument]
                        if isNull(v) {
                            throw unboundLocal(code, argument)
                        }
                        v.retain()
                        push(&sp, v)
                    case .storeFast:
                        let old = base[argument]
                        base[argument] = pop(&sp)
                        releaseReplacedLocal(old, frameIndex: frameIndex, pc: pc)
                    case .loadFastLoadFast:
                        let first = base[argument]
                        if isNull(first) { throw unboundLocal(code, argument) }
                        first.retain()
                        push(&sp, first)
                        let second = base[Int(instructions[pc] >> 8)]
                        if isNull(second) { continue }  // LOAD_FAST reports it
                        second.retain()
                        push(&sp, second)
                        pc &+= 1
                    case .loadFastConstantOperation, .loadFastConstantInplaceStore, .loadFastConstantSubscript:
                        // `x OP c`, `x += c`, `x[c]`; anything unusual runs as LOAD_FAST + LOAD_CONST and the rest.
                        let v = base[argument]
                        if !isNull(v) {
                            let constant = constants[Int(instructions[pc] >> 8)]
                            let opcode = UInt8(truncatingIfNeeded: word)
                            if opcode == Opcode.loadFastConstantSubscript.rawValue {
                                if let item = fastGetItem(v, constant) {
                                    push(&sp, item)
                                    pc &+= 2
                                    continue
                                }
                            } else if let result = smallNumberOperation(Int(instructions[pc &+ 1] >> 8), v, constant) {
                                if opcode == Opcode.loadFastConstantOperation.rawValue {
                                    push(&sp, result)
                                    pc &+= 2
                                } else {
                                    base[argument] = result  // numbers: nothing to release
                                    pc &+= 3
                                }
                                continue
                            }
                        }
                        fallthrough
                    case .loadFastLoadConstant:
                        let v = base[argument]
                        if isNull(v) { throw unboundLocal(code, argument) }
                        v.retain()
                        push(&sp, v)
                        let constant = constants[Int(instructions[pc] >> 8)]
                        constant.retain()
                        push(&sp, constant)
                        pc &+= 1
                    case .storeFastLoadFast:
                        let old = base[argument]
                        base[argument] = pop(&sp)
                        releaseReplacedLocal(old, frameIndex: frameIndex, pc: pc)
                        let v = base[Int(instructions[pc] >> 8)]
                        if isNull(v) { continue }  // LOAD_FAST reports it
                        v.retain()
                        push(&sp, v)
                        pc &+= 1
                    case .loadFastStoreAttribute:
                        // `self.x = v`: the local is only borrowed; a miss leaves it to LOAD_FAST and STORE_ATTR.
                        let object = base[argument]
                        if !isNull(object), cachedStoreAttribute(object, top(sp), code.inlineCaches + pc &* InlineCache.ways,
                                                                 code.namePointer[Int(instructions[pc] >> 8)]) {
                            pop(&sp).release(heap)
                            pc &+= 1
                            continue
                        }
                        if isNull(object) { throw unboundLocal(code, argument) }
                        object.retain()
                        push(&sp, object)
                    case .deleteFast:
                        let old = base[argument]
                        if isNull(old) { throw unboundLocal(code, argument) }
                        base[argument] = nullValue
                        // `del x` often drops the last reference: a report of what dying runs names this line.
                        frames[frameIndex].pc = pc
                        old.release(heap)
                    case .loadDeref, .loadClosure:
                        let cell = base[argument]
                        if word & 0xFF == UInt32(Opcode.loadClosure.rawValue) {
                            cell.retain()
                            push(&sp, cell)
                        } else {
                            guard let contents = cellContents(cell) else {
                                throw freeVariableError(code, argument)
                            }
                            contents.retain()
                            push(&sp, contents)
                        }
                    case .storeDeref:
                        let cell = base[argument].asObject(CellObject.self)!
                        let old = cell.contents
                        cell.contents = pop(&sp)
                        old?.release(heap)
                    case .deleteDeref:
                        let cell = base[argument].asObject(CellObject.self)!
                        guard let old = cell.contents else { throw freeVariableError(code, argument) }
                        cell.contents = nil
                        old.release(heap)
                    case .loadClassDeref:
                        let slot = argument & 0xFFF
                        let name = code.names[argument >> 12]
                        if let locals = frames[frameIndex].locals?.takeUnretainedValue(), let found = locals.getString(name) {
                            found.retain()
                            push(&sp, found)
                        } else {
                            guard let contents = cellContents(base[slot]) else {
                                throw freeVariableError(code, slot)
                            }
                            contents.retain()
                            push(&sp, contents)
                        }
                    case .loadGlobal:
                        let cache = code.inlineCaches + (pc &- 1) &* InlineCache.ways
                        if let found = cachedGlobal(frames[frameIndex].globals, cache) {
                            push(&sp, found)
                            continue
                        }
                        let name = code.names[argument]
                        let globals = frames[frameIndex].globals.takeUnretainedValue()
                        if let found = globals.getString(name) ?? builtinsOf(globals).getString(name) {
                            found.retain()
                            push(&sp, found)
                            fillGlobalCache(cache, globals: globals, name: name)
                        } else {
                            throw nameError(name.value)
                        }
                    case .storeGlobal:
                        frames[frameIndex].pc = pc
                        let globals = frames[frameIndex].globals.takeUnretainedValue()
                        let v = pop(&sp)
                        globals.setString(code.names[argument], v, heap)
                        v.release(heap)
                    case .deleteGlobal:
                        frames[frameIndex].pc = pc
                        let globals = frames[frameIndex].globals.takeUnretainedValue()
                        guard let old = globals.removeString(code.names[argument], heap) else {
                            throw nameError(code.names[argument].value)
                        }
                        old.release(heap)
                    case .loadName:
                        let name = code.names[argument]
                        let frame = frames[frameIndex]
                        if let locals = frame.locals?.takeUnretainedValue(), let found = try namespaceGet(locals, name) {
                            push(&sp, found)
                        } else {
                            let globals = frame.globals.takeUnretainedValue()
                            if let found = globals.getString(name) ?? builtinsOf(globals).getString(name) {
                                found.retain()
                                push(&sp, found)
                            } else {
                                throw nameError(name.value)
                            }
                        }
                    case .storeName:
                        frames[frameIndex].pc = pc
                        let v = pop(&sp)
                        let frame = frames[frameIndex]
                        let namespace = frame.locals?.takeUnretainedValue() ?? frame.globals.takeUnretainedValue()
                        do throws(ScriptError) {
                            try namespaceSet(namespace, code.names[argument], v)
                        } catch {
                            v.release(heap)
                            throw error
                        }
                        v.release(heap)
                    case .deleteName:
                        frames[frameIndex].pc = pc
                        let frame = frames[frameIndex]
                        let namespace = frame.locals?.takeUnretainedValue() ?? frame.globals.takeUnretainedValue()
                        guard let old = namespace.removeString(code.names[argument], heap) else {
                            throw nameError(code.names[argument].value)
                        }
                        old.release(heap)
                    case .loadAttribute:
                        let object = pop(&sp)
                        let cache = code.inlineCaches + (pc &- 1) &* InlineCache.ways
                        if let found = cachedLoadAttribute(object, cache, code.namePointer[argument]) {
                            push(&sp, found)
                            object.release(heap)
                            continue
                        }
                        if let found = moduleGlobal(object, code.namePointer[argument], cache) {
                            found.retain()
                            push(&sp, found)
                            object.release(heap)
                            continue
                        }
                        defer { object.release(heap) }
                        // Properties and frame objects (`f_lineno`) may look at where this frame is.
                        frames[frameIndex].pc = pc
                        if let getter = cachedPropertyGetter(object, cache) {
                            // The popped object is still in its stack slot: the getter's one argument.
                            let native = unsafeDowncast(getter.takeUnretainedValue(), to: NativeFunctionObject.self)
                            do throws(ScriptError) {
                                push(&sp, try native.function(self, Arguments(UnsafeBufferPointer(start: sp, count: 1))))
                            } catch {
                                throw attributeErrorNaming(error, object, code.names[argument])
                            }
                            continue
                        }
                        let name = code.names[argument]
                        push(&sp, try getAttribute(object, name))
                        fillAttributeCache(cache, object: object, name: name, kind: .load)
                    case .storeAttribute:
                        let object = pop(&sp)
                        let v = pop(&sp)
                        defer {
                            object.release(heap)
                            v.release(heap)
                        }
                        let cache = code.inlineCaches + (pc &- 1) &* InlineCache.ways
                        if cachedStoreAttribute(object, v, cache, code.namePointer[argument]) { continue }
                        let name = code.names[argument]
                        try setAttribute(object, name, v)
                        fillAttributeCache(cache, object: object, name: name, kind: .store)
                    case .deleteAttribute:
                        frames[frameIndex].pc = pc
                        let object = pop(&sp)
                        defer { object.release(heap) }
                        try deleteAttribute(object, code.names[argument])
                    case .loadMethod:
                        // The object stays in its slot and the results are written from it upwards (see `loadMethod`).
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackPointer = sp
                        try loadMethod(slot: sp - 1, name: code.namePointer[argument], caches: code.inlineCaches + (pc &- 1) &* InlineCache.ways)
                        sp += 1
                    case .inplaceOperationStoreFast:
                        // `x += small int or float`: the result goes straight into the local.
                        if let result = smallNumberOperation(argument, (sp - 2).pointee, top(sp)) {
                            sp -= 2
                            let target = Int(instructions[pc] >> 8)
                            let old = base[target]
                            base[target] = result
                            releaseReplacedLocal(old, frameIndex: frameIndex, pc: pc)
                            pc &+= 1
                            continue
                        }
                        fallthrough
                    case .binaryOperation, .inplaceOperation:
                        let right = pop(&sp)
                        let left = pop(&sp)
                        if let result = smallNumberOperation(argument, left, right) {
                            push(&sp, result)
                            continue
                        }
                        if argument == 0, appendInPlace(left, right, nextInstruction: instructions[pc], base: base) {
                            push(&sp, left)
                            right.release(heap)
                            continue
                        }
                        defer {
                            left.release(heap)
                            right.release(heap)
                        }
                        if argument == 0, let joined = concatenateExactStrings(left, right) {
                            push(&sp, joined)
                            continue
                        }
                        let op = BinaryOperator(rawValue: argument)!
                        if word & 0xFF != UInt32(Opcode.binaryOperation.rawValue) {
                            push(&sp, try inplaceOperation(op, left, right))
                        } else {
                            push(&sp, try binaryOperation(op, left, right))
                        }
                    case .unaryNegative:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        push(&sp, try negative(v))
                    case .unaryPositive:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        push(&sp, try positive(v))
                    case .unaryInvert:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        push(&sp, try invert(v))
                    case .unaryNot:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        push(&sp, .bool(!(try isTrue(v))))
                    case .compareJumpIfFalse:
                        // Ints, floats and str equality compare and branch at once; anything else compares,
                        // then branches, apart.
                        let right = top(sp), left = (sp - 2).pointee
                        var result: Bool? = nil
                        if case .int(let a) = left, case .int(let b) = right {
                            result = compareOrdered(argument, a, b)
                        } else if case .float(let a) = left, case .float(let b) = right {
                            result = compareOrdered(argument, a, b)
                        } else if argument == 2 || argument == 3, let equal = exactStringsEqual(left, right) {
                            result = equal == (argument == 2)
                            left.release(heap)
                            right.release(heap)
                        }
                        if let result {
                            sp -= 2
                            pc = result ? pc &+ 1 : Int(instructions[pc] >> 8)
                            continue
                        }
                        fallthrough
                    case .compare:
                        let right = pop(&sp)
                        let left = pop(&sp)
                        if case .int(let a) = left, case .int(let b) = right {
                            push(&sp, .bool(compareOrdered(argument, a, b)))
                            continue
                        }
                        if case .float(let a) = left, case .float(let b) = right {
                            push(&sp, .bool(compareOrdered(argument, a, b)))
                            continue
                        }
                        defer {
                            left.release(heap)
                            right.release(heap)
                        }
                        if argument == 2 || argument == 3, let equal = exactStringsEqual(left, right) {
                            push(&sp, .bool(equal == (argument == 2)))
                            continue
                        }
                        push(&sp, try compare(CompareOperator(rawValue: argument)!, left, right))
                    case .isJumpIfFalse, .isJumpIfTrue:
                        let right = pop(&sp)
                        let left = pop(&sp)
                        let result = left.isIdentical(to: right) != (argument == 1)
                        left.release(heap)
                        right.release(heap)
                        if result == (UInt8(truncatingIfNeeded: word) == Opcode.isJumpIfTrue.rawValue) {
                            pc = Int(instructions[pc] >> 8)
                        } else {
                            pc &+= 1
                        }
                    case .isOperation:
                        let right = pop(&sp)
                        let left = pop(&sp)
                        let same = left.isIdentical(to: right)
                        left.release(heap)
                        right.release(heap)
                        push(&sp, .bool(same != (argument == 1)))
                    case .containsOperation:
                        let container = pop(&sp)
                        let item = pop(&sp)
                        defer {
                            container.release(heap)
                            item.release(heap)
                        }
                        let found = try contains(container, item)
                        push(&sp, .bool(found != (argument == 1)))
                    case .binarySubscript:
                        let key = pop(&sp)
                        let container = pop(&sp)
                        if let item = fastGetItem(container, key) {
                            push(&sp, item)
                            key.release(heap)
                            container.release(heap)
                            continue
                        }
                        defer {
                            key.release(heap)
                            container.release(heap)
                        }
                        push(&sp, try getItem(container, key))
                    case .storeSubscript:
                        let key = pop(&sp)
                        let container = pop(&sp)
                        let v = pop(&sp)
                        defer {
                            key.release(heap)
                            container.release(heap)
                            v.release(heap)
                        }
                        if fastSetItem(container, key, v) { continue }
                        try setItem(container, key, v)
                    case .deleteSubscript:
                        frames[frameIndex].pc = pc
                        let key = pop(&sp)
                        let container = pop(&sp)
                        defer {
                            key.release(heap)
                            container.release(heap)
                        }
                        try deleteItem(container, key)
                    case .buildSlice:
                        let step: Value = argument == 3 ? pop(&sp) : .none
                        let stop = pop(&sp)
                        let start = pop(&sp)
                        push(&sp, makeSlice(start: start, stop: stop, step: step))
                    case .buildTuple:
                        sp -= argument
                        let tuple = makeTuple(moving: sp, count: argument)
                        push(&sp, tuple)
                    case .buildList:
                        sp -= argument
                        let items = ContiguousArray(UnsafeBufferPointer(start: sp, count: argument))
                        push(&sp, makeList(items))
                    case .buildSet:
                        let set = makeSet()
                        sp -= argument
                        var failure: ScriptError? = nil
                        for i in 0..<argument {
                            let item = sp[i]
                            if failure == nil {
                                do throws(ScriptError) { try set.add(item, self) } catch { failure = error }
                            }
                            item.release(heap)
                        }
                        if let failure {
                            heap.release(set)
                            throw failure
                        }
                        push(&sp, set.asValue)
                    case .buildMap:
                        let dict = makeDict()
                        sp -= 2 * argument
                        var failure: ScriptError? = nil
                        for i in 0..<argument {
                            let key = sp[2 * i], v = sp[2 * i + 1]
                            if failure == nil {
                                do throws(ScriptError) { try dict.set(key, v, self) } catch { failure = error }
                            }
                            key.release(heap)
                            v.release(heap)
                        }
                        if let failure {
                            heap.release(dict)
                            throw failure
                        }
                        push(&sp, dict.asValue)
                    case .listAppend:
                        let v = pop(&sp)
                        (sp - argument).pointee.asObject(ListObject.self)!.items.append(v)
                    case .setAdd:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        try (sp - argument).pointee.asObject(SetObject.self)!.add(v, self)
                    case .mapAdd:
                        let v = pop(&sp)
                        let key = pop(&sp)
                        defer {
                            v.release(heap)
                            key.release(heap)
                        }
                        try (sp - argument + 1).pointee.asObject(DictObject.self)!.set(key, v, self)
                    case .listExtend:
                        let iterable = pop(&sp)
                        defer { iterable.release(heap) }
                        let list = (sp - argument).pointee.asObject(ListObject.self)!
                        do throws(ScriptError) {
                            let items = try collectAskingLength(iterable)
                            list.items.append(contentsOf: items)
                        } catch {
                            throw try starredArgumentError(error, iterable)
                        }
                    case .setUpdate:
                        let iterable = pop(&sp)
                        defer { iterable.release(heap) }
                        try setUpdate((sp - argument).pointee.asObject(SetObject.self)!, with: iterable)
                    case .dictUpdate, .dictMerge:
                        let other = pop(&sp)
                        defer { other.release(heap) }
                        let dict = (sp - argument).pointee.asObject(DictObject.self)!
                        if word & 0xFF == UInt32(Opcode.dictMerge.rawValue) {
                            try mergeKeywords(into: dict, other, function: (sp - argument - 2).pointee)
                        } else {
                            try dictUpdate(dict, other, isDisplay: true)
                        }
                    case .listToTuple:
                        let list = pop(&sp)
                        let items = list.asObject(ListObject.self)!.items
                        for item in items { item.retain() }
                        list.release(heap)
                        push(&sp, makeTuple(items))
                    case .buildString:
                        sp -= argument
                        let joined = joinFormattedPieces(sp, count: argument)
                        push(&sp, joined)
                    case .formatValue:
                        let spec: Value = argument & 4 != 0 ? pop(&sp) : .none
                        let v = pop(&sp)
                        defer {
                            v.release(heap)
                            spec.release(heap)
                        }
                        push(&sp, try formatValue(v, conversion: argument & 3, spec: spec))
                    case .unpackSequence:
                        let sequence = pop(&sp)
                        defer { sequence.release(heap) }
                        try unpack(sequence, count: argument, into: &sp)
                    case .unpackStarred:
                        let sequence = pop(&sp)
                        defer { sequence.release(heap) }
                        try unpackStarred(sequence, before: argument & 0xFF, after: argument >> 8, into: &sp)
                    case .jump:
                        // Checked before jumping: an interrupt raised here belongs to the jump,
                        // inside whatever try block holds the loop.
                        if heap.needsAttention { try attendAtBackEdge(frameIndex, pc, sp) }
                        pc = argument
                    case .jumpForIterator:
                        // The loop's back edge: take the next step of the FOR_ITER; STORE_FAST at the target.
                        if heap.needsAttention { try attendAtBackEdge(frameIndex, pc, sp) }
                        pc = argument
                        if let fast = fastNext(top(sp)) {
                            if let next = fast {
                                let target = Int(instructions[pc &+ 1] >> 8)
                                let old = base[target]
                                base[target] = next
                                releaseReplacedLocal(old, frameIndex: frameIndex, pc: pc)
                                pc &+= 2
                            } else {
                                pop(&sp).release(heap)
                                pc = Int(instructions[pc] >> 8)
                            }
                        }
                    case .popJumpIfFalse:
                        let v = pop(&sp)
                        switch v {
                        case .bool(let b): if !b { pc = argument }
                        case .int(let i): if i == 0 { pc = argument }
                        case .none: pc = argument
                        default:
                            defer { v.release(heap) }
                            if !(try isTrue(v)) { pc = argument }
                        }
                    case .popJumpIfTrue:
                        let v = pop(&sp)
                        switch v {
                        case .bool(let b): if b { pc = argument }
                        case .int(let i): if i != 0 { pc = argument }
                        case .none: break
                        default:
                            defer { v.release(heap) }
                            if try isTrue(v) { pc = argument }
                        }
                    case .jumpIfFalseOrPop:
                        if !(try isTrue(top(sp))) { pc = argument } else { pop(&sp).release(heap) }
                    case .jumpIfTrueOrPop:
                        if try isTrue(top(sp)) { pc = argument } else { pop(&sp).release(heap) }
                    case .getIterator:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        push(&sp, try getIterator(v))
                    case .forIteratorStoreFast:
                        // A builtin iterator's next item goes straight into the loop variable.
                        if let fast = fastNext(top(sp)) {
                            if let next = fast {
                                let target = Int(instructions[pc] >> 8)
                                let old = base[target]
                                base[target] = next
                                releaseReplacedLocal(old, frameIndex: frameIndex, pc: pc)
                                pc &+= 1
                            } else {
                                pop(&sp).release(heap)
                                pc = argument
                            }
                            continue
                        }
                        fallthrough
                    case .forIterator:
                        let iterator = top(sp)
                        if let fast = fastNext(iterator) {
                            if let next = fast {
                                push(&sp, next)
                            } else {
                                pop(&sp).release(heap)
                                pc = argument
                            }
                            continue
                        }
                        // A generator runs in this loop: its frame goes on top, its yield comes back here.
                        if case .object(let reference) = iterator,
                           reference.takeUnretainedValue().typeRef.toOpaque() == Unmanaged.passUnretained(types.generator).toOpaque() {
                            if try resumeGeneratorInLoop(reference, caller: frameIndex, callerPC: pc, base: sp, loopExit: argument) {
                                frameIndex += 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = sp
                                sp = frames[frameIndex].stackPointer
                                pc = frames[frameIndex].pc
                                continue
                            }
                        }
                        if let next = try nextFromIterator(iterator) {
                            push(&sp, next)
                        } else {
                            pop(&sp).release(heap)
                            pc = argument
                        }
                    case .call, .callMethod, .callExtended, .callKeywords:
                        var callableSlot: UnsafeMutablePointer<Value>
                        var count: Int
                        var keywordNames: TupleObject? = nil
                        let opcodeByte = word & 0xFF
                        let isMethodCall = opcodeByte == UInt32(Opcode.callMethod.rawValue)
                        if opcodeByte == UInt32(Opcode.callExtended.rawValue) {
                            // [callable, args tuple, kwargs?]
                            let kwargs: Value = argument & 1 != 0 ? pop(&sp) : .none
                            let tuple = pop(&sp)
                            let callable = pop(&sp)
                            defer {
                                kwargs.release(heap)
                                tuple.release(heap)
                                callable.release(heap)
                            }
                            frames[frameIndex].pc = pc
                            frames[frameIndex].stackPointer = sp
                            if tuple.asObject(TupleObject.self) == nil {
                                // f(*iterable) passes the iterable as is.
                                let items: [Value]
                                do throws(ScriptError) {
                                    items = try collectAskingLength(tuple)
                                } catch {
                                    if error.object.type === types.typeError!, special(tuple, "__iter__") == nil,
                                       special(tuple, "__getitem__") == nil {
                                        heap.release(error.object)
                                        throw makeError("TypeError", "\(describeCallable(callable)) argument after * must be an iterable, not \(typeName(tuple))")
                                    }
                                    throw error
                                }
                                let converted = makeTuple(items)
                                defer { converted.release(heap) }
                                push(&sp, try callWithCollections(callable, converted, kwargs))
                                continue
                            }
                            push(&sp, try callWithCollections(callable, tuple, kwargs))
                            continue
                        }
                        if argument >> 16 & 1 != 0 {
                            let names = pop(&sp)
                            keywordNames = names.asObject(TupleObject.self)
                            heap.release(names)  // constants keep it alive
                        }
                        count = argument & 0xFFFF
                        if isMethodCall {
                            let first = sp - count - 2
                            if isNull(first.pointee) {
                                callableSlot = first + 1
                            } else {
                                callableSlot = first
                                count += 1
                            }
                        } else {
                            callableSlot = sp - count - 1
                        }
                        let resultSlot = isMethodCall ? sp - (argument & 0xFFFF) - 2 : callableSlot
                        let callable = callableSlot.pointee
                        // xs.append(x): the item moves into the list; the method and xs are dropped.
                        if count == 2, keywordNames == nil, case .object(let method) = callable,
                           method.toOpaque() == listAppendMethod, appendToExactList(callableSlot + 1) {
                            sp -= 1  // the item, now owned by the list
                            while sp > resultSlot { pop(&sp).release(heap) }
                            push(&sp, .none)
                            continue
                        }
                        // r() on a weakref.ref: the referent, without a native call.
                        if count == 0, keywordNames == nil, case .object(let reference) = callable,
                           let referent = calledPlainReference(reference) {
                            while sp > resultSlot { pop(&sp).release(heap) }
                            push(&sp, referent)
                            continue
                        }
                        // weakref.ref(o[, callback]): made here, without the checks and native call of
                        // the general path (ReferenceType is a class, so it would reach them last).
                        if keywordNames == nil, count == 1 || count == 2, case .object(let type) = callable,
                           type.toOpaque() == plainReferenceTypeAddress {
                            let made: Value
                            do throws(ScriptError) {
                                made = try makePlainWeakReference(callableSlot[1], callback: count == 2 ? callableSlot[2] : .none)
                            } catch {
                                while sp > resultSlot { pop(&sp).release(heap) }
                                throw error
                            }
                            while sp > resultSlot { pop(&sp).release(heap) }
                            push(&sp, made)
                            continue
                        }
                        // next(gen) and gen.send(v): the generator runs in this loop (see suspendTopGenerator).
                        if keywordNames == nil, case .object(let method) = callable,
                           (count == 1 && method.toOpaque() == nextFunction) || (count == 2 && method.toOpaque() == generatorSendMethod),
                           case .object(let generator) = callableSlot[1],
                           generator._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.generator).toOpaque() {
                            let sent: Value = count == 2 ? pop(&sp) : .none
                            if try resumeGeneratorInLoop(generator, caller: frameIndex, callerPC: pc, base: sp,
                                                         loopExit: Frame.resumedByCall, send: sent, resultSlot: resultSlot) {
                                frameIndex += 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = sp
                                sp = frames[frameIndex].stackPointer
                                pc = frames[frameIndex].pc
                                continue
                            }
                            if count == 2 { push(&sp, sent) }
                        }
                        // Python function: push a frame and keep going in this loop.
                        if case .object(let reference) = callable, reference.takeUnretainedValue().typeRef.toOpaque() == Unmanaged.passUnretained(types.function).toOpaque() {
                            // Positional arguments that fill the parameters exactly: nothing to bind,
                            // and only unmanaged references (no ARC traffic).
                            if keywordNames == nil,
                               try enterPlainFunction(reference, argumentCount: count, base: callableSlot + 1, resultSlot: resultSlot,
                                                      callerPC: pc, callerSP: sp, frameIndex: frameIndex) {
                                frameIndex += 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = callableSlot + 1
                                sp = frames[frameIndex].stackPointer
                                pc = 0
                                continue
                            }
                            let function = unsafeDowncast(reference.takeUnretainedValue(), to: FunctionObject.self)
                            let calleeCode = function.code
                            if !calleeCode.codeFlags.contains(.generator) {
                                frames[frameIndex].pc = pc
                                frames[frameIndex].stackPointer = sp
                                let newBase = callableSlot + 1
                                try bindArguments(function, base: newBase, positionalCount: count - (keywordNames?.items.count ?? 0),
                                                  keywordNames: keywordNames, top: sp)
                                try pushFrame(function: function, code: calleeCode, base: newBase, resultSlot: resultSlot)
                                collectAtFunctionEntry()
                                frameIndex += 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = newBase
                                sp = frames[frameIndex].stackPointer
                                pc = 0
                                continue
                            }
                        }
                        // Class() that keeps object's __new__ and __init__: only the instance.
                        if count == 0, case .object(let reference) = callable,
                           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.type).toOpaque(),
                           let instance = plainInstance(reference, code.inlineCaches + (pc &- 1) &* InlineCache.ways) {
                            while sp > resultSlot { pop(&sp).release(heap) }
                            push(&sp, .object(instance))
                            continue
                        }
                        // Class(...) with a Python __init__: make the instance and run __init__ in this loop.
                        if case .object(let reference) = callable,
                           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() }) == Unmanaged.passUnretained(types.type).toOpaque(),
                           let initializer = constructorInitializer(reference, code.inlineCaches + (pc &- 1) &* InlineCache.ways) {
                            // Borrowed throughout: the class holds __init__, and the instance its class.
                            let positionalCount = count - (keywordNames?.items.count ?? 0)
                            let instance = reference._withUnsafeGuaranteedRef {
                                newInstanceForInitializer(unsafeDowncast($0, to: TypeObject.self), arguments: callableSlot + 1,
                                                          positionalCount: positionalCount)
                            }
                            callableSlot.pointee = .object(instance)
                            callable.release(heap)
                            frames[frameIndex].pc = pc
                            frames[frameIndex].stackPointer = sp
                            try initializer.withBorrowed { (function) throws(ScriptError) in
                                try bindArguments(function, base: callableSlot, positionalCount: positionalCount + 1,
                                                  keywordNames: keywordNames, top: sp)
                                try Unmanaged.passUnretained(function.code).withBorrowed { (code) throws(ScriptError) in
                                    try pushFrame(function: function, code: code, base: callableSlot, resultSlot: resultSlot)
                                }
                            }
                            frameIndex += 1
                            frames[frameIndex].constructedInstance = instance
                            collectAtFunctionEntry()
                            code = frames[frameIndex].code.takeUnretainedValue()
                            instructions = code.instructionPointer
                            constants = code.constantPointer
                            base = callableSlot
                            sp = frames[frameIndex].stackPointer
                            pc = 0
                            continue
                        }
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackPointer = sp
                        let arguments = Arguments(UnsafeBufferPointer(start: callableSlot + 1, count: count), keywordNames: keywordNames)
                        let result: Value
                        do throws(ScriptError) {
                            result = try call(callable, arguments)
                        } catch {
                            while sp > resultSlot { pop(&sp).release(heap) }
                            throw error
                        }
                        while sp > resultSlot { pop(&sp).release(heap) }
                        push(&sp, result)
                    case .makeFunction:
                        let codeValue = pop(&sp)
                        let calleeCode = codeValue.asObject(CodeObject.self)!
                        let closure: Value = argument & 4 != 0 ? pop(&sp) : .none
                        let annotations: Value = argument & 8 != 0 ? pop(&sp) : .none
                        let keywordDefaults: Value = argument & 2 != 0 ? pop(&sp) : .none
                        let defaults: Value = argument & 1 != 0 ? pop(&sp) : .none
                        let globals = frames[frameIndex].globals.takeUnretainedValue()
                        if calleeCode.nameObject == nil {
                            calleeCode.nameObject = Unmanaged.passUnretained(intern(calleeCode.name).retainedObject)
                            calleeCode.qualifiedNameObject = Unmanaged.passUnretained(heap.register(StrObject(type: types.str, calleeCode.qualifiedName)))
                        }
                        let function = FunctionObject(type: types.function, code: calleeCode, globals: globals.retainedObject,
                                                      name: calleeCode.nameObject.unsafelyUnwrapped.takeUnretainedValue().retainedObject,
                                                      qualifiedName: calleeCode.qualifiedNameObject.unsafelyUnwrapped.takeUnretainedValue().retainedObject)
                        function.defaults = defaults.asObject(TupleObject.self)
                        function.keywordDefaults = keywordDefaults.asObject(DictObject.self)
                        function.closure = closure.asObject(TupleObject.self)
                        function.annotations = annotations
                        function.doc = calleeCode.docstring.retained()
                        if let moduleName = globals.getString(symbol("__name__")) {
                            function.module = moduleName.retained()
                        }
                        push(&sp, heap.registerTracked(function).asValue)
                    case .returnValue:
                        var result = pop(&sp)
                        let frame = frames[frameIndex]
                        // `Class(...)` returns the instance (kept alive past the release of __init__'s slots).
                        frame.constructedInstance?._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
                        if frame.frameObject != nil {
                            frames[frameIndex].pc = pc
                            finishFrameObject(at: frameIndex)
                        }
                        if runningEntries.newestDepth >= frameIndex {
                            keepLocalsForHeldEntries(frameIndex: frameIndex, base: frame.base, slotCount: code.slotCount, top: sp)
                        }
                        // Release the slots and anything left on the operand stack.
                        var slot = frame.base
                        while slot < sp {
                            slot.pointee.release(heap)  // `pointee`: move() is not always inlined here
                            slot += 1
                        }
                        sp = frame.base
                        if let generator = frame.generator?.takeUnretainedValue() {
                            generator.state = .finished
                            if frame.isResumedInLoop {
                                // The resumer drops the finished generator from its stack; a loop
                                // ends (the return value is dropped, as by next()), a `yield from`
                                // evaluates to the return value.
                                leaveGeneratorInLoop(frame, suspended: false)
                                popFrame()
                                frameIndex -= 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = frames[frameIndex].base
                                if frame.loopExit == Frame.resumedByCall {
                                    // next()/send() raise StopIteration at the call, which drops the method and generator.
                                    pc = frames[frameIndex].pc
                                    while sp > frame.resultSlot.unsafelyUnwrapped { pop(&sp).release(heap) }
                                    throw stopIteration(returning: result)
                                }
                                sp -= 1
                                sp.pointee.release(heap)
                                if frame.loopExit == Frame.resumedByYieldFrom {
                                    push(&sp, result)
                                    pc = frames[frameIndex].pc
                                } else {
                                    result.release(heap)
                                    pc = frame.loopExit
                                }
                                continue
                            }
                        }
                        popFrame()
                        if frameIndex == entryIndex {
                            return result
                        }
                        frameIndex -= 1
                        let resultSlot = frame.resultSlot!
                        // Release the callable (and method marker) below the callee's slots.
                        var below = resultSlot
                        while below < frame.base {
                            below.pointee.release(heap)
                            below += 1
                        }
                        if let instance = frame.constructedInstance {
                            // __init__ must return None; the call's value is the instance.
                            if !result.isNone {
                                sp = resultSlot
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = frames[frameIndex].base
                                pc = frames[frameIndex].pc
                                defer { result.release(heap) }
                                heap.release(instance.takeUnretainedValue())
                                throw makeError("TypeError", "__init__() should return None, not '\(typeName(result))'")
                            }
                            result = .object(instance)
                        }
                        resultSlot.initialize(to: result)
                        sp = resultSlot + 1
                        code = frames[frameIndex].code.takeUnretainedValue()
                        instructions = code.instructionPointer
                        constants = code.constantPointer
                        base = frames[frameIndex].base
                        pc = frames[frameIndex].pc
                        // Ctrl-C reaches recursive code with no loops through its returns.
                        if heap.interruptRequested { try raisePendingInterrupt() }
                    case .yieldValue:
                        // Only generator frames yield: to a native resumer (entry frame) or a loop below.
                        let v = pop(&sp)
                        if suspendTopGenerator(yielding: v, resumeAt: pc, entryIndex: entryIndex, frameIndex: &frameIndex, sp: &sp) {
                            return v
                        }
                        code = frames[frameIndex].code.takeUnretainedValue()
                        instructions = code.instructionPointer
                        constants = code.constantPointer
                        base = frames[frameIndex].base
                        pc = frames[frameIndex].pc
                    case .generatorStart:
                        // The value sent to start a generator is the None on top.
                        pop(&sp).release(heap)
                    case .getYieldFromIterator:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        if v.asObject(GeneratorObject.self) != nil {
                            push(&sp, v.retained())
                        } else {
                            push(&sp, try getIterator(v))
                        }
                    case .yieldFrom:
                        // [iterator, sent] → delegate one step; yields repeat this instruction.
                        let sent = pop(&sp)
                        let iterator = top(sp)
                        // A generator delegate runs in this loop (see suspendTopGenerator for its yields).
                        if case .object(let reference) = iterator,
                           reference.takeUnretainedValue().typeRef.toOpaque() == Unmanaged.passUnretained(types.generator).toOpaque() {
                            if try resumeGeneratorInLoop(reference, caller: frameIndex, callerPC: pc, base: sp,
                                                         loopExit: Frame.resumedByYieldFrom, send: sent) {
                                frameIndex += 1
                                code = frames[frameIndex].code.takeUnretainedValue()
                                instructions = code.instructionPointer
                                constants = code.constantPointer
                                base = sp
                                sp = frames[frameIndex].stackPointer
                                pc = frames[frameIndex].pc
                                continue
                            }
                        }
                        let outcome: Value?
                        do throws(ScriptError) {
                            outcome = try sendToDelegate(iterator, sent)
                        } catch {
                            sent.release(heap)
                            throw error
                        }
                        sent.release(heap)
                        if let yielded = outcome {
                            // Suspend: the generator resumes at this instruction with the sent value pushed.
                            if suspendTopGenerator(yielding: yielded, resumeAt: pc - 1, entryIndex: entryIndex,
                                                   frameIndex: &frameIndex, sp: &sp) {
                                return yielded
                            }
                            code = frames[frameIndex].code.takeUnretainedValue()
                            instructions = code.instructionPointer
                            constants = code.constantPointer
                            base = frames[frameIndex].base
                            pc = frames[frameIndex].pc
                            continue
                        }
                        // Finished: the delegate's return value replaces the iterator.
                        pop(&sp).release(heap)
                        push(&sp, takeDelegateResult())
                    case .raise:
                        switch argument {
                        case 0:
                            guard !handledException.isNone else {
                                throw makeError("RuntimeError", "No active exception to reraise")
                            }
                            let exception = handledException.asObject(ExceptionObject.self)!
                            throw ScriptError(exception.retainedObject)
                        case 1:
                            let v = pop(&sp)
                            defer { v.release(heap) }
                            throw try makeRaisable(v, cause: nil)
                        default:
                            let cause = pop(&sp)
                            let v = pop(&sp)
                            defer {
                                v.release(heap)
                                cause.release(heap)
                            }
                            throw try makeRaisable(v, cause: cause)
                        }
                    case .reraise:
                        let v = pop(&sp)
                        throw ScriptError(v.asObject(ExceptionObject.self)!)
                    case .pushExceptionInfo:
                        let exception = pop(&sp)
                        push(&sp, handledException)
                        exception.retain()
                        handledException = exception
                        push(&sp, exception)
                    case .popExcept:
                        let previous = pop(&sp)
                        let old = handledException
                        handledException = previous
                        old.release(heap)
                    case .popExceptAndReraise:
                        let exception = pop(&sp)
                        let previous = pop(&sp)
                        let old = handledException
                        handledException = previous
                        old.release(heap)
                        throw ScriptError(exception.asObject(ExceptionObject.self)!)
                    case .checkExceptionMatch:
                        let type = pop(&sp)
                        defer { type.release(heap) }
                        push(&sp, .bool(try exceptionMatches(top(sp), type)))
                    case .beforeWith:
                        // Written from the manager's slot upwards (see `loadMethod` on why not pop-push-push).
                        let slot = sp - 1
                        let manager = slot.pointee
                        let (exit, entered) = try enterContext(manager)
                        manager.release(heap)
                        slot.pointee = exit
                        slot.successor().initialize(to: entered)
                        sp += 1
                    case .withExceptStart:
                        let exception = top(sp)
                        let exit = (sp - 3).pointee
                        push(&sp, try callExit(exit, exception))
                    case .withExitNormally:
                        let exit = pop(&sp)
                        defer { exit.release(heap) }
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackPointer = sp
                        let result = try callValue(exit, [.none, .none, .none])
                        result.release(heap)
                    case .loadBuildClass:
                        push(&sp, makeNative("__build_class__") { (vm, args) throws(ScriptError) -> Value in
                            try vm.buildClass(args)
                        }.asValue)
                    case .importName:
                        let fromList = pop(&sp)
                        let level = pop(&sp)
                        defer {
                            fromList.release(heap)
                            level.release(heap)
                        }
                        frames[frameIndex].pc = pc
                        frames[frameIndex].stackPointer = sp
                        push(&sp, try importModule(code.names[argument].value, fromList: fromList, level: level,
                                              globals: frames[frameIndex].globals.takeUnretainedValue()))
                    case .importFrom:
                        push(&sp, try importFrom(top(sp), code.names[argument]))
                    case .importStar:
                        let module = pop(&sp)
                        defer { module.release(heap) }
                        let frame = frames[frameIndex]
                        try importStar(module, into: frame.locals?.takeUnretainedValue() ?? frame.globals.takeUnretainedValue())
                    case .loadAssertionError:
                        push(&sp, types.exception("AssertionError").retainedValue)
                    case .printExpression:
                        let v = pop(&sp)
                        defer { v.release(heap) }
                        try displayHook(v)
                    case .makeCell:
                        break
                    case .setupAnnotations:
                        let frame = frames[frameIndex]
                        let namespace = frame.locals?.takeUnretainedValue() ?? frame.globals.takeUnretainedValue()
                        try setUpAnnotations(in: namespace)
                    case .loadLocals:
                        let locals = frames[frameIndex].locals!.takeUnretainedValue()
                        push(&sp, locals.retainedValue)
                    }
                }
            } catch {
                // Record where the exception passed, then look for a handler, unwinding frames.
                var error = error
                frames[frameIndex].pc = pc
                var exception = error.object
                let instruction = pc > 0 ? instructions[pc - 1] : nil
                attachContext(exception, raisedBy: instruction)
                // A re-raise (bare `raise`, or the end of a handler or `finally`) keeps the
                // traceback it has: this frame's entry is already there, as in CPython.
                if !(exception.traceback != nil && isReraise(instruction)) {
                    addTraceback(exception, code: code, instructionIndex: pc - 1)
                }
                while true {
                    if let handler = code.handler(for: pc - 1) {
                        let target = base + code.slotCount + handler.depth
                        while sp > target { pop(&sp).release(heap) }
                        push(&sp, exception.asValue)  // the error's reference moves to the stack
                        pc = handler.handler
                        break
                    }
                    // No handler here: drop this frame.
                    if frames[frameIndex].frameObject != nil { finishFrameObject(at: frameIndex) }
                    let frame = frames[frameIndex]
                    if runningEntries.newestDepth >= frameIndex {
                        keepLocalsForHeldEntries(frameIndex: frameIndex, base: frame.base, slotCount: code.slotCount, top: sp,
                                                 skipping: exception.traceback)
                    }
                    retireFrameSlots(base: frame.base, slotCount: code.slotCount, top: sp, into: exception)
                    if let generator = frame.generator?.takeUnretainedValue() {
                        generator.state = .finished
                        if frame.isResumedInLoop {
                            leaveGeneratorInLoop(frame, suspended: false)
                            error = generatorLeakedStopIteration(error)
                            exception = error.object
                        }
                    }
                    popFrame()
                    if frameIndex == entryIndex {
                        throw error
                    }
                    frameIndex -= 1
                    let resultSlot = frame.resultSlot!
                    sp = frame.base
                    while sp > resultSlot { pop(&sp).release(heap) }
                    code = frames[frameIndex].code.takeUnretainedValue()
                    instructions = code.instructionPointer
                    constants = code.constantPointer
                    base = frames[frameIndex].base
                    pc = frames[frameIndex].pc
                    addTraceback(exception, code: code, instructionIndex: pc - 1)
                }
            }
        }
    }

    /// The generator frame on top yields `value`, resuming later at `resumeAt`. Returns true
    /// when a native resumer gets the value (`execute` returns it); otherwise the value was
    /// pushed for the loop below, or went up a chain of `yield from`s resumed in the loop, and
    /// `frameIndex` and `sp` now belong to the frame that continues.
    @inline(__always)
    func suspendTopGenerator(yielding value: Value, resumeAt: Int, entryIndex: Int, frameIndex: inout Int,
                             sp: inout UnsafeMutablePointer<Value>) -> Bool {
        var resumeIndex = resumeAt
        while true {
            if frames[frameIndex].frameObject != nil {
                frames[frameIndex].pc = resumeIndex
                finishFrameObject(at: frameIndex)
            }
            let frame = frames[frameIndex]
            if runningEntries.newestDepth >= frameIndex {
                keepLocalsForHeldEntries(frameIndex: frameIndex, base: frame.base,
                                         slotCount: frame.code._withUnsafeGuaranteedRef { $0.slotCount }, top: sp)
            }
            let count = sp - frame.base, index = resumeIndex
            frame.generator!._withUnsafeGuaranteedRef { $0.suspend(from: frame.base, count: count, resumeAt: index) }
            sp = frame.base
            if frameIndex == entryIndex {
                popFrame()
                return true
            }
            leaveGeneratorInLoop(frame, suspended: true)
            popFrame()
            frameIndex -= 1
            if frame.loopExit == Frame.resumedByYieldFrom {
                // The generator below delegated to this one: it yields the value too, and
                // resumes by repeating its YIELD_FROM.
                sp = frames[frameIndex].stackPointer
                resumeIndex = frames[frameIndex].pc - 1
                continue
            }
            if frame.loopExit == Frame.resumedByCall {
                // The value is the call's result: drop the method (or `next`) and the generator.
                while sp > frame.resultSlot.unsafelyUnwrapped { pop(&sp).release(heap) }
            }
            push(&sp, value)
            return false
        }
    }

    /// A comparison (by `CompareOperator` raw value: <, <=, ==, !=, >, >=) of two machine numbers.
    @inline(__always)
    func compareOrdered<T: Comparable>(_ argument: Int, _ a: T, _ b: T) -> Bool {
        switch argument {
        case 0: return a < b
        case 1: return a <= b
        case 2: return a == b
        case 3: return a != b
        case 4: return a > b
        default: return a >= b
        }
    }

    /// A binary or in-place operator (by `BinaryOperator` raw value) on small ints and floats that
    /// needs no method lookup or overflow to BigInt, or nil.
    @inline(__always)
    func smallNumberOperation(_ argument: Int, _ left: Value, _ right: Value) -> Value? {
        if case .int(let a) = left, case .int(let b) = right {
            switch argument {
            case 0:
                let (r, o) = a.addingReportingOverflow(b)
                if !o { return .int(r) }
            case 1:
                let (r, o) = a.subtractingReportingOverflow(b)
                if !o { return .int(r) }
            case 2:
                let (r, o) = a.multipliedReportingOverflow(by: b)
                if !o { return .int(r) }
            case 4 where b > 0 && a >= 0:
                return .int(a / b)
            case 5 where b > 0 && a >= 0:
                return .int(a % b)
            case 8 where b >= 0 && b < 63 && a >= 0 && a < (1 << (62 - b)):
                return .int(a << b)
            case 9 where b >= 0:
                return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
            case 10: return .int(a & b)
            case 11: return .int(a | b)
            case 12: return .int(a ^ b)
            default: break
            }
        } else if case .float(let a) = left, case .float(let b) = right {
            switch argument {
            case 0: return .float(a + b)
            case 1: return .float(a - b)
            case 2: return .float(a * b)
            case 3 where b != 0: return .float(a / b)
            default: break
            }
        } else if case .float(let a) = left, case .int(let b) = right, b.magnitude < (1 << 53) {
            let d = Double(b)
            switch argument {
            case 0: return .float(a + d)
            case 1: return .float(a - d)
            case 2: return .float(a * d)
            case 3 where b != 0: return .float(a / d)
            default: break
            }
        } else if case .int(let a) = left, case .float(let b) = right, a.magnitude < (1 << 53) {
            let d = Double(a)
            switch argument {
            case 0: return .float(d + b)
            case 1: return .float(d - b)
            case 2: return .float(d * b)
            case 3 where b != 0: return .float(d / b)
            default: break
            }
        }
        return nil
    }

    /// A call of a Python function whose parameters `argumentCount` positional arguments fill
    /// exactly (see `CodeObject.plainCallArity`): saves the caller's registers, clears the other
    /// locals and pushes the callee's frame. Returns false, changing nothing, for any other call.
    @inline(__always)
    func enterPlainFunction(_ reference: Unmanaged<HeapObject>, argumentCount: Int, base: UnsafeMutablePointer<Value>,
                            resultSlot: UnsafeMutablePointer<Value>, callerPC: Int, callerSP: UnsafeMutablePointer<Value>,
                            frameIndex: Int) throws(ScriptError) -> Bool {
        let function = unsafeBitCast(reference, to: Unmanaged<FunctionObject>.self)
        let arity = function._withUnsafeGuaranteedRef { $0.code.plainCallArity }
        guard arity == argumentCount else { return false }
        frames[frameIndex].pc = callerPC
        frames[frameIndex].stackPointer = callerSP
        try pushPlainFrame(function, argumentCount: argumentCount, base: base, resultSlot: resultSlot, isEntry: false)
        return true
    }

    /// Pushes the frame of a plain call (see `enterPlainFunction`) whose arguments are at `base`:
    /// the other locals cleared, a closure's cells installed. Throws RecursionError, changing
    /// nothing, when the frame would not fit.
    @inline(__always)
    func pushPlainFrame(_ function: Unmanaged<FunctionObject>, argumentCount: Int, base: UnsafeMutablePointer<Value>,
                        resultSlot: UnsafeMutablePointer<Value>?, isEntry: Bool) throws(ScriptError) {
        let codeRef = function._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.code) }
        let globals = function._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.globals) }
        let (slotCount, stackSize, freeCount) = codeRef._withUnsafeGuaranteedRef {
            ($0.slotCount, $0.stackSize, $0.freeVariableCount)
        }
        if callDepth >= recursionLimit || base + slotCount + stackSize >= stackLimit {
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        var slot = base + argumentCount
        let end = base + slotCount
        let localsEnd = end - freeCount
        while slot < localsEnd {
            slot.initialize(to: nullValue)
            slot += 1
        }
        if freeCount > 0 {
            // A closure: its cells follow the locals (a plain call's code has no cells of its own).
            var installed = 0
            function._withUnsafeGuaranteedRef { $0.closureReference }?._withUnsafeGuaranteedRef { closure in
                while installed < min(freeCount, closure.items.count) {
                    let cell = closure.items[installed]
                    cell.retain()
                    (localsEnd + installed).initialize(to: cell)
                    installed += 1
                }
            }
            while installed < freeCount {
                (localsEnd + installed).initialize(to: nullValue)
                installed += 1
            }
        }
        callDepth &+= 1
        frames.append(Frame(code: codeRef, function: function, globals: globals, locals: nil, base: base,
                            stackPointer: end, pc: 0, generator: nil, isEntry: isEntry,
                            resultSlot: resultSlot, loopExit: Frame.notResumedInLoop))
        collectAtFunctionEntry()
    }

    /// Pushes a frame for `function` whose arguments are bound at `base`.
    @inline(__always)
    func pushFrame(function: FunctionObject, code: CodeObject, base: UnsafeMutablePointer<Value>,
                   resultSlot: UnsafeMutablePointer<Value>?) throws(ScriptError) {
        if callDepth >= recursionLimit || base + code.slotCount + code.stackSize >= stackLimit {
            // Leave the bound arguments for the caller's cleanup to release.
            // Leave null markers behind so the caller's unwinding releases nothing twice.
            var slot = base
            let end = base + code.slotCount
            while slot < end {
                let v = slot.pointee
                slot.pointee = nullValue
                v.release(heap)
                slot += 1
            }
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        callDepth &+= 1
        initializeCells(code: code, function: function, base: base)
        frames.append(Frame(code: Unmanaged.passUnretained(code), function: Unmanaged.passUnretained(function),
                            globals: Unmanaged.passUnretained(function.globals), locals: nil, base: base,
                            stackPointer: base + code.slotCount, pc: 0, generator: nil, isEntry: false,
                            resultSlot: resultSlot, loopExit: Frame.notResumedInLoop))
    }

    @inline(__always)
    func popFrame() {
        // Every path that pops a frame (return, unwinding, a generator's yield) finished its frame object first.
        let frame = frames.removeLast()
        if let locals = frame.locals { heap.release(locals.takeUnretainedValue()) }
        // A frame object made while the slots were released (a dying generator's f_back): the
        // activation's reference goes; it keeps no slots.
        if let object = frame.frameObject { abandonFrameObject(object, pc: frame.pc) }
        callDepth &-= 1
    }

    /// Creates the frame's cells (copying captured arguments) and installs the closure's free cells.
    @inline(__always)
    func initializeCells(code: CodeObject, function: FunctionObject?, base: UnsafeMutablePointer<Value>) {
        let localCount = code.localNames.count
        if !code.cellNames.isEmpty {
            for (i, argumentIndex) in code.cellArgumentIndex.enumerated() {
                let cell = heap.registerTracked(CellObject(type: types.cell))
                if argumentIndex >= 0 {
                    let v = base[argumentIndex]
                    if !isNull(v) {
                        v.retain()
                        cell.contents = v
                    }
                }
                base[localCount + i] = cell.asValue
            }
        }
        let freeCount = code.freeVariableCount
        if freeCount > 0, let closure = function.flatMap({ $0.closureReference }) {
            let start = base + code.slotCount - freeCount
            closure._withUnsafeGuaranteedRef { closure in
                for i in 0..<min(freeCount, closure.items.count) {
                    let cell = closure.items[i]
                    cell.retain()
                    start[i] = cell
                }
            }
        }
    }
}

// Operand stack access for the dispatch loop. The stack pointer is passed in explicitly:
// local functions capturing it would box it and cost dynamic exclusivity checks on every
// entry into `execute`.
@inline(__always) private func push(_ sp: inout UnsafeMutablePointer<Value>, _ v: Value) {
    sp.initialize(to: v)
    sp += 1
}

@inline(__always) private func pop(_ sp: inout UnsafeMutablePointer<Value>) -> Value {
    sp -= 1
    return sp.move()
}

@inline(__always) private func top(_ sp: UnsafeMutablePointer<Value>) -> Value { (sp - 1).pointee }
