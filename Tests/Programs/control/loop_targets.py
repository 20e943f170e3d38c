# Unusual for-loop targets and iteration protocols
class P:
    pass
p = P()
for p.attr in ['a', 'b']:
    pass
print(p.attr)
slots = [None, None, None]
for i, slots[i] in enumerate('xyz'):
    pass
print(slots)
d = {}
for d['k'] in range(3):
    pass
print(d)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for [x, y] in ['ab', 'cd']:
    print(x + y)
for first, *others in ['abc', 'de', 'f']:
    print(first, others)
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for v in Countdown(2):
    print('countdown', v)
class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Legacy()), [v for v in Legacy()])
it = iter([1, 2, 3, 4, 5])
for v in it:
    if v == 2:
        print('skipping', next(it))
    print('got', v)
def gen():
    yield 'one'
    yield 'two'
    return 'ignored return value'
for g in gen():
    print(g)
try:
    for z in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for z in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for z in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
s = {'b': 2, 'a': 1}
for key in sorted(s):
    print(key, s[key])
for ch in reversed('abc'):
    print(ch, end='')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
