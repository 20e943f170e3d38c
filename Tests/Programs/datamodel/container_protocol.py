class SparseVector:
    def __init__(self, size, data=None):
        self.size = size
        self.data = dict(data or {})

    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseVector index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return SparseVector(len(range(*i.indices(self.size))),
                                {n: self[j] for n, j in enumerate(range(*i.indices(self.size))) if self[j]})
        return self.data.get(self._check(i), 0)

    def __setitem__(self, i, value):
        i = self._check(i)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, i):
        self.data.pop(self._check(i), None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self[i] for i in range(self.size))

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __reversed__(self):
        return (self[i] for i in range(self.size - 1, -1, -1))

    def __eq__(self, other):
        return isinstance(other, SparseVector) and list(self) == list(other)

    def __repr__(self):
        return f"SparseVector({list(self)})"


v = SparseVector(6)
v[1] = 5
v[-1] = 7
v[3] = 2
print(v, len(v), v[1], v[-1], v[0], list(reversed(v)), 7 in v, 0 in v, 9 in v)
v[3] = 0
del v[1]
print(v, v.data, v[2:], v[::2], v[::-1] == SparseVector(6, {0: 7}))
for bad in (10, -10, "x", 1.5):
    try:
        v[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(v), max(v), sorted(v, reverse=True)[:2], list(enumerate(v))[-1], any(v), all(v))
a, *_, z = v
print(a, z)
print(list(map(lambda x: x * 2, v)), [x for x in v if x])
