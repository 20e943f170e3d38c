# Generators as methods: __iter__ implemented with yield
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n

c = Countdown(5)
print(list(c), list(c))
print(list(c.evens()))
print(sum(c), max(c), 3 in c, 7 in c)
it = iter(c)
print(type(it).__name__, next(it), next(it))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for i in range(len(self.rows[0])):
            yield [row[i] for row in self.rows]
    def diagonal(self):
        i = 0
        for row in self.rows:
            yield row[i]
            i += 1

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), list(m.columns()), list(m.diagonal()))

# Generator as staticmethod / classmethod
class Ranges:
    step = 2
    @staticmethod
    def upto(n):
        yield from range(n)
    @classmethod
    def stepped(cls, n):
        yield from range(0, n, cls.step)
class Wide(Ranges):
    step = 5
print(list(Ranges.upto(3)), list(Ranges.stepped(9)), list(Wide.stepped(20)))

# Generator closes over instance state lazily
class Bag:
    def __init__(self):
        self.items = []
    def __iter__(self):
        for item in self.items:
            yield item.upper()
b = Bag()
g = iter(b)
b.items.extend(["x", "y"])
print(list(g))

# Generator function qualname
print(Countdown.__iter__.__qualname__, iter(c).__qualname__)

# zip of two iterations over the same object
print(list(zip(c, c)))
