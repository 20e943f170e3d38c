# list methods
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('xy'); print(a)
a.extend(range(2)); print(a)
a.insert(0, 'first'); print(a)
a.insert(-1, 'before-last'); print(a)
a.insert(100, 'end'); print(a)
a.insert(-100, 'start'); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count('zz'), a.index(1, 3))
b = [5, 2, 8, 1]
b.reverse(); print(b)
c = b.copy(); c.append(0); print(b, c)
b.clear(); print(b, len(b))
print([1, 2].append(3), [3, 1, 2].sort())
x = [1, 2]
x += 'ab'
print(x)
x *= 2
print(x)
y = [0] * 3
y[1] = 7
print(y, y * 0, [] * 5)
z = [[]] * 3
z[0].append('shared')
print(z)
z2 = [[] for _ in range(3)]
z2[0].append('own')
print(z2)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3),
             lambda: [1, 2].index(3), lambda: ['a'].index('a', 1), lambda: [].insert(0),
             lambda: [1].extend(5), lambda: [1].append(1, 2), lambda: [1, 2].pop('0')]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
nums = [4, 2, 7]
print(len(nums), sum(nums), max(nums), min(nums), sorted(nums), nums)
print(list(reversed(nums)), nums[::-1], nums.__len__())
print(nums == [4, 2, 7], nums != [4, 2], nums < [4, 3], [1, 2] + [3])
