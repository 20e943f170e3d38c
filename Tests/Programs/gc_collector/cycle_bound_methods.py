# An instance that stores its own bound methods (callbacks, handlers) forms a cycle
import gc, weakref

events = []
class Button:
    def __init__(self, name):
        self.name = name
        self.on_click = self.clicked
        self.handlers = [self.clicked, self.describe]
    def clicked(self):
        return "clicked " + self.name
    def describe(self):
        return "button " + self.name
    def __del__(self):
        events.append("del " + self.name)

b = Button("ok")
print(b.on_click(), [h() for h in b.handlers])
w = weakref.ref(b)
del b
print("alive after del:", w() is not None, events)
gc.collect()
print("dead after collect:", w() is None, events)
events.clear()

# two instances holding each other's bound methods
class Peer:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
    def __del__(self):
        events.append("del " + self.name)
p = Peer("p"); q = Peer("q")
p.call = q.hello; q.call = p.hello
print(p.call(), q.call())
del p, q
gc.collect()
print(sorted(events))
events.clear()

# a bound method kept outside the cycle keeps its instance alive
c = Button("kept")
m = c.describe
del c
gc.collect()
print("still callable:", m(), events)
del m
print("method dropped", events)
gc.collect()
print("collected", events)
