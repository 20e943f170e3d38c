# dir() of a proxy forwards to the referent
import weakref
class D:
    def method(self): pass
d = D()
d.attr = 1
q = weakref.proxy(d)
print("method" in dir(q), "attr" in dir(q))
print(dir(q) == dir(d))
print([n for n in dir(q) if not n.startswith("_")])
