# from ... import forms
from mod_greeting import greet, GREETING
from mod_greeting import Greeter as G, shout
print(greet("a"), GREETING, G()("b"), shout("c"))

# from-import copies the binding: rebinding in the module is not seen
import mod_greeting
mod_greeting.GREETING = "Changed"
print(GREETING, mod_greeting.GREETING, greet("d"))

# but mutation of a shared object is seen
from mod_state import items, add
add("x")
add("y")
print(items)

# counter is an int copied at import time
from mod_greeting import counter
print(counter, mod_greeting.counter)

# star import honours __all__
from mod_exports import *
print(public_func(), PUBLIC_CONST)
for name in ["OTHER_CONST", "other_func", "_hidden"]:
    print(name, name in globals())

# star import without __all__ skips underscore names
from mod_noall import *
print(visible, helper(), "_invisible" in globals())

# Importing a missing name
try:
    from mod_noall import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
    print(e.name)

# Parenthesized multi-line import list with trailing comma
from mod_exports import (
    public_func as pf,
    other_func,
)
print(pf(), other_func())
