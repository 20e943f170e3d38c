# repr and str of floats across the ranges where the positional and exponent forms meet.
values = []
for k in range(-7, 18):
    base = 10.0 ** k
    for m in (1, 1.5, 2.5, 3, 7, 9.999999, 9.9999999999999999):
        values.append(m * base)
        values.append(-m * base / 3)
for i in range(1, 200):
    values.append(i / 7)
    values.append(i * 1.1)
    values.append(2.0 ** (i - 100))
values += [1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 9.0e15, 8.999999999999999e15,
           2.0 ** 53, 2.0 ** 53 + 2, 0.1 + 0.2, 1 / 3, -0.0, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), f"{v}", [v])
