# finalize on a bound method of the object itself keeps the object alive until exit
import weakref
class Res:
    def __init__(self, name): self.name = name
    def close(self, how="normal"): print("closing", self.name, how)
r = Res("a")
f = weakref.finalize(r, r.close, how="atexit")
wr = weakref.ref(r)
del r
print("still alive:", wr() is not None, f.alive)
s = Res("b")
g = weakref.finalize(s, Res.close, s.__dict__.copy() and Res("copy"))
del s
print("g alive:", g.alive)
print("end of main")
