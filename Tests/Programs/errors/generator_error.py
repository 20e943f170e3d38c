# An exception raised inside a generator while it is being consumed
def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split('=')
        yield key.strip(), value.strip()

config = ['host = example.org', 'port = 8080', 'debug']
for key, value in parse(config):
    print(key, '->', value)
