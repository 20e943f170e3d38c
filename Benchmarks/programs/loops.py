# Nested integer loops with arithmetic: for/range, while, break/continue.

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def nested(n):
    total = 0
    for i in range(n):
        for j in range(n):
            v = (i * j + i - j) % 7
            if v == 3:
                continue
            total += v * (i & 3) - (j >> 2)
    return total


def collatz_max(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x //= 2
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        for b in range(a, n, 7):
            x, y = a, b
            while y:
                x, y = y, x % y
            s += x
    return s


def main():
    p = sieve(2_500_000)
    t = nested(1200)
    c = collatz_max(200_000)
    g = gcd_sum(1300)
    print(f"loops: {p} {t} {c[0]} {c[1]} {g}")


main()
