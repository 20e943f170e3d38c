# finalize passes through kwargs, including ones named obj/func; peek/detach return tuples
import weakref
class O: pass
def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))
o = O()
f = weakref.finalize(o, show, 1, 2, obj="x", func="y", self="z")
obj, func, args, kwargs = f.peek()
print(obj is o, func is show, args, sorted(kwargs.items()))
print(f.peek()[3] is f.peek()[3])
r = f.detach()
print(type(r).__name__, len(r), r[0] is o, f.detach(), f.peek(), f.alive)
print(f())
g = weakref.finalize(o, show, a=1)
print(g(), g(), g.alive)
h = weakref.finalize(o, show, 3)
del o
print("h alive:", h.alive)
try:
    weakref.finalize(obj=O(), func=show)
except TypeError as e:
    print("TypeError", e)
