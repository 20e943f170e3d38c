# Instances and dicts are recycled after they die; a recycled one must start empty, with its
# new class, and __del__ must run once for every object.


class A:
    def __init__(self, v):
        self.v = v


class B:
    kind = "b"


class Noisy:
    count = 0

    def __init__(self, n):
        self.n = n

    def __del__(self):
        Noisy.count += 1


def churn():
    out = []
    for i in range(200):
        a = A(i)
        b = B()
        out.append((type(a).__name__, a.__dict__, type(b).__name__, b.__dict__, b.kind))
        del a, b
    return out[:2], out[-1], len(out)


def dicts():
    keep = []
    for i in range(200):
        d = {"k": i}
        e = {}
        keep.append((len(d), len(e), list(e.items())))
        del d, e
    return keep[-1], dict(x=1), {}


def finalizers():
    for i in range(300):
        Noisy(i)
    n = Noisy(-1)
    del n
    return Noisy.count


def identity():
    first = A(1)
    first_id = id(first)
    del first
    second = A(2)
    return second.v, hasattr(second, "w"), vars(second)


print(churn())
print(dicts())
print(finalizers())
print(identity())
