# except with tuples of exception types
def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return None.attr
    return "fine"
for kind in range(6):
    try:
        result = trigger(kind)
        print(kind, "result", result)
    except (ZeroDivisionError, ValueError) as e:
        print(kind, "arith/value:", type(e).__name__, e)
    except (IndexError, KeyError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except (AttributeError,) as e:
        print(kind, "attribute:", e)

# Tuple stored in a variable
handled = (TypeError, ValueError)
for value in ["3", "x", None]:
    try:
        print(int(value))
    except handled as e:
        print("handled", type(e).__name__)

# Nested tuples are NOT allowed in except clauses (unlike isinstance)
nested = (KeyError, (IndexError, ZeroDivisionError))
for kind in (0, 2):
    try:
        try:
            trigger(kind)
        except nested as e:
            print("never: nested tuple caught", type(e).__name__)
    except TypeError as e:
        print("nested tuple:", type(e).__name__, e)
print(isinstance(IndexError(), nested))

# Empty tuple catches nothing
try:
    try:
        raise ValueError("x")
    except ():
        print("never")
except ValueError:
    print("empty tuple matched nothing")

# Every element is validated, even when an earlier one would match
try:
    try:
        raise ValueError("v")
    except (ValueError, 42):
        print("never: matched before reaching 42")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("k")
    except (ValueError, "not a class"):
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

# Tuple built dynamically
errors = tuple(cls for cls in [ArithmeticError, LookupError])
for kind in (0, 1, 3):
    try:
        trigger(kind)
    except errors as e:
        print("dynamic tuple:", type(e).__name__)
    except Exception as e:
        print("fallback:", type(e).__name__)
