# Plain import of a helper module
print("before import")
import mod_greeting
print("after import")

print(mod_greeting.GREETING)
print(mod_greeting.greet("world"))
print(mod_greeting.shout("you"))
print(mod_greeting.counter)
print(mod_greeting._private)
g = mod_greeting.Greeter()
print(g("there"), mod_greeting.Greeter("Hi")("again"))
print(type(mod_greeting).__name__, mod_greeting.__name__)
print(type(g).__name__, type(g).__module__, mod_greeting.Greeter.__qualname__)
print(mod_greeting.greet.__module__)

# Modifying module attributes from outside
mod_greeting.GREETING = "Bye"
print(mod_greeting.greet("world"))
mod_greeting.new_attr = 42
print(mod_greeting.new_attr, hasattr(mod_greeting, "new_attr"))
del mod_greeting.new_attr
print(hasattr(mod_greeting, "new_attr"))

try:
    mod_greeting.missing
except AttributeError as e:
    print(type(e).__name__, e)

# Importing several modules in one statement
import mod_noall, mod_exports
print(mod_noall.visible, mod_exports.PUBLIC_CONST)
print(__name__)
