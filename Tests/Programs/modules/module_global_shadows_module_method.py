# A module global named like a method of the module type wins over it, also at a call site
# that first saw the module without that global
import sys

me = sys.modules[__name__]
for round in range(3):
    text = me.__repr__()
    print(round, text if not text.startswith("<module") else "<module repr>")
    if round == 0:
        def __repr__():
            return "the global __repr__"
    if round == 1:
        del __repr__
