# range objects: repr, len, indexing, slicing, membership, equality
r = range(10)
print(r, repr(range(1, 5)), range(0, 10, 3), range(5, -5, -2), range(0))
print(len(r), len(range(1, 10, 3)), len(range(10, 1)), len(range(10, 1, -3)), len(range(-5, 5, 4)))
print(r[0], r[-1], r[5], range(1, 10, 3)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(1, 10, 3)[1:], r[5:2:-1])
print(list(r[2:8:2]), list(range(20)[::-5]))
print(5 in r, 10 in r, -1 in r, 3.0 in r, 3.5 in r, 6 in range(0, 10, 3), 9 in range(0, 10, 3))
print(r.index(7), range(1, 20, 4).index(13), r.count(3), r.count(11))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(2, 9, 3).stop)
print(list(range(-3)), list(range(3, -3, -1)), list(range(0, 1, 100)))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17 : 10 ** 17 + 3])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(1, 8, 2))), tuple(range(3)), set(range(3)) == {0, 1, 2})
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range('3'), lambda: r[10],
            lambda: r.index(10), lambda: range(1, 2, 3, 4), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
for i in range(3):
    pass
print(i)
for j in range(0):
    print('never')
print(list(zip(range(3), range(10, 13))), dict.fromkeys(range(3), 0))
