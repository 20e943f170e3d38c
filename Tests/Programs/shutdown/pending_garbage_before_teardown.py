# Cyclic garbage still pending when the program ends is collected before the module globals are torn down
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees global:", keeper.name)

keeper = Res("global keeper")
junk = Res("pending cyclic garbage")
junk.me = junk
del junk
print("main code finished")
