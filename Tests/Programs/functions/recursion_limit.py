# RecursionError from runaway recursion, and sys.setrecursionlimit
import sys

print(sys.getrecursionlimit())

depth = 0
def runaway():
    global depth
    depth += 1
    runaway()

try:
    runaway()
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError), e.args)
print("depth reached is big:", depth > 500, depth <= 1000)

# Lower the limit: recursion stops much earlier
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
try:
    runaway()
except RecursionError as e:
    print("caught again:", e)
print("depth within new limit:", 100 < depth <= 200)

# Recursion that would succeed under the default limit fails under the low one
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)

try:
    print(sum_to(500))
except RecursionError as e:
    print("sum_to(500) failed:", e)

sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(sum_to(500))
print(sum_to(2000))

# Interpreter keeps working after recovering from deep recursion
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

# Invalid limits
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(1000)
print(sum_to(100))
print("done")
