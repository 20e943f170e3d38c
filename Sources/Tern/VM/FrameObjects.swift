// Frame objects on demand: `sys._getframe()`, `tb_frame`, `f_back`. Nothing here runs unless a
// script asks for a frame, except one nil check when an activation ends.

extension Interpreter {
    /// The frame object of the activation at `index` on the frame stack, made if needed
    /// (borrowed: the activation holds a reference until it ends).
    func frameObject(at index: Int) -> FrameObject {
        if let existing = frames[index].frameObject { return existing.takeUnretainedValue() }
        let frame = frames[index]
        let object = heap.registerTracked(FrameObject(type: types.frame, code: frame.codeObject,
                                                      globals: frame.globals.takeUnretainedValue(),
                                                      namespace: frame.locals?.takeUnretainedValue(), liveIndex: index))
        frames[index].frameObject = Unmanaged.passUnretained(object)
        return object
    }

    /// Called while the activation at `index` ends, before its slots are released: a frame object
    /// someone still holds keeps copies of the slots, the last line and its caller's frame object.
    @inline(never)
    func finishFrameObject(at index: Int) {
        guard let reference = frames[index].frameObject else { return }
        frames[index].frameObject = nil
        let object = reference.takeUnretainedValue()
        object.liveIndex = -1
        if object.refcount > 1 {
            let frame = frames[index]
            let code = object.code
            object.finishedInstruction = max(frame.pc - 1, 0)
            object.finishedLine = code.line(at: object.finishedInstruction)
            var slots = ContiguousArray<Value>()
            slots.reserveCapacity(code.slotCount)
            for i in 0..<code.slotCount {
                let value = frame.base[i]
                value.retain()
                slots.append(value)
            }
            object.finishedSlots = slots
            if index > 0 {
                let back = frameObject(at: index - 1)
                back.retain()
                object.back = back
            }
        }
        heap.release(object)
    }

    /// Ends the frame object of an activation whose slots are already gone.
    @inline(never)
    func abandonFrameObject(_ reference: Unmanaged<FrameObject>, pc: Int) {
        let object = reference.takeUnretainedValue()
        object.liveIndex = -1
        object.finishedInstruction = max(pc - 1, 0)
        object.finishedLine = object.code.line(at: object.finishedInstruction)
        heap.release(object)
    }

    /// `sys._getframe(depth)`: the caller's frame, or one `depth` calls further out.
    func callerFrame(depth: Int) throws(ScriptError) -> Value {
        let index = frames.count - 1 - depth
        guard depth >= 0, index >= 0 else { throw makeError("ValueError", "call stack is not deep enough") }
        return frameObject(at: index).retainedValue
    }

    /// `tb_frame`: the frame the entry belongs to, the running activation itself when it has not ended.
    func tracebackFrame(_ entry: TracebackObject) -> FrameObject {
        if let cached = entry.frameObject { return cached }
        let object: FrameObject
        let depth = entry.frameDepth
        if depth >= 0, depth < frames.count, frames[depth].base == entry.frameBase,
           frames[depth].code.toOpaque() == Unmanaged.passUnretained(entry.code).toOpaque() {
            object = frameObject(at: depth)
            object.retain()
        } else {
            // The activation has ended: rebuild what it left from the entry.
            object = heap.registerTracked(FrameObject(type: types.frame, code: entry.code, globals: entry.globals ?? moduleGlobals(),
                                                      namespace: nil, liveIndex: -1))
            object.finishedLine = entry.line
            object.finishedInstruction = entry.instructionIndex
            for value in entry.frameLocals { value.retain() }
            object.finishedSlots = entry.frameLocals
            if depth > 0, depth - 1 < frames.count, frames[depth - 1].base == entry.callerBase {
                let back = frameObject(at: depth - 1)
                back.retain()
                object.back = back
            }
        }
        entry.frameObject = object
        return object
    }

    /// The globals of the outermost running module, for frames whose own globals were not recorded.
    private func moduleGlobals() -> DictObject {
        frames.count > 0 ? frames[0].globals.takeUnretainedValue() : builtins
    }

    /// The attributes of frame objects.
    func frameAttribute(_ frame: FrameObject, _ name: String) -> Value? {
        switch name {
        case "f_code": return frame.code.retainedValue
        case "f_globals": return frame.globals.retainedValue
        case "f_builtins": return builtins.retainedValue
        case "f_lineno": return .int(frameLine(frame))
        case "f_lasti": return .int(2 * (frame.isLive ? max(frames[frame.liveIndex].pc - 1, 0) : frame.finishedInstruction))
        case "f_back":
            if frame.isLive { return frame.liveIndex > 0 ? frameObject(at: frame.liveIndex - 1).retainedValue : Value.none }
            return frame.back?.retainedValue ?? Value.none
        case "f_locals": return frameLocals(frame).asValue
        case "f_trace": return Value.none
        case "f_trace_lines": return .bool(true)
        case "f_trace_opcodes": return .bool(false)
        default: return nil
        }
    }

    func frameLine(_ frame: FrameObject) -> Int {
        frame.isLive ? frame.code.line(at: max(frames[frame.liveIndex].pc - 1, 0)) : frame.finishedLine
    }

    /// `f_locals`: the namespace of a module or class body, else a new dict of the bound locals,
    /// cell and free variables in CPython's order.
    private func frameLocals(_ frame: FrameObject) -> DictObject {
        if let namespace = frame.namespace {
            namespace.retain()
            return namespace
        }
        let dict = makeDict()
        let code = frame.code
        let slotCount = code.slotCount
        func slot(_ i: Int) -> Value? {
            if frame.isLive { return frames[frame.liveIndex].base[i] }
            return i < frame.finishedSlots.count ? frame.finishedSlots[i] : nil
        }
        func bound(_ value: Value?, throughCell: Bool) -> Value? {
            guard let value, !isNull(value) else { return nil }
            guard throughCell else { return value }
            return value.asObject(CellObject.self)?.contents
        }
        let localCount = code.localNames.count
        let cellCount = code.cellNames.count
        for (i, name) in code.localNames.enumerated() {
            if let cellIndex = code.cellNames.firstIndex(where: { $0 === name || $0.value == name.value }) {
                if let value = bound(slot(localCount + cellIndex), throughCell: true) { dict.setString(name, value, heap) }
            } else if let value = bound(slot(i), throughCell: false) {
                dict.setString(name, value, heap)
            }
        }
        for (i, name) in code.cellNames.enumerated() where !code.localNames.contains(where: { $0.value == name.value }) {
            if let value = bound(slot(localCount + i), throughCell: true) { dict.setString(name, value, heap) }
        }
        for (i, name) in code.freeNames.enumerated() where localCount + cellCount + i < slotCount {
            if let value = bound(slot(localCount + cellCount + i), throughCell: true) { dict.setString(name, value, heap) }
        }
        return dict
    }

    /// `repr(frame)`, as CPython: `<frame at 0x…, file 'x.py', line 3, code f>`.
    func frameRepr(_ frame: FrameObject) -> String {
        "<frame at \(addressString(frame)), file '\(frame.code.filename)', line \(frameLine(frame)), code \(frame.code.name)>"
    }
}
