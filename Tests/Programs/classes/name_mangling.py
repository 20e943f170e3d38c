# Private name mangling
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self._protected = "single underscore"
        self.__dunder__ = "not mangled"

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def __secret(self):
        return "secret of " + self.owner

    def reveal(self):
        return self.__secret()

a = Account("ann")
a.deposit(50)
print(a.deposit(25))
print(sorted(a.__dict__))
print(a._Account__balance)
print(a._protected, a.__dunder__)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a.reveal(), a._Account__secret())
try:
    a.__secret()
except AttributeError as e:
    print(type(e).__name__, e)

# Subclasses get their own mangled names
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__balance = "savings private"
    def both(self):
        return self.__balance, self._Account__balance

s = Savings("bob")
s.deposit(10)
print(s.both())
print(sorted(k for k in s.__dict__ if "balance" in k))

# Mangling applies in any expression inside the class, even getattr strings? (no)
class M:
    __x = 1
    def direct(self):
        return self.__x
    def by_string(self):
        return getattr(self, "__x", "not found via string")
    def mangled_string(self):
        return getattr(self, "_M__x")
m = M()
print(m.direct(), m.by_string(), m.mangled_string())
print("_M__x" in M.__dict__, "__x" in M.__dict__)

# Leading underscores in class name are stripped
class _Hidden:
    def __init__(self):
        self.__v = 1
print(list(_Hidden().__dict__))

class __Double:
    def __init__(self):
        self.__v = 2
print(list(__Double().__dict__))

# Mangling of names in nested functions inside methods
class N:
    def method(self):
        __local = "local var"
        def inner():
            return __local
        return inner()
print(N().method())
