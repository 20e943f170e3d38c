# Left and right shifts, including negatives and big values
print(1 << 0, 1 << 1, 1 << 10, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(1024 >> 3, 1023 >> 3, 1 >> 1, 0 >> 5, 7 >> 100)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -16 >> 2, -17 >> 2)
print(-1 << 3, -5 << 2, -(1 << 70) >> 68)
print(3 << 62, (3 << 62) >> 62)
print((2 ** 100) >> 99, (2 ** 100 + 2 ** 99) >> 98)
print(True << 4, False << 4, 5 << True)
x = 1
for _ in range(5):
    x <<= 7
    print(x, end=' ')
print()
while x:
    x >>= 9
    print(x, end=' ')
print()
print(1 << 2 + 1, (1 << 2) + 1, 2 * 3 << 1, 16 >> 1 >> 1, 1 << 2 << 3)
print(-7 >> 1 == -7 // 2, 7 >> 1 == 7 // 2)
for s in [-1, -100]:
    for f in [lambda s: 1 << s, lambda s: 1 >> s]:
        try:
            print(f(s))
        except ValueError as e:
            print(type(e).__name__, e)
for f in [lambda: 1 << 1.0, lambda: 1.0 << 1, lambda: 1 >> 'a', lambda: [1] << 1]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(0 << 10 ** 6, 1 >> 10 ** 20, -1 >> 10 ** 20)
try:
    1 << 10 ** 20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(hex(0xff << 8), hex(0xabcd >> 4), hex((0x1234 >> 4) & 0xf))
