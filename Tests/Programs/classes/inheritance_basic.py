# Single inheritance, overriding, extending
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def describe(self):
        return "I am " + self.kind() + ": " + self.speak()
    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat"

class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        Cat.__init__(self, name)
        self.pride = pride
    def speak(self):
        return Animal.speak(self) + " loudly"

for x in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(x.describe())

l = Lion("simba", "pride rock")
print(l.__dict__)
print(isinstance(l, Lion), isinstance(l, Cat), isinstance(l, Animal), isinstance(l, object))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(Lion.__bases__[0].__name__, Cat.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Lion.__mro__])

# Inherited __init__
class Base:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
class Child(Base):
    pass
c = Child(1)
print(c.a, c.b)
try:
    Child()
except TypeError as e:
    print(type(e).__name__, e)

# Overridden method called from base
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def report(self):
        return type(self).__name__ + " area " + str(self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(4).report())
try:
    Shape().report()
except NotImplementedError as e:
    print(type(e).__name__, e)

# Attribute lookup walks the chain; class attributes changed on base propagate
Animal.legs = 4
print(Lion("x", "y").legs)
Cat.legs = 3
print(Lion("x", "y").legs, Animal("z").legs)

# __subclasses__ (order of definition)
print([k.__name__ for k in Animal.__subclasses__()])
print([k.__name__ for k in Cat.__subclasses__()])
