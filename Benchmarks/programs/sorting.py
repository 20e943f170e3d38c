# sorted() and list.sort() on ints, strings, tuples, with key= and reverse=.


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def make_data(n):
    g = lcg(42)
    ints = [next(g) % 1_000_000 for _ in range(n)]
    strs = ["s" + str(next(g) % 100_000) for _ in range(n)]
    tuples = [(next(g) % 100, next(g) % 1000, i) for i in range(n)]
    return ints, strs, tuples


class Record:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def run(n, rounds):
    ints, strs, tuples = make_data(n)
    check = 0
    for r in range(rounds):
        a = sorted(ints)
        check += a[0] + a[-1] + a[n // 2]
        b = sorted(strs, reverse=True)
        check += len(b[0]) + len(b[-1])
        c = sorted(tuples)
        check += c[0][2] + c[-1][2]
        d = sorted(ints, key=lambda x: (x % 1000, -x))
        check += d[0] + d[-1]
        e = list(tuples)
        e.sort(key=lambda t: t[1] * 100 + t[0])
        check += e[0][2] + e[-1][2]
        f = list(strs)
        f.sort(key=len)
        check += len(f[0]) + len(f[-1])
        # nearly sorted input
        g = a[:]
        for i in range(0, n, 100):
            g[i], g[n - 1 - i] = g[n - 1 - i], g[i]
        g.sort()
        check += g[r % n]
    records = [Record(s, i % 90, i * 37 % 101) for i, s in enumerate(strs[:20_000])]
    records.sort(key=lambda rec: (rec.score, rec.age, rec.name))
    check += records[0].age + records[-1].score
    return check & 0xFFFFFFFF


def main():
    print(f"sorting: {run(40_000, 26)}")


main()
