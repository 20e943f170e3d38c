# A function's locals die when it returns (or raises), in a well-defined order
import weakref

class C:
    def __init__(self, name):
        self.name = name

def cb(w):
    print("  callback:", w.tag if hasattr(w, "tag") else "?")

class TaggedRef(weakref.ref):
    pass

keep = []
def watch(obj, tag):
    r = TaggedRef(obj, cb)
    r.tag = tag
    keep.append(r)

def work():
    local = C("local")
    watch(local, "local")
    print(" in work, alive:", keep[-1]() is not None)
    return "work returned"

print(work())
print("after work")

def returns_it():
    obj = C("returned")
    watch(obj, "returned")
    return obj

res = returns_it()
print("returned object alive:", keep[-1]() is not None)
res = None
print("after dropping result")

def raises():
    victim = C("victim")
    watch(victim, "victim")
    raise KeyError("k")

try:
    raises()
except KeyError:
    print("in handler")
print("after handler")

def nested():
    a = C("a")
    watch(a, "outer-a")
    def inner():
        b = C("b")
        watch(b, "inner-b")
        return "inner done"
    print(" ", inner())
    print("  back in nested")
    return None

nested()
print("after nested")

print("lambda argument:")
(lambda o: print("  inside lambda"))(C("arg"))
print("temporary passed to a function is released after the call")
watch(C("temp"), "temp")
print("end")
