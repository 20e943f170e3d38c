/// help() in the manner of pydoc, written in Python and run in the `_sitebuiltins` module the
/// first time help is called: what an object is, its signature and docstring, a class's methods
/// grouped by where they are defined, a module's classes, functions and data, names and keywords
/// given as strings, a pager on a terminal; help() alone is the interactive `help>` utility.
extension Interpreter {
    /// Adds the renderer and its Swift helpers to `globals` (once).
    func loadHelp(into globals: DictObject) throws(ScriptError) {
        guard globals.getString(intern("_document")) == nil else { return }
        define(globals, "_signature") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else { throw vm.makeError("TypeError", "_signature() takes exactly one argument") }
            return try vm.signatureText(args[0]).map { vm.makeStr($0) } ?? Value.none
        }
        define(globals, "_pager") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1, let text = args[0].asStr?.value else { throw vm.makeError("TypeError", "_pager() takes one str") }
            return .bool(vm.pageText(text))
        }
        define(globals, "_module_names") { (vm, _) throws(ScriptError) -> Value in
            vm.makeList(ContiguousArray(vm.moduleNames().sorted().map { vm.makeStr($0) }))
        }
        runBuiltinSource(Interpreter.helpSource, named: "<help>", in: globals)
    }

    static let helpSource = #"""
def _clean(doc):
    # A docstring without the indentation of its second and later lines, and without blank
    # lines around it (as inspect.cleandoc).
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        if line.strip():
            indent = len(line) - len(line.lstrip())
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].strip()
    if margin:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)

def _docstring(obj):
    doc = getattr(obj, "__doc__", None)
    return _clean(doc) if isinstance(doc, str) and doc.strip() else ""

def _indent(text, prefix="    "):
    return "\n".join((prefix + line).rstrip() for line in text.split("\n"))

def _class_name(cls, module=None):
    name = cls.__qualname__
    if cls.__module__ != module:
        name = cls.__module__ + "." + name
    return name

def _routine(obj, name=None, owner=None, note=""):
    # "name(signature)", then the docstring indented.
    title = name or getattr(obj, "__name__", "?")
    signature = _signature(obj)
    this = getattr(obj, "__self__", None)
    if signature is None:
        signature = "(...)"
    if name and name != getattr(obj, "__name__", name):
        title = name + " = " + getattr(obj, "__name__", "?")
    line = title + signature + note
    if owner is None and this is not None and type(this).__name__ != "module":
        cls = this if isinstance(this, type) else type(this)
        kind = "class" if isinstance(this, type) else "instance"
        line += " method of " + _class_name(cls) + " " + kind
    doc = _docstring(obj)
    return line + ("\n" + _indent(doc) if doc else "")

def _is_routine(value):
    return callable(value) and not isinstance(value, type)

def _section(title, entries):
    if not entries:
        return []
    return [title, ""] + [entry + "\n" for entry in entries]

def _class_text(cls):
    module = cls.__module__
    bases = ", ".join(_class_name(base, module) for base in cls.__bases__)
    lines = ["class %s(%s)" % (cls.__name__, bases)]
    signature = _signature(cls)
    body = []
    if signature not in (None, "()"):
        body.append(cls.__name__ + signature)
        body.append("")
    doc = _docstring(cls)
    if doc:
        body += doc.split("\n") + [""]
    mro = cls.__mro__
    if len(mro) > 2:
        body += ["Method resolution order:"] + ["    " + _class_name(c, module) for c in mro] + [""]
    groups = []
    for owner in mro:
        if owner is object:
            continue
        methods, classmethods, staticmethods, properties, data = [], [], [], [], []
        for name, value in sorted(vars(owner).items()):
            if any(name in vars(c) for c in mro[:mro.index(owner)]):
                continue
            if name in ("__dict__", "__weakref__", "__doc__", "__module__", "__qualname__"):
                continue
            if isinstance(value, staticmethod):
                staticmethods.append(_routine(value.__func__, name, owner))
            elif isinstance(value, classmethod):
                # Shown bound, as pydoc does: no cls, and the metaclass it is bound through.
                classmethods.append(_routine(getattr(owner, name), name, owner, " from " + _class_name(type(owner))))
            elif isinstance(value, property):
                doc = _docstring(value)
                properties.append(name + ("\n" + _indent(doc) if doc else ""))
            elif _is_routine(value):
                # Tern's own special methods have no signature to show.
                if name.startswith("__") and _signature(value) is None:
                    continue
                methods.append(_routine(value, name, owner))
            elif not name.startswith("__"):
                data.append("%s = %r" % (name, value))
        where = "defined here" if owner is cls else "inherited from " + _class_name(owner, module)
        part = (_section("Methods " + where + ":", methods)
                + _section("Class methods " + where + ":", classmethods)
                + _section("Static methods " + where + ":", staticmethods)
                + _section("Properties " + where + ":", properties)
                + _section("Data and other attributes " + where + ":", data))
        if part:
            groups.append(part)
    for index, part in enumerate(groups):
        if index:
            body.append("-" * 70)
        for entry in part:
            body += entry.split("\n") if entry else [""]
    while body and not body[-1]:
        body.pop()
    lines += [(" |  " + line).rstrip() if line else " |" for line in body]
    return "\n".join(lines)

