# Class attributes vs instance attributes
class Dog:
    species = "canis"
    tricks = []          # shared mutable class attribute
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)

a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.count)
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)

# Assigning through an instance shadows the class attribute
a.species = "wolf"
print(a.species, b.species, Dog.species)
print("species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)

# Changing the class attribute is visible through all instances
Dog.species = "canis familiaris"
print(a.species, b.species)

# Augmented assignment through instance creates an instance attribute
a.count += 100
print(a.count, b.count, Dog.count)

# Class attributes added later
Dog.legs = 4
print(a.legs, hasattr(b, "legs"))

# Methods are class attributes too
def bark(self):
    return self.name + " says woof"
Dog.bark = bark
print(a.bark(), b.bark())

# Class attribute referencing other class attributes during class body
class Config:
    base = 10
    double = base * 2
    items = [base, double]
    def get(self):
        return (self.base, self.double, self.items)

print(Config().get())
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))

# Instance attribute named like a method hides the method
class Widget:
    def size(self):
        return "method"
w = Widget()
print(w.size())
w.size = lambda: "instance lambda"
print(w.size(), Widget.size(w))
del w.size
print(w.size())

# Deleting class attribute
del Dog.legs
try:
    a.legs
except AttributeError as e:
    print(type(e).__name__, e)
