# weakref.finalize on cyclic garbage fires during collection (before __del__), exactly once
import gc, weakref

log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("__del__ " + self.name)

def cleanup(tag, *rest, **kw):
    log.append("finalize %s %s %s" % (tag, rest, sorted(kw.items())))
    return tag

r = Res("r"); r.me = r
f = weakref.finalize(r, cleanup, "r", 1, 2, key="v")
print("alive:", f.alive, "peek func:", f.peek()[1] is cleanup)
del r
print("after del:", log, f.alive)
gc.collect()
print(log)
print("alive:", f.alive, "call again:", f(), "detach:", f.detach())
log.clear()

# several finalizers on one cyclic object run newest first
s = Res("s"); t = Res("t")
s.t = t; t.s = s
fs = [weakref.finalize(s, cleanup, "s%d" % i) for i in range(3)]
del s, t
gc.collect()
print([e for e in log if e.startswith("finalize")])
print(sorted(e for e in log if e.startswith("__del__")))
log.clear()

# a detached finalizer does not fire, a called one does not fire twice
u = Res("u"); u.me = u
f1 = weakref.finalize(u, cleanup, "detached")
f2 = weakref.finalize(u, cleanup, "called early")
f3 = weakref.finalize(u, cleanup, "on collection")
f1.detach()
print("early call returns:", f2())
del u
gc.collect()
print(log)
