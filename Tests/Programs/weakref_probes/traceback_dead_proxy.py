# Uncaught ReferenceError from a dead proxy used in a nested call: traceback shape and message
import weakref
class O:
    value = 3
def read(px):
    return px.value * 2
o = O()
p = weakref.proxy(o)
print(read(p))
del o
print("dead now")
read(p)
