# A proxy's callback receives the (dead) proxy itself
import weakref

class C:
    def __init__(self, name):
        self.name = name

received = []
def cb(w):
    received.append(w)
    print("callback: type", type(w).__name__)
    try:
        w.name
    except ReferenceError as e:
        print("callback: proxy already dead:", e)

o = C("o")
p = weakref.proxy(o, cb)
print("proxy works:", p.name)
print("__callback__ not forwarded?", hasattr(p, "__callback__"))
del o
print("received is p:", received[0] is p)

# callable proxy with callback
def target():
    return "target called"
fp = weakref.proxy(target, cb)
print(fp())
del target
print("received callable proxy:", received[1] is fp)

# callback order mixes refs and proxies, newest first
o = C("mix")
a = weakref.ref(o, lambda w: print("ref callback (oldest)"))
b = weakref.proxy(o, lambda w: print("proxy callback (middle)"))
c = weakref.ref(o, lambda w: print("ref callback (newest)"))
o = None
print("end")
