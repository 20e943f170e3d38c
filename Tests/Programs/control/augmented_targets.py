# Augmented assignment on names, attributes and items: evaluation happens once
log = []
class Store:
    def __init__(self):
        self.data = {'k': 1}
    def __getitem__(self, key):
        log.append(f'get[{key}]')
        return self.data[key]
    def __setitem__(self, key, value):
        log.append(f'set[{key}]={value}')
        self.data[key] = value
def key():
    log.append('key()')
    return 'k'
def obj():
    log.append('obj()')
    return store
store = Store()
obj()[key()] += 10
print(log, store.data)
log.clear()
class Box:
    def __init__(self):
        object.__setattr__(self, 'v', 1)
    def __getattribute__(self, name):
        log.append(f'getattr {name}')
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(f'setattr {name}={value}')
        object.__setattr__(self, name, value)
b = Box()
b.v *= 5
print(log, b.v)
log.clear()
class Acc:
    def __init__(self, items):
        self.items = items
    def __iadd__(self, other):
        log.append('__iadd__')
        self.items = self.items + [other]
        return self
    def __add__(self, other):
        log.append('__add__')
        return Acc(self.items + [other])
a = alias = Acc([1])
a += 2
print(log, a.items, a is alias)
log.clear()
a = a + 3
print(log, a.items, alias.items, a is alias)
log.clear()
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return OnlyAdd(self.n + other)
o = o2 = OnlyAdd(1)
o += 5
print(o.n, o2.n, o is o2)
lst = ref = [1, 2]
lst += [3]
print(lst, ref, lst is ref)
lst = lst + [4]
print(lst, ref, lst is ref)
tup = tref = (1,)
tup += (2,)
print(tup, tref)
grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] += r * 3 + c
print(grid)
s = 'a'
for _ in range(3):
    s += s
print(s, len(s))
x = 2
x **= 3; x -= 1; x //= 2; x %= 3; x <<= 4; x |= 1; x ^= 3; x &= 0xff; x >>= 1
print(x)
