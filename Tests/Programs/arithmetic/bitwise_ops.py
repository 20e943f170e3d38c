# Bitwise &, |, ^, ~ on ints including negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5, ~-6)
print(-1 & 0xff, -256 & 0xff, -1 | 0, -8 ^ 3)
print(-6 & -3, -6 | -3, -6 ^ -3)
print(5 & -5, 12 & -12, 0x7fffffff & -1)
big = 2 ** 100 - 1
print(big & 0xffff, big ^ big, big | (2 ** 100), (-big) & 0xff)
print(~big, -big - 1 == ~big)
print((2 ** 64 + 5) & (2 ** 64 + 3), (2 ** 70) | (2 ** 3))
print(-(2 ** 70) & (2 ** 72 - 1))
print(-(2 ** 70) ^ -1, -(2 ** 70) | 1)
print(True & True, True | False, True ^ True, type(True & True).__name__)
print(True & 3, 2 | True, type(True & 3).__name__)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags))
flags &= ~(1 << 3)
print(flags, bin(flags))
flags ^= 0b11
print(flags, bin(flags))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 | (2 ^ (3 & 4)))
print(6 & 3 == 2, (6 & 3) == 2)
print([x & 1 for x in range(-4, 5)])
print(sum(1 for i in range(64) if (0xDEADBEEF >> i) & 1))
print(bin(0xDEADBEEF).count('1'))
for v in [0, 1, -1, 255, -256, 2 ** 65]:
    print(v, v.bit_length(), bin(v), ~v)
for op in [lambda: 1.0 & 1, lambda: 1 | 2.5, lambda: ~1.5, lambda: 'a' ^ 1]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
