# A builtin __new__ given a class that is not its subtype raises TypeError (never builds a wrong object)
import weakref
for f in [lambda: int.__new__(str), lambda: int.__new__(5), lambda: int.__new__(), lambda: weakref.ref.__new__(int, 1), lambda: weakref.WeakSet.__new__(int), lambda: weakref.finalize.__new__(int), lambda: weakref.KeyedRef.__new__(int, 1,2,3), lambda: weakref.WeakMethod.__new__(int, 1), lambda: object.__new__(list), lambda: list.__new__(dict), lambda: bool.__new__(int), lambda: dict.__new__(list), lambda: tuple.__new__(list), lambda: str.__new__(int), lambda: float.__new__(int), lambda: set.__new__(dict), lambda: frozenset.__new__(list), lambda: property.__new__(int), lambda: staticmethod.__new__(int, 1), lambda: weakref.WeakKeyDictionary.__new__(int), lambda: object.__new__(ValueError), lambda: object.__new__(5)]:
    try: print(f())
    except TypeError as e: print('TypeError:', e)
class L(list): pass
print(type(list.__new__(L)).__name__, type(object.__new__(type("P", (), {}))).__name__)
