#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt
import CTernSupport

/// One Tern interpreter: its heap, types, modules and VM state. Several can
/// live in one process; nothing is shared between them.
public final class Interpreter {
    let heap: Heap
    let types: BuiltinTypes
    /// `CellObject`'s Swift class, kept so LOAD_DEREF need not call its metadata accessor.
    let cellClass = ObjectIdentifier(CellObject.self)
    @exclusivity(unchecked) var interned: [ExactText: StrObject] = [:]
    /// The shared one-character ASCII strs behind `character(_:)` (interned, so never freed before shutdown).
    @exclusivity(unchecked) var asciiCharacters = [StrObject?](repeating: nil, count: 128)
    /// `list.append`, which CALL recognises to append without a native call (borrowed from list's dict).
    @exclusivity(unchecked) var listAppendMethod: UnsafeMutableRawPointer? = nil
    /// Parsed format specs by text (see `formatSpec`).
    @exclusivity(unchecked) var parsedNumberSpecs: [String: FormatSpec] = [:]
    @exclusivity(unchecked) var parsedStringSpecs: [String: FormatSpec] = [:]
    /// `generator.send` and the builtin `next`, which CALL recognises to run a generator in the loop.
    @exclusivity(unchecked) var generatorSendMethod: UnsafeMutableRawPointer? = nil
    @exclusivity(unchecked) var nextFunction: UnsafeMutableRawPointer? = nil
    /// `BaseException.__new__` and `__init__`: classes that keep both are constructed directly.
    @exclusivity(unchecked) var baseExceptionNew: UnsafeMutableRawPointer? = nil
    @exclusivity(unchecked) var baseExceptionInit: UnsafeMutableRawPointer? = nil
    /// The cache behind `symbol(_:)`: literal addresses and their interned strs.
    @exclusivity(unchecked) var literalNameKeys = [UInt](repeating: 0, count: Interpreter.literalNameSlots)
    @exclusivity(unchecked) var literalNameValues = [Unmanaged<StrObject>?](repeating: nil, count: Interpreter.literalNameSlots)
    @exclusivity(unchecked) var builtins: DictObject!
    @exclusivity(unchecked) var modules: DictObject!
    var sysModule: ModuleObject!
    let notImplemented: MarkerObject
    let ellipsis: MarkerObject
    /// Pushed by LOAD_METHOD in place of an unbound method's function.
    let nullMarker: MarkerObject

    /// gc.garbage and gc.callbacks (owned; None until the gc module is first imported).
    var garbageList: Value = .none
    var collectorCallbacks: Value = .none

    // VM state
    @exclusivity(unchecked) var frames = FrameStack()
    let stackStart: UnsafeMutablePointer<Value>
    let stackCapacity = 4_000_000
    var stackLimit: UnsafeMutablePointer<Value> { stackStart + stackCapacity - 1024 }
    @exclusivity(unchecked) var recursionLimit = 1000
    /// sys.set_int_max_str_digits: the longest decimal int text converted either way (0: no limit).
    var maxStrDigits = 4300
    /// Payload of the last NaN float() made: distinct payloads give each parsed NaN its own identity.
    var nanSerial: UInt64 = 0
    /// Python frames plus native re-entries, compared against `recursionLimit`.
    @exclusivity(unchecked) var callDepth = 0
    /// Traceback entries of activations still running (see RunningFrameEntries.swift).
    let runningEntries = RunningFrameEntries()
    /// The exception currently being handled (sys.exc_info()), or None. Owned.
    @exclusivity(unchecked) var handledException: Value = .none
    /// Shutdown has gone past the point where CPython's tracebacks can show source lines.
    var sourceLinesUnavailable = false
    /// The program ended with an uncaught KeyboardInterrupt (the `tern` command then ends by SIGINT).
    var endedByKeyboardInterrupt = false
    @exclusivity(unchecked) var stackGuard = StackGuard()

