# Re-raising with bare raise
def handler_reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler_reraise()
except ValueError as e:
    print("re-raised:", e)

# raise re-raises the exception being handled even after other work
try:
    try:
        raise KeyError("key")
    except KeyError as e:
        try:
            raise TypeError("temporary")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("outer got", repr(e))

# Bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# Re-raising the caught object explicitly
try:
    try:
        raise IndexError("again")
    except IndexError as e:
        raise e
except IndexError as e:
    print("explicit re-raise:", e, "context:", e.__context__)

# raise in a function called from a handler re-raises the handled exception
def reraise_helper():
    raise
try:
    try:
        raise ZeroDivisionError("from helper")
    except ZeroDivisionError:
        reraise_helper()
except ZeroDivisionError as e:
    print("helper re-raised:", e)
