s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1], s[-1:-4:-1], s[:100], s[-100:-50])
print("abcdef"[::-1], "abcdef"[1:-1], "abcdef"[-2:], "abc"[5:], "abc"[::-2], (1, 2, 3)[::2])
print(range(10)[2:8:2], range(10)[::-1], list(range(10)[-3:]), range(0, 20, 3)[2:], range(5)[-1])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
t = s[:]
t[2:5] = ["a", "b"]
print(t)
t[:0] = [-1]
print(t)
t[len(t):] = [100, 101]
print(t)
t[::2] = "x" * len(t[::2])
print(t)
try:
    t[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del t[::3]
print(t)
del t[1:3]
print(t)
del t[:]
print(t)
u = list(range(6))
u[1:4] = []
print(u)
u[1:1] = range(3)
print(u)
u[-1:] = (9, 9)
print(u)
u[10:20] = [7]
print(u)
u[::-1] = list(range(len(u)))
print(u)
sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], "abcdefg"[sl], slice(3), slice(None, None, -1).indices(5))
print(slice(1, 10).indices(4), slice(-3, None).indices(10), s[slice(None)])
x = [0, 1, 2]
x[1:2] = x
print(x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in matrix], matrix[1][::-1], matrix[-1][-1])
text = "Hello, World"
print(text[7:12], text[:5].lower(), text[-5:].upper(), text[::3])
big = list(range(100))
print(big[10:90:17], big[-5::-20], len(big[::7]))
print([1, 2, 3][-4:], [1, 2, 3][:-4], [1, 2, 3][3:4])
b = [1, 2, 3, 4]
b[1:3] = b[2:0:-1]
print(b)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[-2]
except IndexError as e:
    print("IndexError:", e)
try:
    idx = 1.0
    [1][idx]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[-True], "xyz"[False])


class Logger:
    def __getitem__(self, key):
        return key


L = Logger()
print(L[1], L[1:2], L[::3], L[1:2, 3], L[...], L[:, None], L["a":"b":"c"])
