class AppError(Exception):
    """Base for application errors."""

    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ConfigError(AppError):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", code=22)
        self.field = field


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"port {text!r} is not a number", code=2) from e
    if not 0 < port < 65536:
        raise ValidationError("port", f"{port} out of range")
    return port


for raw in ["8080", "http", "70000", "-1"]:
    try:
        print("port", parse_port(raw))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", repr(e.__cause__), "| code", e.code)
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, AppError), e.field, e.args)

print(ValidationError.__mro__)


def load():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("while loading")


try:
    load()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None


try:
    suppressed()
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)


def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        try:
            raise KeyError("handler") from e
        except KeyError as k:
            return k


k = nested_handlers()
print(repr(k), repr(k.__cause__), repr(k.__context__), k.__cause__ is k.__context__)

e = AppError("plain")
print(str(e), repr(e), e.args, e.code)
e2 = AppError("x", code=5)
print(e2)
try:
    raise ConfigError
except AppError as err:
    print("bare class raise ->", type(err).__name__)
except TypeError as err:
    print("TypeError", err)

errors = []
for exc_type in (KeyError, IndexError, ZeroDivisionError, AttributeError):
    try:
        raise exc_type("msg")
    except (LookupError, ArithmeticError) as err:
        errors.append(f"{type(err).__name__} is lookup/arith")
    except Exception as err:
        errors.append(f"{type(err).__name__} generic")
print(errors)


class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)


def flaky(counter=[0]):
    counter[0] += 1
    if counter[0] < 3:
        raise Retry(counter[0])
    return counter[0]


for attempt in range(5):
    try:
        result = flaky()
    except Retry as r:
        print("retrying after", r.attempts, r)
        continue
    else:
        print("succeeded on", result)
        break
    finally:
        print("attempt", attempt, "done")

e = ValueError("a", 1, None)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError()), repr(KeyError("k")))
e = Exception("x")
e.args = ("new", "args")
print(e, e.args)
print(issubclass(ValidationError, (KeyError, ValueError)), BaseException.__subclasses__ is not None)
try:
    try:
        raise ValueError(1)
    except ValueError as exc:
        raise exc.with_traceback(None)
except ValueError as exc:
    print("with_traceback kept", exc.args)
try:
    del exc
    print(exc)
except NameError as ne:
    print("NameError:", ne)
