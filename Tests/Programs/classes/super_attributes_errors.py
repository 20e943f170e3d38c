# super() for attributes and properties, cooperative kwargs, and errors
# super() to access overridden attributes and properties
class A:
    greeting = "hi from A"
    @property
    def value(self):
        return 1
class B2(A):
    greeting = "hi from B2"
    @property
    def value(self):
        return super().value + 10
    def greet(self):
        return super().greeting + " / " + self.greeting
print(B2().value, B2().greet())

# Cooperative kwargs passing
class Named:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
class Aged:
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
class Person(Named, Aged):
    pass
p = Person(name="ann", age=30)
print(p.name, p.age)
try:
    Person(name="x", age=1, extra=2)
except TypeError as e:
    print(type(e).__name__, e)

# super errors
try:
    super(int, "text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B2, B2()).missing
except AttributeError as e:
    print(type(e).__name__, e)

# super() used outside of a method
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
