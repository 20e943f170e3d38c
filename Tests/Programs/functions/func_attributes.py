# Function objects and their attributes
def plain(a, b=2, *args, c, d=4, **kw):
    "Docstring here."
    return a

print(plain.__name__)
print(plain.__qualname__)
print(plain.__doc__)
print(plain.__defaults__)
print(plain.__kwdefaults__)
print(plain.__module__)
print(type(plain).__name__)
print(callable(plain))

def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)
print(no_doc())

class Outer:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass

print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.deep.__qualname__)
print((lambda: 0).__name__)

def factory():
    def made():
        pass
    return made
print(factory().__name__, factory().__qualname__)

# Custom attributes
def tagged():
    return tagged.calls
tagged.calls = 7
tagged.label = "tag"
print(tagged(), tagged.label)
print(sorted(tagged.__dict__))

# Renaming
def original():
    pass
original.__name__ = "renamed"
original.__qualname__ = "Some.renamed"
print(original.__name__, original.__qualname__)
try:
    original.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# Functions are first-class: equality and identity
alias = plain
print(alias is plain, alias == plain, factory() == factory())

# Missing attribute
try:
    plain.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# Function in a container and called from there
table = [len, abs, str.upper]
print([fn.__name__ for fn in table])
print(table[2]("shout"))

# Docstring only counts when it's the first statement
def late_doc():
    x = 1
    "not a docstring"
print(late_doc.__doc__)
