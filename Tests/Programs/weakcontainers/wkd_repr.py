# WeakKeyDictionary repr/str (class name and address, never the contents), also for subclasses
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

class Key:
    pass

class Registry(weakref.WeakKeyDictionary):
    pass

k = Key()
d = weakref.WeakKeyDictionary({k: "value"})
print(scrub(repr(d)))
print(scrub(str(d)))
print(scrub(repr(weakref.WeakKeyDictionary())))
print(scrub(repr(Registry())))
print(scrub(f"{d!r} in an f-string"))
print(scrub(repr([d])))
print("repr is the same every time:", repr(d) == repr(d))
print("'value' in repr(d):", "value" in repr(d))
print(scrub(repr(d.keyrefs())))
