import BigInt

/// Builtins that consume or wrap iterables: iter, next, enumerate, zip, map,
/// filter, reversed, sorted, min, max, sum, any, all.
extension Interpreter {
    func installIterationBuiltins() {
        define(builtins, "iter") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "iter", 1...2)
            if args.count == 2 {
                guard vm.isCallable(args[0]) else { throw vm.makeError("TypeError", "iter(v, w): v must be callable") }
                let it = vm.makeIterator(.callable, vm.types.callableIterator, source: args[0])
                it.extra = [args[1].retained()]
                return it.asValue
            }
            return try vm.getIterator(args[0])
        }
        define(builtins, "next") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "next", 1...2)
            let iterator = args[0]
            if !vm.isIterator(iterator) {
                throw vm.makeError("TypeError", "'\(vm.typeName(iterator))' object is not an iterator")
            }
            if args.count == 2 {
                return try vm.nextFromIterator(iterator) ?? args[1].retained()
            }
            if let generator = iterator.asObject(GeneratorObject.self) {
                switch try vm.resumeGenerator(generator, send: .none) {
                case .yielded(let v): return v
                case .returned(let v):
                    throw vm.stopIteration(returning: v)
                }
            }
            if iterator.heapObject is IteratorObject {
                guard let v = try vm.nextFromIterator(iterator) else { throw vm.makeError("StopIteration", nil) }
                return v
            }
            // A class with __next__: let its StopIteration (and value) propagate unchanged.
            return try vm.callSpecial(iterator, "__next__")!
        }
        define(builtins, "enumerate") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "enumerate", allowed: ["iterable", "start"])
            guard let iterable = vm.argument(args, 0, "iterable") else {
                throw vm.makeError("TypeError", "enumerate() missing required argument 'iterable'")
            }
            if args.count > 2 { throw vm.makeError("TypeError", "enumerate() takes at most 2 arguments (\(args.count) given)") }
            var start: Value = .int(0)
            if let given = vm.argument(args, 1, "start") {
                guard vm.isIntLike(given) else {
                    throw vm.makeError("TypeError", "'\(vm.typeName(given))' object cannot be interpreted as an integer")
                }
                start = given
            }
            let iterator = try vm.getIterator(iterable)
            let it = vm.makeIterator(.enumerate, vm.types.enumerate, source: start)
            it.extra = [iterator]
            return it.asValue
        }
        define(builtins, "zip") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "zip", allowed: ["strict"])
            var strict = false
            if let s = args.keyword("strict") { strict = try vm.isTrue(s) }
            var iterators = ContiguousArray<Value>()
            for i in 0..<args.count {
                do throws(ScriptError) {
                    iterators.append(try vm.getIterator(args[i]))
                } catch {
                    for v in iterators { v.release(vm.heap) }
                    throw error
                }
            }
            let it = vm.makeIterator(.zip, vm.types.zip, source: .bool(strict))
            it.extra = iterators
            return it.asValue
        }
        define(builtins, "map") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "map", 0...Int.max)
            if args.count < 2 { throw vm.makeError("TypeError", "map() must have at least two arguments.") }
            if args.count < 2 { throw vm.makeError("TypeError", "map() must have at least two arguments.") }
            var iterators = ContiguousArray<Value>()
            for i in 1..<args.count {
                do throws(ScriptError) {
                    iterators.append(try vm.getIterator(args[i]))
                } catch {
                    for v in iterators { v.release(vm.heap) }
                    throw error
                }
            }
            let it = vm.makeIterator(.map, vm.types.map, source: args[0])
            it.extra = iterators
            return it.asValue
        }
        define(builtins, "filter") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "filter", 2...2)
            let iterator = try vm.getIterator(args[1])
            let it = vm.makeIterator(.filter, vm.types.filter, source: args[0])
            it.extra = [iterator]
            return it.asValue
        }
        define(builtins, "reversed") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "reversed", 1...1)
            return try vm.reversedIterator(args[0])
        }
        define(builtins, "sorted") { (vm, args) throws(ScriptError) -> Value in
            if args.count != 1 { throw vm.makeError("TypeError", "sorted expected 1 argument, got \(args.count)") }
            try vm.checkKeywords(args, "sort", allowed: ["key", "reverse"])
            let list = vm.makeList(ContiguousArray(try vm.collectAskingLength(args[0])))
            do throws(ScriptError) {
                try vm.sortList(list.asObject(ListObject.self)!, key: args.keyword("key"), reverse: args.keyword("reverse"))
            } catch {
                list.release(vm.heap)
                throw error
            }
            return list
        }
        define(builtins, "min") { (vm, args) throws(ScriptError) -> Value in try vm.extremum(args, name: "min", op: .less) }
        define(builtins, "max") { (vm, args) throws(ScriptError) -> Value in try vm.extremum(args, name: "max", op: .greater) }
        define(builtins, "sum") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkKeywords(args, "sum", allowed: ["start"])
            guard args.count >= 1 else { throw vm.makeError("TypeError", "sum() takes at least 1 positional argument (0 given)") }
            if args.count > 2 { throw vm.makeError("TypeError", "sum() takes at most 2 arguments (\(args.count) given)") }
            let start = vm.argument(args, 1, "start") ?? .int(0)
            if start.asStr != nil { throw vm.makeError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") }
            return try vm.sum(args[0], start: start)
        }
        define(builtins, "any") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "any", 1...1, style: .singleArgument)
            let iterator = try vm.getIterator(args[0])
            defer { iterator.release(vm.heap) }
            while let item = try vm.nextFromIterator(iterator) {
                defer { item.release(vm.heap) }
                if try vm.isTrue(item) { return .bool(true) }
            }
            return .bool(false)
        }
        define(builtins, "all") { (vm, args) throws(ScriptError) -> Value in
            try vm.checkArity(args, "all", 1...1, style: .singleArgument)
            let iterator = try vm.getIterator(args[0])
            defer { iterator.release(vm.heap) }
            while let item = try vm.nextFromIterator(iterator) {
                defer { item.release(vm.heap) }
                if !(try vm.isTrue(item)) { return .bool(false) }
            }
            return .bool(true)
        }
    }

    func isCallable(_ v: Value) -> Bool {
        guard let o = v.heapObject else { return false }
        switch o {
        case is FunctionObject, is NativeFunctionObject, is BoundMethodObject, is TypeObject: return true
        default: return o.type.lookup(symbol("__call__")) != nil
        }
    }

    func isIterator(_ v: Value) -> Bool {
        guard let o = v.heapObject else { return false }
        if o is GeneratorObject { return true }
        if let it = o as? IteratorObject {
            return it.type !== types.dictKeys && it.type !== types.dictValues && it.type !== types.dictItems
        }
        return o.type.lookup(symbol("__next__")) != nil
    }

    func reversedIterator(_ sequence: Value) throws(ScriptError) -> Value {
        let type = typeOf(sequence)
        if type.isHeapType, let method = type.lookup(symbol("__reversed__")), method.asObject(NativeFunctionObject.self) == nil {
            return try callValue(method, [sequence])
        }
        if let o = sequence.heapObject {
            switch o {
            case let list as ListObject:
                let it = makeIterator(.reversedList, types.listReverseIterator, source: sequence)
                it.index = list.items.count - 1
                return it.asValue
            case let tuple as TupleObject:
                let it = makeIterator(.reversedSequence, types.reversed, source: sequence)
                it.index = tuple.items.count - 1
                return it.asValue
            case let s as StrObject:
                let it = makeIterator(.reversedSequence, types.reversed, source: sequence)
                it.index = s.count - 1
                return it.asValue
            case let r as RangeObject:
                let reversedRange: RangeObject
                if r.isSmall && r.length > 0 {
                    // Every element fits, and so do the last one and the one before the first.
                    let last = r.start &+ (r.length &- 1) &* r.step
                    let (beforeFirst, overflow) = r.start.subtractingReportingOverflow(r.step)
                    reversedRange = heap.register(overflow || r.step == Int.min
                        ? RangeObject(type: types.range, start: BigInt(last), stop: BigInt(r.start) - BigInt(r.step), step: -BigInt(r.step))
                        : RangeObject(type: types.range, start: last, stop: beforeFirst, step: -r.step))
                } else {
                    let last = r.bigStart + (r.bigLength - 1) * r.bigStep
                    reversedRange = heap.register(RangeObject(type: types.range, start: last, stop: r.bigStart - r.bigStep, step: -r.bigStep))
                }
                defer { heap.release(reversedRange) }
                return makeIterator(.range, types.rangeIterator, source: reversedRange.asValue).asValue
            case let d as DictObject:
                let keys = ContiguousArray(d.liveEntries.reversed().map { $0.key!.retained() })
                let list = makeList(keys)
                defer { list.release(heap) }
                return makeIterator(.list, types.dictReverseKeyIterator, source: list).asValue
            case let view as IteratorObject where view.type === types.dictKeys || view.type === types.dictValues || view.type === types.dictItems:
                let d = view.source.asObject(DictObject.self)!
                var items = ContiguousArray<Value>()
                for entry in d.liveEntries.reversed() {
                    switch view.kind {
                    case .dictKeys: items.append(entry.key!.retained())
                    case .dictValues: items.append(entry.value.retained())
                    default: items.append(makeTuple([entry.key!.retained(), entry.value.retained()]))
                    }
                }
                let list = makeList(items)
                defer { list.release(heap) }
                let iteratorType = view.kind == .dictKeys ? types.dictReverseKeyIterator
                    : view.kind == .dictValues ? types.dictReverseValueIterator : types.dictReverseItemIterator
                return makeIterator(.list, iteratorType, source: list).asValue
            default: break
            }
        }
        if let method = type.lookup(symbol("__reversed__")) {
            if method.isNone { throw makeError("TypeError", "'\(type.name)' object is not reversible") }
            return try callValue(method, [sequence])
        }
        if type.lookup(symbol("__getitem__")) != nil, type.lookup(symbol("__len__")) != nil {
            let it = makeIterator(.reversedSequence, types.reversed, source: sequence)
            it.index = try length(sequence) - 1
            return it.asValue
        }
        throw makeError("TypeError", "'\(type.name)' object is not reversible")
    }

    /// `a < b` as a Swift Bool (the comparison sorting and min/max use).
    func lessThan(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if let result = fastLess(a, b) { return result }
        let result = try compare(.less, a, b)
        defer { result.release(heap) }
        if case .bool(let flag) = result { return flag }
        return try isTrue(result)
    }

    /// Sorts a list in place, stably, as list.sort(key=, reverse=).
    func sortList(_ list: ListObject, key: Value?, reverse: Value?) throws(ScriptError) {
        let descending = try reverse.map { (v) throws(ScriptError) -> Bool in try isTrue(v) } ?? false
        let keyFunction = key.flatMap { $0.isNone ? nil : $0 }
        // CPython empties the list while sorting, so mutation from a key or comparison is detectable.
        var items = Array(list.items)
        list.items = []
        var keys: [Value] = []
        var failure: ScriptError? = nil
        if let keyFunction {
            keys.reserveCapacity(items.count)
            for item in items {
                do throws(ScriptError) {
                    keys.append(try callValue(keyFunction, [item]))
                } catch {
                    failure = error
                    break
                }
            }
        }
        if failure == nil {
            var order = Array(0..<items.count)
            if descending { order.reverse() }
            let sortKeys = keyFunction == nil ? items : keys
            do throws(ScriptError) {
                if let texts = exactStrTexts(sortKeys) {
                    // All exact strs: compare the texts held in one array (no object headers to chase).
                    try mergeSort(&order) { (i, j) throws(ScriptError) -> Bool in StrObject.utf8Less(texts[i], texts[j]) }
                } else {
                    try mergeSort(&order) { (i, j) throws(ScriptError) -> Bool in
                        try self.lessThan(sortKeys[i], sortKeys[j])
                    }
                }
                if descending { order.reverse() }
                items = order.map { items[$0] }
            } catch {
                failure = error
            }
        }
        for k in keys { k.release(heap) }
        let modified = !list.items.isEmpty
        let leftovers = list.items
        list.items = ContiguousArray(items)
        for v in leftovers { v.release(heap) }
        if let failure { throw failure }
        if modified { throw makeError("ValueError", "list modified during sort") }
    }

    /// The texts of `values` when every one is an exact str (contiguous UTF-8), else nil.
    private func exactStrTexts(_ values: [Value]) -> [String]? {
        var texts: [String] = []
        texts.reserveCapacity(values.count)
        for v in values {
            guard let s = v.asStr, s.type === types.str else { return nil }
            texts.append(s.value)
        }
        return texts
    }

    /// A stable merge sort whose comparison may throw (Swift's sort is not documented as stable).
    func mergeSort(_ values: inout [Int], _ less: (Int, Int) throws(ScriptError) -> Bool) throws(ScriptError) {
        let n = values.count
        if n < 2 { return }
        // Insertion-sort runs of 16, then merge runs bottom-up.
        let run = 16
        var start = 0
        while start < n {
            let end = min(start + run, n)
            var i = start + 1
            while i < end {
                let current = values[i]
                var j = i
                while j > start, try less(current, values[j - 1]) {
                    values[j] = values[j - 1]
                    j -= 1
                }
                values[j] = current
                i += 1
            }
            start = end
        }
        var width = run
        var buffer = values
        while width < n {
            var low = 0
            while low < n {
                let middle = min(low + width, n), high = min(low + 2 * width, n)
                var i = low, j = middle, k = low
                if middle < high, try !less(values[middle], values[middle - 1]) {
                    // Already in order: copy the pair of runs unchanged.
                    while k < high { buffer[k] = values[k]; k += 1 }
                } else {
                    while i < middle && j < high {
                        if try less(values[j], values[i]) {
                            buffer[k] = values[j]; j += 1
                        } else {
                            buffer[k] = values[i]; i += 1
                        }
                        k += 1
                    }
                    while i < middle { buffer[k] = values[i]; i += 1; k += 1 }
                    while j < high { buffer[k] = values[j]; j += 1; k += 1 }
                }
                low = high
            }
            swap(&values, &buffer)
            width *= 2
        }
    }

    /// min() and max(): one iterable or several arguments, with key= and default=.
    func extremum(_ args: Arguments, name: String, op: CompareOperator) throws(ScriptError) -> Value {
        try checkKeywords(args, name, allowed: ["key", "default"])
        guard args.count >= 1 else {
            throw makeError("TypeError", "\(name) expected at least 1 argument, got 0")
        }
        let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let defaultValue = args.keyword("default")
        if args.count > 1 && defaultValue != nil {
            throw makeError("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        // Lazily, as CPython: each candidate is dropped as soon as it loses, and the key function
        // runs between the iterator's steps.
        let iterator = args.count == 1 ? try getIterator(args[0]) : .none
        defer { iterator.release(heap) }
        var position = 0
        func nextCandidate() throws(ScriptError) -> Value? {
            if args.count == 1 { return try nextFromIterator(iterator) }
            guard position < args.count else { return nil }
            position += 1
            return args[position - 1].retained()
        }
        func keyOf(_ candidate: Value) throws(ScriptError) -> Value {
            guard let key else { return candidate.retained() }
            return try callValue(key, [candidate])
        }
        guard var best = try nextCandidate() else {
            if let defaultValue { return defaultValue.retained() }
            throw makeError("ValueError", "\(name)() arg is an empty sequence")
        }
        var bestKey: Value
        do throws(ScriptError) { bestKey = try keyOf(best) } catch {
            best.release(heap)
            throw error
        }
        defer { bestKey.release(heap) }
        do throws(ScriptError) {
            while let candidate = try nextCandidate() {
                let candidateKey: Value
                do throws(ScriptError) { candidateKey = try keyOf(candidate) } catch {
                    candidate.release(heap)
                    throw error
                }
                // As CPython: `candidate < best` for min, `candidate > best` for max.
                let better: Bool
                do throws(ScriptError) {
                    let result = try compare(op, candidateKey, bestKey)
                    defer { result.release(heap) }
                    better = try isTrue(result)
                } catch {
                    candidateKey.release(heap)
                    candidate.release(heap)
                    throw error
                }
                if better {
                    bestKey.release(heap)
                    bestKey = candidateKey
                    best.release(heap)
                    best = candidate
                } else {
                    candidate.release(heap)
                    candidateKey.release(heap)
                }
            }
        } catch {
            best.release(heap)
            throw error
        }
        return best
    }

    func sum(_ iterable: Value, start: Value) throws(ScriptError) -> Value {
        let iterator = try getIterator(iterable)
        defer { iterator.release(heap) }
        var total = start.retained()
        while let item = try nextFromIterator(iterator) {
            defer { item.release(heap) }
            if case .int(let a) = total, case .int(let b) = item {
                let (r, overflow) = a.addingReportingOverflow(b)
                if !overflow { total = .int(r); continue }
            }
            if case .float(let a) = total, case .float(let b) = item { total = .float(a + b); continue }
            let next: Value
            do throws(ScriptError) {
                next = try binaryOperation(.add, total, item)
            } catch {
                total.release(heap)
                throw error
            }
            total.release(heap)
            total = next
        }
        return total
    }
}
