# ref.__callback__: the callback while alive, None without one or after death, read-only
import weakref

class C:
    pass

def cb(w):
    print("cb called; __callback__ now", w.__callback__)

o = C()
plain = weakref.ref(o)
withcb = weakref.ref(o, cb)
withnone = weakref.ref(o, None)
print("plain:", plain.__callback__)
print("withcb is cb:", withcb.__callback__ is cb)
print("withcb name:", withcb.__callback__.__name__)
print("withnone:", withnone.__callback__)

for value in [cb, None, 5]:
    try:
        withcb.__callback__ = value
        print("assigned", value)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try:
    del withcb.__callback__
except AttributeError as e:
    print("del:", type(e).__name__ + ":", e)
try:
    plain.__callback__ = cb
except AttributeError as e:
    print("plain assign:", type(e).__name__ + ":", e)
print("unchanged:", withcb.__callback__ is cb, plain.__callback__)

lam = lambda w: print("lambda fired")
r2 = weakref.ref(o, lam)
print("lambda callback:", r2.__callback__ is lam)
print("dying")
del o
print("after death:", withcb.__callback__, r2.__callback__, plain.__callback__)
try:
    r2.__callback__ = lam
except AttributeError as e:
    print("dead assign:", type(e).__name__ + ":", e)
try:
    plain.other = 1
except AttributeError as e:
    print("other attr:", type(e).__name__ + ":", e)
