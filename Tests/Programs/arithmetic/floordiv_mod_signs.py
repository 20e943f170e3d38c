# Floor division and modulo with all sign combinations (ints)
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (6, -3),
         (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7), (100, 7), (-100, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f'{a:5} // {b:3} = {q:4}   {a:5} % {b:3} = {r:3}   check {q * b + r == a}')
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(-9 // 4, -9 % 4, 9 // -4, 9 % -4)
print(-(9 // 4), -9 // 4)
print(-2 ** 63 // -1, -(2 ** 63) // -1)
big = 10 ** 20 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(-big // big, big // -big, -big % big)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(divmod(0, 3), divmod(-1, 1))
for n in range(-5, 6):
    print(n % 3, end=' ')
print()
for n in range(-5, 6):
    print(n // 3, end=' ')
print()
print([i % -4 for i in range(-6, 7)])
x = -17
x //= 5
print(x)
y = -17
y %= 5
print(y)
print(True // 2, True % 2, -True // 2)
print(type(7 // 2).__name__, type(7 % 2).__name__)
