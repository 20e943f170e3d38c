/// The methods of generator objects: send, throw, close, and the iterator protocol.
extension Interpreter {
    func installGeneratorMethods() {
        let dict = types.generator.dict!
        func receiver(_ vm: Interpreter, _ args: Arguments, _ name: String) throws(ScriptError) -> GeneratorObject {
            guard args.values.count > 0, let generator = args[0].asObject(GeneratorObject.self) else {
                throw vm.makeError("TypeError", "descriptor '\(name)' for 'generator' objects doesn't apply to this object")
            }
            return generator
        }
        define(dict, "send", owner: "generator") { (vm, args) throws(ScriptError) -> Value in
            let generator = try receiver(vm, args, "send")
            guard args.count == 2 else { throw vm.makeError("TypeError", "generator.send() takes exactly one argument (\(args.count - 1) given)") }
            return try vm.generatorStep(try vm.resumeGenerator(generator, send: args[1]))
        }
        define(dict, "__next__", owner: "generator") { (vm, args) throws(ScriptError) -> Value in
            let generator = try receiver(vm, args, "__next__")
            return try vm.generatorStep(try vm.resumeGenerator(generator, send: .none))
        }
        define(dict, "__iter__", owner: "generator") { (vm, args) throws(ScriptError) -> Value in
            _ = try receiver(vm, args, "__iter__")
            return args[0].retained()
        }
        define(dict, "throw", owner: "generator") { (vm, args) throws(ScriptError) -> Value in
            let generator = try receiver(vm, args, "throw")
            let error = try vm.exceptionToThrow(args)
            return try vm.generatorStep(try vm.resumeGenerator(generator, send: .none, throwing: error))
        }
        define(dict, "close", owner: "generator") { (vm, args) throws(ScriptError) -> Value in
            let generator = try receiver(vm, args, "close")
            try vm.closeGenerator(generator)
            return .none
        }
    }

    /// The exception `generator.throw(type[, value[, traceback]])` raises at the suspension point.
    func exceptionToThrow(_ args: Arguments) throws(ScriptError) -> ScriptError {
        guard (2...4).contains(args.count) else { throw makeError("TypeError", "throw expected at least 1 argument, got \(args.count - 1)") }
        if args.count >= 3, let type = args[1].asObject(TypeObject.self), !args[2].isNone {
            // throw(type, value): instantiate unless value already is an instance of type.
            if typeOf(args[2]).isSubtype(of: type) { return try makeRaisable(args[2], cause: nil) }
            let made = try callValue(type.asValue, [args[2]])
            defer { made.release(heap) }
            return try makeRaisable(made, cause: nil)
        }
        return try makeRaisable(args[1], cause: nil)
    }

    /// The value a generator yielded, or StopIteration carrying its return value.
    func generatorStep(_ outcome: GeneratorOutcome) throws(ScriptError) -> Value {
        switch outcome {
        case .yielded(let v): return v
        case .returned(let v):
            throw stopIteration(returning: v)
        }
    }

    /// The StopIteration next() or send() raises for a generator that returned `value` (consumed).
    func stopIteration(returning value: Value) -> ScriptError {
        defer { value.release(heap) }
        return value.isNone ? makeError("StopIteration", nil) : makeError("StopIteration", value: value)
    }
}
