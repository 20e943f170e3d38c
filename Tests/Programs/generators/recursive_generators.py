# Recursive generators
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
def preorder(t):
    yield t.value
    for c in t.children:
        yield from preorder(c)
def postorder(t):
    for c in t.children:
        yield from postorder(c)
    yield t.value
def leaves(t):
    if not t.children:
        yield t.value
    for c in t.children:
        yield from leaves(c)
def paths(t, prefix=()):
    path = prefix + (t.value,)
    if not t.children:
        yield "/".join(path)
    for c in t.children:
        yield from paths(c, path)
tree = Tree("root",
            Tree("a", Tree("a1"), Tree("a2")),
            Tree("b"),
            Tree("c", Tree("c1", Tree("c1x"))))
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(leaves(tree)))
print(list(paths(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(5, "A", "B", "C"))
print(len(moves), moves[:4])

# Deep-ish recursion through yield from
def nested(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nested(n - 1)
print(list(nested(200)))
