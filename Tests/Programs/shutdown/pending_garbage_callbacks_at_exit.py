# A global weakref to pending cyclic garbage calls back at exit (the garbage goes first, the weakref is outside it)
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def on_death(w):
    print("callback, referent gone:", w() is None)

junk = Res("junk")
junk.me = junk
watch = weakref.ref(junk, on_death)
del junk
print("main code finished")
