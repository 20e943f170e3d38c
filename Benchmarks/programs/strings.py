# String building with join, split, slicing, f-strings and str methods.


def build_lines(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i:05d},{i * 3 % 101},{'even' if i % 2 == 0 else 'odd'}")
    return "\n".join(parts)


def parse_lines(text):
    total = 0
    evens = 0
    for line in text.split("\n"):
        name, value, kind = line.split(",")
        total += int(value) + len(name)
        if kind == "even":
            evens += 1
        if name.startswith("item0") and name.endswith("7"):
            total += 1
    return total, evens


def transform(words, rounds):
    h = 0
    for r in range(rounds):
        for w in words:
            u = w.upper()
            s = u.lower().strip()
            rev = s[::-1]
            mid = s[1:-1]
            rep = s.replace("a", "4")
            h = (h * 31 + len(rev) + len(mid) + rep.count("4") + s.find("e")) & 0xFFFFFFF
            if s.isalpha():
                h ^= ord(s[0])
    return h


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 500:
            s = s[250:]
    return s


def formatting(n):
    out = []
    for i in range(n):
        x = i * 0.5
        out.append("{}:{:>6}|%d|%s".format(i, i * 7) % (i, str(x)))
        out.append(f"{x:.2f}-{i!r}-{hex(i)}")
    joined = "".join(out)
    return len(joined), joined.count("|")


def main():
    a = (0, 0)
    for r in range(10):
        text = build_lines(60_000 + r)
        aa = parse_lines(text)
        a = (a[0] + aa[0], a[1] + aa[1])
    words = ("alpha Beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
             "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()
    b = transform(words, 24_000)
    c = concat(3_000_000)
    d = (0, 0)
    for r in range(10):
        dd = formatting(60_000 + r)
        d = (d[0] + dd[0], d[1] + dd[1])
    print(f"strings: {a[0]} {a[1]} {b} {c[:10]} {len(c)} {d[0]} {d[1]}")


main()
