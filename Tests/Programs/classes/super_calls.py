# super(): zero-argument and two-argument forms, cooperative calls
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()
b = Bottom()
print(b.trail)
print(b.hello())

# Two-argument super skips part of the MRO
print(super(Left, b).hello())
print(super(Right, b).hello())
print(super(Bottom, b).hello())

# super() in classmethods
class Cfg:
    @classmethod
    def make(cls):
        return "Cfg.make for " + cls.__name__
class SubCfg(Cfg):
    @classmethod
    def make(cls):
        return "SubCfg+" + super().make()
print(SubCfg.make())
