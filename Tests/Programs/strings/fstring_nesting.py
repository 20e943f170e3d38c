items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{w}} | {price:>{6}.{2}f} | {qty:>3d} | {price * qty:>8,.2f} | {'*' * qty:<12}|")
value = 1234.5678
for spec in [".1f", ">12.3f", "<12.2e", "^12,.1f", "+.0f", "012.4f", "_.2f", ".3%", "g", ".2g", "e"]:
    print(f"[{value:{spec}}]", end=" ")
print()
for n in [0, 7, -42, 255, 65535, 10 ** 9]:
    print(f"{n:d}|{n:+d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:,}|{n:>8}|{n:<8}|{n:^8}|{n:08d}")
name = "Tern"
print(f"{name!r:>10}", f"{name!s:*<8}", f"{name.upper()!a}", f"{name[::-1]}", f"{len(name)=}", f"{name*2=}")
nested = {"outer": {"inner": [10, 20, 30]}}
print(f"{nested['outer']['inner'][-1]} {nested['outer']['inner'][1:]} {sum(nested['outer']['inner'])}")
print(f"{'yes' if value > 1000 else 'no'} {value if value < 0 else -value} {[x ** 2 for x in range(4)]}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f} {1e-7:.3e} {123456789:e}")
print(f"{float('inf'):>6} {float('-inf'):<6}| {float('nan'):^7}| {float('inf'):+}")
x = 42
print(f"{x!r}", f"{x:{'>' if x > 10 else '<'}{6}}", f"{x:{'0'}{5}}", f"{{x}}", f"{{{x}}}")
print(f"{'a' 'b'}", f"{'multi' + '-' + 'part'}", f"{(lambda y: y * 2)(21)}", f"{ {'k': 1}['k'] }")
print(f"""{
    x + 1
}""", f"{x:5}|{x:<5}|", f"{True!s:>6}|{None!r}|")
fmt = "{:>{width}.{prec}f}"
print(fmt.format(3.14159, width=10, prec=3), "{0:{1}}".format("pad", 6) + "|", "{:{}{}}".format(7, "0", 3))
