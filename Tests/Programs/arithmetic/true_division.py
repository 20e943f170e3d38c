# True division always yields float
print(7 / 2, 6 / 3, -7 / 2, 7 / -2, 1 / 3, 2 / 3)
print(0 / 5, -0 / 5, 0 / -5, 0.0 / -5)
print(1 / 7, 22 / 7, 355 / 113)
print(10 / 4, 10 / 5, 10 / 8, 1 / 1024)
print(type(4 / 2).__name__, 4 / 2 == 2, 4 / 2)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3)
print(1 / 10 ** 10, 3 / 10 ** 5)
print(12345678901234567890 / 10)
print((10 ** 400) / (10 ** 399))
print(1 / 3 * 3, 0.1 / 3, 1e-300 / 1e300)
print(1e308 / 0.1)
print(-1 / 3, -(1 / 3))
x = 10
x /= 4
print(x, type(x).__name__)
x /= 0.5
print(x)
print(True / 2, 5 / True)
print(sum([1, 2, 3, 4]) / 4, sum([1, 2]) / len([1, 2]))
print(100 / 3.0, 100.0 / 3)
print(9 / 3 / 3, 9 / (3 / 3))
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / (10 ** 400)
    print('tiny ok', 1 / (10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(7 // 2 * 2 + 7 % 2, 7 / 2 * 2)
for d in [3, 6, 7, 9, 11, 12, 13]:
    print(d, 1 / d)
