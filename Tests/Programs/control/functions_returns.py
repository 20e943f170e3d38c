# Function control flow: early return, implicit None, recursion, defaults, pass bodies
def nothing():
    pass
def ellipsis_body():
    ...
def bare_return():
    return
print(nothing(), ellipsis_body(), bare_return())
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print([sign(v) for v in (-4, 0, 9)])
def multiple():
    return 1, 'two', [3]
r = multiple()
print(r, type(r).__name__)
a, b, c = multiple()
print(a, b, c)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(fib.__defaults__[0]))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(5, 'A', 'C', 'B', [])), hanoi(2, 'A', 'C', 'B', []))
def kw(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(kw(1, c=3))
print(kw(1, 5, 6, 7, c=8, e=9))
def pos_only(x, y, /, z):
    return x + y + z
print(pos_only(1, 2, z=3), pos_only(1, 2, 3))
for bad in [lambda: kw(), lambda: kw(1), lambda: kw(1, c=2, a=3), lambda: pos_only(x=1, y=2, z=3),
            lambda: nothing(1), lambda: sign(), lambda: kw(1, 2, c=3, c2=4, **{'c': 5})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Empty:
    pass
class WithDoc:
    """Only a docstring."""
print(Empty.__name__, WithDoc.__doc__)
def deep(n):
    if n == 0:
        return 'bottom'
    return deep(n - 1)
print(deep(500))
def gen_return():
    yield 1
    return 'done'
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
lam = lambda: None
print(lam(), (lambda x, y=10: x * y)(3), (lambda *a, **k: (a, k))(1, z=2))
