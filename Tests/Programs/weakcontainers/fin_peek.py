# finalize.peek(): the (obj, func, args, kwargs) tuple without killing; None once dead
import weakref

class Obj:
    def __repr__(self):
        return "Obj()"

def callback(*args, **kwargs):
    print("  callback", args, kwargs)

obj = Obj()
f = weakref.finalize(obj, callback, "a", [1], key="v")
p = f.peek()
print("type:", type(p).__name__, len(p))
print("obj:", p[0] is obj, "func:", p[1] is callback, "args:", p[2], "kwargs:", p[3])
print("still alive:", f.alive)
print("peek again equal:", f.peek() == p, f.peek() is p, "args identical:", f.peek()[2] is p[2])
p[2][1].append(2)
print("the args are shared:", f.peek()[2])
del p
print("del obj:")
del obj
print("peek after death:", f.peek(), f.alive)
o2 = Obj()
g = weakref.finalize(o2, callback)
print("no args:", g.peek()[2:], "alive:", g.alive)
g()
print("peek after a call:", g.peek())
o3 = Obj()
h = weakref.finalize(o3, callback, 1)
h.detach()
print("peek after detach:", h.peek())
