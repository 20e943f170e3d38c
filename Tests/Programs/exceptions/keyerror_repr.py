# KeyError messages use the repr of the missing key
d = {"present": 1, 2: "two", (1, 2): "tuple"}

keys = ["absent", 3, (3, 4), None, 1.5, "", "it's", 'quote"d', True, ("single",), -0.0, frozenset()]
for key in keys:
    try:
        d[key]
    except KeyError as e:
        print("str:", str(e), "| repr:", repr(e), "| args:", e.args)

# del and pop of missing keys
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    d.pop("gone")
except KeyError as e:
    print("pop:", e)
print(d.pop("gone", "default"))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)

# set.remove also raises KeyError
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("set.remove:", e, repr(e))
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)

# Key lookup on dict subclass and with unhashable key
try:
    d[[1, 2]]
except TypeError as e:
    print(type(e).__name__, e)

# KeyError raised manually with message
try:
    raise KeyError("custom message with spaces")
except KeyError as e:
    print(e)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)

# Nested data access
config = {"db": {"host": "localhost"}}
try:
    config["db"]["port"]
except KeyError as e:
    print("nested missing:", e)

# KeyError caught as LookupError
try:
    {}[42]
except LookupError as e:
    print(type(e).__name__, e)
