// Each object's list of weak references, and what happens to it when the object dies.
//
// The list is doubly linked through the references themselves (`previous`/`next`), headed by
// `HeapObject.weakrefs`, and keeps CPython's shape: the canonical `ref` (exact type, no
// callback) first, then the canonical proxy (no callback), then every other reference, newest
// first. `ref(o) is ref(o)` reuses the canonical ones; `getweakrefs` returns this order and
// callbacks run in it.

extension Heap {
    /// Takes a reference out of its referent's list and forgets the referent.
    @inline(__always)
    func unlinkWeakReference(_ reference: WeakReferenceObject) {
        guard let referent = reference.referent else { return }
        let previous = reference.previous, next = reference.next
        if let previous {
            previous._withUnsafeGuaranteedRef { $0.next = next }
        } else {
            referent._withUnsafeGuaranteedRef { $0.weakrefs = next }
        }
        if let next { next._withUnsafeGuaranteedRef { $0.previous = previous } }
        reference.previous = nil
        reference.next = nil
        reference.referent = nil
    }
}

extension Interpreter {
    /// Whether CPython lets `object` be weakly referenced.
    func canBeWeaklyReferenced(_ object: HeapObject) -> Bool {
        let type = object.type
        if type.isHeapType { return type.instancesAllowWeakReferences }
        switch type.layout {
        case .type, .function, .boundMethod, .set, .frozenset, .generator, .module,
             .code, .file, .weakKeyDictionary, .weakValueDictionary, .weakSet:
            return true
        case .weakReference:
            // WeakMethod has a __weakref__ slot; refs and proxies do not.
            return type.isSubtype(of: weakrefTypes.weakMethod)
        case .nativeFunction:
            // Builtin functions and bound builtin methods, not unbound method descriptors (`str.upper`).
            let native = unsafeDowncast(object, to: NativeFunctionObject.self)
            return native.ownerTypeName == nil || native.boundSelf != nil
        default:
            return false
        }
    }

    /// The object `value` refers to, if it can be weakly referenced; CPython's TypeError otherwise.
    func weakReferent(_ value: Value) throws(ScriptError) -> HeapObject {
        if let object = value.heapObject, canBeWeaklyReferenced(object) { return object }
        throw makeError("TypeError", "cannot create weak reference to '\(typeName(value))' object")
    }

    /// The references in `object`'s list, in list order (borrowed).
    func weakReferences(of object: HeapObject) -> [WeakReferenceObject] {
        var found: [WeakReferenceObject] = []
        var cursor = object.weakrefs
        while let reference = cursor {
            let r = reference.takeUnretainedValue()
            found.append(r)
            cursor = r.next
        }
        return found
    }

    /// The canonical ref and proxy at the head of `object`'s list, if any.
    private func canonicalReferences(of object: HeapObject) -> (reference: WeakReferenceObject?, proxy: WeakReferenceObject?) {
        guard let head = object.weakrefs?.takeUnretainedValue() else { return (nil, nil) }
        var reference: WeakReferenceObject? = nil
        var candidate: WeakReferenceObject? = head
        if head.type === weakrefTypes.reference && head.callback.isNone && head.observerKind == .none {
            reference = head
            candidate = head.next?.takeUnretainedValue()
        }
        if let candidate, isCanonicalProxy(candidate) { return (reference, candidate) }
        return (reference, nil)
    }

    private func isCanonicalProxy(_ r: WeakReferenceObject) -> Bool {
        r.isProxy && r.callback.isNone && r.observerKind == .none
    }

    /// Links a new reference into `object`'s list after `previous` (or at the head).
    private func link(_ reference: WeakReferenceObject, into object: HeapObject, after previous: WeakReferenceObject?) {
        reference.referent = Unmanaged.passUnretained(object)
        let me = Unmanaged.passUnretained(reference)
        if let previous {
            reference.previous = Unmanaged.passUnretained(previous)
            reference.next = previous.next
            previous.next?._withUnsafeGuaranteedRef { $0.previous = me }
            previous.next = me
        } else {
            reference.previous = nil
            reference.next = object.weakrefs
            object.weakrefs?._withUnsafeGuaranteedRef { $0.previous = me }
            object.weakrefs = me
        }
    }

