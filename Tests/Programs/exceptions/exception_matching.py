# How except clauses match exceptions
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
def which(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf clause"
    except Mid:
        return "Mid clause"
    except Base:
        return "Base clause"
    except Exception:
        return "Exception clause"
for exc in [Leaf(), Mid(), Base(), ValueError()]:
    print(type(exc).__name__, "->", which(exc))

# except clause expressions are evaluated lazily, in order
def pick(name):
    print("  evaluating except clause for", name)
    return {"value": ValueError, "key": KeyError, "type": TypeError}[name]
try:
    raise KeyError("k")
except pick("value"):
    print("never")
except pick("key"):
    print("matched KeyError")
except pick("type"):
    print("never")

# Non-class in except: only an error when the clause is reached
try:
    try:
        raise ValueError("v")
    except ValueError:
        print("first clause matched; the bad clause below is never checked")
    except 42:
        print("never")
except TypeError:
    print("never")
try:
    try:
        raise ValueError("v")
    except "ValueError":
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

# Exception classes created dynamically
Dyn = type("Dyn", (LookupError,), {})
try:
    raise Dyn("dynamic")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, Dyn))
