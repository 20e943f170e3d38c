# WeakSet: elements dying inside a for loop over it are skipped; no RuntimeError; len during the loop
import weakref

class Elem:
    def __init__(self, name):
        self.name = name

elems = {n: Elem(n) for n in "abcdef"}
s = weakref.WeakSet(elems.values())
seen = []
for e in s:
    seen.append(e.name)
    if len(seen) == 1:
        victims = sorted(n for n in elems if n != e.name)[:3]
        for n in victims:
            del elems[n]
        print("killed three others; len inside the loop:", len(s))
    else:
        print("later visit; len:", len(s))
del e
print("visited", len(seen), "elements; no victim visited:", not any(n in victims for n in seen))
print("after the loop:", len(s), "survivors are the visited ones:", sorted(x.name for x in s) == sorted(seen))
print("killing every element while iterating:")
count = 0
for e in s:
    count += 1
    elems.clear()
    print("  len inside:", len(s))
del e
print("visited:", count, "len after:", len(s), list(s))
