# Return values and control flow through functions
def nothing():
    pass
def bare_return():
    return
def multiple():
    return 1, "two", [3]
def early(n):
    for i in range(10):
        if i == n:
            return "found " + str(i)
    return "not found"
print(nothing(), bare_return())
print(multiple())
a, b, c = multiple()
print(a, b, c, type(multiple()).__name__)
print(early(3), early(42))

# return inside while/else
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    else:
        return -1
print(search("hello", "l"), search("hello", "z"))

# return in try/finally: finally runs, its return wins
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())
print(finally_overrides())

# returned object evaluated before finally mutation
def mutate_after_return():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutate_after_return())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())

# return from nested loops
def find_pair(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return (nums[i], nums[j])
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))

# Return a function and call it right away
def chooser(flag):
    if flag:
        return lambda: "yes"
    return lambda: "no"
print(chooser(1)(), chooser(0)())

# Conditional expression chain
def classify(n):
    return "small" if n < 10 else "medium" if n < 100 else "large"
print([classify(n) for n in (5, 50, 500)])
