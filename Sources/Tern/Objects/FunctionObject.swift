#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A function defined by `def` or `lambda`.
public final class FunctionObject: HeapObject {
    @exclusivity(unchecked) unowned(unsafe) var code: CodeObject
    @exclusivity(unchecked) unowned(unsafe) var globals: DictObject
    /// `__defaults__` and `__kwdefaults__` (owned), stored unmanaged so argument binding reads them
    /// without Swift retains.
    @exclusivity(unchecked) private(set) var defaultsReference: Unmanaged<TupleObject>?
    @exclusivity(unchecked) private(set) var keywordDefaultsReference: Unmanaged<DictObject>?
    var defaults: TupleObject? {
        get { defaultsReference?.takeUnretainedValue() }
        set { defaultsReference = newValue.map(Unmanaged.passUnretained) }
    }
    var keywordDefaults: DictObject? {
        get { keywordDefaultsReference?.takeUnretainedValue() }
        set { keywordDefaultsReference = newValue.map(Unmanaged.passUnretained) }
    }
    /// `__closure__`: the cells of the free variables (owned), unmanaged for the call path.
    @exclusivity(unchecked) private(set) var closureReference: Unmanaged<TupleObject>?
    var closure: TupleObject? {
        get { closureReference?.takeUnretainedValue() }
        set { closureReference = newValue.map(Unmanaged.passUnretained) }
    }
    @exclusivity(unchecked) unowned(unsafe) var attributes: DictObject?
    unowned(unsafe) var name: StrObject
    unowned(unsafe) var qualifiedName: StrObject
    @exclusivity(unchecked) var module: Value = .none
    @exclusivity(unchecked) var doc: Value = .none
    @exclusivity(unchecked) var annotations: Value = .none

    /// Takes ownership of every reference passed in.
    init(type: TypeObject, code: CodeObject, globals: DictObject, name: StrObject, qualifiedName: StrObject) {
        self.code = code
        self.globals = globals
        self.name = name
        self.qualifiedName = qualifiedName
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(code.asValue)
        body(globals.asValue)
        if let defaults { body(defaults.asValue) }
        if let keywordDefaults { body(keywordDefaults.asValue) }
        if let closure { body(closure.asValue) }
        if let attributes { body(attributes.asValue) }
        body(name.asValue)
        body(qualifiedName.asValue)
        body(module)
        body(doc)
        body(annotations)
    }

    override func releaseReferences(_ heap: Heap) {
        // Every field is emptied before any count drops (a release may run code that reaches this
        // function); locals rather than an array, which would cost an allocation per function.
        let oldDefaults = defaultsReference, oldKeywordDefaults = keywordDefaultsReference
        let oldClosure = closureReference, oldAttributes = attributes.map { Unmanaged.passUnretained($0) }
        let oldModule = module, oldDoc = doc, oldAnnotations = annotations
        defaults = nil
        keywordDefaults = nil
        closure = nil
        attributes = nil
        module = .none
        doc = .none
        annotations = .none
        if let oldDefaults { heap.release(oldDefaults) }
        if let oldKeywordDefaults { heap.release(oldKeywordDefaults) }
        if let oldClosure { heap.release(oldClosure) }
        if let oldAttributes { heap.release(oldAttributes) }
        heap.release(oldModule)
        heap.release(oldDoc)
        heap.release(oldAnnotations)
        // code, globals and the names stay readable (memory-safe) until free; drop their counts now
        // (unmanaged: each would otherwise cost a Swift retain and release).
        heap.release(Unmanaged.passUnretained(code))
        heap.release(Unmanaged.passUnretained(globals))
        heap.release(Unmanaged.passUnretained(name))
        heap.release(Unmanaged.passUnretained(qualifiedName))
    }
}

/// How native code receives arguments: positional values followed by keyword values,
/// borrowed from the caller's stack.
struct Arguments {
    let values: UnsafeBufferPointer<Value>
    /// Names of the trailing keyword values, or nil.
    unowned(unsafe) let keywordNames: TupleObject?

    /// How many of `values` are keyword values (stored: reading it through the tuple would cost
    /// ARC traffic on every argument check).
    let keywordCount: Int

    init(_ values: UnsafeBufferPointer<Value>, keywordNames: TupleObject? = nil) {
        self.values = values
        self.keywordNames = keywordNames
        self.keywordCount = keywordNames?.items.count ?? 0
    }

    var count: Int { values.count - keywordCount }
    @inline(__always)
    subscript(index: Int) -> Value { values[index] }

