# Generator control flow: yield, return, try/finally, close, yield from
def numbers():
    print('  start')
    yield 1
    print('  after 1')
    yield 2
    print('  end')
g = numbers()
print('created')
print(next(g))
print(next(g))
print(next(g, 'exhausted'))
def with_cleanup():
    try:
        yield 'working'
        yield 'more'
    finally:
        print('  cleanup ran')
c = with_cleanup()
print(next(c))
c.close()
print('closed')
def inner():
    yield 'i1'
    yield 'i2'
    return 'inner result'
def outer():
    result = yield from inner()
    yield f'got {result}'
    yield from range(2)
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take_while_positive(it):
    for v in it:
        if v <= 0:
            return
        yield v
print(list(take_while_positive([3, 2, 0, 5])))
def once():
    yield 1
o = once()
print(list(o), list(o))
def counter_gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield 'loop-else'
print(list(counter_gen(3)))
gen_exp = (x * 2 for x in counter_gen(2))
print(list(gen_exp))
