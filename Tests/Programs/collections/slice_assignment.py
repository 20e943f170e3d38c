# Slice reading, slice assignment and deletion (including extended slices)
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2])
a[2:5] = ['a', 'b', 'c']; print(a)
a[2:5] = ['X']; print(a)
a[2:3] = [1, 2, 3, 4]; print(a)
a[:0] = ['front']; print(a)
a[len(a):] = ['back']; print(a)
a[3:3] = 'hi'; print(a)
a[:] = range(8); print(a)
a[::2] = ['e0', 'e1', 'e2', 'e3']; print(a)
a[1::2] = 'wxyz'; print(a)
a[::-1] = range(8); print(a)
a[5:1:-2] = [50, 30]; print(a)
a[10:20] = [99]; print(a)
a[-100:1] = []; print(a)
del a[0]; print(a)
del a[::3]; print(a)
del a[-2:]; print(a)
del a[1:3]; print(a)
del a[::-2]; print(a)
del a[:]; print(a)
b = list(range(6))
b[1:4] = []
print(b)
b[0:0] = b
print(b)
c = list(range(5))
c[2:2] = [c]
print(len(c), c[2] is c)
for action in ['ext', 'ext2', 'step0', 'nonlist']:
    d = list(range(6))
    try:
        if action == 'ext':
            d[::2] = [1, 2]
        elif action == 'ext2':
            d[::-1] = []
        elif action == 'step0':
            d[::0] = []
        else:
            d[1:2] = 5
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = list(range(10))
e[1:9:3] = (i * 100 for i in range(3))
print(e)
e[2:8] = e[2:8][::-1]
print(e)
del e[100:]
del e[5:2]
print(e)
