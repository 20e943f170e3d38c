# A proxy forwards attribute get, set and delete, methods and properties to the referent
import weakref

class Account:
    kind = "savings"
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @property
    def summary(self):
        return "%s: %d" % (self.owner, self.balance)
    @summary.setter
    def summary(self, value):
        print("summary setter called with", value)

acct = Account("ann", 100)
p = weakref.proxy(acct)
print("owner:", p.owner)
print("class attribute:", p.kind)
print("method:", p.deposit(50))
print("original sees deposit:", acct.balance)
print("property:", p.summary)
p.summary = "ignored"
p.owner = "bob"
print("set through proxy:", acct.owner)
p.new_attr = [1, 2]
print("new attribute on referent:", acct.new_attr)
del p.new_attr
print("deleted from referent:", hasattr(acct, "new_attr"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.missing
except AttributeError as e:
    print("del AttributeError:", e)
print("getattr default:", getattr(p, "missing", "default"))
print("hasattr:", hasattr(p, "owner"), hasattr(p, "nope"))
setattr(p, "via_setattr", 7)
print("setattr:", acct.via_setattr)
print("__class__ forwarded:", p.__class__.__name__)
print("isinstance(p, Account):", isinstance(p, Account))
print("type(p) is Account:", type(p) is Account)
print("__dict__ keys:", sorted(p.__dict__))
m = p.deposit
print("bound method self is referent:", m.__self__ is acct)

# __getattr__ on the referent is honoured
class Dynamic:
    def __getattr__(self, name):
        return "dynamic-" + name
d = Dynamic()
pd = weakref.proxy(d)
print("dynamic:", pd.anything, pd.other)

# __slots__ referent with __weakref__
class Slotted:
    __slots__ = ("x", "__weakref__")
s = Slotted()
ps = weakref.proxy(s)
ps.x = 10
print("slot via proxy:", s.x, ps.x)
try:
    ps.y = 1
except AttributeError as e:
    print("slot AttributeError:", e)
