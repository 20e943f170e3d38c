# Subclassing list
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1]
    @property
    def size(self):
        return len(self)

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.size, s.pop(), s)
print(type(s).__name__, isinstance(s, list), s == [1, 2, 3])

# Slicing and concatenation return plain lists
print(type(s[:]).__name__, type(s + [9]).__name__, type(s * 2).__name__)
s += [10]
print(type(s).__name__, s)

# Overriding append does not affect extend/insert
class Logged(list):
    def append(self, item):
        print("  append", item)
        super().append(item)
l = Logged()
l.append(1)
l.extend([2, 3])
l.insert(0, 0)
l += [4]
print(l)

# __init__ and __repr__ override
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return "%s%s" % (self.name, list.__repr__(self))
n = Named("nums", range(3))
print(n, [n], str(n), len(n))
n.sort(reverse=True)
print(n, sorted(n), type(sorted(n)).__name__)

# Overriding __getitem__ with negative-index wrap
class Cyclic(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i % len(self))
        return super().__getitem__(i)
cy = Cyclic("abc")
print(cy[0], cy[4], cy[-7], cy[1:], list(cy), [x for x in cy])

# Subclass of tuple and str
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__, p + (3,))

class Shout(str):
    def shout(self):
        return self.upper() + "!"
sh = Shout("hey")
print(sh, sh.shout(), type(sh + "x").__name__, type(sh.upper()).__name__, sh == "hey")

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
mi = MyInt(5)
print(repr(mi), mi + 1, type(mi + 1).__name__, mi * 2, str(mi))
