# Arbitrary precision integer literals and arithmetic
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a)
print(b)
print(a + b)
print(b - a)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(divmod(b, -a))
print(2 ** 100)
print(2 ** 64 - 1)
print(-(2 ** 63))
print(3 ** 80)
print(10 ** 30 + 1)
print(7 ** 77 % 1000000007)
print(pow(7, 77, 1000000007))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(a == 123456789012345678901234567890)
print(a < b, a > b, -a < -b)
print(hex(a))
print(bin(2 ** 70 + 1))
print((2 ** 100) >> 90, (2 ** 100) << 3)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 80))
print(-(2 ** 80) >> 3)
print(abs(-a))
print(a * 0, a * -1)
print(float(2 ** 100))
print(2 ** 100 / 2 ** 98)
print(int(str(a)) == a)
print(10 ** 20 // 3, 10 ** 20 % 7)
print((-10) ** 21)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 25)
