# try/finally inside generators
def resource(name):
    print("  open", name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        print("  close", name)
print(list(resource("a")))
for item in resource("b"):
    print("got", item)
    if item == "b1":
        print("breaking")
        break
print("after break (generator still referenced by nothing)")
g = resource("c")
print(next(g))
print("dropping partially consumed generator")
del g
print("dropped")

# finally with return inside a generator
def gen_return():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally before StopIteration")
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# Exception propagates out through finally
def failing():
    try:
        yield "ok"
        raise ValueError("generator failed")
    finally:
        print("  cleanup after failure")
g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(list(g))
