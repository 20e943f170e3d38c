# Generator throw()
def guarded():
    while True:
        try:
            x = yield "waiting"
            print("  got", x)
        except ValueError as e:
            print("  caught ValueError inside:", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished after unhandled throw")

# throw into an unstarted generator: raised at the very start
def simple():
    print("  never runs")
    yield 1
s = simple()
try:
    s.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(s))

# throw with an exception class
def catcher():
    try:
        yield 1
    except IndexError as e:
        yield "caught class: " + repr(e)
c = catcher()
next(c)
print(c.throw(IndexError))

# Generator returns a value after catching the thrown exception
def returns():
    try:
        yield
    except ZeroDivisionError:
        return "handled and returned"
r = returns()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
