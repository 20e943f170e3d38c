# An uncaught exception goes to sys.excepthook when the program replaced it; the default
# stays reachable as sys.__excepthook__.
import sys


def hook(kind, value, traceback):
    print("hook:", kind.__name__, value, traceback is not None, file=sys.stderr)
    sys.__excepthook__(kind, value, traceback)


sys.excepthook = hook
print(sys.__excepthook__ is not hook, callable(sys.excepthook))
raise ValueError("boom")
