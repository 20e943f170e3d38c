# __del__ resurrecting its object; __del__ runs only once per object
graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0
    def __del__(self):
        self.deaths += 1
        print("__del__", self.name, "death", self.deaths)
        if self.deaths == 1:
            graveyard.append(self)
            print("  resurrected", self.name)

p = Phoenix("bird")
del p
print("graveyard:", [x.name for x in graveyard], graveyard[0].deaths)
revived = graveyard.pop()
print("revived", revived.name)
del revived
print("after second release (no second __del__ call)")

# Resurrection into a global name
saved = None
class Saver:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        global saved
        print("__del__", self.tag)
        saved = self

s = Saver("one")
s = None
print("saved tag:", saved.tag)
saved = None
print("saved released again")

# __del__ that does not resurrect, with attribute still readable
class Reporter:
    def __init__(self, data):
        self.data = data
    def __del__(self):
        print("__del__ sees data", self.data)

r = Reporter([1, 2, 3])
r.data.append(4)
r = None

# __del__ invoked explicitly is just a method call
class Explicit:
    def __del__(self):
        print("__del__ called")
e = Explicit()
e.__del__()
print("explicit call done, object alive:", type(e).__name__)
del e
print("end")
