# Tuples are recycled after they die; a recycled tuple must never show its old items or hash.


def hashes():
    seen = {}
    for i in range(2000):
        t = (i, str(i))
        seen[hash(t) == hash((i, str(i)))] = True
        d = {t: i}
        assert d[(i, str(i))] == i
        del d, t
    return sorted(seen)


def nested():
    for i in range(50):
        t = ([i], (i, (i,)))
        del t
    fresh = [(j, j * 2) for j in range(100)]
    return fresh[:3], len(fresh), all(a * 2 == b for a, b in fresh)


def star_args(*args):
    return args


def many_shapes():
    out = []
    for i in range(300):
        out.append(star_args(*range(i % 7)))
        if i % 3 == 0:
            out.pop(0)
    return [len(t) for t in out[-7:]], out[-1]


class Probe:
    def __del__(self):
        print("probe freed")


def deletion_order():
    t = (Probe(), 1)
    del t
    print("after del")


print(hashes())
print(nested())
print(many_shapes())
deletion_order()
x, y = divmod(17, 5)
print(x, y, tuple(zip("ab", (1, 2))), dict.fromkeys([(1, 2)]))
