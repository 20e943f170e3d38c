# Huge requests fail with the MemoryError or OverflowError CPython raises, never a crash.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
attempt("[0]*10**10", lambda: [0] * 10**10)
attempt("[0]*2**62", lambda: [0] * 2**62)
attempt("(1,)*10**10", lambda: (1,) * 10**10)
attempt("[0,1]*2**63", lambda: [0, 1] * 2**63)
attempt("'ab'*2**62", lambda: 'ab' * 2**62)
attempt("'ab'*2**63", lambda: 'ab' * 2**63)
attempt("'x'*2**62", lambda: 'x' * 2**62)
attempt("[None]*-1", lambda: [None] * -1)
l = [1, 2]
try:
    l *= 2**62
except MemoryError as e:
    print("MemoryError", repr(e))
print(len(l))
