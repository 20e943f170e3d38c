import BigInt

/// A Python `list` (or the storage of a `class L(list)` instance).
public final class ListObject: HeapObject {
    @exclusivity(unchecked) var items: ContiguousArray<Value>
    /// Attribute dict of a user-subclass instance.
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil

    init(type: TypeObject, items: ContiguousArray<Value>) {
        self.items = items
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        for item in items { body(item) }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let old = items
        items = []
        let attributes = instanceAttributes
        instanceAttributes = nil
        // CPython's list_dealloc releases items from the end.
        var i = old.count
        while i > 0 {
            i -= 1
            heap.release(old[i])
        }
        if let attributes { heap.release(attributes) }
    }
}

/// A Python `tuple`.
public final class TupleObject: HeapObject {
    @exclusivity(unchecked) var items: ContiguousArray<Value>
    @exclusivity(unchecked) var cachedHash: Int? = nil
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil

    init(type: TypeObject, items: ContiguousArray<Value>) {
        self.items = items
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        for item in items { body(item) }
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        // Last item first, in place: nothing can reach a tuple being destroyed, and the emptied
        // buffer stays for a tuple reused from the heap's free list.
        while let last = items.popLast() { heap.release(last) }
        if let attributes = instanceAttributes {
            instanceAttributes = nil
            heap.release(attributes)
        }
    }
}

/// A Python `int` too large for a machine word.
public final class IntObject: HeapObject {
    let value: BigInt

    /// Attribute dict of a user-subclass instance (`class I(int)`), owned.
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil

    init(type: TypeObject, _ value: BigInt) {
        self.value = value
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        if let attributes = instanceAttributes {
            instanceAttributes = nil
            heap.release(attributes)
        }
    }
}

/// A boxed float: only for `class F(float)` instances (plain floats are inline).
public final class FloatObject: HeapObject {
    let value: Double
    @exclusivity(unchecked) unowned(unsafe) var instanceAttributes: DictObject? = nil
    init(type: TypeObject, _ value: Double) {
        self.value = value
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let instanceAttributes { body(instanceAttributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        if let attributes = instanceAttributes {
            instanceAttributes = nil
            heap.release(attributes)
        }
    }
}

/// A Python `range`.
public final class RangeObject: HeapObject {
    /// The bounds and length as Python ints, whatever their size.
    let bigStart: BigInt
    let bigStop: BigInt
    let bigStep: BigInt
    let bigLength: BigInt
    /// Whether the bounds, the length and every element (and `length * step`) fit a machine int.
    /// Then `start`, `stop`, `step` and `length` hold them and element arithmetic cannot overflow;
    /// otherwise those are 0 and the Big values decide.
    let isSmall: Bool
    let start: Int
    let stop: Int
    let step: Int
    let length: Int

    init(type: TypeObject, start: BigInt, stop: BigInt, step: BigInt) {
        bigStart = start
        bigStop = stop
        bigStep = step
        if step > 0 {
            bigLength = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            bigLength = start > stop ? (start - stop - 1) / (-step) + 1 : 0
        }
        if let s = Int(exactly: start), let e = Int(exactly: stop), let d = Int(exactly: step), let n = Int(exactly: bigLength),
           Int(exactly: bigLength * step) != nil, Int(exactly: start + bigLength * step) != nil {
            (self.start, self.stop, self.step, self.length, isSmall) = (s, e, d, n, true)
        } else {
            (self.start, self.stop, self.step, self.length, isSmall) = (0, 0, 0, 0, false)
        }
        super.init(type: type)
    }

    /// Machine-int bounds: the length in machine arithmetic when nothing overflows (the usual
    /// case, with no BigInt arithmetic), else as the BigInt initializer computes it.
    init(type: TypeObject, start: Int, stop: Int, step: Int) {
        bigStart = BigInt(start)
        bigStop = BigInt(stop)
        bigStep = BigInt(step)
        var n = 0
        var fits = true
        if step > 0 && start < stop {
            let (span, o) = stop.subtractingReportingOverflow(start)
            fits = !o
            n = (span &- 1) / step &+ 1
        } else if step < 0 && start > stop {
            let (span, o) = start.subtractingReportingOverflow(stop)
            fits = !o && step != Int.min
            if fits { n = (span &- 1) / (-step) &+ 1 }
        }
        let (reach, o1) = n.multipliedReportingOverflow(by: step)
        let o2 = start.addingReportingOverflow(reach).overflow
        if fits && !o1 && !o2 {
            bigLength = BigInt(n)
            (self.start, self.stop, self.step, self.length, isSmall) = (start, stop, step, n, true)
        } else {
            // Non-empty (an empty range cannot overflow), so the span is positive.
            let span = step > 0 ? BigInt(stop) - BigInt(start) : BigInt(start) - BigInt(stop)
            bigLength = (span - 1) / BigInt(step.magnitude) + 1
            (self.start, self.stop, self.step, self.length, isSmall) = (0, 0, 0, 0, false)
        }
        super.init(type: type)
    }

    /// The element at `index` (0 ≤ index < length).
    func element(at index: BigInt) -> BigInt { bigStart + index * bigStep }

    /// Whether the int `n` is an element.
    func contains(_ n: BigInt) -> Bool {
        if bigLength == 0 { return false }
        if bigStep > 0 {
            if n < bigStart || n >= bigStop { return false }
        } else {
            if n > bigStart || n <= bigStop { return false }
        }
        return (n - bigStart) % bigStep == 0
    }
}

/// A Python `slice`.
public final class SliceObject: HeapObject {
    @exclusivity(unchecked) private(set) var start: Value
    @exclusivity(unchecked) private(set) var stop: Value
    @exclusivity(unchecked) private(set) var step: Value

    /// Takes ownership of the three values.
    init(type: TypeObject, start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(type: type)
    }

    /// Gives a slice from the heap's free list (released) the values `init` takes.
    func reuse(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(start); body(stop); body(step)
    }

    override func releaseReferences(_ heap: Heap) {
        heap.release(start); heap.release(stop); heap.release(step)
    }
}

/// A closure cell.
public final class CellObject: HeapObject {
    @exclusivity(unchecked) var contents: Value? = nil

    override func forEachReference(_ body: (Value) -> Void) {
        if let contents { body(contents) }
    }

    override func releaseReferences(_ heap: Heap) {
        if let old = contents {
            contents = nil
            heap.release(old)
        }
    }
}

/// Singletons without state: NotImplemented, Ellipsis, and the like.
public final class MarkerObject: HeapObject {
    let name: String
    init(type: TypeObject, name: String) {
        self.name = name
        super.init(type: type)
    }
}
