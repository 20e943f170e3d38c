# A WeakSet subclass's own __iter__, __contains__ and intersection are what CPython's
# union, intersection and isdisjoint go through; a weak dictionary subclass's popitem is
# what clear() calls.
import weakref


class O:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b, c = O("a"), O("b"), O("c")
log = []


class WS(weakref.WeakSet):
    def __contains__(self, x):
        log.append(("contains", x.name))
        return True

    def __iter__(self):
        log.append(("iter",))
        yield from super().__iter__()
        yield b


s = WS([a])
print(sorted(x.name for x in s.intersection([a, b])))
print(s.isdisjoint([b]), s.isdisjoint([]))
print(sorted(x.name for x in s.union([])))
print(sorted(x.name for x in (s | WS([c]))))
print(sorted(x.name for x in (s & [c])))
print(log)


class CountingIntersection(weakref.WeakSet):
    def intersection(self, other):
        log.append("intersection")
        return super().intersection(other)


log.clear()
t = CountingIntersection([a, b])
print(t.isdisjoint([c]), t.isdisjoint([a]), log)

plain = weakref.WeakSet([a, b])
print(plain.isdisjoint([c]), plain.isdisjoint([b]), sorted(x.name for x in plain.union([c])))


class Keep(weakref.WeakValueDictionary):
    def popitem(self):
        log.append("popitem")
        raise KeyError


log.clear()
k = Keep({1: a, 2: b})
k.clear()
print(len(k), log)


class Logging(weakref.WeakKeyDictionary):
    def popitem(self):
        item = super().popitem()
        log.append(("popitem", item[0].name, item[1]))
        return item


log.clear()
w = Logging({a: 1, b: 2})
w.clear()
print(len(w), log)


class Stubborn(weakref.WeakKeyDictionary):
    def popitem(self):
        raise ValueError("no")


try:
    Stubborn({a: 1}).clear()
except ValueError as e:
    print("ValueError", e)
