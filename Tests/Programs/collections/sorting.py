# list.sort and sorted: key, reverse, stability, mixed types errors
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
data.sort(reverse=True); print(data)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
records = [('ann', 30), ('bob', 25), ('cid', 30), ('dan', 25), ('eve', 35), ('fay', 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
by_age = sorted(records, key=lambda r: r[0], reverse=True)
by_age.sort(key=lambda r: r[1])
print(by_age)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [2], [3], [2, 0], []]))
print(sorted('hello world'), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}))
print(sorted([3.5, 1, 2.25, -1, True, 0]))
print(sorted([-3, 2, -1, 4], key=abs), sorted([-3, 2, -1, 4], key=abs, reverse=True))
print(sorted([1, 2, 3], key=lambda x: 0), sorted([1, 2, 3], key=lambda x: 0, reverse=True))
print(sorted([]), sorted(''), sorted(x for x in [3, 1, 2]))
print(sorted([3, 1, 2], key=lambda x: -x))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, [3]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(key=lambda a, b: a)
except TypeError as e:
    print(type(e).__name__, e)
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f'Item({self.n})'
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]))
print(min(words), max(words, key=len), min(records, key=lambda r: (r[1], r[0])))
