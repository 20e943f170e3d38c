/// Calling: argument binding, the generic call path for every callable, and generators.
extension Interpreter {
    /// First free value-stack slot above every running frame.
    var freeStackTop: UnsafeMutablePointer<Value> {
        guard let frame = frames.last else { return stackStart }
        let code = frame.code.takeUnretainedValue()
        return max(frame.stackPointer, frame.base + code.slotCount + code.stackSize)
    }

    /// Binds call arguments (positional, then keyword values named by `keywordNames`, all at `base`)
    /// into the function's slots at `base`. Consumes the argument references.
    func bindArguments(_ function: FunctionObject, base: UnsafeMutablePointer<Value>, positionalCount: Int,
                       keywordNames: TupleObject?, top: UnsafeMutablePointer<Value>) throws(ScriptError) {
        // Borrowed references throughout the common cases: the caller's stack keeps the function alive.
        let bound = Unmanaged.passUnretained(function)._withUnsafeGuaranteedRef { function in
            Unmanaged.passUnretained(function.code)._withUnsafeGuaranteedRef { code in
                // Exact positional match: only the remaining slots to clear.
                if keywordNames == nil && positionalCount == code.argumentCount && code.keywordOnlyCount == 0
                    && code.codeFlags.isDisjoint(with: [.varArgs, .varKeywords]) {
                    var i = positionalCount
                    let null = nullValue
                    while i < code.slotCount { base[i] = null; i += 1 }
                    return true
                }
                return bindArgumentsQuickly(function, code: code, base: base, positionalCount: positionalCount,
                                            keywordNames: keywordNames, top: top)
            }
        }
        if bound { return }
        try bindArgumentsGenerally(function, base: base, positionalCount: positionalCount, keywordNames: keywordNames)
    }

