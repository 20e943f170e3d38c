# `s += t` may extend a str in place when nothing else can see it; every other reference
# must keep seeing the old value.


def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s


def aliases():
    s = "ab" + "c" * 2
    t = s
    s += "x"
    print(s, t, s is t)
    items = [s]
    s += "y"
    print(s, items)
    d = {s: 1}
    h = hash(s)
    s += "z"
    print(s, d, hash(s) == h, s in d, "abccxy" in d)
    s = s + "!"
    print(s, len(s), s[-2:], s.upper())


def hashing():
    s = "key"
    s += "1"
    first = hash(s)
    s += "2"
    print(hash(s) == hash("key12"), first == hash("key1"))
    d = {}
    d[s] = "v"
    s2 = "key"
    s2 += "12"
    print(d[s2], s2 == s, s2 is s)


def lengths():
    s = "é"
    for piece in ("a", "ß", "€", "x" * 3):
        s += piece
        print(len(s), s, s[1:3], s.isascii())
    t = "plain"
    t += "ascii"
    print(len(t), t.isascii(), t[::-1])


def in_closure():
    s = "c"
    def inner():
        return s
    s += "d"
    print(s, inner())


class Tagged(str):
    pass


def subclass():
    s = Tagged("sub")
    s += "class"
    print(s, type(s).__name__)


def chars():
    c = "a"
    c += "b"
    print(c, "a", chr(97), "a" + "")


print(len(build(1000)), build(30))
aliases()
hashing()
lengths()
in_closure()
subclass()
chars()
g = "glob"
g += "al"
print(g)
