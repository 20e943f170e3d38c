# The ** operator and pow() including the 3-argument form
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print(-2 ** 2, (-2) ** 2, (-2) ** 3, -2 ** -2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 3, 2 ** 3.0, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(1.5 ** 2, 0.5 ** -1, 10.0 ** 2, (-8.0) ** 3)
print(0.0 ** 0, 0 ** 0.0, 1.0 ** float('inf'), float('inf') ** 0)
print(pow(2, 10), pow(2.0, 3), pow(2, -2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(7, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(pow(2, 2, 3)).__name__)
print(10 ** 20, 10 ** 20 // 10 ** 19, 10.0 ** 20)
print((-1) ** 101, (-1) ** 100, (-1.0) ** 0.0)
print(True ** 5, 5 ** True, 5 ** False)
x = 3
x **= 4
print(x)
x **= 0.5
print(x)
errs = [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
        lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, 3.5, 5),
        lambda: pow(0, -2), lambda: pow(5, 2, 1.0), lambda: 2 ** 'x']
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
print(3 ** 40 % 1000, 17 ** 17)
