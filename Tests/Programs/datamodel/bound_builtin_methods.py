# Builtin methods bound to an object are builtin_function_or_method objects, as in CPython.
m = "s".upper
print(type(m).__name__, m.__self__, m.__name__, m.__qualname__, repr(m).startswith("<built-in method upper of str object at 0x"))
append = [].append
print(type(append).__name__, append.__self__, append.__name__, append.__qualname__)
print(m(), type(len).__name__, repr(len))
text = "s"
print(m == text.upper, m == "t".upper, m != "t".upper, hash(text.upper) == hash(text.upper), m == len)
items = [3, 1]
add = items.append
add(2)
print(items, add.__self__ is items, items.append == items.append, items.append == [].append)
try:
    m.x = 1
except AttributeError as e:
    print(e)
try:
    m.nothing
except AttributeError as e:
    print(e)
try:
    m.__func__
except AttributeError as e:
    print(e)
get = {"a": 1}.get
print(type(get).__name__, get("a"), get("b", 2), repr(get).startswith("<built-in method get of dict object at"))
from_bytes = int.from_bytes
print(type(from_bytes).__name__, from_bytes.__self__, from_bytes.__name__)


class C:
    def f(self):
        return self


c = C()
print(type(c.f).__name__, type(C.f).__name__, c.f() is c, c.f == c.f, c.f.__func__ is C.f)
print(sorted(["b", "A", "c"], key=str.lower), list(map("-".join, [["a", "b"], ["c"]])))
bound = (5).bit_length
print(type(bound).__name__, bound(), bound.__self__)