    /// Every other binding, with CPython's errors; slow but complete.
    private func bindArgumentsGenerally(_ function: FunctionObject, base: UnsafeMutablePointer<Value>, positionalCount: Int,
                                        keywordNames: TupleObject?) throws(ScriptError) {
        let code = function.code
        let slotCount = code.slotCount
        let keywordCount = keywordNames?.items.count ?? 0
        // General path: take the arguments out, then lay the slots down.
        let positional = Array(UnsafeBufferPointer(start: base, count: positionalCount))
        let keywordValues = Array(UnsafeBufferPointer(start: base + positionalCount, count: keywordCount))
        let null = nullValue
        for i in 0..<max(slotCount, positionalCount + keywordCount) { base[i] = null }
        var consumed = false
        func releaseAll() {
            if consumed { return }
            consumed = true
            for v in positional { v.release(heap) }
            for v in keywordValues { v.release(heap) }
            for i in 0..<slotCount where !isNull(base[i]) { base[i].release(heap) }
            for i in 0..<slotCount { base[i] = null }
        }
        let argumentCount = code.argumentCount
        let name = function.qualifiedName.value
        // Positional parameters.
        let taken = min(positionalCount, argumentCount)
        for i in 0..<taken {
            positional[i].retain()
            base[i] = positional[i]
        }
        if code.codeFlags.contains(.varArgs) {
            let varArgsSlot = argumentCount + code.keywordOnlyCount
            var extra = ContiguousArray<Value>()
            if positionalCount > argumentCount {
                for v in positional[argumentCount...] { v.retain(); extra.append(v) }
            }
            base[varArgsSlot] = makeTuple(extra)
        } else if positionalCount > argumentCount {
            let defaultsCount = function.defaults?.items.count ?? 0
            let keywordOnlyGiven = keywordNames.map { names in
                names.items.filter { n in code.localNames[argumentCount..<(argumentCount + code.keywordOnlyCount)].contains { $0.value == n.asStr?.value } }.count
            } ?? 0
            releaseAll()
            let given = positionalCount
            // Worded as CPython's too_many_positional.
            let signature = defaultsCount > 0 ? "from \(argumentCount - defaultsCount) to \(argumentCount)" : "\(argumentCount)"
            let plural = defaultsCount > 0 || argumentCount != 1 ? "s" : ""
            let keywordOnlyText = keywordOnlyGiven > 0
                ? " positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s"))" : ""
            let verb = given == 1 && keywordOnlyGiven == 0 ? "was" : "were"
            let message = "\(name)() takes \(signature) positional argument\(plural) but \(given)\(keywordOnlyText) \(verb) given"
            throw makeError("TypeError", message)
        }
        var kwargsDict: DictObject? = nil
        var varKeywordsSlot = -1
        if code.codeFlags.contains(.varKeywords) {
            varKeywordsSlot = argumentCount + code.keywordOnlyCount + (code.codeFlags.contains(.varArgs) ? 1 : 0)
            let dict = makeDict()
            kwargsDict = dict
            base[varKeywordsSlot] = dict.asValue
        }
        // Keyword arguments.
        if let keywordNames {
            let parameterCount = argumentCount + code.keywordOnlyCount
            var positionalOnlyPassed: [String] = []
            for (i, nameValue) in keywordNames.items.enumerated() {
                let keyword = nameValue.asStr!
                var index = -1
                for p in code.positionalOnlyCount..<parameterCount where code.localNames[p].equals(keyword) {
                    index = p
                    break
                }
                if index < 0 {
                    if let kwargsDict {
                        do throws(ScriptError) {
                            try kwargsDict.set(nameValue, keywordValues[i], self)
                        } catch { releaseAll(); throw error }
                        continue
                    }
                    if code.localNames[0..<code.positionalOnlyCount].contains(where: { $0.equals(keyword) }) {
                        positionalOnlyPassed.append(keyword.value)
                        continue
                    }
                    releaseAll()
                    throw makeError("TypeError", "\(name)() got an unexpected keyword argument '\(keyword.value)'")
                }
                if !isNull(base[index]) {
                    releaseAll()
                    throw makeError("TypeError", "\(name)() got multiple values for argument '\(keyword.value)'")
                }
                keywordValues[i].retain()
                base[index] = keywordValues[i]
            }
            if !positionalOnlyPassed.isEmpty {
                releaseAll()
                throw makeError("TypeError", "\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
        }
        // Defaults and missing arguments.
        let defaults = function.defaults?.items ?? []
        let firstDefault = argumentCount - defaults.count
        var missing: [String] = []
        for i in 0..<argumentCount where isNull(base[i]) {
            if i >= firstDefault {
                let v = defaults[i - firstDefault]
                v.retain()
                base[i] = v
            } else {
                missing.append(code.localNames[i].value)
            }
        }
        if !missing.isEmpty {
            releaseAll()
            throw makeError("TypeError", "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
        }
        var missingKeywordOnly: [String] = []
        for i in argumentCount..<(argumentCount + code.keywordOnlyCount) where isNull(base[i]) {
            let parameter = code.localNames[i]
            if let v = function.keywordDefaults?.getString(parameter) {
                v.retain()
                base[i] = v
            } else {
                missingKeywordOnly.append(parameter.value)
            }
        }
        if !missingKeywordOnly.isEmpty {
            releaseAll()
            throw makeError("TypeError", "\(name)() missing \(missingKeywordOnly.count) required keyword-only argument\(missingKeywordOnly.count == 1 ? "" : "s"): \(listNames(missingKeywordOnly))")
        }
        consumed = true
        for v in positional { v.release(heap) }
        for v in keywordValues { v.release(heap) }
    }

    /// Binds the common successful calls (defaults, keywords naming parameters, `*args`) without
    /// allocating; returns false, having changed nothing, when the general path must decide (errors,
    /// `**kwargs`, keywords it cannot match by identity). Every object is read through a borrowed
    /// reference: the caller's stack keeps the function (and so its code and defaults) alive, and
    /// strong locals would cost a retain and release each.
    @inline(__always)
    private func bindArgumentsQuickly(_ function: FunctionObject, code: CodeObject, base: UnsafeMutablePointer<Value>,
                                      positionalCount: Int, keywordNames: TupleObject?,
                                      top: UnsafeMutablePointer<Value>) -> Bool {
        let flags = code.codeFlags
        if flags.contains(.varKeywords) { return false }
        let argumentCount = code.argumentCount
        let parameterCount = argumentCount + code.keywordOnlyCount
        let hasVarArgs = flags.contains(.varArgs)
        if positionalCount > argumentCount && !hasVarArgs { return false }
        let keywordCount = keywordNames?.items.count ?? 0
        let slotCount = code.slotCount
        let names = code.localNamePointers
        // Validate first: every keyword names a parameter not given positionally.
        var keywordSlots: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
        if keywordCount > 8 { return false }
        var filled: UInt64 = 0  // parameters a keyword fills (parameters beyond 64 take the general path)
        if parameterCount > 64 { return false }
        if let keywordNames {
            let matched = Unmanaged.passUnretained(keywordNames)._withUnsafeGuaranteedRef { keywordNames in
                for k in 0..<keywordCount {
                    guard case .object(let keyword) = keywordNames.items[k] else { return false }
                    var index = -1
                    var p = code.positionalOnlyCount
                    while p < parameterCount {
                        if names[p].toOpaque() == keyword.toOpaque() { index = p; break }
                        p += 1
                    }
                    if index < 0 || index < positionalCount || filled & (1 << UInt64(index)) != 0 { return false }
                    filled |= 1 << UInt64(index)
                    withUnsafeMutableBytes(of: &keywordSlots) { $0.storeBytes(of: index, toByteOffset: k * 8, as: Int.self) }
                }
                return true
            }
            if !matched { return false }
        }
        let function = Unmanaged.passUnretained(function)
        let defaults = function._withUnsafeGuaranteedRef { $0.defaultsReference }
        let keywordDefaults = function._withUnsafeGuaranteedRef { $0.keywordDefaultsReference }
        let defaultCount = defaults?._withUnsafeGuaranteedRef { $0.items.count } ?? 0
        let firstDefault = argumentCount - defaultCount
        var i = positionalCount
        while i < argumentCount {
            if filled & (1 << UInt64(i)) == 0 && i < firstDefault { return false }
            i += 1
        }
        if code.keywordOnlyCount > 0 {
            var p = argumentCount
            while p < parameterCount {
                if filled & (1 << UInt64(p)) == 0 {
                    guard let keywordDefaults, keywordDefault(keywordDefaults, names[p]) != nil else { return false }
                }
                p += 1
            }
        }
        // Move keyword values (and extra positionals) to scratch space above both the arguments and the slots.
        let extraCount = max(0, positionalCount - argumentCount)
        let scratch = max(top, base + slotCount)
        if scratch + keywordCount + extraCount >= stackLimit { return false }
        var k = 0
        while k < keywordCount {
            (scratch + k).initialize(to: (base + positionalCount + k).move())
            k += 1
        }
        var varArgs: Value = .none
        if hasVarArgs {
            varArgs = makeTuple(moving: base + argumentCount, count: extraCount)
        }
        let null = nullValue
        i = min(positionalCount, argumentCount)
        while i < slotCount {
            (base + i).initialize(to: null)
            i += 1
        }
        k = 0
        while k < keywordCount {
            let index = withUnsafeBytes(of: &keywordSlots) { $0.load(fromByteOffset: k * 8, as: Int.self) }
            base[index] = (scratch + k).move()
            k += 1
        }
        if let defaults {
            defaults._withUnsafeGuaranteedRef { defaults in
                i = positionalCount
                while i < argumentCount {
                    if isNull(base[i]) {
                        let v = defaults.items[i - firstDefault]
                        v.retain()
                        base[i] = v
                    }
                    i += 1
                }
            }
        }
        if code.keywordOnlyCount > 0, let keywordDefaults {
            var p = argumentCount
            while p < parameterCount {
                if isNull(base[p]), let v = keywordDefault(keywordDefaults, names[p]) {
                    v.retain()
                    base[p] = v
                }
                p += 1
            }
        }
        if hasVarArgs { base[parameterCount] = varArgs }
        return true
    }

    /// A keyword-only parameter's default (borrowed), or nil.
    @inline(__always)
    private func keywordDefault(_ defaults: Unmanaged<DictObject>, _ name: Unmanaged<StrObject>) -> Value? {
        defaults._withUnsafeGuaranteedRef { defaults in name._withUnsafeGuaranteedRef { defaults.getString($0) } }
    }

    private func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        if quoted.count == 1 { return quoted[0] }
        if quoted.count == 2 { return "\(quoted[0]) and \(quoted[1])" }
        return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }

    /// Calls any callable with borrowed arguments; returns an owned result.
    func call(_ callable: Value, _ arguments: Arguments) throws(ScriptError) -> Value {
        guard case .object(let reference) = callable else {
            throw makeError("TypeError", "'\(typeName(callable))' object is not callable")
        }
        // Builtin functions (len, chr, a method looked up by LOAD_METHOD): no dynamic casts.
        if reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == Unmanaged.passUnretained(types.builtinFunction).toOpaque() }) {
            if reference._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: NativeFunctionObject.self).boundSelf == nil }) {
                return try reference.withBorrowed { (object) throws(ScriptError) -> Value in
                    try unsafeDowncast(object, to: NativeFunctionObject.self).function(self, arguments)
                }
            }
        }
        if let referenceType = plainReferenceTypeAddress, arguments.keywordCount == 0 {
            // `r()` on a weakref.ref: its referent or None.
            if arguments.count == 0, let referent = calledPlainReference(reference) {
                return referent
            }
            // `weakref.ref(o[, callback])`: what ReferenceType's __new__ and __init__ do.
            if reference.toOpaque() == referenceType, arguments.count == 1 || arguments.count == 2 {
                return try makePlainWeakReference(arguments[0], callback: arguments.count == 2 ? arguments[1] : .none)
            }
        }
        // `weakref.finalize(obj, func, *args, **kwargs)`: its __new__ and __init__, directly.
        if reference.toOpaque() == finalizeTypeAddress {
            return try reference.withBorrowed { (object) throws(ScriptError) in
                try makeFinalizer(unsafeDowncast(object, to: TypeObject.self), arguments)
            }
        }
        if reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == Unmanaged.passUnretained(types.function).toOpaque() }) {
            return try reference.withBorrowed { (object) throws(ScriptError) in
                try callFunction(unsafeDowncast(object, to: FunctionObject.self), arguments)
            }
        }
        // `list[int](...)` makes a list.
        if reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == Unmanaged.passUnretained(types.genericAlias).toOpaque() }) {
            let origin = reference._withUnsafeGuaranteedRef { unsafeDowncast($0, to: TupleObject.self).items.first ?? .none }
            return try call(origin, arguments)
        }
        let object = reference.takeUnretainedValue()
        switch object {
        case let function as FunctionObject:
            return try callFunction(function, arguments)
        case let native as NativeFunctionObject:
            if let receiver = native.boundSelf {
                var values = [receiver]
                values.append(contentsOf: arguments.values)
                return try withArguments(values, keywordNames: arguments.keywordNames) { (args) throws(ScriptError) in
                    try native.function(self, args)
                }
            }
            return try native.function(self, arguments)
        case let method as BoundMethodObject:
            var values = [method.receiver]
            values.append(contentsOf: arguments.values)
            let function = method.function
            return try withArguments(values, keywordNames: arguments.keywordNames) { (args) throws(ScriptError) in
                try self.call(function, args)
            }
        case let type as TypeObject:
            return try callType(type, arguments)
        default:
            guard let callMethod = object.type.lookup(symbol("__call__")) else {
                throw makeError("TypeError", "'\(object.type.name)' object is not callable")
            }
            var values = [callable]
            values.append(contentsOf: arguments.values)
            return try withArguments(values, keywordNames: arguments.keywordNames) { (args) throws(ScriptError) in
                try self.call(callMethod, args)
            }
        }
    }

    @inline(__always)
    func withArguments(_ values: [Value], keywordNames: TupleObject?,
                       _ body: (Arguments) throws(ScriptError) -> Value) throws(ScriptError) -> Value {
        var result: Result<Value, ScriptError> = .success(.none)
        values.withUnsafeBufferPointer { buffer in
            do throws(ScriptError) {
                result = .success(try body(Arguments(buffer, keywordNames: keywordNames)))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// Convenience: calls with positional arguments (borrowed).
    func callValue(_ callable: Value, _ values: [Value]) throws(ScriptError) -> Value {
        try withArguments(values, keywordNames: nil) { (args) throws(ScriptError) in try self.call(callable, args) }
    }

    /// `callable(argument)` with the argument (borrowed) passed in place: no array is made,
    /// for calls native code makes often (weakref callbacks).
    func callValue(_ callable: Value, single argument: Value) throws(ScriptError) -> Value {
        var slot = argument
        if case .object(let reference) = callable,
           reference._withUnsafeGuaranteedRef({ $0.typeRef.toOpaque() == Unmanaged.passUnretained(types.function).toOpaque() }) {
            var result: Result<Value, ScriptError> = .success(.none)
            withUnsafePointer(to: &slot) { pointer in
                do throws(ScriptError) {
                    result = .success(try reference.withBorrowed { (object) throws(ScriptError) in
                        try callFunction(unsafeDowncast(object, to: FunctionObject.self),
                                         Arguments(UnsafeBufferPointer(start: pointer, count: 1), keywordNames: nil))
                    })
                } catch {
                    result = .failure(error)
                }
            }
            return try result.get()
        }
        var result: Result<Value, ScriptError> = .success(.none)
        withUnsafePointer(to: &slot) { pointer in
            do throws(ScriptError) {
                result = .success(try call(callable, Arguments(UnsafeBufferPointer(start: pointer, count: 1), keywordNames: nil)))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// `r()` for an exact `weakref.ref`: the referent (owned) or None; nil when `reference` is
    /// not an exact weakref.ref.
    @inline(__always)
    func calledPlainReference(_ reference: Unmanaged<HeapObject>) -> Value? {
        guard let referenceType = plainReferenceTypeAddress else { return nil }
        return reference._withUnsafeGuaranteedRef { object -> Value? in
            guard object.typeRef.toOpaque() == referenceType else { return nil }
            guard let referent = unsafeDowncast(object, to: WeakReferenceObject.self).referent else { return Value.none }
            referent._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
            return .object(referent)
        }
    }

    /// Runs a Python function from native code (a nested run of the dispatch loop).
    func callFunction(_ function: FunctionObject, _ arguments: Arguments) throws(ScriptError) -> Value {
        guard stackGuard.hasRoom() else {
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        let base = freeStackTop
        // Borrowed: the function keeps its code alive, and strong locals would cost ARC per call.
        let code = Unmanaged.passUnretained(function.code)
        let (slotCount, stackSize, isGenerator) = code._withUnsafeGuaranteedRef {
            ($0.slotCount, $0.stackSize, $0.codeFlags.contains(.generator))
        }
        if base + slotCount + arguments.values.count + stackSize >= stackLimit {
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        let count = arguments.values.count
        for i in 0..<count {
            let v = arguments.values[i]
            v.retain()
            base[i] = v
        }
        // Positional arguments that fill the parameters exactly: the frame the dispatch loop's
        // own calls push (a weakref callback, a sort key).
        if arguments.keywordCount == 0, !isGenerator,
           code._withUnsafeGuaranteedRef({ $0.plainCallArity }) == count {
            do throws(ScriptError) {
                try pushPlainFrame(Unmanaged.passUnretained(function), argumentCount: count, base: base,
                                   resultSlot: nil, isEntry: true)
            } catch {
                for i in 0..<count { base[i].release(heap) }
                throw error
            }
            return try execute()
        }
        try bindArguments(function, base: base, positionalCount: arguments.count, keywordNames: arguments.keywordNames,
                          top: base + count)
        if isGenerator {
            return makeGenerator(function, base: base)
        }
        try code.withBorrowed { (code) throws(ScriptError) in
            try pushFrame(function: function, code: code, base: base, resultSlot: nil)
        }
        frames[frames.count - 1].isEntry = true
        collectAtFunctionEntry()
        return try execute()
    }

    /// Calls with a tuple of positionals and an optional dict of keywords (f(*a, **k)).
    func callWithCollections(_ callable: Value, _ tuple: Value, _ kwargs: Value) throws(ScriptError) -> Value {
        var values = Array(tuple.asObject(TupleObject.self)!.items)
        var names: TupleObject? = nil
        if let dict = kwargs.asObject(DictObject.self), dict.count > 0 {
            var keyNames = ContiguousArray<Value>()
            for entry in dict.liveEntries {
                guard entry.key!.asStr != nil else {
                    throw makeError("TypeError", "keywords must be strings")
                }
                entry.key!.retain()
                keyNames.append(entry.key!)
                values.append(entry.value)
            }
            names = makeTuple(keyNames).asObject(TupleObject.self)
        }
        defer { if let names { heap.release(names) } }
        return try withArguments(values, keywordNames: names) { (args) throws(ScriptError) in try self.call(callable, args) }
    }

    // MARK: Generators

    /// Moves bound slots at `base` into a new generator object.
    func makeGenerator(_ function: FunctionObject, base: UnsafeMutablePointer<Value>) -> Value {
        let code = function.code
        initializeCells(code: code, function: function, base: base)
        let generator = GeneratorObject(type: types.generator, function: function, slots: base, count: code.slotCount)
        return heap.registerTracked(generator).asValue
    }

    enum GeneratorOutcome {
        case yielded(Value)
        case returned(Value)
    }

    /// Resumes a generator with a sent value (borrowed) or an exception to throw into it (owned).
    func resumeGenerator(_ generator: GeneratorObject, send: Value, throwing: ScriptError? = nil,
                         delegateThrow: Bool = true) throws(ScriptError) -> GeneratorOutcome {
        switch generator.state {
        case .running:
            throwing.map { heap.release($0.object) }
            throw makeError("ValueError", "generator already executing")
        case .finished:
            if let throwing { throw throwing }
            return .returned(.none)
        case .created:
            if !send.isNone && throwing == nil {
                throw makeError("TypeError", "can't send non-None value to a just-started generator")
            }
        case .suspended:
            if let throwing, delegateThrow, isSuspendedInYieldFrom(generator) {
                return try throwThroughYieldFrom(generator, throwing)
            }
        }
        guard stackGuard.hasRoom(), callDepth < recursionLimit else {
            throwing.map { heap.release($0.object) }
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        let code = generator.code
        let base = freeStackTop
        let savedCount = generator.savedCount
        if base + savedCount + code.stackSize + 1 >= stackLimit {
            throwing.map { heap.release($0.object) }
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        // Move the saved frame onto the stack, keeping the buffer for the next yield.
        base.initialize(from: generator.savedValues, count: savedCount)
        generator.savedCount = 0
        var sp = base + savedCount
        let startIndex = generator.state == .created ? 0 : generator.resumeIndex
        if throwing == nil {
            send.retain()
            sp.initialize(to: send)
            sp += 1
        }
        generator.state = .running
        callDepth &+= 1
        frames.append(Frame(code: Unmanaged.passUnretained(code), function: Unmanaged.passUnretained(generator.function),
                            globals: Unmanaged.passUnretained(generator.globals), locals: nil, base: base,
                            stackPointer: sp, pc: startIndex, generator: Unmanaged.passUnretained(generator),
                            isEntry: true, resultSlot: nil, loopExit: Frame.notResumedInLoop))
        generator.retain()
        defer { heap.release(generator) }
        pendingThrow = throwing
        // The generator sees its own handled exception (sys.exc_info), or else its resumer's.
        let resumerHandled = handledException
        if let own = generator.savedHandledExceptions.popLast() { handledException = own } else { resumerHandled.retain() }
        func restoreHandled(suspended: Bool) {
            let inner = handledException
            handledException = resumerHandled
            if suspended && !inner.isNone && !inner.isIdentical(to: resumerHandled) {
                generator.savedHandledExceptions.append(inner)
            } else {
                inner.release(heap)
            }
        }
        let value: Value
        do throws(ScriptError) {
            value = try execute()
            restoreHandled(suspended: generator.state == .suspended)
        } catch {
            restoreHandled(suspended: false)
            generator.state = .finished
            throw generatorLeakedStopIteration(error)
        }
        if generator.state == .suspended { return .yielded(value) }
        generator.state = .finished
        return .returned(value)
    }

    /// FOR_ITER over a generator, `yield from` one, next() or send(): moves its saved frame onto
    /// the stack at `base` (the stack top of frame `caller`, whose registers are saved) and pushes
    /// a frame for it, so the dispatch loop runs the generator without a nested `execute`. `send`
    /// (owned; consumed unless false is returned) is the value its paused yield evaluates to.
    /// Returns false when it can't be resumed this way (running, finished, or a value sent to a
    /// fresh generator); the caller then takes the general path, which raises or reports exhaustion.
    @inline(never)
    func resumeGeneratorInLoop(_ reference: Unmanaged<HeapObject>, caller: Int, callerPC: Int, base: UnsafeMutablePointer<Value>,
                               loopExit: Int, send: Value = .none,
                               resultSlot: UnsafeMutablePointer<Value>? = nil) throws(ScriptError) -> Bool {
        // The resumer's registers: it continues from them when the generator yields or ends.
        frames[caller].pc = callerPC
        frames[caller].stackPointer = base
        // Borrowed from the resumer's stack, which keeps the generator alive while it runs.
        let generatorReference = unsafeBitCast(reference, to: Unmanaged<GeneratorObject>.self)
        let (state, savedCount, stackSize) = generatorReference._withUnsafeGuaranteedRef { ($0.state, $0.savedCount, $0.code.stackSize) }
        guard state == .suspended || (state == .created && send.isNone) else { return false }
        guard callDepth < recursionLimit, base + savedCount + stackSize + 1 < stackLimit else {
            send.release(heap)
            throw makeError("RecursionError", "maximum recursion depth exceeded")
        }
        let resumerHandled = handledException
        let frame = generatorReference._withUnsafeGuaranteedRef { generator -> Frame in
            base.initialize(from: generator.savedValues, count: savedCount)
            generator.savedCount = 0
            generator.state = .running
            if let own = generator.savedHandledExceptions.popLast() { handledException = own } else { resumerHandled.retain() }
            return Frame(code: Unmanaged.passUnretained(generator.code), function: Unmanaged.passUnretained(generator.function),
                         globals: Unmanaged.passUnretained(generator.globals), locals: nil, base: base,
                         stackPointer: base + savedCount + 1, pc: state == .created ? 0 : generator.resumeIndex,
                         generator: generatorReference, isEntry: false, resultSlot: resultSlot ?? base,
                         loopExit: loopExit, resumerHandled: resumerHandled)
        }
        (base + savedCount).initialize(to: send)
        callDepth &+= 1
        frames.append(frame)
        return true
    }

    /// A generator frame resumed by a loop leaves (yield, return or exception): the resumer's
    /// handled exception comes back; the generator keeps its own if it yielded inside a handler.
    @inline(never)
    func leaveGeneratorInLoop(_ frame: Frame, suspended: Bool) {
        let inner = handledException
        handledException = frame.resumerHandled
        if suspended && !inner.isNone && !inner.isIdentical(to: frame.resumerHandled), let generator = frame.generator {
            generator._withUnsafeGuaranteedRef { $0.savedHandledExceptions.append(inner) }
        } else {
            inner.release(heap)
        }
    }

    /// PEP 479: a StopIteration leaving a generator becomes RuntimeError, caused by it.
    /// Consumes `error` and returns the exception to propagate.
    func generatorLeakedStopIteration(_ error: ScriptError) -> ScriptError {
        guard error.object.type.isSubtype(of: types.stopIteration!) else { return error }
        let replacement = makeError("RuntimeError", "generator raised StopIteration")
        replacement.object.cause = error.object.asValue
        replacement.object.context = error.object.retainedValue
        replacement.object.suppressContext = true
        return replacement
    }

    /// Closes a suspended generator (GeneratorExit thrown in); used by close() and finalization.
    func closeGenerator(_ generator: GeneratorObject) throws(ScriptError) {
        guard generator.state == .suspended else {
            generator.state = .finished
            return
        }
        let exit = makeError("GeneratorExit", nil)
        do throws(ScriptError) {
            let outcome = try resumeGenerator(generator, send: .none, throwing: exit)
            if case .yielded(let v) = outcome {
                v.release(heap)
                throw makeError("RuntimeError", "generator ignored GeneratorExit")
            }
            if case .returned(let v) = outcome { v.release(heap) }
        } catch {
            let type = error.object.type
            if type.isSubtype(of: types.exception("GeneratorExit")) || type.isSubtype(of: types.stopIteration!) {
                heap.release(error.object)
                return
            }
            throw error
        }
    }
}
