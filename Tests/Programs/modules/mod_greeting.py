# Helper module for the modules tests (not a test itself)
print("mod_greeting: executing module body")

GREETING = "Hello"
_private = "underscore name"
counter = 0

def greet(name):
    global counter
    counter += 1
    return "%s, %s!" % (GREETING, name)

def shout(name):
    return greet(name).upper()

class Greeter:
    def __init__(self, prefix=GREETING):
        self.prefix = prefix
    def __call__(self, name):
        return self.prefix + " " + name

print("mod_greeting: __name__ is", __name__)
