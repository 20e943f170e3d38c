# BaseException, bare except, unbound exception names, raising non-exceptions
# Catching BaseException catches everything, including KeyboardInterrupt
for exc in [KeyboardInterrupt(), SystemExit(2), GeneratorExit(), ValueError()]:
    try:
        raise exc
    except Exception:
        print(type(exc).__name__, "caught by Exception")
    except BaseException:
        print(type(exc).__name__, "caught only by BaseException")

# Bare except catches everything
try:
    raise KeyboardInterrupt
except:
    print("bare except caught KeyboardInterrupt")

# The exception variable is unbound after the except block
try:
    raise ValueError("temp")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

# Raising a class that is not an exception
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
