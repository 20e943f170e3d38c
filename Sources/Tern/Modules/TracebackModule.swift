/// The `traceback` module: the interpreter's own traceback formatter (the one that prints
/// uncaught exceptions) offered to scripts. Four native helpers do the formatting; the
/// public functions, FrameSummary and StackSummary are Python, so their signatures and
/// behaviour read like CPython's.
extension Interpreter {
    func makeTracebackModule() throws(ScriptError) -> ModuleObject {
        let module = makeModule("traceback")
        let dict = module.dict
        define(dict, "_exception_chunks") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 3, let exception = args[0].asObject(ExceptionObject.self) else {
                throw vm.makeError("TypeError", "format_exception() expects an exception")
            }
            let limit = args[1].isNone ? nil : try vm.index(args[1])
            return vm.makeStrList(vm.exceptionChunks(exception, limit: limit, chain: try vm.isTrue(args[2])))
        }
        define(dict, "_exception_only_chunks") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1, let exception = args[0].asObject(ExceptionObject.self) else {
                throw vm.makeError("TypeError", "format_exception_only() expects an exception")
            }
            return vm.makeStrList(vm.exceptionOnlyChunks(exception))
        }
        define(dict, "_traceback_entries") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "_traceback_entries() takes 2 arguments") }
            var entries: [(code: CodeObject, line: Int, instructionIndex: Int)] = []
            var walk = args[0].asObject(TracebackObject.self)
            if walk == nil && !args[0].isNone {
                throw vm.makeError("AttributeError", "'\(vm.typeName(args[0]))' object has no attribute 'tb_frame'")
            }
            while let entry = walk {
                entries.append((entry.code, entry.line, entry.instructionIndex))
                walk = entry.next
            }
            if !args[1].isNone {
                let limit = try vm.index(args[1])
                entries = limit >= 0 ? Array(entries.prefix(limit)) : Array(entries.suffix(-limit))
            }
            return vm.makeEntryList(entries)
        }
        define(dict, "_stack_entries") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 2 else { throw vm.makeError("TypeError", "_stack_entries() takes 2 arguments") }
            var entries: [(code: CodeObject, line: Int, instructionIndex: Int)] = []
            var walk = args[0].asObject(FrameObject.self)
            while let frame = walk {
                // CPython 3.11 keeps no column positions for stack entries, so they get no marker lines.
                entries.append((frame.code, vm.frameLine(frame), -1))
                walk = frame.isLive ? (frame.liveIndex > 0 ? vm.frameObject(at: frame.liveIndex - 1) : nil) : frame.back
            }
            // The innermost `limit` frames, listed outermost first.
            if !args[1].isNone {
                let limit = try vm.index(args[1])
                if limit >= 0 { entries = Array(entries.prefix(limit)) }
            }
            return vm.makeEntryList(entries.reversed())
        }
        let code = try compile(Self.tracebackModuleSource, filename: "<frozen traceback>")
        defer { heap.release(code) }
        let result = try runModuleCode(code, globals: dict)
        result.release(heap)
        return module
    }

    private func makeStrList(_ strings: [String]) -> Value {
        makeList(ContiguousArray(strings.map { makeStr($0) }))
    }

    /// (filename, lineno, name, line, formatted entry) tuples for FrameSummary.
    private func makeEntryList(_ entries: [(code: CodeObject, line: Int, instructionIndex: Int)]) -> Value {
        makeList(ContiguousArray(entries.map { entry in
            makeTuple([makeStr(entry.code.filename), .int(entry.line), makeStr(entry.code.name),
                       sourceLine(entry.code.filename, entry.line).map { makeStr($0) } ?? .none,
                       makeStr(formatStackEntry(code: entry.code, line: entry.line, instructionIndex: entry.instructionIndex))])
        }))
    }

    static let tracebackModuleSource = #"""
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self._text = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        return None if self._line is None else self._line.strip()


def _summary(entry):
    summary = FrameSummary(entry[0], entry[1], entry[2], line=entry[3])
    summary._text = entry[4]
    return summary


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = '  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > 3:
                    more = count - 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(more, 's' if more > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            more = count - 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(more, 's' if more > 1 else ''))
        return result


def _write(chunks, file):
    if file is None:
        file = sys.stderr
    for chunk in chunks:
        print(chunk, file=file, end="")


def _exception_value(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exception_value(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _exception_chunks(value, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _exception_only_chunks(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    return StackSummary(_summary(entry) for entry in _traceback_entries(tb, limit))


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit=limit), file)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return StackSummary(_summary(entry) for entry in _stack_entries(f, limit))


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _write(format_stack(f, limit=limit), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    pass
"""#
}
