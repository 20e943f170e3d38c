# Nested finally blocks and yields inside finally/except/else in generators
# Nested try/finally order
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
        yield "between"
    finally:
        print("  outer finally")
print(list(nested()))
g = nested()
next(g)
g.close()
print("closed nested at inner yield")

# yield inside finally
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))

# except + else + finally in generator
def full(fail):
    try:
        yield "trying"
        if fail:
            raise KeyError("k")
    except KeyError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
print(list(full(False)), list(full(True)))
