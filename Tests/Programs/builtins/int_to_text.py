# chr, hex/oct/bin and str() on machine ints, big ints, bools and str subclasses.
for v in (65, 0, 0x10FFFF, 0x110000, -1, 2**31, 2**40, 2**70, True):
    try:
        print(ascii(chr(v)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in (0, -1, 255, -255, 2**63, -2**63 - 1, 2**100, True):
    print(hex(v), oct(v), bin(v))
class S(str):
    def __str__(self): return "custom"
print(str(), repr(str(S("x"))), type(str(S("x"))).__name__, str(3), str(""))
