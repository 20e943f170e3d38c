# class E(Exception) with extra attributes
class AppError(Exception):
    pass
class HttpError(AppError):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return "HTTP %d: %s" % (self.status, self.reason)
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
class Detailed(Exception):
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
try:
    raise HttpError(404, "Not Found")
except AppError as e:
    print(type(e).__name__, e)
    print(e.args, e.status, e.reason, repr(e))
try:
    raise NoSuper(7)
except NoSuper as e:
    print(repr(str(e)), e.args, e.code, repr(e))
try:
    raise Detailed("bad input", detail={"field": "age"})
except Detailed as e:
    print(e, e.args, e.detail)

# Exceptions with zero, one, many args
for exc in [AppError(), AppError("one"), AppError("a", 2), AppError(None), AppError([1])]:
    print(repr(exc), "|", str(exc), "|", exc.args)

# Attribute assignment on exception instances
e = AppError("x")
e.extra = 42
print(e.extra, e.args)
e.args = ("changed",)
print(e, repr(e))

# Catching by base class, hierarchy checks
print(issubclass(HttpError, AppError), issubclass(HttpError, Exception), issubclass(AppError, HttpError))
for cls in (HttpError, AppError, NoSuper):
    try:
        if cls is HttpError:
            raise cls(500, "boom")
        raise cls("?")
    except AppError as err:
        print("AppError handler got", type(err).__name__)
    except Exception as err:
        print("Exception handler got", type(err).__name__)

# Subclass of a builtin exception keeps its behaviour
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("key")
except LookupError as err:
    print(type(err).__name__, err, repr(err))
class MyValueError(ValueError):
    def __init__(self, value):
        super().__init__("invalid value: %r" % (value,))
        self.value = value
try:
    int_value = MyValueError([1, 2])
    raise int_value
except ValueError as err:
    print(err, err.value)

# Exception instance used as a plain object
err = HttpError(418, "teapot")
print(str(err), isinstance(err, BaseException), err.__traceback__)
