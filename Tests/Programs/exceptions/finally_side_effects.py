# finally: side effects after return, exceptions replacing returns, generators
# return value computed before finally side effects
counter = [0]
def side_effects():
    try:
        counter[0] += 1
        return counter[0]
    finally:
        counter[0] += 10
print(side_effects(), counter[0])

# Exception raised in finally replaces a return
def finally_raises():
    try:
        return "never returned"
    finally:
        raise OSError("from finally")
try:
    finally_raises()
except OSError as e:
    print(type(e).__name__, e)

# Nested finally blocks with returns
def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print("outer finally sees return already decided")
print(nested())

# Generator with finally overriding
def gen():
    try:
        yield 1
        return "gen try"
    finally:
        return "gen finally"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator returned:", e.value)
