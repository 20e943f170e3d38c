# Generator protocol methods: send(), throw() and their edge cases
def numbers():
    print('  start')
    yield 1
    print('  after 1')
    yield 2
    print('  end')
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
e = echo()
print(next(e), e.send('a'), e.send('b'))
try:
    e.send(None)
except StopIteration as stop:
    print('returned', stop.value)
def thrower():
    while True:
        try:
            yield 'ready'
        except ValueError as err:
            print('  caught inside generator:', err)
t = thrower()
next(t)
print(t.throw(ValueError('injected')))
def running():
    g2 = yield 'first'
    print('  running got', g2)
r = running()
next(r)
try:
    r.send(5)
except StopIteration:
    print('generator finished')
try:
    next(numbers2 := numbers())
    numbers2.send('x')
    numbers2.send('y')
    numbers2.send('z')
except StopIteration:
    print('stopped')
def unstarted():
    yield 1
try:
    unstarted().send('x')
except TypeError as err:
    print(type(err).__name__, err)
def stubborn():
    try:
        yield 1
    finally:
        yield 'refuses to close'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print(type(err).__name__, err)
fresh = numbers()
try:
    fresh.throw(KeyError('before start'))
except KeyError as err:
    print('propagated unstarted', repr(err))
print(next(fresh, 'fresh is finished'))
def bad_stop():
    yield 1
    raise StopIteration('inside generator')
try:
    list(bad_stop())
except RuntimeError as err:
    print(type(err).__name__, err, repr(err.__cause__))
