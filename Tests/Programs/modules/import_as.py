# import ... as ...
import mod_greeting as mg
import math as m, sys as system
print(mg.greet("alias"), mg.__name__)
print(m.sqrt(16), m.__name__, system.__name__)
print("mod_greeting" in dir(), "mg" in dir())

# The same module object under different names
import mod_greeting
print(mod_greeting is mg, system.modules["mod_greeting"] is mg)

from mod_greeting import greet as hello, shout as yell
print(hello("x"), yell("y"))
print(hello is mg.greet, hello.__name__)

# Aliases are ordinary names: can be rebound and deleted
mg = None
print(mod_greeting.GREETING)
del m
try:
    m.pi
except NameError as e:
    print(type(e).__name__, e)
import math as m
print(round(m.pi, 5))

# Importing inside a function binds a local name
def local_import():
    import mod_state as st
    return st.__name__, "st" in locals()
print(local_import())
try:
    st
except NameError as e:
    print(type(e).__name__, e)
