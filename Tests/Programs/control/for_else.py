# for loops with else, break, continue and various iterables
for i in range(3):
    print('i =', i)
else:
    print('for completed, i =', i)
for i in []:
    print('never')
else:
    print('else on empty iterable')
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for word in ['alpha', 'beta', 'gamma']:
    if 'e' in word:
        print('first word with e:', word)
        break
else:
    print('no word with e')
for word in ['alpha', 'gamma']:
    if 'e' in word:
        break
else:
    print('no word with e in second list')
for ch in 'a1b2c3':
    if ch.isdigit():
        continue
    print('letter', ch)
else:
    print('else after continue')
for k in {'x': 1, 'y': 2}:
    print('key', k)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, '=', v)
for idx, (a, b) in enumerate(zip('abc', [10, 20, 30]), 1):
    print(idx, a, b)
for x in (1, 2), (3, 4):
    print('tuple item', x)
for _ in range(2):
    print('underscore loop')
total = 0
for n in range(1, 101):
    if n % 15 == 0:
        continue
    if n > 20:
        break
    total += n
print('total', total)
seq = [1, 2, 3]
for item in seq:
    if item == 1:
        seq.append(4)
    print('mutating loop sees', item)
print(seq)
last = None
for last in 'xyz':
    pass
print('last', last)
for i in range(3):
    i = i * 10
    print('rebinding loop var', i)
result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        result.append((i, j))
    else:
        result.append('inner-else')
print(result)
