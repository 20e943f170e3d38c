# WeakValueDictionary repr/str: class name and address only, also for subclasses; KeyedRef reprs
import weakref

def scrub(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdef":
                j += 1
            if j > i + 2:
                out.append("0xADDR")
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

class Obj:
    pass

class Cache(weakref.WeakValueDictionary):
    pass

o = Obj()
d = weakref.WeakValueDictionary(key=o)
print(scrub(repr(d)))
print(scrub(str(d)))
print(scrub(repr(Cache())))
print(scrub(repr({"d": d})))
print("'key' in repr:", "key" in repr(d))
refs = d.valuerefs()
print(scrub(repr(refs)))
del o
print(scrub(repr(refs)))
print(scrub(repr(d)))
