# Cyclic garbage left uncollected because gc was disabled is still finalized at exit, with globals intact
import gc

class Junk:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees:", SETTINGS, "gc enabled:", gc.isenabled())

SETTINGS = {"level": 3}
gc.disable()
j = Junk("cycle made while disabled")
j.me = j
del j
for i in range(5_000):
    x = [i]
    x.append(x)
del x
print("main code finished, gc enabled:", gc.isenabled())
