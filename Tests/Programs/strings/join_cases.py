class S(str):
    pass
print(repr("".join([])), repr("-".join(["a"])), repr("é".join(["x", "", "ü😀", ""])), "".join(S(c) for c in "abc"))
print(repr(", ".join(map(str, range(12)))), len("€".join(["ab"] * 1000)), f"{'é'}{1}{'😀'!r}{2.5:.1f}")
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
