# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
else:
    print('while finished normally, n =', n)
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print('not printed')
print('broke at', n)
while False:
    print('never')
else:
    print('else runs when condition false initially')
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print('else after continue-loop', evens)
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return 'missing'
    return f'found at {i}'
print(find([4, 5, 6], 5), find([4, 5, 6], 7), find([], 1))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 12)], collatz(27))
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
x = 10
while x > 0:
    x -= 3
    if x == 4:
        continue
    print('x', x)
else:
    print('done, x =', x)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print('inner completed')
    print('outer', outer, 'inner', inner)
    outer += 1
lo, hi = 0, 100
target = 37
tries = 0
while lo <= hi:
    mid = (lo + hi) // 2
    tries += 1
    if mid == target:
        break
    if mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print('found', mid, 'in', tries, 'tries')