    /// The keyword argument called `name`, if given.
    func keyword(_ name: String) -> Value? {
        guard let names = keywordNames else { return nil }
        let start = values.count - names.items.count
        for (i, key) in names.items.enumerated() where key.asStr?.value == name {
            return values[start + i]
        }
        return nil
    }

    var keywords: [(String, Value)] {
        guard let names = keywordNames else { return [] }
        let start = values.count - names.items.count
        return names.items.enumerated().map { ($0.element.asStr?.value ?? "", values[start + $0.offset]) }
    }
}

typealias NativeFunction = (Interpreter, Arguments) throws(ScriptError) -> Value

/// A function implemented in Swift (builtins, module functions, methods of builtin types).
public final class NativeFunctionObject: HeapObject {
    let name: String
    let function: NativeFunction
    /// When set, the function is a method of this type: attribute access on an instance binds it.
    let ownerTypeName: String?
    /// For builtin functions bound to a module or object (`print.__self__`): owned.
    @exclusivity(unchecked) var boundSelf: Value? = nil
    /// For a builtin method bound to an object: the method it was bound from (owned), which
    /// decides equality with other bindings.
    @exclusivity(unchecked) var unboundMethod: Value = .none
    let isClassMethod: Bool
    let isStaticMethod: Bool
    /// For a function of a builtin module (`math.sqrt`): the module's name.
    var moduleName: String? = nil

    /// The key of its entry in BuiltinDocumentation: "len", "str.split", "math.sqrt".
    var documentationKey: String {
        if let ownerTypeName { return ownerTypeName + "." + name }
        if let moduleName { return moduleName + "." + name }
        return name
    }

    init(type: TypeObject, name: String, ownerTypeName: String? = nil, isClassMethod: Bool = false,
         isStaticMethod: Bool = false, function: @escaping NativeFunction) {
        self.name = name
        self.function = function
        self.ownerTypeName = ownerTypeName
        self.isClassMethod = isClassMethod
        self.isStaticMethod = isStaticMethod
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let boundSelf { body(boundSelf) }
        body(unboundMethod)
    }

    override func releaseReferences(_ heap: Heap) {
        if let old = boundSelf {
            boundSelf = nil
            heap.release(old)
        }
        let method = unboundMethod
        unboundMethod = .none
        heap.release(method)
    }
}

/// `obj.method`: a function bound to an instance; a new object at each access, as in CPython.
public final class BoundMethodObject: HeapObject {
    @exclusivity(unchecked) var function: Value
    @exclusivity(unchecked) var receiver: Value

    /// Takes ownership of both references.
    init(type: TypeObject, function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(function)
        body(receiver)
    }

    override func releaseReferences(_ heap: Heap) {
        let f = function, r = receiver
        function = .none
        receiver = .none
        heap.release(r)
        heap.release(f)
    }
}

