def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise RuntimeError(f"generator failed at {i}")
        yield i


total = 0
for n in numbers(10):
    total += n
    print("running total", total)
