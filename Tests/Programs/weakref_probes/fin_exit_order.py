# Finalizers still alive at exit run in reverse order of creation; atexit=False ones are skipped; detached never run
import weakref
class O:
    def __init__(self, n): self.n = n
objs = [O(i) for i in range(5)]
fins = [weakref.finalize(o, print, "fin", o.n) for o in objs]
fins[1].atexit = False
fins[2].detach()
fins[3]()
extra = O(9)
weakref.finalize(extra, print, "extra created last")
def late():
    print("late finalizer registering another during exit")
    weakref.finalize(objs[0], print, "registered during exit")
weakref.finalize(objs[4], late)
print("main done")
