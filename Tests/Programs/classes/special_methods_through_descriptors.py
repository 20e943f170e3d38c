# __del__ (and other special methods) defined as a staticmethod, a classmethod, a callable
# instance or a builtin: bound through the descriptor protocol as CPython's lookup_maybe_method.
class S:
    @staticmethod
    def __del__(): print("static del")
x = S(); del x
class CM:
    @classmethod
    def __del__(cls): print("cm del", cls.__name__)
x = CM(); del x
class C:
    def __call__(self, *a): print("called with", len(a), "args")
class W: __del__ = C()
x = W(); del x
class B:
    __del__ = print
x = B(); del x
