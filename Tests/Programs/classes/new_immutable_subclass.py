# __new__ in subclasses of immutable builtins, and argument checking
# __new__ for an immutable subclass
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)
print(Even(7), Even(10), Even(7) + 1, type(Even(3)).__name__)

# Extra args with no __init__/__new__ override
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Overriding __init__ only: object.__new__ ignores extra args
class OnlyInit:
    def __init__(self, a, b):
        self.s = a + b
print(OnlyInit(1, 2).s)

# __init__ can be called again explicitly
o = OnlyInit(1, 1)
o.__init__(10, 20)
print(o.s)