    // Program state
    var output: OutputStreams
    /// The host's line editor for `input()` (TernInterpreter.interactiveLineReader).
    var interactiveLineReader: ((String, String) -> TernLineInput)? = nil
    var sourceLines: [String: [Substring]] = [:]
    var mainDirectory = "."
    var argv: [String] = []
    @exclusivity(unchecked) var isShuttingDown = false
    /// A caught SystemExit's status, while unwinding to the top.
    @exclusivity(unchecked) var exitRequested: Int32? = nil
    /// An exception to raise as soon as the next resumed generator frame starts.
    @exclusivity(unchecked) var pendingThrow: ScriptError? = nil
    /// The return value of a `yield from` delegate that just finished (owned).
    @exclusivity(unchecked) var delegateResult: Value = .none
    /// Containers whose repr is being computed (for `[...]`).
    @exclusivity(unchecked) var reprInProgress: Set<ObjectIdentifier> = []
    /// Names of modules whose code is running for their first import (circular-import errors).
    var modulesInitializing: Set<String> = []
    /// The weakref module's types, made when first needed (see `weakrefTypes`).
    var weakrefTypesStorage: WeakrefTypes? = nil
    /// The address of the module type, for the `module.name` fast path.
    let moduleTypeAddress: UnsafeMutableRawPointer
    /// The address of `weakref.ref` once made: `ref(o)` and `r()` take fast paths in `call`.
    @exclusivity(unchecked) var plainReferenceTypeAddress: UnsafeMutableRawPointer? = nil
    /// The address of the native default `sys.unraisablehook` (a replaced hook is called instead).
    @exclusivity(unchecked) var defaultUnraisableHookAddress: UnsafeMutableRawPointer? = nil
    /// sys.__excepthook__, to tell a replaced sys.excepthook apart.
    @exclusivity(unchecked) var defaultExceptHookAddress: UnsafeMutableRawPointer? = nil
    /// The address of `weakref.finalize`, constructed directly by `call`.
    @exclusivity(unchecked) var finalizeTypeAddress: UnsafeMutableRawPointer? = nil
    /// The address of `KeyedRef`, which WeakValueDictionary stores.
    @exclusivity(unchecked) var keyedReferenceTypeAddress: UnsafeMutableRawPointer? = nil
    /// The exact weak container types, whose item operations the VM calls directly.
    @exclusivity(unchecked) var exactWeakContainerTypeAddresses: (keys: UnsafeMutableRawPointer, values: UnsafeMutableRawPointer,
                                                                  set: UnsafeMutableRawPointer)? = nil
    /// The weakref module's per-interpreter state: live finalizers and whether exit has begun.
    var finalizers = FinalizerRegistry()

    /// Creates an interpreter with its builtins, sys, math and time modules.
    public init() {
        heap = Heap()
        types = BuiltinTypes()
        moduleTypeAddress = Unmanaged.passUnretained(types.module).toOpaque()
        output = OutputStreams()
        stackStart = UnsafeMutablePointer<Value>.allocate(capacity: stackCapacity)
        notImplemented = MarkerObject(type: types.notImplementedType, name: "NotImplemented")
        ellipsis = MarkerObject(type: types.ellipsisType, name: "Ellipsis")
        nullMarker = MarkerObject(type: types.object, name: "<null>")
        heap.owner = Unmanaged.passUnretained(self)
        for type in types.all {
            heap.register(type)
            type.refcount = Int.max / 2
        }
        for type in types.all {
            type.dict = heap.register(DictObject(type: types.dict))
        }
        for marker in [notImplemented, ellipsis, nullMarker] {
            heap.register(marker)
            marker.refcount = Int.max / 2
        }
        for type in types.all {
            type.subclasses = []
            type.version = heap.newTypeVersion()
        }
        for type in types.all {
            for base in type.bases { base.subclasses.append(Unmanaged.passUnretained(type)) }
        }
        types.generator.hasFinalizer = true
        installTypeAttributes()
        builtins = heap.register(DictObject(type: types.dict))
        modules = heap.register(DictObject(type: types.dict))
        installBuiltins()
        installSysModule()
        // Installing methods filled the builtin types' dicts: give each a fresh version for the caches.
        for type in types.all { type.version = heap.newTypeVersion() }
        heap.tupleType = Unmanaged.passUnretained(types.tuple).toOpaque()
        heap.dictType = Unmanaged.passUnretained(types.dict).toOpaque()
        heap.listType = Unmanaged.passUnretained(types.list).toOpaque()
        heap.strType = Unmanaged.passUnretained(types.str).toOpaque()
        if case .object(let append)? = types.list.dict?.getString(symbol("append")) { listAppendMethod = append.toOpaque() }
        if case .object(let send)? = types.generator.dict?.getString(symbol("send")) { generatorSendMethod = send.toOpaque() }
        if case .object(let next)? = builtins.getString(symbol("next")) { nextFunction = next.toOpaque() }
        if case .object(let new)? = types.baseException!.dict?.getString(symbol("__new__")) { baseExceptionNew = new.toOpaque() }
        if case .object(let initializer)? = types.baseException!.dict?.getString(symbol("__init__")) {
            baseExceptionInit = initializer.toOpaque()
        }
        installSiteBuiltins()
    }

