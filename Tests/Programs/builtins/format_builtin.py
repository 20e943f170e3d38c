# format() and format specifications
print(format(42), format(42, ""), format("text"), format(3.5))
print(repr(format(42, "5")), repr(format(42, "<5")), repr(format(42, "^5")), repr(format(42, ">5")))
print(repr(format("ab", "5")), repr(format("ab", ">5")), repr(format("ab", "*^6")), repr(format("ab", "-<4")))
print(format(42, "05"), format(-42, "05"), format(42, "+"), format(42, " "), format(-42, " "))
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"), format(-1234, "=+8"))
print(format(3.14159, ".2f"), format(3.14159, ".0f"), format(2.5, ".0f"), format(0.5, ".0f"), format(1.005, ".2f"))
print(format(3.14159, "10.3f"), format(3.14159, "<10.3f") + "|", format(-3.14159, "+.1f"))
print(format(1234.5678, "e"), format(1234.5678, ".2e"), format(1234.5678, "E"), format(0.00001234, ".3e"))
print(format(1234.5678, "g"), format(0.00001234, "g"), format(123456789.0, "g"), format(1e16, "g"), format(100.0, "g"))
print(format(0.25, "%"), format(0.25, ".1%"), format(1, ".0%"))
print(format(255, "x"), format(255, "#010x"), format(5, "b"), format(5, "#b"), format(64, "o"), format(65, "c"))
print(format(3.0), format(3.0, ""), format(1e20), format(1e-5), format(float("inf"), "f"), format(float("nan"), ".2f"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format((1,), ""))
print(format(1.5, "10") + "|", format("abcdef", ".3"), format("abc", "^7.2") + "|")

# str.format and f-strings share the same spec mini-language
value = 3.14159
width = 10
print("{:>{w}.{p}f}|".format(value, w=width, p=2), f"{value:<{width}.3}|", f"{'x':=^9}")
print("{0} {1} {0}".format("a", "b"), "{name}-{0}".format(1, name="n"), "{:{}}".format("pad", 6) + "|")
print("{!r} {!s} {!a}".format("é", "é", "é"), f"{'q'!r:>5}")
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 5))
print("{{literal}} {}".format("x"), f"{{}} {1 + 1}")

# Errors
tests = [
    ("format(1, 'Q')", lambda: format(1, "Q")),
    ("format('s', 'd')", lambda: format("s", "d")),
    ("format(1.5, 'd')", lambda: format(1.5, "d")),
    ("format(1, '.2s')", lambda: format(1, ".2s")),
    ("format('s', '+')", lambda: format("s", "+")),
    ("format(object(), 'x')", lambda: format(object(), "x")),
    ("'{}'.format()", lambda: "{}".format()),
    ("'{0} {}'.format(1, 2)", lambda: "{0} {}".format(1, 2)),
    ("'{x}'.format()", lambda: "{x}".format()),
]
for label, thunk in tests:
    try:
        print(label, thunk())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(label, "->", type(e).__name__, e)

# __format__ on user classes
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(12.5)
print(format(m, "usd"), f"{m:usd}", "{:>8.1f}".format(m), format(m))
