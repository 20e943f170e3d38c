// Each object's list of weak references, and what happens to it when the object dies.
//
// The list is doubly linked through the references themselves (`previous`/`next`), headed by
// `Heap.weakList(of:)`, and keeps CPython's shape: the canonical `ref` (exact type, no
// callback) first, then the canonical proxy (no callback), then every other reference, newest
// first. `ref(o) is ref(o)` reuses the canonical ones; `getweakrefs` returns this order and
// callbacks run in it.

extension Heap {
    /// The head of `object`'s weak reference list: a class instance's own field, else the side
    /// table (functions, classes, sets, modules... are weakly referenced far less often).
    @inline(__always)
    func weakList(of object: HeapObject) -> Unmanaged<WeakReferenceObject>? {
        guard object.flags & ObjectFlags.weaklyReferenced != 0 else { return nil }
        if ObjectIdentifier(Swift.type(of: object)) == instanceClass {
            return unsafeDowncast(object, to: InstanceObject.self).weakReferenceHead
        }
        return sideWeakLists[ObjectIdentifier(object)]
    }

    /// Makes `head` the head of `object`'s weak reference list (nil: the list is empty).
    @inline(__always)
    func setWeakList(of object: HeapObject, to head: Unmanaged<WeakReferenceObject>?) {
        if ObjectIdentifier(Swift.type(of: object)) == instanceClass {
            unsafeDowncast(object, to: InstanceObject.self).weakReferenceHead = head
        } else if head != nil || object.flags & ObjectFlags.weaklyReferenced != 0 {
            sideWeakLists[ObjectIdentifier(object)] = head
        }
        if head != nil {
            object.flags |= ObjectFlags.weaklyReferenced
        } else {
            object.flags &= ~ObjectFlags.weaklyReferenced
        }
    }

