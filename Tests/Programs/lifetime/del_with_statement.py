# Lifetime of context managers and the objects they hand out
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Manager:
    def __init__(self, name):
        self.name = name
        print("create manager", name)
    def __enter__(self):
        print("enter", self.name)
        return Res(self.name + "-resource")
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
    def __del__(self):
        print("del manager", self.name)

print("with ... as:")
with Manager("m1") as r:
    print("body uses", r.name)
print("after with, resource still bound to r")
r = None
print("r cleared")

print("with without as:")
with Manager("m2"):
    print("body")
print("after with")

print("manager bound to a name:")
mgr = Manager("m3")
with mgr as r2:
    pass
print("after with, manager alive")
del mgr
print("manager released")
del r2

print("with statement exits with exception:")
try:
    with Manager("m4") as r3:
        raise ValueError("inside")
except ValueError:
    print("handled")
print("after handler")
del r3
print("end")
