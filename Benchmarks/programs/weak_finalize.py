# weakref.finalize registration and firing: most finalizers fire when their object dies, some
# are detached or called early, and the rest run at exit.
import weakref


class Resource:
    pass


def finalizers(n):
    count = [0]

    def release(amount):
        count[0] += amount

    keep = []
    for i in range(n):
        o = Resource()
        f = weakref.finalize(o, release, 1)
        if i % 10 == 0:
            f.detach()
        elif i % 10 == 1:
            f()
        elif i % 1000 == 2:
            keep.append(o)
        del o
    return count[0], len(keep)


print(finalizers(300_000))
