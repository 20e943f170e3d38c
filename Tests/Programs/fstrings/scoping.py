# Name resolution inside f-strings: locals, globals, closures, comprehensions, classes
g = 'global'
def func():
    loc = 'local'
    return f'{g} {loc}'
print(func())
def outer():
    captured = 'closure'
    def inner():
        return f'{captured} seen from inner'
    return inner()
print(outer())
print([f'{i}:{i * i}' for i in range(4)])
print({f'k{i}': f'{i!r}' for i in range(2)})
fns = [lambda i=i: f'lam{i}' for i in range(3)]
print([f() for f in fns])
late = [lambda: f'late{i}' for i in range(3)]
print([f() for f in late])
class K:
    attr = 'class attr'
    msg = f'{attr} in body'
    def method(self):
        return f'{self.attr} via self, {type(self).__name__}'
print(K.msg, K().method())
x = 'outer x'
def shadow():
    x = 'inner x'
    return f'{x}'
print(shadow(), f'{x}')
def uses_global():
    return f'{x.upper()}'
print(uses_global())
def unbound():
    try:
        return f'{later}'
    except NameError as e:
        return f'{type(e).__name__}: {e}'
    later = 1
print(unbound())
try:
    print(f'{undefined_thing}')
except NameError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(3):
        yield f'item {i}'
print(list(gen()))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(f'{bump()} {bump()} {bump()}', counter)
def make(prefix):
    return lambda s: f'{prefix}-{s}'
print(make('pre')('fix'), make(1)(2))
print(f'{(y := 5) + y}', y)
