# A dataclass-like class decorator that generates __init__ and __eq__
# Simple dataclass-like decorator
def auto_init(cls):
    fields = [k for k in cls.__dict__ if not k.startswith("_")]
    defaults = {k: cls.__dict__[k] for k in fields}
    def __init__(self, **kw):
        for k in fields:
            setattr(self, k, kw.pop(k, defaults[k]))
        if kw:
            raise TypeError("unexpected fields: " + ", ".join(sorted(kw)))
    def __eq__(self, other):
        return type(other) is type(self) and self.__dict__ == other.__dict__
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    return cls
@auto_init
class Item:
    name = "unnamed"
    qty = 0
i = Item(qty=5)
print(i.name, i.qty, i == Item(qty=5), i == Item())
try:
    Item(price=1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__hash__ is object.__hash__)
