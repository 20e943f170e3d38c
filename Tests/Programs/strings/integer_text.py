# Integers turned into text everywhere Tern has a fast path for machine ints.
values = [0, 1, -1, 7, -9, 10, 99, -100, 12345, 2**31, -2**31, 2**62, 2**63 - 1, -2**63, 2**63, -2**64, 10**30]
for v in values:
    print(v, str(v), repr(v), f"{v}", f"{v!r}", "%d" % v, "%i|%u" % (v, v), "{}".format(v))
    print(hex(v), oct(v), bin(v)[:40], f"{v:x}", f"{v:X}", f"{v:o}", f"{v:b}"[:40], f"{v:#x}", f"{v:#o}")
    print(f"{v:>25}|{v:<25}|{v:^25}|{v:025}|{v:+}|{v:,}|{v:_x}|{v:#_b}"[:200])
print([str(n) for n in range(-3, 4)], "".join(str(n) for n in range(12)))
print("-".join(["a", "b", "c"]), ", ".join([]), "x".join(["solo"]), "".join(["", ""]))
print(f"{'ab'}{3}{'cd'}{-4}", f"{True}{None}{1.5}", "%s%s" % ("é", 5), "{}{}".format("ü", -6))
