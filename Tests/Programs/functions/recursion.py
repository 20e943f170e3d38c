# Recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)])
print(fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 5))

# Mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

# Recursion on nested structures
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]]))
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(i) for i in x], default=0)
print(depth([1, [2, [3]]]), depth([]), depth(5))

# Permutations recursively
def perms(s):
    if len(s) <= 1:
        return [s]
    result = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            result.append(ch + p)
    return result
print(perms("abc"))


# Moderately deep recursion (well under default limit)
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(900))

# Recursive binary search
def bsearch(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid)
data = list(range(0, 100, 3))
print(bsearch(data, 27), bsearch(data, 28), bsearch(data, 0), bsearch(data, 99))
