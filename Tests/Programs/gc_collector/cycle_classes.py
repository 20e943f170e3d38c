# Class objects are in cycles of their own (mro, methods); dropped classes are reclaimed by the collector
import gc, weakref

def make_class(tag):
    class Local:
        kind = tag
        def method(self):
            return self.kind
    Local.me = Local
    return Local

C = make_class("first")
print(C().method(), C.me is C)
wc = weakref.ref(C)
del C
gc.collect()
print("class collected:", wc() is None)

# a class and its instance referring to each other
def instance_cycle():
    class Registry:
        instances = []
        def __init__(self):
            Registry.instances.append(self)
    r = Registry()
    return weakref.ref(Registry), weakref.ref(r)
wcls, winst = instance_cycle()
print("class alive:", wcls() is not None, "instance alive:", winst() is not None)
gc.collect()
print("class alive:", wcls() is not None, "instance alive:", winst() is not None)

# a subclass dies while its base class stays
class Base:
    pass
def subclass():
    class Derived(Base):
        pass
    return weakref.ref(Derived)
wd = subclass()
gc.collect()
print("derived collected:", wd() is None, "base fine:", Base.__name__)

# a class with __del__ on instances, class and instance dropped together
def with_del():
    class Noisy:
        def __del__(self):
            print("Noisy.__del__ runs, class attr:", type(self).label)
    Noisy.label = "still readable"
    n = Noisy()
    Noisy.instance = n
    return n
n = with_del()
del n
print("before collect")
gc.collect()
print("end")
