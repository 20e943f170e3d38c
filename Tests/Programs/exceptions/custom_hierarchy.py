# Custom exception hierarchies
class AppError(Exception):
    """Base for this app."""

class ConfigError(AppError):
    pass

class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

class InvalidValue(ConfigError, ValueError):
    def __init__(self, key, value):
        super().__init__("bad value %r for %s" % (value, key))
        self.key = key
        self.value = value

class NetworkError(AppError):
    def __init__(self, host, retries=0):
        self.host = host
        self.retries = retries
        super().__init__(host)
    def __str__(self):
        return "cannot reach %s after %d retries" % (self.host, self.retries)

print([c.__name__ for c in MissingKey.__mro__])
print([c.__name__ for c in InvalidValue.__mro__])

def load(kind):
    if kind == "missing":
        raise MissingKey("port")
    if kind == "invalid":
        raise InvalidValue("port", -1)
    if kind == "network":
        raise NetworkError("example.org", retries=3)
    if kind == "other":
        raise RuntimeError("unrelated")
    return "loaded"

for kind in ["ok", "missing", "invalid", "network", "other"]:
    try:
        print(load(kind))
    except KeyError as e:
        print("KeyError handler:", type(e).__name__, e, e.key)
    except ValueError as e:
        print("ValueError handler:", type(e).__name__, e, e.value)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e, e.args)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)

# Catching via intermediate base
for kind in ["missing", "invalid"]:
    try:
        load(kind)
    except ConfigError as e:
        print("ConfigError caught", repr(e))

# isinstance checks
e = MissingKey("x")
print(isinstance(e, AppError), isinstance(e, LookupError), isinstance(e, ValueError))
print(issubclass(InvalidValue, Exception), issubclass(NetworkError, ConfigError))
print(AppError.__doc__, ConfigError.__doc__)

# Raising a custom exception with extra state and catching to inspect
try:
    raise NetworkError("db.local")
except NetworkError as ne:
    ne.retries += 1
    print(ne, ne.retries, repr(ne))

# KeyError-derived str quirk: KeyError str uses repr of the single arg
print(str(MissingKey("port")), str(KeyError("port")), str(InvalidValue("k", "v")))