    deinit {
        stackStart.deallocate()
        frames.deallocate()
    }

    // MARK: Interning and object creation

    /// The interned str object for `string` (borrowed).
    /// The interned str for a name spelled as a literal in Tern's own source (`"__init__"`): found by the
    /// literal's address in a small table, so hot paths don't hash the text each time (borrowed).
    @inline(__always)
    func symbol(_ literal: StaticString) -> StrObject {
        let key = UInt(bitPattern: literal.utf8Start)
        let slot = Int(truncatingIfNeeded: (key >> 3) ^ (key >> 11)) & (Interpreter.literalNameSlots - 1)
        if literalNameKeys[slot] == key, let found = literalNameValues[slot] {
            return found.takeUnretainedValue()
        }
        let object = intern(literal.description)
        literalNameKeys[slot] = key
        literalNameValues[slot] = Unmanaged.passUnretained(object)
        return object
    }

    static let literalNameSlots = 512

    func intern(_ string: String) -> StrObject {
        if let found = interned[ExactText(string)] { return found }
        let object = heap.register(StrObject(type: types.str, string))
        object.isInterned = true
        object.refcount = Int.max / 2
        interned[ExactText(string)] = object
        return object
    }

    @inline(__always)
    func makeStr(_ string: String) -> Value {
        if let reused = heap.reusableStr(string, count: -1, isASCII: false) { return reused.asValue }
        return heap.register(StrObject(type: types.str, string)).asValue
    }

    /// A one-code-point str; the 128 ASCII ones are shared (interned on first use), as CPython's.
    func character(_ scalar: Unicode.Scalar) -> Value {
        let code = Int(scalar.value)
        if code < 128 {
            if let shared = asciiCharacters[code] { return shared.retainedValue }
            let made = intern(String(scalar))
            asciiCharacters[code] = made
            return made.retainedValue
        }
        return makeStr(String(scalar), count: 1, isASCII: false)
    }

    /// `a + b` for two strs, carrying the code point counts over when both are known.
    func concatenate(_ a: StrObject, _ b: StrObject) -> Value {
        if let m = a.countIfKnown, let n = b.countIfKnown {
            return makeStr(a.value + b.value, count: m &+ n, isASCII: a.isASCII && b.isASCII)
        }
        return makeStr(a.value + b.value)
    }

    func makeInt(_ value: BigInt) -> Value {
        if let small = Int(exactly: value) { return .int(small) }
        return heap.register(IntObject(type: types.int, value)).asValue
    }

    /// A tuple taking ownership of `items`.
    @inline(__always)
    func makeTuple(_ items: ContiguousArray<Value>) -> Value {
        .object(unsafeBitCast(makeTupleReference(items), to: Unmanaged<HeapObject>.self))
    }

    /// `makeTuple`, typed: the new tuple object (owned).
    func makeTupleObject(_ items: ContiguousArray<Value>) -> TupleObject {
        makeTupleReference(items).takeUnretainedValue()
    }

    /// A tuple taking ownership of `items`, without a Swift retain (a reused tuple keeps its buffer).
    @inline(__always)
    private func makeTupleReference(_ items: ContiguousArray<Value>) -> Unmanaged<TupleObject> {
        if let reused = heap.reusableTuple() {
            reused._withUnsafeGuaranteedRef { tuple in
                tuple.items = items
                heap.track(tuple)
            }
            return reused
        }
        return Unmanaged.passUnretained(heap.registerTracked(TupleObject(type: types.tuple, items: items)))
    }

    /// A new slice (owned), taking ownership of the three values.
    func makeSlice(start: Value, stop: Value, step: Value) -> Value {
        if let reused = heap.reusableSlice(of: types.slice) {
            reused.reuse(start: start, stop: stop, step: step)
            heap.track(reused)
            return reused.asValue
        }
        return heap.registerTracked(SliceObject(type: types.slice, start: start, stop: stop, step: step)).asValue
    }