    /// Takes a reference out of its referent's list and forgets the referent.
    @inline(__always)
    func unlinkWeakReference(_ reference: WeakReferenceObject) {
        guard let referent = reference.referent else { return }
        let previous = reference.previous, next = reference.next
        if let previous {
            previous._withUnsafeGuaranteedRef { $0.next = next }
        } else {
            referent._withUnsafeGuaranteedRef { setWeakList(of: $0, to: next) }
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
        let (isHeapType, allowed, layout) = object.typeRef._withUnsafeGuaranteedRef {
            ($0.isHeapType, $0.instancesAllowWeakReferences, $0.layout)
        }
        if isHeapType { return allowed }
        switch layout {
        case .type, .function, .boundMethod, .set, .frozenset, .generator, .module,
             .code, .file, .weakKeyDictionary, .weakValueDictionary, .weakSet:
            return true
        case .weakReference:
            // WeakMethod has a __weakref__ slot; refs and proxies do not.
            return object.type.isSubtype(of: weakrefTypes.weakMethod)
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

    /// How many weak references and proxies `object` has (getweakrefcount), without collecting them.
    func weakReferenceCount(of object: HeapObject) -> Int {
        var count = 0
        var cursor = heap.weakList(of: object)
        while let reference = cursor {
            count += 1
            cursor = reference._withUnsafeGuaranteedRef { $0.next }
        }
        return count
    }

    /// The references in `object`'s list, in list order (borrowed).
    func weakReferences(of object: HeapObject) -> [WeakReferenceObject] {
        var found: [WeakReferenceObject] = []
        var cursor = heap.weakList(of: object)
        while let reference = cursor {
            let r = reference.takeUnretainedValue()
            found.append(r)
            cursor = r.next
        }
        return found
    }

    /// A new, unlinked weak reference object of `type` (owned, tracked), reused from the free list when it can be.
    @inline(__always)
    private func newWeakReferenceObject(type: TypeObject, isProxy: Bool) -> WeakReferenceObject {
        newWeakReference(type: type, isProxy: isProxy).takeUnretainedValue()
    }

    /// `newWeakReferenceObject`, unmanaged (no ARC traffic for the hot `ref(o, callback)`).
    @inline(__always)
    private func newWeakReference(type: TypeObject, isProxy: Bool) -> Unmanaged<WeakReferenceObject> {
        if let reused = heap.reusableWeakReference(of: type) {
            reused._withUnsafeGuaranteedRef { reference in
                reference.isProxy = isProxy
                heap.track(reference)
            }
            return reused
        }
        return Unmanaged.passUnretained(heap.registerTracked(WeakReferenceObject(type: type, isProxy: isProxy)))
    }

    /// The canonical ref and proxy at the head of `object`'s list, if any (unmanaged: these
    /// run for every new reference, so they stay clear of ARC).
    private func canonicalReferences(of object: HeapObject)
        -> (reference: Unmanaged<WeakReferenceObject>?, proxy: Unmanaged<WeakReferenceObject>?) {
        guard let head = heap.weakList(of: object) else { return (nil, nil) }
        var reference: Unmanaged<WeakReferenceObject>? = nil
        var candidate: Unmanaged<WeakReferenceObject>? = head
        let headIsCanonical = head._withUnsafeGuaranteedRef {
            $0.typeRef.toOpaque() == plainReferenceTypeAddress && $0.callback.isNone && $0.observerKind == .none
        }
        if headIsCanonical {
            reference = head
            candidate = head._withUnsafeGuaranteedRef { $0.next }
        }
        if let candidate, candidate._withUnsafeGuaranteedRef({ $0.isProxy && $0.callback.isNone && $0.observerKind == .none }) {
            return (reference, candidate)
        }
        return (reference, nil)
    }

    /// Links a new reference into `object`'s list after `previous` (or at the head).
    private func link(_ reference: WeakReferenceObject, into object: HeapObject, after previous: Unmanaged<WeakReferenceObject>?) {
        reference.referent = Unmanaged.passUnretained(object)
        let me = Unmanaged.passUnretained(reference)
        if let previous {
            reference.previous = previous
            previous._withUnsafeGuaranteedRef { before in
                reference.next = before.next
                before.next?._withUnsafeGuaranteedRef { $0.previous = me }
                before.next = me
            }
        } else {
            reference.previous = nil
            let oldHead = heap.weakList(of: object)
            reference.next = oldHead
            oldHead?._withUnsafeGuaranteedRef { $0.previous = me }
            heap.setWeakList(of: object, to: me)
        }
    }

    /// A new reference to `object` of `type` (ReferenceType or a subclass), reusing the canonical
    /// one when CPython would (an exact `ref` without callback). Owned.
    func makeWeakReference(to object: HeapObject, callback: Value, type: TypeObject) -> WeakReferenceObject {
        weakReference(to: object, callback: callback, type: type).takeUnretainedValue()
    }

    /// `makeWeakReference`, unmanaged.
    private func weakReference(to object: HeapObject, callback: Value, type: TypeObject) -> Unmanaged<WeakReferenceObject> {
        let (canonical, proxy) = canonicalReferences(of: object)
        let isPlain = Unmanaged.passUnretained(type).toOpaque() == plainReferenceTypeAddress && callback.isNone
        if isPlain, let canonical {
            canonical._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
            return canonical
        }
        let reference = newWeakReference(type: type, isProxy: false)
        callback.retain()
        reference._withUnsafeGuaranteedRef { made in
            made.callback = callback
            link(made, into: object, after: isPlain ? nil : (proxy ?? canonical))
        }
        return reference
    }

    /// `weakref.ref(value[, callback])` for exactly ReferenceType, the fast path of `call`. Owned.
    func makePlainWeakReference(_ value: Value, callback: Value) throws(ScriptError) -> Value {
        guard case .object(let target) = value, target._withUnsafeGuaranteedRef({ canBeWeaklyReferenced($0) }),
              let type = plainReferenceTypeAddress else {
            throw makeError("TypeError", "cannot create weak reference to '\(typeName(value))' object")
        }
        return target._withUnsafeGuaranteedRef { object in
            Unmanaged<TypeObject>.fromOpaque(type)._withUnsafeGuaranteedRef { referenceType in
                Value.object(unsafeBitCast(weakReference(to: object, callback: callback, type: referenceType),
                                           to: Unmanaged<HeapObject>.self))
            }
        }
    }

    /// `weakref.proxy(object, callback)`: a CallableProxyType when the object is callable. Owned.
    func makeProxy(to object: HeapObject, callback: Value) throws(ScriptError) -> WeakReferenceObject {
        let (canonical, proxy) = canonicalReferences(of: object)
        if callback.isNone, let proxy {
            proxy._withUnsafeGuaranteedRef { $0.refcount &+= 1 }
            return proxy.takeUnretainedValue()
        }
        let type = isCallable(object.asValue) ? weakrefTypes.callableProxy : weakrefTypes.proxy
        let reference = newWeakReferenceObject(type: type, isProxy: true)
        reference.callback = callback.retained()
        link(reference, into: object, after: callback.isNone ? canonical : (proxy ?? canonical))
        return reference
    }

    /// A plain weak reference to `object` for native code that must learn whether it died
    /// (module teardown). Owned.
    func makeWatchingReference(to object: HeapObject) -> WeakReferenceObject {
        weakReference(to: object, callback: .none, type: weakrefTypes.reference).takeUnretainedValue()
    }

    /// A reference that tells `observer` when `object` dies (an entry of a weak container, a
    /// finalizer's watch, a WeakMethod's function). Owned; never canonical.
    func makeObservingReference(to object: HeapObject, kind: WeakReferenceObserver, observer: HeapObject,
                                type: TypeObject? = nil) -> WeakReferenceObject {
        let (canonical, proxy) = canonicalReferences(of: object)
        let reference = newWeakReferenceObject(type: type ?? weakrefTypes.reference, isProxy: false)
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
        // Unmanaged throughout (no ARC on this path). The references to notify are chained
        // through their own `next` fields, free once they are out of the list: no array.
        var first: Unmanaged<WeakReferenceObject>? = nil
        var last: Unmanaged<WeakReferenceObject>? = nil
        while let head = heap.weakList(of: object) {
            let notify = head._withUnsafeGuaranteedRef { reference -> Bool in
                heap.unlinkWeakReference(reference)
                // A reference whose own count already reached zero is dying too: no callback.
                guard reference.refcount > 0 && (!reference.callback.isNone || reference.observerKind != .none) else { return false }
                reference.refcount &+= 1
                return true
            }
            if notify {
                if let last { last._withUnsafeGuaranteedRef { $0.next = head } } else { first = head }
                last = head
            }
        }
        guard let first else { return }
        keepingHandledException {
            var pending: Unmanaged<WeakReferenceObject>? = first
            while let reference = pending {
                // A dead reference is never linked again, so nothing else reads or writes `next`.
                pending = reference._withUnsafeGuaranteedRef { reference in
                    let following = reference.next
                    reference.next = nil
                    fireCallback(reference)
                    return following
                }
                heap.release(reference)
            }
        }
    }

    /// Callbacks see the exception being handled around them (sys.exc_info()), and leave it as it was.
    private func keepingHandledException(_ body: () -> Void) {
        let saved = handledException
        saved.retain()
        defer {
            handledException.release(heap)
            handledException = saved
        }
        body()
    }

    /// The collector's first step for one unreachable object: if it is a weak reference, it is
    /// cleared (it never calls back); every weak reference to it is cleared, and those that are
    /// not garbage themselves and have something to call are appended to `pending` (held).
    func detachWeakReferencesForCollection(_ object: HeapObject, into pending: inout [Unmanaged<WeakReferenceObject>]) {
        if let reference = object as? WeakReferenceObject, reference.referent != nil {
            heap.unlinkWeakReference(reference)
        }
        while let head = heap.weakList(of: object) {
            head._withUnsafeGuaranteedRef { reference in
                heap.unlinkWeakReference(reference)
                guard reference.flags & ObjectFlags.unreachable == 0, reference.refcount > 0,
                      !reference.callback.isNone || reference.observerKind != .none else { return }
                reference.refcount &+= 1
                pending.append(head)
            }
        }
    }

    /// Calls back the weak references the collector cleared (see `detachWeakReferencesForCollection`).
    func fireCollectedCallbacks(_ pending: [Unmanaged<WeakReferenceObject>]) {
        guard !pending.isEmpty else { return }
        keepingHandledException {
            for reference in pending {
                reference._withUnsafeGuaranteedRef { fireCallback($0, keepingCallback: true) }
                heap.release(reference)
            }
        }
    }

    /// Runs what a reference whose referent died asks for: its observer, or its callback.
    private func fireCallback(_ reference: WeakReferenceObject, keepingCallback: Bool = false) {
        switch reference.observerKind {
        case .container:
            guard let observer = reference.observer else { return }
            observer._withUnsafeGuaranteedRef { container in
                container.refcount &+= 1
                weakContainerEntryDied(container, reference)
            }
            heap.release(observer)
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
            // Also a container's entry whose container died while earlier callbacks ran.
            if reference.callback.isNone { return }
            // A death by refcount empties __callback__; the collector leaves it (as CPython).
            let callback = reference.callback
            if keepingCallback { callback.retain() } else { reference.callback = .none }
            do throws(ScriptError) {
                try callValue(callback, single: reference.asValue).release(heap)
            } catch {
                let description = unraisableContext(callback)
                reportUnraisable(error, context: description, object: callback)
            }
            callback.release(heap)
        }
    }

    /// Calls `callable` where nothing can catch its exception: an error is reported to stderr
    /// ("Exception ignored in: …") and dropped.
    func runUnraisable(_ callable: Value, _ arguments: [Value]) {
        do throws(ScriptError) {
            try callValue(callable, arguments).release(heap)
        } catch {
            let description = unraisableContext(callable)
            reportUnraisable(error, context: description, object: callable)
        }
    }
}
