# The interpreter keeps working after a RecursionError.
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
print(sorted([3, 1, 2], key=lambda v: -v))
