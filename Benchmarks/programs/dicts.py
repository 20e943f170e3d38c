# Dict insert/lookup/update with str and int keys, and dict iteration.


def word_keys(n):
    return ["k" + str(i * 7919 % 100_003) for i in range(n)]


def str_dict(keys, rounds):
    d = {}
    for r in range(rounds):
        for k in keys:
            d[k] = d.get(k, 0) + r
    hits = 0
    for k in keys:
        if k in d:
            hits += 1
        if ("x" + k) in d:
            hits -= 1
    return len(d), hits, sum(d.values()) & 0xFFFFFF


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 31 % 65_521] = i
    total = 0
    for i in range(0, n, 3):
        total += d.get(i, -1)
    for k in list(d):
        if k % 5 == 0:
            del d[k]
    for k, v in d.items():
        total += k ^ v
    return len(d), total & 0xFFFFFFF


def update_merge(n):
    base = {f"f{i}": i for i in range(50)}
    acc = 0
    for i in range(n):
        d = dict(base)
        d.update({"f3": i, "extra": i * 2})
        d["f7"] += 1
        acc += d["f3"] + d["extra"] + d["f7"] + len(d)
        for k in d:
            if k == "f10":
                acc += 1
    return acc


def counting(text_words, rounds):
    counts = {}
    for _ in range(rounds):
        for w in text_words:
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return top


def main():
    keys = word_keys(20_000)
    a = str_dict(keys, 250)
    b = (0, 0)
    for r in range(35):
        bb = int_dict(120_000 + r)
        b = (b[0] + bb[0], (b[1] + bb[1]) & 0xFFFFFFF)
    c = update_merge(400_000)
    words = ("the quick brown fox jumps over the lazy dog and the cat " * 50).split()
    d = counting(words, 8_000)
    print(f"dicts: {a[0]} {a[1]} {a[2]} {b[0]} {b[1]} {c} {d}")


main()
