# A __del__ at exit that resurrects its object into a doomed global, or creates new objects, runs only once
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        GRAVEYARD.append(self)
        print("  resurrected into graveyard of", len(GRAVEYARD))

class Temp:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  temp", self.name, "released")

class Maker:
    def __del__(self):
        print("Maker.__del__ creating a temporary")
        Temp("made at exit")
        print("Maker.__del__ done")

GRAVEYARD = []
bird = Phoenix("bird")
maker = Maker()
print("main code finished")
