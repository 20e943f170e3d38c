# Context managers: failing __enter__, early exits, missing protocol methods
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc) if exc else None,
              tb is not None)
        return self.suppress

# Exception in __enter__: __exit__ not called
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print(type(e).__name__, e)

# return / break inside with still call __exit__
def f():
    with CM("in function"):
        return "returned"
print(f())
for k in range(3):
    with CM("loop %d" % k):
        if k == 1:
            break
        continue

# Objects lacking the protocol
class NoProto:
    pass
try:
    with NoProto():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
