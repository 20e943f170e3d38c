# list(), tuple(), sorted() and list.extend() ask a class for its length after iter() and
# before iterating, as CPython's presizing does; errors other than TypeError propagate.
class Sized:
    def __init__(self, items, name):
        self.items, self.name = items, name

    def __iter__(self):
        print(self.name, "iter")
        return iter(self.items)

    def __len__(self):
        print(self.name, "len")
        return len(self.items)


print(list(Sized([3, 1], "a")))
print(tuple(Sized([3, 1], "b")))
print(sorted(Sized([3, 1], "c")))
lst = [0]
lst.extend(Sized([9], "d"))
lst += Sized([8], "e")
print(lst)


class Hinted:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        print("hint")
        return 5


print(list(Hinted()))


class BadLen:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        raise ValueError("bad len")


class TypeErrorLen:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return "x"


class NegativeHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return -1


class StrHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return "many"


class NotImplementedHint:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return NotImplemented


print(list(TypeErrorLen()), list(NotImplementedHint()))
for cls in (BadLen, NegativeHint, StrHint):
    try:
        print(list(cls()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([*Sized([4], "f")])
print(max(*Sized([5, 6], "g")))
s = [1, 2, 3]
s[1:2] = Sized([7, 7], "h")
print(s)
