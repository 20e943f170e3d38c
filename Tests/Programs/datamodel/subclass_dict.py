# Subclassing dict
class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        print("  __missing__", repr(key))
        value = self[key] = self.factory()
        return value

d = DefaultDict(list, a=[1])
d["a"].append(2)
d["b"].append(3)
print(d, len(d), isinstance(d, dict), type(d).__name__)
print(d.get("zzz"), "zzz" in d)      # get() and `in` do not call __missing__
print(sorted(d.keys()), d.factory is list)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c)
print(c["x"], "x" in c)

# Overriding __getitem__ does not affect .get() or dict() copying
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["name"] = "value"
print(u, u["NAME"], u["name"], u.get("name"), dict(u))
u2 = Upper(low="not upper-cased by __init__")
print(u2)
u2.update(other=1)
print(u2)

# Extra attributes and methods
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, ad.__dict__)
try:
    ad.nope
except AttributeError as e:
    print(type(e).__name__, e)

# Operations return plain dicts
merged = ad | {"z": 3}
print(type(merged).__name__, merged, type(ad.copy()).__name__)

# KeyError from a subclass without __missing__
class Plain(dict):
    pass
try:
    Plain()["missing"]
except KeyError as e:
    print(type(e).__name__, e)

# Equality with plain dicts
print(Plain(a=1) == {"a": 1}, Counter(a=1) == {"a": 1})
print(repr(Plain(k=[1, 2])))
