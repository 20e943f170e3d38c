# WeakValueDictionary entries for function-local values vanish when the function returns or raises
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(" + self.name + ")"

cache = weakref.WeakValueDictionary()

def load(name):
    obj = cache.get(name)
    if obj is None:
        obj = Obj(name)
        cache[name] = obj
        print("  created", name)
    else:
        print("  cache hit", name)
    return obj

def use_temporarily(name):
    obj = load(name)
    print("  using", obj, "cache:", list(cache))

use_temporarily("t")
print("after the call:", list(cache))
kept = load("k")
load("k")
use_temporarily("k")
print("kept survives:", list(cache))
load("t")
print("t was recreated and dropped:", list(cache))

def failing():
    obj = load("f")
    raise RuntimeError("failed with " + obj.name)

try:
    failing()
except RuntimeError as e:
    print("inside except:", list(cache), e)
print("after except:", list(cache))

def generator():
    obj = load("g")
    yield obj.name
    yield "second"

gen = generator()
print("generator started:", next(gen), list(cache))
gen.close()
print("generator closed:", list(cache))
del kept
print("end:", list(cache))
