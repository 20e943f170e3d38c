# Truth testing: __bool__, __len__ fallback
class Always:
    def __bool__(self):
        print("  __bool__ called")
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Neither:
    pass
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Always()))
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Neither()))
print(bool(BoolAndLen()), len(BoolAndLen()))
if not Sized(0):
    print("empty is falsy")
print("yes" if Always() else "no")
print(Sized(2) and "and-result")
print(Sized(0) or "or-result")
x = Sized(0)
while x:
    print("never")
print([v for v in [Sized(0), Sized(1), Always()] if v] != [])

# Invalid returns
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

# Subclass of int with __bool__ override
class Zeroish(int):
    def __bool__(self):
        return True
print(bool(Zeroish(0)), Zeroish(0) == 0)
