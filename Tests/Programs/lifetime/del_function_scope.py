# Locals and arguments are released when the function frame ends
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def consume(r):
    print("  consume got", r.name)

print("argument with no other reference:")
consume(Res("arg-only"))
print("after call")

print("argument that caller keeps:")
kept = Res("caller-kept")
consume(kept)
print("after call, still kept")
del kept

print("local rebound inside function:")
def rebind():
    x = Res("x1")
    x = Res("x2")
    print("  end of rebind")
rebind()
print("after rebind")

print("exception leaving the function:")
def boom():
    local = Res("boom-local")
    raise KeyError("k")
try:
    boom()
except KeyError:
    print("  in handler")
print("after handler")

print("recursive frames:")
def rec(n):
    r = Res("depth%d" % n)
    if n < 2:
        rec(n + 1)
    print("  leaving depth", n)
rec(0)
print("after recursion")

print("value returned through several frames:")
def inner():
    return Res("returned")
def middle():
    v = inner()
    print("  middle has", v.name)
    return v
result = middle()
print("caller has", result.name)
result = None
print("end")
