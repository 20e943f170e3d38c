# PEP 479 in generator expressions vs list comprehensions and iterator classes
# Generator expressions are affected as well
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print(type(e).__name__, e)

# But a list comprehension is not a generator: StopIteration escapes as-is
try:
    print([stopper(x) for x in range(5)])
except StopIteration as e:
    print("StopIteration escaped from list comprehension", repr(e))

# Plain iterator classes may raise StopIteration freely
class Upto:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Upto(3)))

# return inside generator is the right way to stop
def proper():
    yield "a"
    return
    yield "never"
print(list(proper()))
