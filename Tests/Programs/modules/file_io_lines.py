# Line-oriented file processing (files live in this folder, named tmp_*)
SRC = "tmp_file_io_lines_src.txt"
DST = "tmp_file_io_lines_dst.txt"

records = [("alice", 31, "paris"), ("bob", 25, "berlin"), ("carol", 47, "rome"), ("dave", 19, "oslo")]
with open(SRC, "w") as out:
    print("# name,age,city", file=out)
    for name, age, city in records:
        print(name, age, city, sep=",", file=out)
    out.write("\n")
    out.write("  eve , 52 , lima  \n")

# readline loop
with open(SRC) as f:
    count = 0
    while True:
        line = f.readline()
        if not line:
            break
        count += 1
print("lines:", count)

# Parse, skipping comments and blank lines
people = []
with open(SRC) as f:
    for raw in f:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, age, city = [part.strip() for part in line.split(",")]
        people.append((name, int(age), city))
print(people)
print("average age:", sum(p[1] for p in people) / len(people))

# Copy with transformation using two files in one with statement
with open(SRC) as src, open(DST, "w") as dst:
    for raw in src:
        if raw.startswith("#") or not raw.strip():
            continue
        dst.write(raw.upper())
with open(DST) as f:
    print(f.read().splitlines())

# Unicode text round trip
with open(DST, "w", encoding="utf-8") as f:
    f.write("café\nnaïve ☕\n")
with open(DST, encoding="utf-8") as f:
    text = f.read()
print(text.splitlines(), len(text))

# Word frequencies
with open(DST, "w") as f:
    f.write("the cat and the hat\nthe end\n")
freq = {}
with open(DST) as f:
    for line in f:
        for word in line.split():
            freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))

# readlines keeps the newline characters; splitlines() does not
with open(DST) as f:
    print(f.readlines())

# Truncate both files (no os module available to delete them)
for name in (SRC, DST):
    with open(name, "w"):
        pass
