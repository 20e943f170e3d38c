# Weak reference and finalize churn on short-lived objects, with and without callbacks.
import weakref


class Node:
    pass


def refs(n):
    fired = [0]
    def callback(r):
        fired[0] += 1
    alive = 0
    for i in range(n):
        o = Node()
        plain = weakref.ref(o)
        watched = weakref.ref(o, callback)
        if plain() is o and watched() is o:
            alive += 1
        del o
    return alive, fired[0]


def finalizers(n):
    count = [0]
    def done(i):
        count[0] += i
    for i in range(n):
        o = Node()
        weakref.finalize(o, done, 1)
        del o
    return count[0]


print(refs(300_000))
print(finalizers(200_000))
