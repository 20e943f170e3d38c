pi = 3.141592653589793
n = 1234567
name = "Tern"
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.3f}| {pi:^10.1f}| {pi:+.3e} {pi:E} {pi:g} {pi*1e10:g} {pi:%}")
print(f"{n:,} {n:_} {n:>12,} {n:012,} {-n:,} {n:x} {n:#x} {n:#o} {n:#b} {n:X} {n:08.2f}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {name:>8} {name:*^10} {name:.2} {name:<6}|")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{pi:>{width}}|{name:{'-'}^{width}}|")
print(f"{{literal}} {{{n}}} {n!r:>10} {3 + 4 = } {name=} {pi = :.2f}")
items = {"a": 1, "b": [1, 2]}
print(f"{items['a']} {items['b'][1]} {len(items)} {[x * 2 for x in items['b']]} {'yes' if items else 'no'}")
print(f"{'nested {braces}'} {f'{n:,}'} {f'{name!r:>{width}}'}")
print(f"{True} {None} {1.0} {1e-5} {1e16} {-0.0} {float('inf')} {2**64}")
print(f"{True:d} {False:>5} {True!s:>5} {3.0:.0f} {2.5:.0f} {0.5:.0%} {12.3456:.3g} {0.00001234:.2g}")
print(f"{-5:+} {5:+} {5: } {-5: } {5:=+6} {-5:=6} {5:06} {-5:06}")
print(f"{1e100:.3} {123456789.0:.3} {0.1+0.2} {0.1+0.2:.17g} {100.0:g} {1e-4:g} {1e-5:g}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{12:c}{0x263A:c}" if False else f"{65:c}{97:c}")
multi = (f"a{1}"
         f"b{2}"
         "c")
print(multi)
print(f"""triple {name}
second line {n}""")
print("%s %r %d %5.2f %-5d| %05d %x %X %o %e %g %%" % ("s", "r", 42, pi, 7, 42, 255, 255, 8, 12345.678, 0.0001))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%.3s" % "abcdef", "%*d" % (5, 42))
print("%s" % (1,), "%s" % [1, 2], "%s and %s" % ("a", "b"), "%i %u" % (3, 4), "%+d %+d" % (5, -5))
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{:>8} {:<8}| {:^8} {:08.3f} {:,} {:b}".format("r", "l", "c", pi, 10 ** 6, 10))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3))
print("{!r} {!s} {:{}}".format("q", "q", 42, 6), "{{}} {}".format("ok"))
print(format(pi, ".1f"), format(42, "b"), format("s", ">3"), format(1234.5, ",.2f"), format(0.25, "%"))
print(str(1.0), str(10.0 ** 20), repr(1 / 3), str(2 / 3), 1e22, 1e21, 123456789012345678.0)
print(f"{123.456:10.1f}|{-0.0:.1f}|{1/3:.20f}")
try:
    f"{n:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)


class Celsius:
    def __init__(self, d):
        self.d = d

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.d * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.d, spec) + "°C"

    def __repr__(self):
        return "Celsius(%r)" % self.d

    def __str__(self):
        return f"{self.d} degrees"


c = Celsius(21.5)
print(f"{c} {c:.0f} {c:.1F} {c!r} {c!s}", format(c), "{:>6.2f}".format(c))
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
print(f"{'item':<8}{'qty':>5}{'price':>8}")
for item, qty, price in table:
    print(f"{item:<8}{qty:>5}{price:>8.2f}")
print(f"{'total':<8}{sum(q for _, q, _ in table):>5}{sum(q * p for _, q, p in table):>8.2f}")
