# Proxy to objects with __getattr__/__setattr__/__delattr__/__getattribute__ hooks
import weakref
class Hooked:
    def __init__(self): object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        if name == "boom": raise AttributeError("custom missing " + name)
        return "virtual-" + name
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
h = Hooked()
p = weakref.proxy(h)
print(p.anything, p.log[-1])
p.x = 1
print(h.x, h.log[-1])
del p.nothing
print(h.log[-1])
try:
    p.boom
except AttributeError as e:
    print("AttributeError", e)
print(getattr(p, "boom", "dflt"), hasattr(p, "boom"))
class Everything:
    def __getattribute__(self, name):
        return "ga:" + name
e = Everything()
pe = weakref.proxy(e)
print(pe.foo, pe.__class__ if False else "skip")