    /// A tuple taking over the `count` references at `values` (a reused tuple keeps its buffer).
    @inline(__always)
    func makeTuple(moving values: UnsafeMutablePointer<Value>, count: Int) -> Value {
        if let reused = heap.reusableTuple() {
            reused._withUnsafeGuaranteedRef { tuple in
                tuple.items.append(contentsOf: UnsafeBufferPointer(start: values, count: count))
                heap.track(tuple)
            }
            return .object(unsafeBitCast(reused, to: Unmanaged<HeapObject>.self))
        }
        return heap.registerTracked(TupleObject(type: types.tuple, items: ContiguousArray(UnsafeBufferPointer(start: values, count: count)))).asValue
    }

    func makeTuple(_ items: [Value]) -> Value { makeTuple(ContiguousArray(items)) }

    /// A list taking ownership of `items`.
    @inline(__always)
    func makeList(_ items: ContiguousArray<Value>) -> Value {
        if let reused = heap.reusableList() {
            return reused._withUnsafeGuaranteedRef { list in
                list.items = items
                heap.track(list)
                return list.asValue
            }
        }
        return heap.registerTracked(ListObject(type: types.list, items: items)).asValue
    }

    func makeDict() -> DictObject { makeDictReference().takeUnretainedValue() }

    /// `makeDict` without a Swift retain.
    @inline(__always)
    func makeDictReference() -> Unmanaged<DictObject> {
        if let reused = heap.reusableDict() {
            reused._withUnsafeGuaranteedRef { heap.track($0) }
            return reused
        }
        return Unmanaged.passUnretained(heap.registerTracked(DictObject(type: types.dict)))
    }

    /// The `__dict__` of a new instance of `type` (owned), with room for as many attributes as its
    /// instances have had so far.
    /// An instance's attribute dict, untracked: its instance traverses its values instead (as
    /// CPython 3.11's inline values), until `__dict__` hands it to Python code (`exposedInstanceDict`).
    func makeInstanceDict(for type: TypeObject) -> Unmanaged<DictObject> {
        let dict = heap.reusableDict() ?? Unmanaged.passUnretained(heap.register(DictObject(type: types.dict)))
        let hint = type.instanceAttributeHint
        if hint > 0 { dict._withUnsafeGuaranteedRef { $0.entries.reserveCapacity(hint) } }
        return dict
    }

    func makeSet(frozen: Bool = false) -> SetObject {
        heap.registerTracked(SetObject(type: frozen ? types.frozenset : types.set))
    }

    /// A builtin function value (owned).
    func makeNative(_ name: String, owner: String? = nil, _ function: @escaping NativeFunction) -> NativeFunctionObject {
        heap.register(NativeFunctionObject(type: types.builtinFunction, name: name, ownerTypeName: owner, function: function))
    }

    // MARK: Teardown

    /// Releases every module and builtin so the heap's live count can reach zero.
    public func shutdown() {
        if isShuttingDown { return }
        // weakref.finalize's exit hook runs before teardown, while everything still works.
        if !finalizers.shutDown { runExitFinalizers() }
        isShuttingDown = true
        output.flushAll()
        tearDownModules()
        handledException.release(heap)
        handledException = .none
        garbageList.release(heap)
        garbageList = .none
        collectorCallbacks.release(heap)
        collectorCallbacks = .none
        if !heap.isCollecting { _ = heap.collect(generation: 2) }
        builtins.removeAll(heap)
        heap.release(builtins)
        heap.release(modules)
        output.flushAll()
        // Builtin types and interned strings are immortal until here.
        for type in types.all {
            if let dict = type.dict {
                dict.removeAll(heap)
            }
        }
        for type in types.all {
            if let dict = type.dict {
                type.dict = nil
                dict.refcount = 1
                heap.release(dict)
            }
        }
        for (_, string) in interned {
            string.refcount = 1
            heap.release(string)
        }
        interned = [:]
        asciiCharacters = []
        for marker in [notImplemented, ellipsis, nullMarker] {
            heap.free(Unmanaged.passUnretained(marker), type: marker.type)
        }
        for type in types.all {
            type.bases = []
            type.mro = []
            heap.free(Unmanaged.passUnretained(type), type: types.type)
        }
        output.flushAll()
    }