/// An instance of a class made by a `class` statement (layout `object`).
public final class InstanceObject: HeapObject {
    /// The instance dict (owns a Tern reference). Held unmanaged: the heap keeps every object's Swift
    /// instance alive until it is freed, and the attribute fast path reads it without Swift retains.
    @exclusivity(unchecked) var attributesReference: Unmanaged<DictObject>? = nil
    var attributes: DictObject? {
        get { attributesReference?.takeUnretainedValue() }
        set { attributesReference = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// Values of `__slots__` entries, by slot index; nil when unset.
    @exclusivity(unchecked) private(set) var slots: InstanceSlots
    /// Head of this instance's weak reference list (read through `Heap.weakList(of:)`).
    @exclusivity(unchecked) var weakReferenceHead: Unmanaged<WeakReferenceObject>? = nil

    init(type: TypeObject, slotCount: Int) {
        slots = InstanceSlots(count: slotCount)
        super.init(type: type)
    }

    deinit { slots.deallocate() }

    /// Gives the instance `count` empty slots (a recycled instance taking another class's layout).
    func resizeSlots(_ count: Int) {
        guard slots.count != count else { return }
        slots.deallocate()
        slots = InstanceSlots(count: count)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        if let attributesReference {
            attributesReference._withUnsafeGuaranteedRef { dict in
                // An untracked dict is this instance's alone: its values count as the instance's.
                if dict.gcSlot >= 0 { body(dict.asValue) } else { dict.forEachEmbeddedReference(body) }
            }
        }
        for slot in slots { if let slot { body(slot) } }
    }

    override func releaseReferences(_ heap: Heap) {
        let oldAttributes = attributesReference
        attributesReference = nil
        // Slots empty in place, in order; the buffer stays for a recycled instance.
        var i = 0
        while i < slots.count {
            if let slot = slots[i] {
                slots[i] = nil
                heap.release(slot)
            }
            i &+= 1
        }
        if let oldAttributes { heap.release(oldAttributes) }
    }
}

/// `property`, `staticmethod`, `classmethod` and other descriptors holding up to four values.
public final class DescriptorObject: HeapObject {
    @exclusivity(unchecked) var getter: Value
    @exclusivity(unchecked) var setter: Value
    @exclusivity(unchecked) var deleter: Value
    @exclusivity(unchecked) var doc: Value
    @exclusivity(unchecked) var attributes: DictObject? = nil

    /// Takes ownership.
    init(type: TypeObject, getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(getter); body(setter); body(deleter); body(doc)
        if let attributes { body(attributes.asValue) }
    }

    override func releaseReferences(_ heap: Heap) {
        let old = [getter, setter, deleter, doc]
        getter = .none; setter = .none; deleter = .none; doc = .none
        for value in old { heap.release(value) }
        if let attributes {
            self.attributes = nil
            heap.release(attributes)
        }
    }
}

/// `super()`: the type to start after, and the object (or type) it is bound to.
public final class SuperObject: HeapObject {
    @exclusivity(unchecked) unowned(unsafe) private(set) var startType: TypeObject
    @exclusivity(unchecked) private(set) var receiver: Value
    /// `type(receiver)`, or receiver itself when it is a type (`super()` in a classmethod).
    @exclusivity(unchecked) unowned(unsafe) private(set) var receiverType: TypeObject

    /// Takes ownership of the references.
    init(type: TypeObject, startType: TypeObject, receiver: Value, receiverType: TypeObject) {
        self.startType = startType
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(type: type)
    }

    /// Gives an object from the heap's free list (released) the fields `init` sets.
    func reuse(startType: TypeObject, receiver: Value, receiverType: TypeObject) {
        self.startType = startType
        self.receiver = receiver
        self.receiverType = receiverType
    }

    override func forEachReference(_ body: (Value) -> Void) {
        body(startType.asValue); body(receiver); body(receiverType.asValue)
    }

    override func releaseReferences(_ heap: Heap) {
        heap.release(receiver)
        heap.release(startType)
        heap.release(receiverType)
    }
}

/// A module: a namespace dict with a name.
public final class ModuleObject: HeapObject {
    @exclusivity(unchecked) unowned(unsafe) var dict: DictObject
    let name: String

    /// Takes ownership of `dict`.
    init(type: TypeObject, name: String, dict: DictObject) {
        self.name = name
        self.dict = dict
        super.init(type: type)
    }

    override func forEachReference(_ body: (Value) -> Void) { body(dict.asValue) }

    override func releaseReferences(_ heap: Heap) { heap.release(dict) }
}

/// The `__slots__` values of one instance in a raw buffer it owns. A Swift array here would cost a
/// generic metadata lookup per allocation and a uniqueness check per store, on the path of every
/// object made from a slotted class.
struct InstanceSlots: Sequence {
    private let base: UnsafeMutablePointer<Value?>?
    /// Number of slots.
    let count: Int

    init(count: Int) {
        self.count = count
        if count == 0 {
            base = nil
        } else {
            // malloc directly: Swift's typed allocate goes through posix_memalign here.
            let bytes = count * MemoryLayout<Value?>.stride
            let storage = malloc(bytes).map { $0.bindMemory(to: Value?.self, capacity: count) }
                ?? UnsafeMutablePointer<Value?>.allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
            base = storage
        }
    }

    var isEmpty: Bool { count == 0 }
    var indices: Range<Int> { 0..<count }

    /// The value in slot `index`; nil when unset or out of range. Setting out of range does nothing
    /// (the slot tables of a class and its instances agree; this only keeps a mismatch memory-safe).
    subscript(index: Int) -> Value? {
        @inline(__always) get {
            guard let base, UInt(bitPattern: index) < UInt(bitPattern: count) else { return nil }
            return base[index]
        }
        @inline(__always) nonmutating set {
            guard let base, UInt(bitPattern: index) < UInt(bitPattern: count) else { return }
            base[index] = newValue
        }
    }

    func makeIterator() -> UnsafeMutableBufferPointer<Value?>.Iterator {
        UnsafeMutableBufferPointer(start: base, count: count).makeIterator()
    }

    /// Frees the buffer (the values must already be released).
    func deallocate() { free(base) }
}
