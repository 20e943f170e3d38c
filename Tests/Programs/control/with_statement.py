# with statement: __enter__/__exit__ order, exception suppression, multiple managers
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f'enter {self.name}')
        return f'resource-{self.name}'
    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}')
        return self.suppress
with Managed('a') as res:
    print('body with', res)
with Managed('b'):
    print('body without as')
with Managed('outer') as o, Managed('inner') as i:
    print('both', o, i)
try:
    with Managed('c'):
        raise ValueError('inside with')
except ValueError as e:
    print('propagated', e)
with Managed('d', suppress=True):
    raise KeyError('suppressed')
print('after suppressed block')
def early_return():
    with Managed('e'):
        return 'returned'
print(early_return())
for n in range(3):
    with Managed(f'loop{n}'):
        if n == 1:
            continue
        if n == 2:
            break
        print('loop body', n)
try:
    with Managed('x1'), Managed('x2', suppress=False):
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)
with Managed('y1', suppress=True), Managed('y2'):
    raise RuntimeError('stopped by y1')
print('continuing')
class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append('begin')
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('rollback' if et else 'commit')
        return False
t = Tx()
with t as same:
    print(same is t)
try:
    with t:
        raise IndexError
except IndexError:
    pass
print(t.log)
with Managed('tuple-target') as (first, *rest):
    print(first, rest[:3])
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
