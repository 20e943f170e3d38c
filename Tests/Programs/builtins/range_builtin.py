# range objects
r = range(10)
print(r, repr(range(1, 5)), repr(range(1, 10, 2)), repr(range(5, 0, -1)))
print(len(range(0)), len(range(10)), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)))
print(list(range(5, 0, -1)), list(range(-5, 5, 2)), list(range(0, -10, -3)), list(range(3, 1)))
print(r[0], r[-1], r[5], range(1, 10, 3)[-1], range(10, 0, -2)[2])

# Slicing a range gives a range
print(r[2:5], r[::2], r[::-1], r[-3:], r[1:8:3], r[100:200])
print(range(1, 20, 2)[3:7], range(10, 0, -1)[::2], list(range(10)[::-3]))

# Membership, index and count
print(5 in r, 10 in r, -1 in r, 3.0 in r, "3" in r)
print(r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(30))
try:
    r.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)

# Attributes
s = range(2, 30, 4)
print(s.start, s.stop, s.step, range(7).start, range(7).step)

# Equality is by the sequence of values
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2))
print(range(1) == [0], list(range(3)) == [0, 1, 2])

# Reversed, iteration, sum
print(list(reversed(range(1, 8, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))

# Errors
for args in [(1, 2, 0), ("1",), (1.5,)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)

# Huge ranges are fine as long as they are not materialized
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], 7 * 10 ** 10 in big, (7 * 10 ** 10 + 1) in big, big.index(7 * 10 ** 10))
huge = range(10 ** 30)
print(huge[-1], 10 ** 29 in huge, huge[10 ** 20:][:3])
print(bool(range(0)), bool(range(1)))
