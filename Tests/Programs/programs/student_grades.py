students = [
    {"name": "Ana", "scores": [88, 92, 79], "year": 2},
    {"name": "Ben", "scores": [72, 65, 80], "year": 1},
    {"name": "Cai", "scores": [95, 98, 100], "year": 3},
    {"name": "Dee", "scores": [60, 58, 71], "year": 1},
    {"name": "Eli", "scores": [88, 92, 79], "year": 2},
]


def average(xs):
    return sum(xs) / len(xs) if xs else 0.0


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


report = []
for s in students:
    avg = average(s["scores"])
    report.append((s["name"], round(avg, 2), letter(avg), max(s["scores"]), min(s["scores"])))
report.sort(key=lambda r: (-r[1], r[0]))
print(f"{'Name':<6}|{'Avg':>7}|{'Grade':^7}|{'Hi':>4}|{'Lo':>4}")
print("-" * 32)
for name, avg, grade, hi, lo in report:
    print(f"{name:<6}|{avg:>7.2f}|{grade:^7}|{hi:>4}|{lo:>4}")
by_grade = {}
for name, _, grade, *_ in report:
    by_grade.setdefault(grade, []).append(name)
print(dict(sorted(by_grade.items())))
by_year = {}
for s in students:
    by_year.setdefault(s["year"], []).extend(s["scores"])
print({y: round(average(v), 1) for y, v in sorted(by_year.items())})
all_scores = [x for s in students for x in s["scores"]]
all_scores.sort()
n = len(all_scores)
median = all_scores[n // 2] if n % 2 else (all_scores[n // 2 - 1] + all_scores[n // 2]) / 2
mean = sum(all_scores) / n
var = sum((x - mean) ** 2 for x in all_scores) / n
print(n, median, round(mean, 3), round(var ** 0.5, 3))
histogram = {}
for x in all_scores:
    bucket = x // 10 * 10
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:3d}-{bucket + 9:<3d} {'*' * histogram[bucket]}")
top = max(students, key=lambda s: average(s["scores"]))
ties = [s["name"] for s in students if s["scores"] == [88, 92, 79]]
print(top["name"], ties, all(len(s["scores"]) == 3 for s in students))
curved = {s["name"]: [min(100, x + 5) for x in s["scores"]] for s in students}
print(curved["Cai"], curved["Dee"])
ranking = {name: rank for rank, (name, *_) in enumerate(report, 1)}
print(ranking)
names = [s["name"] for s in students]
print(", ".join(names[:-1]) + " and " + names[-1])
print(list(zip(names, map(lambda s: letter(average(s["scores"])), students))))
