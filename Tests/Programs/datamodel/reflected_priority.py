# Operator dispatch details: reflected operands, NotImplemented, subclass priority
log = []

class A:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, other):
        log.append("%r.__add__(%r)" % (self, other))
        return NotImplemented
    def __radd__(self, other):
        log.append("%r.__radd__(%r)" % (self, other))
        return "radd-result"
    def __mul__(self, other):
        log.append("%r.__mul__(%r)" % (self, other))
        return "mul-result"
    def __rmul__(self, other):
        log.append("%r.__rmul__(%r)" % (self, other))
        return "rmul-result"

class B(A):
    def __radd__(self, other):
        log.append("%r.__radd__(%r) [B]" % (self, other))
        return "B radd"
    def __rmul__(self, other):
        log.append("%r.__rmul__(%r) [B]" % (self, other))
        return NotImplemented

def run(label, thunk):
    del log[:]
    try:
        result = thunk()
    except TypeError as e:
        result = "TypeError: " + str(e)
    print(label, "=>", result)
    for entry in log:
        print("    ", entry)

a, a2, b = A("a"), A("a2"), B("b")
run("a + a2", lambda: a + a2)
run("a + b", lambda: a + b)
run("b + a", lambda: b + a)
run("1 + a", lambda: 1 + a)
run("a + 1", lambda: a + 1)
run("a * b", lambda: a * b)
run("b * a", lambda: b * a)
run("2 * b", lambda: 2 * b)
run("[1] * b", lambda: [1] * b)

# Subclass that does NOT override the reflected method: no priority
class C(A):
    pass
c = C("c")
run("a * c", lambda: a * c)

# int subclass overriding __radd__ gets priority over int.__add__
class Int2(int):
    def __radd__(self, other):
        return "Int2.__radd__ with " + repr(other)
    def __add__(self, other):
        return "Int2.__add__ with " + repr(other)
print(5 + Int2(1))
print(Int2(1) + 5)
print(5 - Int2(1), type(5 - Int2(1)).__name__)

# float + int, bool arithmetic
print(1 + 2.0, True + True, 3 * False, 7 / 2, 7 // -2, -7 % 3, 2 ** -1)
