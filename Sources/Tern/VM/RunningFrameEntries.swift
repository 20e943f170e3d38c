// Locals that a kept traceback holds on to. In CPython a traceback entry holds its frame object,
// which keeps the frame's locals alive after the function returns: an exception caught and kept
// (stored in a local, on an object) keeps every local of the frame that caught it, and an
// exception stored in a local of that frame makes the classic frame-traceback cycle that only the
// cycle collector frees. Tern makes no frame objects unless asked, so it remembers the entries
// made for running activations, and when an activation ends (it returns, an exception leaves
// it, or it yields) each of its entries still alive takes copies of the locals.

/// The traceback entries made for activations still running, newest last. Not owned: a dying
/// entry leaves a hole (`forget`), so the list never keeps an exception alive. A raw buffer,
/// as raising is a hot path.
final class RunningFrameEntries {
    private var storage: UnsafeMutablePointer<Unmanaged<TracebackObject>?>
    private var capacity = 16
    private var count = 0
    /// The frame depth of the newest entry (Int.min when none): the test at every frame's end.
    private(set) var newestDepth = Int.min

    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Remembers an entry made for the running activation at `entry.frameDepth`.
    func push(_ entry: TracebackObject) {
        // Entries die mostly newest first: their holes go before the list grows.
        while count > 0 && storage[count - 1] == nil { count -= 1 }
        if count == capacity {
            let bigger = UnsafeMutablePointer<Unmanaged<TracebackObject>?>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = bigger
            capacity *= 2
        }
        entry.runningSlot = count
        storage[count] = Unmanaged.passUnretained(entry)
        count += 1
        newestDepth = entry.frameDepth
    }

    /// A dying entry leaves its slot.
    func forget(at slot: Int) {
        if slot < count { storage[slot] = nil }
    }

    /// Takes the newest entry made for the activation at `frameIndex` or deeper, skipping holes; nil when none is left.
    fileprivate func popEntry(from frameIndex: Int) -> TracebackObject? {
        while count > 0 {
            guard let reference = storage[count - 1] else {
                count -= 1
                continue
            }
            let entry = reference.takeUnretainedValue()
            guard entry.frameDepth >= frameIndex else { break }
            count -= 1
            entry.runningSlot = -1
            return entry
        }
        newestDepth = count > 0 ? storage[count - 1].map { $0.takeUnretainedValue().frameDepth } ?? Int.min : Int.min
        return nil
    }
}

extension Interpreter {
    /// The activation at `frameIndex` ends with its locals still in the slots from `base` up to
    /// `top`: every entry made for it that still lives keeps copies of them. `current` (the newest
    /// entry of an exception leaving the frame) is skipped: `retireFrameSlots` moves the slots there.
    /// Callers test `runningEntries.newestDepth >= frameIndex` first.
    @inline(never)
    func keepLocalsForHeldEntries(frameIndex: Int, base: UnsafeMutablePointer<Value>, slotCount: Int,
                                  top: UnsafeMutablePointer<Value>, skipping current: TracebackObject? = nil) {
        while let entry = runningEntries.popEntry(from: frameIndex) {
            guard entry !== current, entry.frameBase == base, entry.frameObject == nil, entry.frameLocals.isEmpty,
                  top > base else { continue }
            let count = min(slotCount, top - base)
            for i in 0..<count { base[i].retain() }
            entry.frameLocals.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }
}
