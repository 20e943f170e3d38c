# __repr__ and __str__ and their fallbacks
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"

class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r)
print(str(r), repr(r))
print(s)
print(str(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))
print(b, str(b), repr(b))

# Containers always use repr of their elements
print([r, b])
print((b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, b))
print(f"{b} {b!r}")
print(format(b), format(b, ""))

# Subclass inherits, can override either
class SubBoth(Both):
    def __str__(self):
        return "SubBoth<str>"
print(SubBoth(), repr(SubBoth()))

class SubRepr(OnlyRepr):
    pass
print(SubRepr(), str(SubRepr()))

# __repr__ must return a string
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# Default repr of class objects
class Plain:
    pass
print(Plain, repr(Plain), str(Plain))
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))

class Nested:
    class Inner:
        pass
print(Nested.Inner)

# repr of builtin-type instances vs types
print(repr("a'b"), repr('a"b'), repr("both'\""))
print(str(1.0), repr(0.1), str([1, "a"]), repr(None))
print(int, str, type, object)

# format with non-empty spec on object without __format__
try:
    format(b, "10")
except TypeError as e:
    print(type(e).__name__, e)
