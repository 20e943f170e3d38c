# Evaluation order and single evaluation of f-string parts
log = []
def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value
s = f'{v("a")}-{v("b")}-{v("c")}'
print(s, log)
log.clear()
s = f'{v("val", 3.14159):{v("w", 10)}.{v("p", 2)}f}|'
print(s, log)
log.clear()
s = f'{v("x")!r:>{v("width", 6)}}'
print(s, log)
log.clear()
s = f'{v("x")=}'
print(s, log)
log.clear()
s = f'{v("first")}' + f'{v("second")}'
print(s, log)
log.clear()
s = f'{v("cond", 0) or v("alt")}'
print(s, log)
log.clear()
try:
    s = f'{v("ok")}{1 / 0}{v("never")}'
except ZeroDivisionError as e:
    print(type(e).__name__, e, log)
log.clear()
class Counter:
    def __init__(self):
        self.n = 0
    def __format__(self, spec):
        self.n += 1
        return f'fmt#{self.n}({spec})'
    def __str__(self):
        self.n += 1
        return f'str#{self.n}'
c = Counter()
print(f'{c} {c:x} {c!s} {c}')
items = iter(range(10))
print(f'{next(items)} {next(items)} {next(items)}')
print(f'{[next(items) for _ in range(3)]} {next(items)}')
n = 1
print(f'{(n := n + 1)} {(n := n * 10)} {n}')
def gen():
    yield f'{v("in-gen")}'
g = gen()
print(log)
print(next(g), log)
