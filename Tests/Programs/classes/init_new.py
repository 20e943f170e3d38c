# __init__ and __new__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, value):
        print("__init__", value)
        self.value = value
t = Tracked(5)
print(t.value, t.created_by_new)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 42
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class BadInitStr:
    def __init__(self):
        return "x"
try:
    BadInitStr()
except TypeError as e:
    print(type(e).__name__, e)

# __new__ returning an instance of another class: __init__ skipped
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
w = Weird()
print(type(w).__name__)
class ReturnsInt:
    def __new__(cls, n):
        return n * 2
print(ReturnsInt(21))

# Singleton via __new__
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating singleton")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("init runs every time")
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
