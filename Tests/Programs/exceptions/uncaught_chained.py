# Traceback of an explicitly chained exception (raise ... from ...)
class ConfigError(Exception):
    pass

def lookup(settings, name):
    if name not in settings:
        raise KeyError(name)
    return settings[name]

def read_setting(settings, name):
    try:
        lookup(settings, name)
    except KeyError as e:
        raise ConfigError("missing setting " + name) from e
    return settings[name]

settings = {"debug": True, "level": 3}
print("debug =", read_setting(settings, "debug"))
print("level =", read_setting(settings, "level"))
try:
    read_setting(settings, "colour")
except ConfigError as e:
    print("handled:", e, "| cause:", repr(e.__cause__))
read_setting(settings, "port")
