# A replaced sys.excepthook that raises: CPython reports both its error and the original one.
import sys


def hook(kind, value, traceback):
    raise RuntimeError("bad hook")


sys.excepthook = hook
print("before")
1 / 0
