# finalize with positional and keyword arguments, including keywords named obj/func/args
import weakref

class Obj:
    pass

def show(*args, **kwargs):
    print("  show args", args, "kwargs", sorted(kwargs.items()))
    return len(args) + len(kwargs)

o = Obj()
f = weakref.finalize(o, show, 1, "two", three=3, four=[4])
print("peek kwargs:", sorted(f.peek()[3].items()))
print("call:", f())
g = weakref.finalize(o, show, obj="o", func="f", args="a", kwargs="k")
print("peek of odd names:", g.peek()[2], sorted(g.peek()[3].items()))
print("call:", g())
h = weakref.finalize(o, show, **{"x": 1, "y": 2})
print("mapping splat:", sorted(h.peek()[3].items()))
k = weakref.finalize(o, show, *range(3))
print("star args:", k.peek()[2])
print("dying fires the rest:")
del o
print("end")
