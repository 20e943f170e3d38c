class ConfigError(Exception):
    pass


def read(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


print("start")
read({"a": 1}, "b")
