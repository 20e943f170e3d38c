# Attributes of module objects
import mod_noall
import mod_exports
import math

print(mod_noall.__name__, mod_exports.__name__, math.__name__, __name__)
print(mod_noall.__file__.endswith("mod_noall.py"), mod_noall.__doc__)
print(mod_exports.__all__)
print(sorted(k for k in vars(mod_noall) if not k.startswith("__")))
print([k for k in dir(mod_exports) if not k.startswith("__")])
print(vars(mod_noall) is mod_noall.__dict__, type(mod_noall.__dict__).__name__)
print(mod_noall.__dict__["visible"], "helper" in mod_noall.__dict__)
print("__builtins__" in vars(mod_noall), "__name__" in dir(mod_noall))

# A module's functions see the module's globals, not the importer's
visible = "importer's visible"
print(mod_noall.visible, visible)
import mod_state
module_level_name = "importer's name"
print(mod_state.get_global_name())
mod_state.module_level_name = "patched from outside"
print(mod_state.get_global_name())

# Functions remember their module
print(mod_noall.helper.__module__, mod_noall.helper.__globals__ is vars(mod_noall))

# Module docstring of this file
print(repr(__doc__))

# Module objects can be stored and compared
mods = [mod_noall, mod_exports, math]
print([m.__name__ for m in mods], mod_noall == mod_noall, mod_noall != mod_exports)

# The type of a module
ModuleType = type(math)
print(ModuleType.__name__, isinstance(mod_noall, ModuleType))
fresh = ModuleType("fresh_module", "a docstring")
fresh.x = 1
print(fresh.__name__, fresh.__doc__, fresh.x, sorted(k for k in vars(fresh) if not k.startswith("__")))

# Module attribute errors
try:
    mod_noall._missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del mod_noall.not_there
except AttributeError as e:
    print(type(e).__name__, e)