    /// Module teardown in CPython's order (finalize_modules): a collection while everything still
    /// works; then every module leaves sys.modules, so a module object dies unless something else
    /// holds it and its globals die with it, or with the collection that follows when only cycles
    /// keep them (a module's functions point back at its globals); the modules still alive after
    /// that have their dicts cleared, the last imported first; last, sys and builtins.
    private func tearDownModules() {
        if heap.collector.isEnabled && !heap.isCollecting { collectWithCallbacks(generation: 2) }
        clearSpecialAttributes()
        // Weak references tell which modules outlived their removal, without holding them.
        var watches: [WeakReferenceObject] = []
        for entry in modules.liveEntries {
            guard let module = entry.value.asObject(ModuleObject.self), let key = entry.key?.asStr else { continue }
            watches.append(makeWatchingReference(to: module))
            key.retain()
            modules.setString(key, .none, heap)
            heap.release(key)
        }
        modules.removeAll(heap)
        if !heap.isCollecting { _ = heap.collect(generation: 2) }
        var sysStillAlive = false
        for watch in watches.reversed() {
            guard let referent = watch.referent else { continue }
            let module = unsafeDowncast(referent.takeUnretainedValue(), to: ModuleObject.self)
            if module === sysModule { sysStillAlive = true; continue }
            if module.dict === builtins { continue }
            module.retain()
            clearModuleDict(module.dict)
            heap.release(module)
        }
        if sysStillAlive, let sys = sysModule { clearModuleDict(sys.dict) }
        for watch in watches { heap.release(watch) }
        if !heap.isCollecting { _ = heap.collect(generation: 2) }
    }

    /// As CPython's finalize_modules_delete_special: builtins._ and the sys attributes that hold on
    /// to the program's state become None (sys.last_value keeps an uncaught exception's frames);
    /// the standard streams go back to the original ones.
    private func clearSpecialAttributes() {
        builtins.setString(intern("_"), .none, heap)
        // The console's help and friends hold their module's globals; the collection after the
        // modules leave frees them only once builtins no longer do.
        if modules.getString(intern("_sitebuiltins")) != nil {
            for name in Interpreter.siteBuiltinNames { builtins.removeString(intern(name), heap)?.release(heap) }
        }
        guard let sys = sysModule else { return }
        for name in ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
                     "path_hooks", "path_importer_cache", "meta_path", "__interactive_hook__"] {
            sys.dict.setString(intern(name), .none, heap)
        }
        // With sys.meta_path gone CPython can no longer import the module that reads source files:
        // tracebacks printed from here on (a __del__ raising during teardown) show no source lines.
        sourceLinesUnavailable = true
        for name in ["stdin", "stdout", "stderr"] {
            let original = sys.dict.getString(intern("__\(name)__")) ?? .none
            original.retain()
            sys.dict.setString(intern(name), original, heap)
            original.release(heap)
        }
    }

    /// Clears a module dict as CPython's shutdown does: names starting with one underscore first, then the rest.
    func clearModuleDict(_ dict: DictObject) {
        let entries = dict.liveEntries
        for entry in entries {
            guard let key = entry.key?.asStr, key.value.hasPrefix("_"), !key.value.hasPrefix("__") else { continue }
            dict.setString(key, .none, heap)
        }
        for entry in dict.liveEntries {
            guard let key = entry.key?.asStr, key.value != "__builtins__" else { continue }
            dict.setString(key, .none, heap)
        }
        dict.removeAll(heap)
    }
}

/// Measures how much native stack is left, so deep native recursion becomes a RecursionError.
struct StackGuard {
    private var lowestAllowed: UInt = 0

    init() {
        var address: UnsafeMutableRawPointer? = nil
        var size = 0
        if tern_current_stack_bounds(&address, &size) == 0, let address {
            // Keep a reserve (a quarter of the stack, at most 256 KiB) for the error path itself.
            lowestAllowed = UInt(bitPattern: Int(bitPattern: address)) + UInt(min(size / 4, 256 * 1024))
        }
    }

    /// Whether the current native stack depth is still safe.
    @inline(__always)
    func hasRoom() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } > lowestAllowed
    }
}
