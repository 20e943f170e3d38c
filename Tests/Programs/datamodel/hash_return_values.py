# What __hash__ may return, and hashes of builtin values
# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# Large hash values are reduced but stay consistent
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

# Hash of ints, bools and tuples (deterministic)
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1), hash(0.5))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
