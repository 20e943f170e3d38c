# Fixed-point formatting (%.Nf, {:.Nf}, {:.N%}) across exact and inexact binary fractions.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n


vals = [0.0, 0.5, 1.25, 2.675, 1e14, 123456789.125, 0.1, 0.005, 1.005, 5e-324, 1e15, 9.995, 0.125,
        1 / 3, 2.5, 3.5, 1e-7, 999999999999999.9, 4503599627370496.5, 0.045, 1.5e-5]
vals += [rand(10**6) / 8 for _ in range(150)] + [rand(10**9) / 10**6 for _ in range(150)]
vals += [rand(2**31) * 1024 / 1024 ** 2 for _ in range(150)]
for v in vals:
    for d in (0, 1, 2, 3, 6, 10, 15, 17):
        print(f"{v:.{d}f}|{-v:.{d}f}|{'%.*f' % (d, v)}|{format(v, f'.{d}%')}")
