# Circular imports: a partially initialized module is visible through sys.modules
import sys
print("main: before import")
import mod_cycle_a
print("main: both imported")
print(mod_cycle_a.from_a())
print(mod_cycle_a.mod_cycle_b.from_b())
print(sorted(m for m in sys.modules if m.startswith("mod_cycle")))
print(mod_cycle_a.mod_cycle_b.mod_cycle_a is mod_cycle_a)

# Importing the second module directly now does nothing new
import mod_cycle_b
print(mod_cycle_b.B_VALUE, mod_cycle_b is mod_cycle_a.mod_cycle_b)

# Names defined before and after the cyclic import point
print(mod_cycle_a.A_EARLY, mod_cycle_a.A_LATE)
print(sorted(k for k in vars(mod_cycle_a) if not k.startswith("__")))
print(sorted(k for k in vars(mod_cycle_b) if not k.startswith("__")))

# from-import of a name from a fully initialized module works
from mod_cycle_b import from_b
print(from_b())
