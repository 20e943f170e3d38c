# Exception classes with a Python __init__: what args holds, with and without super().__init__.


class NoSuper(Exception):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class WithSuper(Exception):
    def __init__(self, code, msg="app"):
        super().__init__(msg)
        self.code = code


class Returns(Exception):
    def __init__(self):
        return 5


print(NoSuper(1).args, NoSuper(1, 2).args, NoSuper(x=3).args, NoSuper(4, y=5).args)
e = WithSuper(7)
print(e.args, e.code, str(e), repr(e))
e = WithSuper(8, msg="hi")
print(e.args, str(e))
try:
    raise NoSuper("boom")
except NoSuper as caught:
    print("caught", caught.args, caught.x, str(caught))
try:
    Returns()
except TypeError as error:
    print("TypeError:", error)
for i in range(3):
    try:
        raise WithSuper(i, "m%d" % i)
    except WithSuper as w:
        print(w.code, w.args)
try:
    NoSuper()
except TypeError as error:
    print("TypeError:", error)
