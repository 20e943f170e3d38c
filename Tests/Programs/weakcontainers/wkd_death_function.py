# WeakKeyDictionary entries made with function-local keys vanish when the function returns
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

d = weakref.WeakKeyDictionary()

def register(name):
    k = Key(name)
    d[k] = name.upper()
    print("  inside", name, "->", len(d), [key.name for key in d])
    return len(d)

print("returned:", register("local"))
print("after the call:", len(d))

def register_and_return(name):
    k = Key(name)
    d[k] = name.upper()
    return k

kept = register_and_return("kept")
register_and_return("dropped")
print("kept vs dropped:", [k.name for k in d])

def nested():
    inner = Key("inner")
    d[inner] = 1
    def use():
        return inner.name
    print("  closure sees:", use(), len(d))
    return use

f = nested()
print("a closure keeps inner alive:", [k.name for k in d])
f = None
print("closure dropped:", [k.name for k in d])

def raising():
    k = Key("in-raise")
    d[k] = 0
    raise ValueError("boom")

try:
    raising()
except ValueError as e:
    print("inside except:", [k.name for k in d], e)
print("after except:", [k.name for k in d])
