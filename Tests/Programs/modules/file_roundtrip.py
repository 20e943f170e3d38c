import sys

path = "tmp_file_roundtrip.txt"
lines = ["first line", "second: ünïcode ☃", "", "last"]
with open(path, "w") as f:
    for line in lines:
        f.write(line + "\n")
    n = f.write("tail without newline")
print("wrote tail chars:", n)

with open(path) as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))

with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    rest = f.readlines()
print(rest)

with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip("\n")))

with open(path, "a") as f:
    print("appended via print", file=f)
    print("a", "b", sep="-", end="!\n", file=f)

with open(path) as f:
    all_lines = f.read().splitlines()
print(all_lines[-3:])

f = open(path)
print(f.closed, f.name, f.mode)
first = next(iter(f))
f.close()
print(f.closed, repr(first))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open(path, "w") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.read(1), f.read(2), repr(f.read()), repr(f.read()))
with open(path) as f:
    print(list(f))

try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)
try:
    with open(path) as f:
        f.write("nope")
except Exception as e:
    print(type(e).__name__, e)

with open(path, "w") as out:
    out.write("3\n1\n2\n")
with open(path) as src:
    numbers = sorted(int(l) for l in src)
print(numbers)
total = 0
with open(path) as src:
    while True:
        line = src.readline()
        if not line:
            break
        total += int(line)
print("total", total)
sys.stdout.write("written to stdout\n")
print("written to stderr", file=sys.stderr)
with open(path, "w"):
    pass
with open(path) as f:
    print("cleaned up", repr(f.read()))
