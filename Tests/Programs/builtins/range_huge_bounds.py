# Ranges whose bounds, length or elements do not fit 64 bits behave as Python ints.
M = 2**63
cases = [range(-M, M - 1), range(M - 5, M + 5), range(-M - 3, -M + 3), range(0, 10**30, 10**28),
         range(M, -M, -M // 2), range(10**20, 10**20 + 3), range(5, -M, -M), range(-M, M, M - 1)]
for r in cases:
    print(r, bool(r), r[0], r[-1], r.start, r.stop, r.step)
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError:", e)
    print(r[1:3], r[::-1][:2], r[-2:], r[::3][:2] if r else None)
    print(list(r[:3]), [x for x in r[-2:]], list(reversed(r[:3])))
    print(M - 1 in r, -M in r, 10**20 + 1 in r, r.count(r[0]), r.index(r[-1]))
print(range(-M, M - 1) == range(-M, M - 1), range(M, M) == range(0), range(0, 3 * M, M) == range(0, 3 * M - 1, M))
for bad in [lambda: range(5)[10**20], lambda: range(M, M + 2)[5], lambda: range(0, 10**30)[10**31],
            lambda: range(10**20).index(-1), lambda: range(1.5)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
total = 0
for i in range(M - 3, M + 2):
    total += i - M
print(total, sum(range(M, M + 10)), max(range(-M - 2, -M + 2)), sorted(range(M + 2, M - 1, -1)))
print(range(2**64)[2**63], range(-2**64, 0, 2**62)[-1], list(range(M - 2, M + 2, 3)))
print(2.0 in range(5), 2.5 in range(5), True in range(3))
