# An uncaught exception: the traceback goes to stderr, status is 1; pending cyclic garbage is collected first,
# then the local the traceback kept alive dies, then the globals are torn down
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def level2():
    deep = Res("level2 local")
    raise RuntimeError("unhandled failure")

def level1():
    level2()

top = Res("global")
junk = Res("pending garbage")
junk.me = junk
del junk
try:
    level1()
finally:
    print("finally before the traceback")
