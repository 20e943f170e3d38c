# if / elif / else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
print([classify(v) for v in [-5, 0, 3, 10, 99, 100, 10 ** 9]])
for value in [0, 1, -1, 0.0, '', 'x', [], [0], {}, None, (), (None,), set(), range(0), range(1)]:
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')
x = 7
if x > 5: print('one-liner if')
if x > 100:
    print('not printed')
elif x > 5: print('one-liner elif')
if x % 2 == 0:
    print('even')
else:
    if x % 3 == 0:
        print('odd multiple of 3')
    else:
        print('odd, not multiple of 3')
if not x:
    pass
else:
    print('else after pass')
calls = []
def cond(name, result):
    calls.append(name)
    return result
if cond('a', False):
    print('A')
elif cond('b', True):
    print('B')
elif cond('c', True):
    print('C')
else:
    print('else')
print(calls)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f'  __bool__ -> {self.v}')
        return self.v
if Flag(True) and Flag(False):
    print('both')
else:
    print('not both')
class Empty:
    def __len__(self):
        return 0
if not Empty():
    print('empty via __len__')
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
grade = 87
letter = 'A' if grade >= 90 else 'B' if grade >= 80 else 'C'
print(letter)