def _module_text(module):
    name = module.__name__
    parts = ["NAME", "    " + name, ""]
    doc = _docstring(module)
    if doc:
        parts += ["DESCRIPTION", _indent(doc), ""]
    classes, functions, data = [], [], []
    for key, value in sorted(vars(module).items()):
        if key.startswith("_"):
            continue
        if isinstance(value, type):
            classes.append(_indent(_class_text(value)))
        elif _is_routine(value):
            functions.append(_indent(_routine(value, key, module)))
        elif type(value).__name__ != "module":
            data.append("    %s = %r" % (key, value))
    if classes:
        parts += ["CLASSES"] + [c + "\n" for c in classes]
    if functions:
        parts += ["FUNCTIONS"] + [f + "\n" for f in functions]
    if data:
        parts += ["DATA"] + data + [""]
    parts += ["FILE", "    " + getattr(module, "__file__", "(built-in)")]
    return "\n".join(parts)

def _locate(path):
    # The object a dotted name such as "str.split" or "math.sqrt" names, importing modules.
    import sys, builtins
    names = path.split(".")
    if names[0] in sys.modules or names[0] in sys.builtin_module_names:
        obj = __import__(names[0])
    elif hasattr(builtins, names[0]):
        obj = getattr(builtins, names[0])
    else:
        try:
            obj = __import__(names[0])
        except ImportError:
            return None
    for name in names[1:]:
        if not hasattr(obj, name):
            return None
        obj = getattr(obj, name)
    return obj

def _document(request, *rest):
    if isinstance(request, str):
        text = request.strip()
        if text in _KEYWORDS:
            print(text + "\n\n" + _indent(_KEYWORDS[text]) + "\n")
            return
        if text == "keywords":
            _list("Here is a list of the Python keywords.  Enter any keyword to get more help.", sorted(_KEYWORDS))
            return
        if text == "modules":
            _list("These are the modules Tern can import.  Enter any module name to get more help.", sorted(_module_names()))
            return
        if text in ("topics", "symbols"):
            print("Tern's help has no topic pages; try \"keywords\", a module name, or a name such as str.split.\n")
            return
        obj = _locate(text) if text.replace(".", "").replace("_", "a").isalnum() else None
        if obj is None:
            print("No Python documentation found for %r.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class." % text)
            return
        title = text
    else:
        obj = request
        title = None
    module = getattr(obj, "__module__", None)
    where = " in module " + module if isinstance(module, str) else ""
    if type(obj).__name__ == "module":
        builtin = not hasattr(obj, "__file__")
        header = "Help on %smodule %s:" % ("built-in " if builtin else "", obj.__name__)
        text = _module_text(obj)
    elif isinstance(obj, type):
        header = "Help on class %s%s:" % (obj.__qualname__, where)
        text = _class_text(obj)
    elif _is_routine(obj):
        kind = type(obj).__name__
        if kind == "builtin_function_or_method":
            owner = getattr(obj, "__self__", None)
            bound = owner is not None and type(owner).__name__ != "module"
            header = "Help on built-in function %s%s:" % (obj.__name__, "" if bound else where)
        elif kind == "method":
            header = "Help on method %s%s:" % (obj.__name__, where)
        elif kind == "function":
            header = "Help on function %s%s:" % (obj.__name__, where)
        else:
            header = "Help on %s object:" % kind
            obj = type(obj)
        text = _class_text(obj) if isinstance(obj, type) else _routine(obj)
    else:
        cls = type(obj)
        header = "Help on %s object:" % (_class_name(cls, "builtins") if cls.__module__ != "builtins" else cls.__name__)
        text = _class_text(cls)
    if not _pager(header + "\n\n" + text + "\n"):
        print(header + "\n\n" + text + "\n")