    /// A new reference to `object` of `type` (ReferenceType or a subclass), reusing the canonical
    /// one when CPython would (an exact `ref` without callback). Owned.
    func makeWeakReference(to object: HeapObject, callback: Value, type: TypeObject) -> WeakReferenceObject {
        let (canonical, proxy) = canonicalReferences(of: object)
        let isPlain = type === weakrefTypes.reference && callback.isNone
        if isPlain, let canonical { return canonical.retainedObject }
        let reference = heap.registerTracked(WeakReferenceObject(type: type, isProxy: false))
        reference.callback = callback.retained()
        link(reference, into: object, after: isPlain ? nil : (proxy ?? canonical))
        return reference
    }

    /// `weakref.proxy(object, callback)`: a CallableProxyType when the object is callable. Owned.
    func makeProxy(to object: HeapObject, callback: Value) throws(ScriptError) -> WeakReferenceObject {
        let (canonical, proxy) = canonicalReferences(of: object)
        if callback.isNone, let proxy { return proxy.retainedObject }
        let type = isCallable(object.asValue) ? weakrefTypes.callableProxy : weakrefTypes.proxy
        let reference = heap.registerTracked(WeakReferenceObject(type: type, isProxy: true))
        reference.callback = callback.retained()
        link(reference, into: object, after: callback.isNone ? canonical : (proxy ?? canonical))
        return reference
    }

    /// A reference that tells `observer` when `object` dies (an entry of a weak container, a
    /// finalizer's watch, a WeakMethod's function). Owned; never canonical.
    func makeObservingReference(to object: HeapObject, kind: WeakReferenceObserver, observer: HeapObject,
                                type: TypeObject? = nil) -> WeakReferenceObject {
        let (canonical, proxy) = canonicalReferences(of: object)
        let reference = heap.registerTracked(WeakReferenceObject(type: type ?? weakrefTypes.reference, isProxy: false))
        reference.observerKind = kind
        reference.observer = Unmanaged.passUnretained(observer)
        link(reference, into: object, after: proxy ?? canonical)
        return reference
    }

    // MARK: Death

    /// Clears every weak reference to a dying object, then runs their callbacks in list order
    /// (newest first). All references are detached before any Python code runs, so a callback
    /// sees them all dead and cannot stop the others from running.
    func clearWeakReferences(_ object: HeapObject) {
        var pending: [WeakReferenceObject] = []
        while let head = object.weakrefs {
            let reference = head.takeUnretainedValue()
            heap.unlinkWeakReference(reference)
            // A reference whose own count already reached zero is dying too: no callback.
            if reference.refcount > 0 && (!reference.callback.isNone || reference.observerKind != .none) {
                pending.append(reference.retainedObject)
            }
        }
        if pending.isEmpty { return }
        // Callbacks see the exception being handled around them (sys.exc_info()), and leave it as it was.
        let saved = handledException.retained()
        defer {
            handledException.release(heap)
            handledException = saved
        }
        for reference in pending {
            fireCallback(reference)
            heap.release(reference)
        }
    }

    /// Runs what a reference whose referent died asks for: its observer, or its callback.
    private func fireCallback(_ reference: WeakReferenceObject) {
        switch reference.observerKind {
        case .container:
            guard let observer = reference.observer else { return }
            let container = observer.takeUnretainedValue()
            container.retain()
            weakContainerEntryDied(container, reference)
            heap.release(container)
        case .weakMethod:
            guard let observer = reference.observer else { return }
            let method = unsafeDowncast(observer.takeUnretainedValue(), to: WeakReferenceObject.self)
            method.retain()
            weakMethodPartDied(method)
            heap.release(method)
        case .finalizer:
            guard let observer = reference.observer else { return }
            let finalizer = observer.takeUnretainedValue()
            finalizer.retain()
            finalizerObjectDied(finalizer)
            heap.release(finalizer)
        case .none:
            let callback = reference.callback
            reference.callback = .none
            runUnraisable(callback, [reference.asValue])
            callback.release(heap)
        }
    }

    /// Calls `callable` where nothing can catch its exception: an error is reported to stderr
    /// ("Exception ignored in: …") and dropped.
    func runUnraisable(_ callable: Value, _ arguments: [Value]) {
        do throws(ScriptError) {
            try callValue(callable, arguments).release(heap)
        } catch {
            let description = (try? repr(callable)) ?? "<object>"
            reportUnraisable(error, context: description)
        }
    }
}
