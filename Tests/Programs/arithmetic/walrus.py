# Assignment expressions (:=)
if (n := 10) > 5:
    print('n is', n)
print(n)
data = [1, 4, 9, 16, 25]
print([y for x in data if (y := x * 2) > 10])
print(y)
print([(last := v) for v in range(4)], last)
total = 0
print([total := total + v for v in range(1, 6)], total)
it = iter([3, 2, 1, 0, 7])
while (v := next(it)) != 0:
    print('got', v)
print('stopped at', v)
print((a := 3) + (b := 4), a, b)
print(a := 'inner') if False else print('skipped walrus', a)
def f():
    if (res := g()) is not None:
        return res * 2
    return 'none'
def g():
    return 21
print(f())
s = 'hello world'
if (idx := s.find('o')) != -1:
    print('found o at', idx)
print(any((hit := w).startswith('w') for w in s.split()), hit)
def outer():
    [inner := i for i in range(3)]
    return inner
print(outer())
x = 0
print((x := x + 1), (x := x + 1), x)
lst = [0, 1, 2]
print(lst[(i := 1)], i)
print(f'{(z := 5) * 2} {z}')
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter()
print(c(), c(), c())
result = [m for k in range(5) if (m := k * k) % 2 == 1]
print(result, m)
print((w := [1, 2]).append(3), w)
