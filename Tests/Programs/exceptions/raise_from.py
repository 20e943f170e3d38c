# Exception chaining: __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit chaining")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    show(e)

# raise from with an exception class
try:
    raise LookupError("lk") from IndexError
except LookupError as e:
    show(e)

# raise ... from outside a handler
try:
    raise OSError("standalone") from KeyError("explicit cause")
except OSError as e:
    show(e)

# Invalid cause
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

# Context chain of three
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# Setting attributes manually
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
# Re-raising the same exception does not create self-context
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print("context is None:", e.__context__ is None)
