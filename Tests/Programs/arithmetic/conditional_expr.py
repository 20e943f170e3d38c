# Conditional expressions (ternary)
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
print('big' if x > 3 else 'small')
print(1 if True else 1 / 0, 1 / 0 if False else 'safe')
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
print([i if i % 2 else -i for i in range(6)])
print([i for i in range(10) if i % 3 == 0])
s = 'yes' if [] else 'no'
print(s)
print(x if x > 10 else x * 2 if x > 3 else x * 3)
print((x if x > 10 else x * 2) if x > 3 else x * 3)
a = 1 + 2 if x else 3
print(a)
b = 1 + (2 if x else 3)
print(b)
print(('A' if x else 'B') + 'C', 'A' if x else 'B' + 'C')
print('A' if not x else 'B' + 'C')
def sign(v):
    return -1 if v < 0 else (1 if v > 0 else 0)
print([sign(v) for v in [-3, 0, 8, -0.0, 1e-9]])
calls = []
def f(tag):
    calls.append(tag)
    return tag
f('cond') if f('test') else f('other')
print(calls)
calls.clear()
f('c1') if f('') else f('o1')
print(calls)
val = None
print(val if val is not None else 'default')
fmt = '{} item{}'.format
for k in [0, 1, 2]:
    print(fmt(k, '' if k == 1 else 's'))
t = (1, 2) if x else (3, 4)
print(t)
print(max(3, 4) if x else min(3, 4))
