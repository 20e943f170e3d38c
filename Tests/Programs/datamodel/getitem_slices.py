# __getitem__/__setitem__/__delitem__ including slice objects
class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        print("  get", repr(key))
        if isinstance(key, slice):
            return self.data[key]
        return self.data[key]
    def __setitem__(self, key, value):
        print("  set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("  del", repr(key))
        del self.data[key]
r = Recorder()
print(r[3])
print(r[-1])
print(r[2:5])
print(r[::3])
print(r[:])
print(r[1:8:2])
print(r[::-1])
print(r[1, 2] if False else "tuple key skipped")
r[0] = 100
r[1:3] = ["a", "b", "c"]
print(r.data)
del r[0]
del r[::2]
print(r.data)
try:
    r[50]
except IndexError as e:
    print(type(e).__name__, e)

# Tuple and arbitrary keys
class Grid:
    def __getitem__(self, key):
        return "key=" + repr(key)
g = Grid()
print(g[1, 2])
print(g[1:2, ::3])
print(g["name"])
print(g[...])
print(g[:, 0])

# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print("abcdefghij"[s], list(range(20))[slice(2, 8)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)

# Missing protocols
class ReadOnly:
    def __getitem__(self, i):
        return i
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "x"
    [1, 2][key]
except TypeError as e:
    print(type(e).__name__, e)
