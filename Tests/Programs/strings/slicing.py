# String indexing and slicing with steps and negative indices
s = 'abcdefghij'
print(s[0], s[-1], s[5], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[:-4:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[:100], repr(s[3:3]))
print(s[-100:100:4], s[100:-100:-4], s[None:None:None], s[None:3], s[7:None])
print(s[1:9:10], s[0:0:-1] == '', s[9:0:-3])
sl = slice(1, 8, 3)
print(s[sl], sl, sl.start, sl.stop, sl.step)
print(slice(5), slice(None, None, -1), s[slice(None, None, -1)])
print(slice(1, 20, 2).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
for bad in [10, -11, 100]:
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['1']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2])
u = 'héllo😀wörld'
print(u[5], u[::-1], u[4:7], len(u[::2]))
word = 'racecar'
print(word == word[::-1], 'python'[::-1], 'python'[-1::-2])
print(''[:], ''[::-1] == '', 'a'[-1], 'ab'[-2])
print(s[2:8][::-1][1:3], s[::-1][2:8])
