# Module-level code runs once; sys.modules caches the module object
import sys
print("mod_state" in sys.modules)
import mod_state
print("mod_state" in sys.modules)
import mod_state
import mod_state as again
print(again is mod_state, sys.modules["mod_state"] is mod_state)

mod_state.add("first")
def importer():
    import mod_state
    mod_state.add("from function")
    return mod_state.items
print(importer())
from mod_state import items
print(items is mod_state.items)

# A module importing another already-imported module shares it
import mod_uses_other
print(mod_uses_other.register("bob"))
print(mod_state.items)
print(mod_uses_other.mod_state is mod_state)

# Removing from sys.modules forces re-execution on the next import
old = mod_state
del sys.modules["mod_state"]
import mod_state
print(mod_state is old, mod_state.items, old.items)
print(mod_uses_other.mod_state is old)

# The main script is sys.modules["__main__"]
main = sys.modules["__main__"]
print(main.__name__, main.importer is importer)

# Failed imports do not stay in sys.modules and re-run on retry
for attempt in range(2):
    try:
        import mod_broken
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "mod_broken" in sys.modules)
