# Writing a file, reading it back in several ways (file lives in this folder)
NAME = "tmp_file_io_basic.txt"

with open(NAME, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write("first line\n")
    print("write returned", n)
    f.write("second line\n")
    f.writelines(["third line\n", "fourth", " line\n"])
    print("last line without newline", file=f, end="")
print("closed after with:", f.closed)

with open(NAME) as f:
    content = f.read()
print(repr(content))
print(len(content), content.count("\n"))

with open(NAME, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read(5)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(NAME) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line.rstrip("\n")))

with open(NAME) as f:
    print(f.readlines()[1:3])

with open(NAME) as f:
    print([len(line) for line in f])

f = open(NAME)
first = next(f)
rest = list(f)
f.close()
print(repr(first), len(rest), f.closed)

try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)

# Append mode
with open(NAME, "a") as f:
    f.write("\nappended")
with open(NAME) as f:
    print(f.read().splitlines()[-2:])

# Truncate by reopening in "w" mode (there is no os module to delete the file)
with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()))
