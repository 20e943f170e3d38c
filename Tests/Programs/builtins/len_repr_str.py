# len(), repr(), str() on builtin types
values = ["", "abc", "héllo", [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2}, set(), {1, 2, 3},
          range(10), range(0, 10, 3), range(5, 0), frozenset([1])]
for v in values:
    print(len(v), end=" ")
print()

print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\tnewline\nbackslash\\"), repr("\x00\x7f"), repr("é ü ñ"))
print(repr(1), repr(-0), repr(1.0), repr(1e16), repr(1.5e-7), repr(0.1 + 0.2))
print(repr(True), repr(None), repr([1, "a", None]), repr((1,)), repr(()))
print(repr({"k": (1, 2)}), repr({1}), repr(set()), repr(frozenset()), repr(range(3)))
print(repr([[]]), repr([()]), repr({"": ""}))

print(str(12), str(-3.25), str("text"), str(None), str([1, "a"]), str(("x",)))
print(str(), repr(str()), str("" == ""))
print(str(1e100), str(123456789012345678), str(1.0e-4), str(0.0001), str(123456789.0))
print(str(float("inf")), str(float("-inf")), str(float("nan")))

# Recursive containers
lst = [1]
lst.append(lst)
print(repr(lst))
d = {"self": None}
d["self"] = d
print(d)
lst.pop()
d.clear()

# len() errors and limits
for bad in [5, 3.0, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)

# str() with encoding-less conversions and repr round-trips
for s in ["a'b", 'a"b', "\\", "\u00e9"]:
    print(repr(s), len(repr(s)))
print(len("\U0001F600"), repr("\U0001F600"))
