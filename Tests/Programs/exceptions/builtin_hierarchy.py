# The builtin exception hierarchy
classes = [
    BaseException, Exception, ArithmeticError, ZeroDivisionError,
    OverflowError, LookupError, KeyError, IndexError, AttributeError,
    NameError, UnboundLocalError, TypeError, ValueError, RuntimeError,
    RecursionError, NotImplementedError, StopIteration, GeneratorExit,
    AssertionError, ImportError, ModuleNotFoundError, KeyboardInterrupt,
    SystemExit, MemoryError, OSError, FileNotFoundError,
    ReferenceError, UnicodeError,
]

# Full MRO of each class
for cls in classes:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))

# Direct base of each
print([cls.__bases__[0].__name__ for cls in classes[1:]])

# Which are Exception subclasses (the rest derive only from BaseException)
print("not Exception:", [c.__name__ for c in classes if not issubclass(c, Exception)])

# Pairwise checks of interest
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, IndexError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (UnicodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (MemoryError, Exception), (ReferenceError, Exception),
    (AssertionError, Exception), (AttributeError, LookupError),
    (TypeError, ValueError), (Exception, BaseException), (BaseException, Exception),
]
for sub, base in checks:
    print("issubclass(%s, %s) = %s" % (sub.__name__, base.__name__, issubclass(sub, base)))

# Aliases
print(IOError is OSError, EnvironmentError is OSError)

# Catching with a base class catches instances of all subclasses listed
caught = []
for cls in classes:
    try:
        raise cls()
    except Exception:
        caught.append(cls.__name__)
    except BaseException:
        pass
print(len(caught), "caught by `except Exception`")

# isinstance on instances
print(isinstance(RecursionError(), RuntimeError), isinstance(KeyError(), Exception))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
