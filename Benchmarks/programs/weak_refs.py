# Weak reference churn on short-lived objects: a plain ref and a ref with a callback per object,
# both called while the object lives; the callback fires when it dies.
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
        if plain() is None and watched() is None:
            alive += 1
    return alive, fired[0]


print(refs(400_000))
