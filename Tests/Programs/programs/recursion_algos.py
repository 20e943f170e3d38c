import sys


def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


print([fib(i) for i in range(20)])
print(fib(300))


def hanoi(n, source="A", target="C", spare="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


print(hanoi(3))
print(len(hanoi(10)))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))


def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    head, *tail = items
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)


print(combinations([1, 2, 3, 4], 2))


def powerset(s):
    return [[]] if not s else [x for sub in powerset(s[1:]) for x in ([sub, [s[0]] + sub])]


print(sorted(powerset([1, 2, 3]), key=lambda x: (len(x), x)))


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], [[6]]], 7])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(2 ** 64, 6 ** 20))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]


print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))


def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


print(quicksort([3, 6, 1, 8, 2, 9, 2]))


def n_queens(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()

    place(0, set(), set(), set(), [])
    return solutions


print(len(n_queens(6)), n_queens(6)[0], len(n_queens(8)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print(count_change(100, [50, 25, 10, 5, 1]))


def binary_search(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid)


data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 3, 99, 98, 50, 51)])
