# AttributeError on an instance of a user class, suggestion taken from its attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p.distance())
print(p.distanse())
