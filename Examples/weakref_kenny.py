# weakref docs, "Finalizer Objects": register a callback with finalize without keeping the finalizer.
import weakref


def scrub(text):
    """Replace every 0x... address in a repr with 0xADDR."""
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


class Object:
    pass


kenny = Object()
print(scrub(repr(weakref.finalize(kenny, print, "You killed Kenny!"))))
print("del kenny:")
del kenny
print("the finalizer ran as kenny died")
