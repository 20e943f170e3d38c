# ModuleNotFoundError and ImportError
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name, isinstance(e, ImportError))

try:
    import mod_missing_helper as alias
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from nowhere_module import something
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# A dotted name whose parent is not a package
try:
    import mod_noall.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# Importing a name that is missing from an existing module
try:
    from mod_noall import nothing_here
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.index(" (")])
    print(e.name, type(e) is ImportError)

try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

# Failed imports leave no binding
print("definitely_not_a_module_xyz" in globals(), "alias" in globals())

# Catching as ImportError also catches ModuleNotFoundError
for name in ["mod_noall", "not_a_real_module_abc"]:
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, "failed:", type(e).__name__)

# Errors raised while executing a module propagate unchanged
try:
    import mod_broken
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
