# chr, ord, hex, oct, bin
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n", chr(233), chr(0x263A), chr(0x1F600))
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("\u263a"), ord("\U0001F600"))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([ord(c) - ord("a") for c in "hello"])
print(chr(ord("A") + 25), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))

for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)

for n in [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 + 1]:
    print(n, hex(n), oct(n), bin(n))

print(hex(True), bin(False))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# format() equivalents without prefixes
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(8, "o"), format(5, "b"), format(5, "08b"))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(f"{255:x} {255:#X} {10:#b} {-10:b} {1234567:_x}")

# int.bit_length and friends
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length())
print(int("ff", 16) == 0xff, 0o17, 0b1010, 0xDEAD_BEEF)
