/// An iteration over a weak container (`iter(d)`, `d.items()`, `s.__iter__()`, …). It behaves
/// like the generators CPython uses: nothing happens until the first `next()`, which enters the
/// container's iteration guard; the guard is left when the iteration ends or the iterator is
/// dropped; and the item last produced stays alive while the iterator is suspended.
public final class WeakContainerIterator: HeapObject {
    enum Mode { case keys, values, items, references }
    let mode: Mode
    /// The generator function CPython's container runs (`WeakKeyDictionary.keys`), for the repr.
    let qualifiedName: String
    @exclusivity(unchecked) var container: WeakContainerObject?
    @exclusivity(unchecked) var position = 0
    @exclusivity(unchecked) var expectedCount = 0
    /// Entries not yet visited, as CPython's dict iterator counts them: one more entry than
    /// that means keys were replaced while the size stayed the same.
    @exclusivity(unchecked) var remaining = 0
    @exclusivity(unchecked) var started = false
    /// What the last step produced, kept alive until the next step (owned).
    @exclusivity(unchecked) var current: [Value] = []

    init(type: TypeObject, container: WeakContainerObject, mode: Mode, qualifiedName: String) {
        self.container = container
        self.mode = mode
        self.qualifiedName = qualifiedName
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let container { body(container.asValue) }
        for value in current { body(value) }
    }

    override func releaseReferences(_ heap: Heap) {
        let held = current
        current = []
        guard let container else {
            for value in held { value.release(heap) }
            return
        }
        self.container = nil
        if started { heap.interpreter.leaveIterationGuard(container) }
        for value in held { value.release(heap) }
        heap.release(container)
    }
}

extension Interpreter {
    /// A new (not yet started) iteration over `container`. Owned.
    func makeWeakContainerIterator(_ container: WeakContainerObject, _ mode: WeakContainerIterator.Mode) -> Value {
        container.retain()
        let owner = container.kind == .keyDictionary ? "WeakKeyDictionary" : container.kind == .valueDictionary ? "WeakValueDictionary" : "WeakSet"
        let function: String
        switch (container.kind, mode) {
        case (.set, _): function = "__iter__"
        case (_, .keys): function = "keys"
        case (_, .values): function = "values"
        case (_, .items): function = "items"
        case (_, .references): function = "itervaluerefs"
        }
        return heap.registerTracked(WeakContainerIterator(type: weakrefTypes.containerIterator, container: container, mode: mode,
                                                          qualifiedName: owner + "." + function)).asValue
    }

    /// The next item of a weak container iteration (owned), or nil when it is over.
    func advanceWeakContainer(_ it: WeakContainerIterator) throws(ScriptError) -> Value? {
        guard let container = it.container else { return nil }
        if !it.started {
            it.started = true
            if container.kind == .valueDictionary { commitIfPending(container) }
            enterIterationGuard(container)
            it.expectedCount = container.table.count
            it.remaining = it.expectedCount
        }
        let previous = it.current
        it.current = []
        defer { for value in previous { value.release(heap) } }
        let table = container.table
        while true {
            if table.count != it.expectedCount {
                finishWeakContainerIteration(it)
                throw makeError("RuntimeError", container.kind == .set ? "Set changed size during iteration"
                                                                        : "dictionary changed size during iteration")
            }
            guard let index = table.nextLive(from: it.position) else {
                finishWeakContainerIteration(it)
                return nil
            }
            it.position = index + 1
            if container.kind != .set {
                if it.remaining == 0 {
                    finishWeakContainerIteration(it)
                    throw makeError("RuntimeError", "dictionary keys changed during iteration")
                }
                it.remaining -= 1
            }
            let entry = table.entries[index]
            guard let key = entry.key else { continue }
            var parts: [Value]
            if container.isKeyed {
                guard let reference = key.asObject(WeakReferenceObject.self) else { continue }
                if it.mode == .references {
                    parts = [key]
                } else {
                    guard let target = reference.target else { continue }
                    switch it.mode {
                    case .keys: parts = [target.asValue]
                    case .values: parts = [entry.value]
                    default: parts = [target.asValue, entry.value]
                    }
                }
            } else {
                guard let reference = entry.value.asObject(WeakReferenceObject.self) else { continue }
                if it.mode == .references {
                    parts = [entry.value]
                } else {
                    guard let target = reference.target else { continue }
                    switch it.mode {
                    case .keys: parts = [key]
                    case .values: parts = [target.asValue]
                    default: parts = [key, target.asValue]
                    }
                }
            }
            for part in parts { part.retain() }
            it.current = parts
            if parts.count == 2 { return makeTuple([parts[0].retained(), parts[1].retained()]) }
            return parts[0].retained()
        }
    }

    /// Ends the iteration: the guard is left and the held item dropped, as when CPython's
    /// generator finishes, is closed, or has an exception thrown in.
    private func finishWeakContainerIteration(_ it: WeakContainerIterator) {
        guard let container = it.container else { return }
        it.container = nil
        if it.started { leaveIterationGuard(container) }
        let held = it.current
        it.current = []
        for value in held { value.release(heap) }
        heap.release(container)
    }

    func installWeakContainerIteratorMethods() {
        let dict = weakrefTypes.containerIterator.dict!
        func method(_ name: String, _ body: @escaping (Interpreter, WeakContainerIterator, Arguments) throws(ScriptError) -> Value) {
            define(dict, name, owner: "generator") { (vm, args) throws(ScriptError) -> Value in
                guard args.values.count > 0, let it = args[0].asObject(WeakContainerIterator.self) else {
                    throw vm.makeError("TypeError", "descriptor '\(name)' for 'generator' objects doesn't apply to this object")
                }
                return try body(vm, it, args)
            }
        }
        method("__iter__") { (_, it, _) throws(ScriptError) -> Value in it.retainedValue }
        method("__next__") { (vm, it, _) throws(ScriptError) -> Value in
            guard let next = try vm.advanceWeakContainer(it) else { throw vm.makeError("StopIteration", nil) }
            return next
        }
        method("send") { (vm, it, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "generator.send() takes exactly one argument (\(args.count - 1) given)") }
            if !it.started, it.container != nil, !args[1].isNone {
                throw vm.makeError("TypeError", "can't send non-None value to a just-started generator")
            }
            guard let next = try vm.advanceWeakContainer(it) else { throw vm.makeError("StopIteration", nil) }
            return next
        }
        method("throw") { (vm, it, args) throws(ScriptError) -> Value in
            let error = try vm.exceptionToThrow(args)
            vm.finishWeakContainerIteration(it)
            throw error
        }
        method("close") { (vm, it, _) throws(ScriptError) -> Value in
            vm.finishWeakContainerIteration(it)
            return .none
        }
        // The generator function's names, as CPython's generators carry them.
        let type = weakrefTypes.containerIterator
        defineReadOnlyProperty(type, "__qualname__") { (vm, v) throws(ScriptError) -> Value in
            vm.makeStr(v.asObject(WeakContainerIterator.self)?.qualifiedName ?? "")
        }
        defineReadOnlyProperty(type, "__name__") { (vm, v) throws(ScriptError) -> Value in
            let qualified = v.asObject(WeakContainerIterator.self)?.qualifiedName ?? ""
            return vm.makeStr(qualified.split(separator: ".").last.map(String.init) ?? qualified)
        }
    }
}
