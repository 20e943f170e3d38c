total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print("even sum", total)
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i)
for n in range(2, 30):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
count = 0
while count < 3:
    count += 1
else:
    print("while finished normally at", count)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(matrix):
    for c, value in enumerate(row):
        if value == 6:
            found = (r, c)
            break
    if found:
        break
print("found 6 at", found)
for x in range(3):
    pass
print("loop var after loop:", x)
for ch in "":
    print("never")
else:
    print("empty loop else")
it = iter(range(10))
for a in it:
    if a == 3:
        break
print("resume after break:", list(it))
seq = [1, 2, 3]
for item in seq:
    if item == 2:
        seq.append(4)
print(seq)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
result = []
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        result.append((i, j))
print(result)
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("never printed")
for i, (a, b) in enumerate(zip("xyz", range(3)), start=1):
    print(i, a, b, end="; ")
print()
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