def _list(intro, names):
    print(intro + "\n")
    columns = 4
    rows = (len(names) + columns - 1) // columns
    for row in range(rows):
        print("".join(names[row + column * rows].ljust(18) for column in range(columns)
                      if row + column * rows < len(names)).rstrip())
    print()

def _interact():
    print(_welcome_text)
    while True:
        try:
            request = input("help> ")
        except (KeyboardInterrupt, EOFError):
            break
        request = request.strip()
        if request in ("", "q", "quit"):
            break
        if len(request) > 1 and request[0] == request[-1] and request[0] in "'\"":
            request = request[1:-1]
        _document(request)
    print(_leaving_text)

_welcome_text = """
Welcome to Tern's help utility, for the Python 3.11 language Tern runs.

Enter the name of a function, class or module to read about it: len, str.split,
weakref.finalize, or a name you defined yourself. "keywords" lists the Python keywords
(enter one to read about it) and "modules" the modules Tern can import. Outside this
utility, help(object) does the same for any object.

An empty line, "q" or "quit" leaves the utility.
"""

_leaving_text = """
You are now leaving help and returning to the Tern console.
Type help(object) at the prompt to read about an object without entering the utility.
"""

_KEYWORDS = {
    "False": "The false value of type bool; equal to 0.",
    "None": "The value that stands for nothing, the only instance of NoneType. Functions return it when they end without a return value.",
    "True": "The true value of type bool; equal to 1.",
    "and": "x and y: x if x is false, otherwise y. y is evaluated only when needed.",
    "as": "Names the result in import ... as name, with ... as name, and except ... as name.",
    "assert": "assert condition[, message]: raise AssertionError(message) when the condition is false.",
    "async": "Marks a coroutine function (async def), an async for loop or an async with statement.",
    "await": "Suspends a coroutine until the awaited object is done, inside an async def.",
    "break": "Leaves the innermost for or while loop at once, skipping its else clause.",
    "class": "class Name(bases): body -- defines a class; the body's names become its attributes.",
    "continue": "Goes on with the next iteration of the innermost for or while loop.",
    "def": "def name(parameters): body -- defines a function.",
    "del": "del target: removes a name binding, an item (del d[k]) or an attribute (del x.a).",
    "elif": "Else-if: another condition tested when the ones before it in an if statement were false.",
    "else": "The branch taken when no if/elif condition held; after a loop, runs when the loop was not left by break; after try, runs when no exception was raised.",
    "except": "except [Type [as name]]: handles exceptions raised in the try block before it.",
    "finally": "finally: a block that always runs when its try statement is left, however it is left.",
    "for": "for target in iterable: body -- runs the body once per item.",
    "from": "from module import name: imports names from a module; also raise ... from cause, and yield from.",
    "global": "global name: assignments in this function go to the module's global name.",
    "if": "if condition: body [elif ...] [else: ...] -- runs the first branch whose condition is true.",
    "import": "import module [as name]: loads a module and binds it to a name.",
    "in": "x in y: whether y contains x; also part of the for statement.",
    "is": "x is y: whether x and y are the same object.",
    "lambda": "lambda parameters: expression -- a small anonymous function.",
    "nonlocal": "nonlocal name: assignments go to the name in the enclosing function.",
    "not": "not x: True when x is false, False otherwise.",
    "or": "x or y: x if x is true, otherwise y. y is evaluated only when needed.",
    "pass": "Does nothing; used where a statement is required.",
    "raise": "raise [exception [from cause]]: raises an exception (re-raises the current one without an argument).",
    "return": "return [value]: leaves the function with value (None without one).",
    "try": "try: body -- with except, else and finally clauses that handle what the body raises.",
    "while": "while condition: body -- runs the body as long as the condition is true.",
    "with": "with manager [as name]: body -- runs the body between manager.__enter__() and manager.__exit__().",
    "yield": "yield value: makes a function a generator and hands value to whoever iterates it.",
}

"""#
}
