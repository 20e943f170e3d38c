# int() parsing with bases
print(int("42"), int("-42"), int("+7"), int("  12  "), int("0"), int("-0"))
print(int("1_000_000"), int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("10", 0))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Zz", 36))
print(int("0x10", 16), int("0b11", 2), int("0o7", 8))
print(int("11", 3), int("-11", 5), int("-0x1f", 16), int(" 0x_1_f ", 16))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int(), int("00012"), int("0" * 5))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))

bad_cases = [
    ("12a", 10), ("", 10), (" ", 10), ("1 2", 10), ("2", 2), ("9", 8), ("g", 16),
    ("0x10", 10), ("010", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("0b", 0),
    ("1.5", 10), ("++1", 10),
]
for text, base in bad_cases:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)

for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
for special in ["inf", "nan"]:
    try:
        int(float(special))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# int() uses __int__ / __index__ / __trunc__
class WithIndex:
    def __index__(self):
        return 11
class WithInt:
    def __int__(self):
        return 22
print(int(WithIndex()), int(WithInt()))

# Round trips with bin/oct/hex
for n in [0, 5, 255, -255, 2 ** 40]:
    print(n, int(bin(n), 0), int(oct(n), 0), int(hex(n), 16))
