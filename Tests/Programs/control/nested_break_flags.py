# Escaping nested loops: flags, for/else, functions and exceptions
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 42]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 42:
            found = (r, c)
            break
    if found:
        break
print('flag method', found)
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 42:
            break
    else:
        continue
    break
print('for/else method', r, c)
def locate(g, target):
    for r, row in enumerate(g):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
print('function method', locate(grid, 42), locate(grid, 99))
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == 8:
                raise Found(r, c)
except Found as e:
    print('exception method', e.args)
pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            pairs.append((a, b))
            break
print(pairs)
count = 0
for i in range(5):
    for j in range(5):
        if (i + j) % 2:
            continue
        for k in range(5):
            if k > j:
                break
            count += 1
print('count', count)
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        if i == j:
            row.append('-')
            continue
        row.append(str(i * j))
    table.append(' '.join(row))
print('\n'.join(table))
i = 0
while True:
    j = 0
    while True:
        j += 1
        if j == 3:
            break
    i += 1
    if i == 2:
        break
print('while nesting', i, j)
