/// `throw()` and `close()` on a generator suspended in `yield from`: the exception goes to the
/// delegate first, as CPython's gen_throw does.
extension Interpreter {
    func isSuspendedInYieldFrom(_ generator: GeneratorObject) -> Bool {
        guard generator.state == .suspended, generator.resumeIndex < generator.code.instructions.count,
              generator.savedCount > 0 else { return false }
        return Opcode(rawValue: UInt8(truncatingIfNeeded: generator.code.instructions[generator.resumeIndex])) == .yieldFrom
    }

    /// Consumes `error`. The delegate (the iterator on top of the saved stack) may handle it and
    /// yield again, finish (the generator continues after `yield from`), or raise into the generator.
    func throwThroughYieldFrom(_ generator: GeneratorObject, _ error: ScriptError) throws(ScriptError) -> GeneratorOutcome {
        let delegate = generator.savedValues[generator.savedCount - 1]
        delegate.retain()
        defer { delegate.release(heap) }
        var raised: ScriptError
        if error.object.type.isSubtype(of: types.exception("GeneratorExit")) {
            // close() the delegate, then raise GeneratorExit (or what close() raised) here.
            raised = error
            do throws(ScriptError) {
                if let inner = delegate.asObject(GeneratorObject.self) {
                    try closeGenerator(inner)
                } else if let close = special(delegate, "close") {
                    try callValue(close, [delegate]).release(heap)
                }
            } catch {
                heap.release(raised.object)
                raised = error
            }
            return try resumeGenerator(generator, send: .none, throwing: raised, delegateThrow: false)
        }
        do throws(ScriptError) {
            if let inner = delegate.asObject(GeneratorObject.self) {
                switch try resumeGenerator(inner, send: .none, throwing: error) {
                case .yielded(let v): return .yielded(v)
                case .returned(let v): return try finishYieldFrom(generator, result: v)
                }
            }
            guard let throwMethod = special(delegate, "throw") else {
                return try resumeGenerator(generator, send: .none, throwing: error, delegateThrow: false)
            }
            defer { heap.release(error.object) }
            return .yielded(try callValue(throwMethod, [delegate, error.object.asValue]))
        } catch let failure {
            raised = failure
        }
        if raised.object.type.isSubtype(of: types.stopIteration!), delegate.asObject(GeneratorObject.self) == nil {
            // The delegate finished while handling the exception: its value is the `yield from` result.
            let result = raised.object.arguments.items.first?.retained() ?? Value.none
            heap.release(raised.object)
            return try finishYieldFrom(generator, result: result)
        }
        return try resumeGenerator(generator, send: .none, throwing: raised, delegateThrow: false)
    }

    /// Resumes after the `yield from` instruction with `result` (owned) as its value.
    private func finishYieldFrom(_ generator: GeneratorObject, result: Value) throws(ScriptError) -> GeneratorOutcome {
        defer { result.release(heap) }
        generator.savedCount -= 1
        generator.savedValues[generator.savedCount].release(heap)
        generator.resumeIndex += 1
        return try resumeGenerator(generator, send: result)
    }
}
