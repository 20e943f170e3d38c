# Padding to absurd widths is a MemoryError (or CPython's OverflowError), never a hang.
cases = [
    ("center", lambda: "ab".center(2**62)),
    ("ljust", lambda: "ab".ljust(2**40)),
    ("rjust", lambda: "ab".rjust(2**40, "*")),
    ("zfill", lambda: "ab".zfill(2**40)),
    ("format method", lambda: "{:>1099511627776}".format(1)),
    ("percent", lambda: "%1099511627776d" % 1),
    ("percent star", lambda: "%*d" % (2**40, 1)),
    ("expandtabs", lambda: "a\tb".expandtabs(2**40)),
    ("format builtin", lambda: format("x", ">1099511627776")),
    ("f-string", lambda: f"{3.5:<1099511627776}"),
    ("repeat", lambda: "ab" * 2**62),
]
for name, make in cases:
    try:
        print(name, len(make()))
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
print("ab".center(7, "-"), "7".zfill(4), "%5d|" % 42, "{:>6}|".format("x"), "a\tb".expandtabs(4))
