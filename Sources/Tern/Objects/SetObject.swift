/// A Python `set` or `frozenset`.
public final class SetObject: HeapObject {
    /// Owns the element references.
    let table = SetTable()
    @exclusivity(unchecked) var instanceAttributes: DictObject? = nil
    @exclusivity(unchecked) var cachedHash: Int? = nil

    var count: Int { table.count }

    override func forEachReference(_ body: (Value) -> Void) {
        for slot in table.slots { if let key = slot.key { body(key) } }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        table.removeAll(heap)
        if let attributes = instanceAttributes {
            instanceAttributes = nil
            heap.release(attributes)
        }
    }

    func contains(_ key: Value, _ vm: Interpreter) throws(ScriptError) -> Bool {
        let hash = try vm.hash(key)
        return try table.find(key, hash: hash, vm) != nil
    }

    /// Adds `key` (borrowed) unless an equal element is present.
    func add(_ key: Value, _ vm: Interpreter) throws(ScriptError) {
        let hash = try vm.hash(key)
        try table.insert(key, hash: hash, vm)
    }

    /// Removes `key`; returns whether it was present.
    func discard(_ key: Value, _ vm: Interpreter) throws(ScriptError) -> Bool {
        let hash = try vm.hash(key)
        return try table.remove(key, hash: hash, vm)
    }

    /// Elements in iteration order (borrowed).
    var elements: [Value] { table.keys }
}
