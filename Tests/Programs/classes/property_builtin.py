# property() without decorators, precedence, inheritance, lazy attributes
# property() called directly, with doc
class Box:
    def _get(self):
        return self._v * 2
    def _set(self, v):
        self._v = v
    value = property(_get, _set, None, "double value")
b = Box()
b.value = 21
print(b.value, Box.value.__doc__)

# Properties take precedence over instance __dict__ (data descriptor)
b.__dict__["value"] = "shadow"
print(b.value, b.__dict__["value"])

# Properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived(" + super().name + ")"
print(Base().name, Derived().name)

# Lazy computed attribute
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if not hasattr(self, "_data"):
            self.computed += 1
            self._data = [1, 2, 3]
        return self._data
lz = Lazy()
lz.data; lz.data; lz.data
print(lz.computed, lz.data)
