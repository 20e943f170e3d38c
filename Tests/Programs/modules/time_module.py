# time module: values are only compared, never printed
import time

t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(20000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()

print(total)
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t2 >= t1, p2 >= p1, m2 >= m1)
print(t1 > 1600000000, t1 < 4102444800)       # between 2020 and 2100
print(p2 - p1 < 5.0, m2 - m1 < 5.0)

start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print("slept at least 10ms:", elapsed >= 0.009, "and not absurdly long:", elapsed < 2.0)

ns1 = time.time_ns()
ns2 = time.perf_counter_ns()
print(type(ns1).__name__, type(ns2).__name__, abs(ns1 / 1e9 - time.time()) < 5.0)
time.sleep(0)
print(time.perf_counter_ns() >= ns2)

# Measuring without printing the measurement
def measure(fn):
    s = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - s
result, duration = measure(lambda: sum(range(1000)))
print(result, duration >= 0)

for bad in [-1, "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
