# An error from a callback that is not a Python function reaches sys.unraisablehook with the
# running frame as its traceback, as CPython's PyErr_WriteUnraisable adds it.
import sys
import weakref


def hook(unraisable):
    tb = unraisable.exc_traceback
    print(unraisable.exc_type.__name__, tb is not None, tb.tb_frame.f_code.co_name if tb else None, tb.tb_next)


sys.unraisablehook = hook


class O:
    pass


o = O()
r = weakref.ref(o, 42)
del o


def inner():
    p = O()
    q = weakref.ref(p, len)
    del p


inner()
print("end")
