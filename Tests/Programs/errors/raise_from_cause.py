# Explicit chaining with raise ... from ... (direct cause)
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings['port'])
    except KeyError as exc:
        raise ConfigError('port setting is required') from exc

print(read_port({'port': '8080'}))
read_port({'host': 'localhost'})
