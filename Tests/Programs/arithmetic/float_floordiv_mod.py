# Floor division and modulo with floats and mixed operands
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5),
         (1.0, 0.1), (-1.0, 0.1), (0.5, 0.25), (5.0, 5), (-5.0, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 // 1, 0.0 // -1, -0.0 % 1, 0.0 % -1)
print(1e300 // 1e-300 if False else 'skip', 7.0 // 7)
print(3.5 % 1, -3.5 % 1, 3.5 % -1)
print(10 % 3.0, -10 % 3.0, 10 % -3.0)
print(1e16 % 3, 1e16 // 3)
print(2.0 ** 60 // 7, 2 ** 60 // 7)
print(0.3 % 0.1, 0.3 // 0.1)
print(5.5 // 1.1, 5.5 % 1.1)
inf = float('inf')
print(5 // inf, -5 // inf, 5 % inf, -5 % inf)
print(inf // 5 if False else 'inf skip', inf % 5)
print(float('nan') % 3, float('nan') // 3)
x = 17.25
x //= 4
print(x)
x %= 1.5
print(x)
print(type(7.0 // 2).__name__, type(7 // 2.0).__name__, type(True // 1.0).__name__)
print(int(7.9 // 1), round(-7.5 // 2))
for v in [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]:
    print(v // 1, v % 1, end=' | ')
print()
